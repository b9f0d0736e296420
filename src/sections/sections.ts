/**
 * Paragraphs → lead and keyword sections.
 */
import type { Paragraph } from '../blocks/paragraphs.js'
import type { Section } from '../types.js'
import { bareMarkerSeparators } from '../data/section-markers.js'
import { boldElements } from '../data/elements.js'
import { interviewerLabels } from '../data/boilerplate.js'
import { collapsedText } from '../blocks/blocks.js'
import { forEachElement } from '../text/elements.js'
import { matchMarker, matchScopedMarker, opensWithSeparator, trimSeparators, type MarkerMatch } from './heading.js'

/** A section with the paragraphs it holds (kept for the quote stage). */
export interface SectionParts {
  /** The public section. */
  section: Section
  /** Its paragraphs. */
  paragraphs: Paragraph[]
}

/** Lead and sections of an article. */
export interface Outline {
  /** Paragraphs before the first heading. */
  lead: Paragraph[]
  /** Sections in order. */
  sections: SectionParts[]
}

/** Separators that may end a bold heading run before the paragraph goes on (those after a bare marker, and dots). */
const trailingSeparators = new RegExp(`[\\s${bareMarkerSeparators}•・]+$`)

/** Longest heading line that is taken as a heading of its own (without a body after it). */
const maxHeadingLength = 40

/** Fewest plain bare-marker lines that make them headings (one is a tag line). */
const minPlainBareHeadings = 2

/** Longest keyword read before a colon that has the paragraph's text after it (`热词1 新质生产力：正文…`). */
const maxColonKeywordLength = 16

/**
 * Cut paragraphs into the lead and keyword sections.
 *
 * @param paragraphs Body paragraphs.
 * @param markers Marker words (longest first).
 * @returns Lead and sections.
 */
export function toOutline(paragraphs: readonly Paragraph[], markers: readonly string[]): Outline {
  const lead: Paragraph[] = []
  const sections: SectionParts[] = []
  let current: SectionParts | null = null
  // Each paragraph's marker, read once for the plain-heading count and the headings.
  const matches = paragraphs.map((paragraph) => matchMarker(paragraph.text, markers))
  addScopedHeadings(paragraphs, matches, markers)
  const plainBare = hasPlainBareHeadings(paragraphs, matches)
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    const heading = readHeading(paragraph, matches[index]!, paragraphs[index + 1], matches[index + 1] ?? null, plainBare)
    if (heading) {
      current = {
        section: {
          marker: heading.marker,
          index: heading.number ?? sections.length + 1,
          keyword: heading.keyword,
          paragraphs: []
        },
        paragraphs: []
      }
      sections.push(current)
      if (heading.usesNext) index++
      if (heading.body) {
        const body: Paragraph = { ...paragraph, text: heading.body, headingLike: false, leadingBold: null }
        current.paragraphs.push(body)
        current.section.paragraphs.push(body.text)
      }
      continue
    }
    if (isSubheading(paragraph) || isLabel(paragraph.text)) continue
    if (current) {
      current.paragraphs.push(paragraph)
      current.section.paragraphs.push(paragraph.text)
    } else {
      lead.push(paragraph)
    }
  }
  return { lead, sections }
}

/** Share of a line in links above which it is a link to another article, not a heading. */
const maxHeadingLinkDensity = 0.5

/**
 * Fill in the markers of lines that open with a scope before a numbered
 * marker (`报告关键词1`, `两会热词②｜…`), when the page prints a run of them
 * as its headings: two or more with the same scope, numbered 1, 2, … in
 * order, each a short line not in a link, with a sentence between one and the
 * next. A single such line, or a list of them back to back, is a list of other
 * articles (`往期推荐`).
 *
 * @param paragraphs Body paragraphs.
 * @param matches The marker each paragraph opens with; filled in place.
 * @param markers Marker words, longest first.
 */
function addScopedHeadings(paragraphs: readonly Paragraph[], matches: Array<MarkerMatch | null>, markers: readonly string[]): void {
  const runs = new Map<string, number[]>()
  const found = new Map<number, MarkerMatch>()
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    if (matches[index] || paragraph.text.length > maxHeadingLength || paragraph.block.linkDensity > maxHeadingLinkDensity) continue
    const match = matchScopedMarker(paragraph.text, markers)
    if (!match) continue
    found.set(index, match)
    const run = runs.get(match.stem)
    if (run) run.push(index)
    else runs.set(match.stem, [index])
  }
  for (const run of runs.values()) {
    if (run.length < 2) continue
    const inOrder = run.every((index, position) => found.get(index)!.number === position + 1)
    const apart = run.every((index, position) => position === 0 || paragraphs.slice(run[position - 1]! + 1, index).some((paragraph) => /[。！？]/.test(paragraph.text)))
    if (inOrder && apart) for (const index of run) matches[index] = found.get(index)!
  }
}

