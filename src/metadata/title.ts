/**
 * The headline: the printed headline element (`h1`/`h2`, or the element the
 * CMS marks as title) that best agrees with the page's own claims (`<title>`,
 * `og:title`, `ArticleTitle`, JSON-LD `headline`), never with the site suffix.
 * A headline printed over several lines is one string.
 *
 * Order: a printed line matching a claim; else (no claim, or a share title the
 * page never prints) the strongest printed heading shortly above the body, the
 * line above the info line, or a plain line right above the body, unless the
 * claim is much longer; else the first usable claim; else the headline part
 * of `<title>` (never a `<title>` that names only the site or a page type).
 */
import type { Element } from 'hast'
import type { Block } from '../blocks/blocks.js'
import { classTokens } from '../blocks/zone.js'
import { onlyChild } from '../text/elements.js'
import { genericTitles, siteNameEndings, sourceLabels, titleClassParts, titleMetaNames } from '../data/metadata-labels.js'
import { wordAlternation } from '../text/patterns.js'
import { collapseWhitespace, isWhitespaceCode, stripWhitespace, toHalfWidth } from '../text/normalize.js'
import { metaValue, type PageHead } from './head.js'
import { jsonLdString } from './json-ld.js'

/** The headline and where it was printed. */
export interface FoundTitle {
  /** The headline text. */
  text: string
  /** Index of the first block of the printed headline, or -1 when it came from metadata. */
  blockIndex: number
}

/**
 * Separators between a headline and the site name in `<title>`: `_`, `|`,
 * dashes (a `-` only between non-digits, so `2024-2025` stays whole), `»`,
 * a spaced `·`, and runs of spaces.
 */
const titleSeparators = /\s{0,3}(?:_|\||｜|—{1,2}|–|－|::|»|\s·\s|\s-{1,2}\s|--|(?<![\d\sA-Za-z])-(?![\d\sA-Za-z])|\s{2,4})\s{0,3}/

/** {@link titleSeparators}, capturing, to split a title keeping its separators. */
const titleSplitter = new RegExp(`(${titleSeparators.source})`)


/** The full stop that ends a sentence of prose (headlines end without one). */
const sentenceStop = '。'

/** A printed date (`2024-09-14`, `2024年9月`). */
const printedDate = /(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}/

/** An info line: a printed date or a source label. */
const infoLine = new RegExp(`${printedDate.source}|(?:来源于?|来自|出处)\\s?[:：]`)

/** A source label with its colon (`来源：`). */
const sourceLabelColon = new RegExp(`(?:${wordAlternation(sourceLabels)})\\s?[:：]`)

/** `<title>` values that name a page type (see `genericTitles`). */
const genericTitleSet = new Set(genericTitles)

/** A column label in square brackets opening a `<title>` (`【聚焦两会】`). */
const leadingColumnLabel = /^[【[][^【】[\]]{1,8}[】\]]\s?/

/** Agreement of a line that equals a claim (up to punctuation). */
const exactAgreement = 10

/** How far above the body a printed headline is looked for when no claim helps. */
const headlineReach = 15

/**
 * Find the headline.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param bodyStart Index of the first block of the article body (or blocks.length).
 * @returns The headline, or `null`.
 */