/**
 * Whether plain lines with a bare marker (`关键词：新质生产力`, `热词 乡村振兴`,
 * neither bold nor centred) are the article's headings: at least two such
 * lines, each a single short keyword. A single `关键词：…` line is the page's
 * tag line, and so is one that lists words (`关键词：两会,热词`).
 *
 * @param paragraphs Body paragraphs.
 * @param matches The marker each paragraph opens with (`null`: none).
 * @returns Whether they are.
 */
function hasPlainBareHeadings(paragraphs: readonly Paragraph[], matches: ReadonlyArray<MarkerMatch | null>): boolean {
  let count = 0
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    if (paragraph.headingLike || paragraph.text.length > maxHeadingLength) continue
    const match = matches[index]
    if (match?.bare && isBareHeadingLine(paragraph.text, match.end) && ++count >= minPlainBareHeadings) return true
  }
  return false
}

/**
 * Whether the text after a bare marker is one short keyword: no sentence or
 * list punctuation, no space inside it.
 *
 * @param text Paragraph text.
 * @param markerEnd Where the marker ends.
 * @returns Whether it is.
 */
function isBareHeadingLine(text: string, markerEnd: number): boolean {
  const keyword = trimSeparators(text.slice(markerEnd))
  return keyword.length > 0 && keyword.length <= maxColonKeywordLength && !/[\s，,、；;。！？!?：:]/.test(keyword)
}

/** A heading read from one or two paragraphs. */
interface Heading {
  marker: string
  number: number | null
  keyword: string
  /** Text after the heading in the same paragraph, or `null`. */
  body: string | null
  /** Whether the keyword was on the next paragraph. */
  usesNext: boolean
}

/**
 * Read a heading from a paragraph (and maybe the next one).
 *
 * @param paragraph Paragraph.
 * @param match The marker it opens with, or `null`.
 * @param next The paragraph after it.
 * @param nextMatch The marker the next paragraph opens with, or `null`.
 * @param plainBare Whether plain bare-marker lines are headings (see {@link hasPlainBareHeadings}).
 * @returns The heading, or `null`.
 */
function readHeading(paragraph: Paragraph, match: MarkerMatch | null, next: Paragraph | undefined, nextMatch: MarkerMatch | null, plainBare: boolean): Heading | null {
  const text = paragraph.text
  if (!match || (match.bare && !paragraph.headingLike && !(plainBare && isBareHeadingLine(text, match.end)))) return null
  const rest = text.slice(match.end)
  // Text values are trimmed: a keyword read up to a colon may end in the space a line break left (`高质量发展\n：`).
  const heading = (keyword: string, body: string | null, usesNext: boolean): Heading => ({ marker: match.marker, number: match.number, keyword: keyword.trim(), body, usesNext })

  // Brackets that wrap the keyword too (`【热词·新质生产力】`): the paragraph goes on after them.
  if (match.keywordEnd !== undefined) {
    return heading(trimSeparators(text.slice(match.end, match.keywordEnd)), trimSeparators(text.slice(match.keywordEnd + 1)) || null, false)
  }

  // Marker alone on its line: the keyword is the next line.
  if (trimSeparators(rest) === '') {
    if (next && next.text.length <= maxHeadingLength && (next.headingLike || !/[。！？]/.test(next.text)) && !nextMatch) {
      return heading(next.text, null, true)
    }
    return heading('', null, false)
  }
  if (!opensWithSeparator(rest) && match.bare) return null

  // A bold run that opens the paragraph holds marker and keyword.
  const bold = paragraph.leadingBold
  if (bold && bold.length < text.length && bold.startsWith(match.marker.slice(0, 2))) {
    // The separator before the body may sit inside the bold run (`<b>关键词② 民生：</b>正文`).
    const keyword = trimSeparators(bold.slice(Math.min(bold.length, match.end))).replace(trailingSeparators, '')
    const body = trimSeparators(text.slice(bold.length))
    if (keyword) return heading(keyword, body || null, false)
  }

  // A styled marker, then the keyword in bold, then the paragraph (`<span>关键词①</span><strong>数字政府</strong>2024年，…`).
  const styled = boldRunAfterMarker(paragraph, rest)
  if (styled) return heading(styled, trimSeparators(trimSeparators(rest).slice(styled.length)) || null, false)

  // A heading line of its own.
  if (paragraph.headingLike || (text.length <= maxHeadingLength && !/[。！？]/.test(rest))) {
    return heading(trimSeparators(rest), null, false)
  }

  const after = trimSeparators(rest)
  // Flat text: the keyword runs to the next space, the paragraph goes on after it. After a
  // separator it may be a phrase; right after a bracketed marker (`【热词】新质生产力 今年…`)
  // only a short keyword without punctuation.
  const space = after.indexOf(' ')
  const separated = /^\s/.test(rest) || opensWithSeparator(rest)
  if (space > 0 && (separated ? space <= maxHeadingLength : match.bracketed && space <= maxColonKeywordLength && !/[，。！？、,.!?：:]/.test(after.slice(0, space)))) {
    return heading(after.slice(0, space), trimSeparators(after.slice(space + 1)) || null, false)
  }

  // The keyword runs to a colon, the paragraph goes on after it (`【关键词1】新质生产力：正文…`).
  const colon = after.search(/[：:]/)
  if (colon > 0 && colon <= maxColonKeywordLength && !/[，。！？、,.!?]/.test(after.slice(0, colon))) {
    return heading(after.slice(0, colon), after.slice(colon + 1).trim() || null, false)
  }
  return null
}