export function findTitle(head: PageHead, blocks: readonly Block[], bodyStart: number): FoundTitle | null {
  // Some CMSs print markup inside `<title>` (`三个热词<br/>读懂溪山2025`), which the parser keeps as text.
  const documentTitle = withoutTags(head.title ?? '')
  const documentParts = titleParts(documentTitle)
  const siteParts = documentParts.slice(1).filter(looksLikeSiteName).map(comparable)
  // A line that names the site, or part of its name (`中国地理学会` in `…--中国地理学会官网`), is no headline.
  const namesSite = (key: string): boolean => siteParts.some((part) => part.includes(key))
  const claimed = [metaValue(head, titleMetaNames), jsonLdString(head.jsonLd, 'headline'), head.paperTitle]
    .filter((value): value is string => Boolean(value))
    .map((value) => withoutSiteParts(withoutTags(value)))
    .filter((value) => value !== '' && !looksLikeSiteName(value))
  // A `<title>` that names only the site gives no headline; else its headline is its longest part once the site parts are off.
  const siteOnly = documentParts.length > 0 && documentParts.every(looksLikeSiteName)
  const documentWithoutSite = siteOnly ? '' : withoutSiteParts(documentTitle)
  // The longest part, as a column may come first (`石梁镇人民政府-镇务动态-石梁镇…热词解读`).
  const documentHeadline = siteOnly ? '' : longestOf(titleParts(documentWithoutSite))
  // A column label in brackets may open the `<title>` (`【聚焦两会】热词里的江城：…`): the headline is printed without it.
  const unlabelled = documentHeadline.replace(leadingColumnLabel, '')
  const titleForms = documentHeadline ? [documentTitle, documentWithoutSite, documentHeadline, ...(unlabelled !== documentHeadline && unlabelled.length >= 4 ? [unlabelled] : [])] : []
  const references = [...claimed, ...titleForms].map(comparable).filter((value) => value.length > 0)

  const candidates = headlineCandidates(blocks)
  const columns = columnNames(blocks)
  const claimedKeys = new Set(claimed.map(comparable))
  const referenceLengths = new Set(references.map((reference) => reference.length))
  let longestReference = 0
  for (const length of referenceLengths) if (length > longestReference) longestReference = length
  let best: (Candidate & { agreement: number }) | null = null
  let bestScore = 0
  for (const candidate of candidates) {
    // A plain line counts only when it equals a claim: most are not as long as any.
    if (candidate.weight < 0 && !referenceLengths.has(comparableLength(candidate.text, longestReference))) continue
    const key = comparable(candidate.text)
    if (key.length < 4 || key.length > 120 || namesSite(key)) continue
    // The info line (`发布时间：2024-09-14 10:26 来源：澄浦县红十字会`) is no headline, whatever it shares with a claim.
    if (isInfoLine(candidate.text)) continue
    // A heading that repeats a menu item (`<h4>本行动态</h4>` over a side list) is the column's, not the article's,
    // unless the page's metadata claims it as the headline (an e-paper lists its own headline as a link).
    if (columns.has(key) && !claimedKeys.has(key)) continue
    const agreement = agreementScore(key, references)
    if (agreement === 0 || (candidate.weight < 0 && agreement < exactAgreement)) continue
    // A sentence that only mentions a claim (`9月13日，澄浦县红十字会…启动。` under `<title>澄浦县红十字会</title>`) is prose.
    if (agreement < exactAgreement && candidate.text.includes(sentenceStop)) continue
    const score = agreement + candidate.weight + (candidate.blockIndex <= bodyStart ? 1 : 0)
    if (score > bestScore) {
      bestScore = score
      best = { text: candidate.text, blockIndex: candidate.blockIndex, weight: candidate.weight, agreement }
    }
  }
  const fallback = claimed[0] ?? documentHeadline
  // A printed line that agrees only in part, or a heading that agrees with nothing, loses to a
  // claim half as long again: a column heading (`今日要闻`) is shorter than the headline it stands near.
  const muchLonger = (text: string): boolean => comparable(fallback).length >= 1.5 * comparable(text).length
  if (best && !(best.agreement < exactAgreement && best.weight < 2 && muchLonger(best.text))) {
    return { text: best.text, blockIndex: best.blockIndex }
  }
  if (!best) {
    const printed = printedHeadline(blocks, candidates, bodyStart)
    if (printed && !muchLonger(printed.text)) return printed
  }
  return fallback ? { text: collapseWhitespace(fallback), blockIndex: -1 } : null
}

/**
 * Whether a line is an article's info line: a date and a source label on it.
 *
 * @param text Line.
 * @returns Whether it is.
 */
function isInfoLine(text: string): boolean {
  const halfWidth = toHalfWidth(text)
  return printedDate.test(halfWidth) && sourceLabelColon.test(halfWidth)
}

/** Longest column name (a menu item such as `本行动态`, `新闻中心`, `媒体报道`). */
const maxColumnName = 6

/** Share of a line's text in links from which it is a link (a menu item). */
const linkLine = 0.9

/**
 * The names of the page's columns: short lines printed as links (`<li><a>本行动态</a></li>`),
 * in their comparable form.
 *
 * @param blocks All page blocks.
 * @returns Comparable forms.
 */
function columnNames(blocks: readonly Block[]): Set<string> {
  const names = new Set<string>()
  for (const block of blocks) {
    if (block.linkDensity < linkLine || block.text.length > maxColumnName * 2) continue
    const key = comparable(block.text)
    if (key.length > 0 && key.length <= maxColumnName) names.add(key)
  }
  return names
}

/**
 * The longest of some texts (the first on a tie).
 *
 * @param texts Texts.
 * @returns The longest, or `''` when there is none.
 */
function longestOf(texts: readonly string[]): string {
  let longest = ''
  for (const text of texts) if (text.length > longest.length) longest = text
  return longest
}

/** A tag printed as text (`<br/>`, `</em>`). */
const tagText = /<\/?[a-zA-Z][^<>]{0,40}>/g

/**
 * A claim without tags printed as text; a tag becomes a space.
 *
 * @param text Claim.
 * @returns Text.
 */
function withoutTags(text: string): string {
  return text.includes('<') ? collapseWhitespace(text.replace(tagText, ' ')) : text
}

/**
 * A text as compared between printed lines and claims: no whitespace, ASCII
 * forms of full-width characters, no quotation marks or sentence punctuation
 * (pages print `“…”` where `<title>` has `"…"`).
 *
 * @param text Text.
 * @returns Comparable key.
 */
function comparable(text: string): string {
  return toHalfWidth(stripWhitespace(text)).replace(comparablePunctuation, '')
}

/** Marks {@link comparable} removes (after full-width forms are made ASCII). */
const comparableMarks = '"\'“”‘’「」『』《》〈〉<>!?,.:;、。…·'

/** {@link comparableMarks} as a pattern (none of them needs escaping in a class). */
const comparablePunctuation = new RegExp(`[${comparableMarks}]`, 'g')

/** {@link comparableMarks} as code units. */
const comparableMarkCodes = new Set(Array.from(comparableMarks, (mark) => mark.charCodeAt(0)))

/**
 * The length of {@link comparable} of a text, without building it; counting
 * stops once it passes `limit` (the caller only compares it with lengths up to
 * that).
 *
 * @param text Text.
 * @param limit Longest length that matters.
 * @returns Length, or a number above `limit`.
 */
function comparableLength(text: string, limit: number): number {
  let length = 0
  for (let index = 0; index < text.length && length <= limit; index++) {
    const code = text.charCodeAt(index)
    if (isWhitespaceCode(code)) continue
    const half = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code
    if (!comparableMarkCodes.has(half)) length++
  }
  return length
}

/**
 * How well a printed line agrees with the page's claims.
 *
 * @param key The line, whitespace removed.
 * @param references Claims, whitespace removed.
 * @returns 0 when it agrees with none; 10 for an exact match.
 */
function agreementScore(key: string, references: readonly string[]): number {
  let score = 0
  for (const reference of references) {
    if (reference === key) score = Math.max(score, exactAgreement)
    else if (reference.startsWith(key)) score = Math.max(score, 6 + key.length / reference.length)
    else if (reference.includes(key)) score = Math.max(score, 4 + key.length / reference.length)
    else if (key.includes(reference) && reference.length >= 6) score = Math.max(score, 3)
  }
  return score
}

/**
 * The printed headline when no claim agrees with any printed line: a
 * heading right above the info line; else the strongest heading (or line
 * the CMS marks as title) shortly above the body,
 * the earliest of equals (a headline stands above its subtitles); else the
 * line just above the info line (the first line with a date or `来源：`).
 *
 * @param blocks All blocks.
 * @param candidates Headline candidates.
 * @param bodyStart Index of the first body block.
 * @returns The headline or `null`.
 */
function printedHeadline(blocks: readonly Block[], candidates: readonly Candidate[], bodyStart: number): FoundTitle | null {
  // A heading right above the info line is the headline, whatever stands higher (a breadcrumb heading);
  // so is a line the CMS marks as a title there (`td.ntitle` below a side menu's `div.ltitle`).
  const aboveInfo = lineAboveInfo(blocks, bodyStart)
  if (aboveInfo && (blocks[aboveInfo.blockIndex]!.heading > 0 || candidates.some((candidate) => candidate.blockIndex === aboveInfo.blockIndex && candidate.weight >= 2))) return aboveInfo
  let best: Candidate | null = null
  for (const candidate of candidates) {
    if (candidate.blockIndex > bodyStart + 2 || candidate.blockIndex < bodyStart - headlineReach) continue
    const length = stripWhitespace(candidate.text).length
    if (candidate.weight < 2 || length < 4 || length > 80 || /[:：]$/.test(candidate.text) || looksLikeSiteName(candidate.text)) continue
    if (!best || candidate.weight > best.weight) best = candidate
  }
  if (best) return { text: best.text, blockIndex: best.blockIndex }
  return aboveInfo ?? lineAboveBody(blocks, bodyStart)
}