/** Most elements looked at for the bold run after a marker. */
const maxBoldSearch = 12

/**
 * The keyword a paragraph prints in bold right after its marker, when the
 * marker itself is not bold (`<span class="tag">关键词①</span><strong>数字政府</strong>2024年，…`).
 *
 * @param paragraph Paragraph that opens with a marker.
 * @param rest Its text after the marker.
 * @returns The keyword, or `null`.
 */
function boldRunAfterMarker(paragraph: Paragraph, rest: string): string | null {
  if (paragraph.flat) return null
  const after = trimSeparators(rest)
  let seen = 0
  let found: string | null = null
  forEachElement(paragraph.block.element, (element) => {
    if (found !== null || ++seen > maxBoldSearch) return false
    if (!boldElements.has(element.tagName)) return
    const bold = collapsedText(element)
    if (bold && bold.length <= maxKeywordLength && after.startsWith(bold) && after.length > bold.length) found = bold
    return false
  })
  return found
}

/** Longest keyword read from a bold run after a marker. */
const maxKeywordLength = 16

/** The number that opens an item of a document (`一、`, `（二）`, `3.`). */
const numberedItem = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))/

/**
 * Whether a paragraph is a subheading of the article (a short bold, centred or
 * `<h*>` line that is not a keyword heading and opens with no item number nor
 * an interviewer's label):
 * not a body paragraph. It may
 * hold a comma (`局长亲自带货，景甜点赞长春`) and end in `？`/`！`
 * (`一分钱变一元钱，消解经典文化可取吗？`), but a bold line that also quotes
 * someone (`嗯，“…太狡猾！”`) is a sentence. A line with `。` or `；`
 * stays, and so does one ending in a colon or comma: it may introduce a speaker.
 *
 * @param paragraph Paragraph.
 * @returns Whether it is a subheading.
 */
function isSubheading(paragraph: Paragraph): boolean {
  const text = paragraph.text
  if (!paragraph.headingLike || text.length > maxHeadingLength || /[。；;]|[：:，,]$/.test(text)) return false
  // A numbered item's heading (`一、出台背景`, `（二）主要内容`) is a paragraph of the document it opens,
  // and an interviewer's question printed bold (`记者：…？`) is a turn of the interview.
  if (numberedItem.test(text) || isInterviewerTurn(text)) return false
  return !(/[，,]/.test(text) && /[！？!?]/.test(text) && /[“”「」"]/.test(text))
}

/**
 * Whether a line opens with an interviewer's label and a colon (`记者：`, `问：`).
 *
 * @param text Paragraph text.
 * @returns Whether it does.
 */
function isInterviewerTurn(text: string): boolean {
  return interviewerLabels.some((label) => text.startsWith(label) && (text[label.length] === '：' || text[label.length] === ':'))
}

/**
 * Whether a line left over after headings are read is only a label (`图集`,
 * `视频`, `新华社`): four characters or fewer and no punctuation.
 *
 * @param text Paragraph text.
 * @returns Whether it is a label.
 */
function isLabel(text: string): boolean {
  return text.length <= 4 && !/[，。！？,.!?]/.test(text)
}