/** How many lines above the body are looked at for a headline printed as a plain line. */
const plainHeadlineReach = 3

/**
 * A plain line right above the body that reads as a headline, when nothing
 * else does (`<div class="t">社区里的“邻里书屋”开门迎客</div>` over a `阅读：… 字号：…`
 * bar): the nearest line with no link, no label colon and no sentence end,
 * the only line of its element.
 *
 * @param blocks All blocks.
 * @param bodyStart Index of the first body block.
 * @returns The headline or `null`.
 */
function lineAboveBody(blocks: readonly Block[], bodyStart: number): FoundTitle | null {
  for (let index = Math.min(bodyStart, blocks.length) - 1; index >= 0 && bodyStart - index <= plainHeadlineReach; index--) {
    const block = blocks[index]!
    // Control bars and info lines (`字号：A+ A-`, `阅读：--`) are passed over.
    if (/[:：]/.test(block.text)) continue
    const length = stripWhitespace(block.text).length
    if (block.zone !== 'none' || block.linkDensity > 0 || block.siblings !== 1 || length < 6 || length > 60 || /[。；;！!]/.test(block.text)) return null
    return { text: block.text, blockIndex: block.index }
  }
  return null
}

/**
 * The line just above the article's info line (a line with a date or a
 * `来源：` label) shortly above the body, when it reads as a headline.
 *
 * @param blocks All blocks.
 * @param bodyStart Index of the first body block.
 * @returns The headline or `null`.
 */
function lineAboveInfo(blocks: readonly Block[], bodyStart: number): FoundTitle | null {
  for (let index = Math.max(1, bodyStart - headlineReach); index <= Math.min(bodyStart, blocks.length - 1); index++) {
    if (!infoLine.test(toHalfWidth(blocks[index]!.text))) continue
    const above = blocks[index - 1]!
    // A dated link of a side list (`<li><a>…公告</a><br><span>2024-01-10</span>`) is passed over.
    if (above.linkDensity > 0.5) continue
    const length = stripWhitespace(above.text).length
    if (above.zone !== 'none' || length < 6 || length > 80 || /[。；:：]$|[>»]/.test(above.text)) return null
    return { text: above.text, blockIndex: above.index }
  }
  return null
}

/** Longest headline built by joining lines (longer candidates are never taken). */
const maxJoinedLength = 160

/** A printed line that may be the headline. */
interface Candidate {
  text: string
  blockIndex: number
  weight: number
}

/**
 * Printed lines that may be the headline: heading elements and elements whose
 * class says "title" (weight 0 and up), and plain lines (weight -1, taken only
 * when they equal a claim). Lines of one element are joined, and so are lines of
 * sibling elements under one title holder (a headline printed over several
 * lines is one string); the single lines stay candidates too.
 *
 * @param blocks All blocks.
 * @returns Candidates.
 */
function headlineCandidates(blocks: readonly Block[]): Candidate[] {
  const candidates: Candidate[] = []
  let previous: Block | null = null
  let joined: Candidate | null = null
  // Lines of one article share their parent and grandparent: their verdicts are kept.
  const titledHolders = { parent: null as Element | null, parentTitled: false, grandparent: null as Element | null, grandparentTitled: false }
  for (const block of blocks) {
    if (block.zone === 'footer' || block.zone === 'aside') continue
    if (block.linkDensity > 0.5 && block.heading === 0) continue
    const parent = block.ancestors[block.ancestors.length - 1]
    const grandparent = block.ancestors[block.ancestors.length - 2]
    if (parent !== undefined && parent !== titledHolders.parent) {
      titledHolders.parent = parent
      titledHolders.parentTitled = hasTitleClass(parent)
    }
    if (grandparent !== undefined && grandparent !== titledHolders.grandparent) {
      titledHolders.grandparent = grandparent
      titledHolders.grandparentTitled = hasTitleClass(grandparent)
    }
    const titled = hasTitleClass(block.element) || (parent !== undefined && titledHolders.parentTitled) || (grandparent !== undefined && titledHolders.grandparentTitled) || printedLarge(block.element)
    if (block.heading === 0 && !titled && !block.centered && block.leadingBold !== block.text) {
      // A plain line counts only when it equals a claim (a headline in an unmarked `<div>`).
      if (block.linkDensity <= 0.5 && block.text.length <= 120) candidates.push({ text: block.text, blockIndex: block.index, weight: -1 })
      previous = null
      joined = null
      continue
    }
    const weight = (block.heading === 1 ? 3 : block.heading > 0 ? 2 : 0) + (titled ? 2 : 0)
    const single: Candidate = { text: block.text, blockIndex: block.index, weight }
    if (previous && joined && previous.index === block.index - 1 && continuesHeadline(previous, block) && joined.text.length + block.text.length < maxJoinedLength) {
      // Joined lines grow one line at a time, and only while a headline can be that long.
      joined = { text: `${joined.text} ${block.text}`, blockIndex: joined.blockIndex, weight }
      candidates.push(joined)
    } else {
      joined = single
    }
    candidates.push(single)
    previous = block
  }
  return candidates
}

/**
 * Whether a line goes on with the headline of the line before it: the same
 * element after a `<br>`, or a sibling under the same heading or title holder.
 *
 * @param previous The line before.
 * @param block This line.
 * @returns Whether they are one headline.
 */
function continuesHeadline(previous: Block, block: Block): boolean {
  if (block.element === previous.element) return !block.first
  const parent = block.ancestors[block.ancestors.length - 1]
  if (!parent || parent !== previous.ancestors[previous.ancestors.length - 1]) return false
  return block.heading > 0 ? previous.heading === block.heading : hasTitleClass(parent)
}

/**
 * Whether an element's class or id names a title.
 *
 * @param element Element.
 * @returns Whether it does.
 */
function hasTitleClass(element: Element): boolean {
  return classTokens(element).some((token) => titleClassParts.some((part) => token.includes(part)) && !token.includes('subtitle'))
}

/** Smallest `<font size>` of a headline on legacy pages (`<font face=黑体 size=5>`; 3 is the default). */
const headlineFontSize = 5

/**
 * Whether a line is all one large `<font>` (`<td><font size=5>…</font></td>`),
 * as legacy portals print their headline.
 *
 * @param element The line's element.
 * @returns Whether it is.
 */
function printedLarge(element: Element): boolean {
  const font = element.tagName === 'font' ? element : onlyChild(element)
  if (font?.tagName !== 'font') return false
  const size = String(font.properties.size ?? '')
  return /^\d$/.test(size) && Number(size) >= headlineFontSize
}

/**
 * The parts of a `<title>` between site-name separators.
 *
 * @param title Document title.
 * @returns Trimmed, non-empty parts.
 */
function titleParts(title: string): string[] {
  return title.split(titleSeparators).map((part) => part.trim()).filter(Boolean)
}

/**
 * Whether a title part reads as a site or channel name (`某某新闻网`,
 * `某某市人民政府`, `www.example.cn`).
 *
 * @param part Title part.
 * @returns Whether it does.
 */
function looksLikeSiteName(part: string): boolean {
  const text = part.trim()
  if (genericTitleSet.has(text)) return true
  if (/^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?$/i.test(text)) return true
  if (text.length > 16) return false
  return siteNameEndings.some((ending) => text.endsWith(ending))
}

/**
 * A title without the site-name parts at its ends (`_站名`, `-某某新闻网`,
 * `某某市人民政府|`). Inner separators are kept, so `美国-伊朗` stays whole.
 *
 * @param title A claimed title.
 * @returns The title without its site parts.
 */
export function withoutSiteParts(title: string): string {
  const pieces = title.trim().split(titleSplitter)
  let first = 0
  let last = pieces.length - 1
  while (last - first >= 2 && looksLikeSiteName(pieces[last]!)) last -= 2
  while (last - first >= 2 && looksLikeSiteName(pieces[first]!)) first += 2
  return collapseWhitespace(pieces.slice(first, last + 1).join(''))
}

