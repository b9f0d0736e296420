/**
 * The summary: the editor's summary box (`【摘要】`, `【导读】`, `内容提要`,
 * label removed), else the meta description, unless the description is only
 * the site's boilerplate (it says what the site is and shares no words with
 * the article) or repeats the keywords. A description that repeats the
 * headline is taken, as the contract takes the description whatever it says.
 */
import type { Element } from 'hast'
import { collapsedText, type Block } from '../blocks/blocks.js'
import { classTokens } from '../blocks/zone.js'
import { foldText } from '../text/simplify.js'
import { bareSummaryLabels, boilerplateDescriptionWords, pictureClassParts, summaryClassParts, summaryLabels } from '../data/metadata-labels.js'
import { stripWhitespace } from '../text/normalize.js'
import { metaValue, type PageHead } from './head.js'
import type { ArticleFrame } from './published.js'

/** Length of the runs compared between a description and the article. */
const runLength = 5

/** How much of the article text is compared. */
const articleSpan = 20000

/**
 * Find the summary.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param frame Where headline and body stand (boxes are looked for before the body ends).
 * @param title The headline, or `null`.
 * @param box The summary box, when the caller has looked for it.
 * @returns The summary or `null`.
 */
export function findSummary(head: PageHead, blocks: readonly Block[], frame: ArticleFrame, title: string | null, box: SummaryBox | null = findSummaryBox(blocks, frame)): string | null {
  if (box) return box.text
  const description = metaValue(head, ['description', 'og:description', 'twitter:description'])
  if (!description || description.length < 8) return null
  const key = stripWhitespace(description)
  const keywords = metaValue(head, ['keywords'])
  if (keywords && stripWhitespace(keywords) === key) return null
  return isBoilerplate(key, title, articleText(blocks, frame)) ? null : description
}

/**
 * A box's text without the bracket that closes it when its label opened one
 * (`[摘要：…]`).
 *
 * @param text Text after the label.
 * @param label The label.
 * @returns Text.
 */
function withoutClosingBracket(text: string, label: string): string {
  const close = label[0] === '[' ? ']' : label[0] === '【' ? '】' : ''
  return close && !label.endsWith(close) && text.endsWith(close) ? text.slice(0, -1).trimEnd() : text
}

/** The editor's summary box. */
export interface SummaryBox {
  /** Its text, label removed. */
  text: string
  /** The line it was read from (not a paragraph of the body). */
  block: Block
}

/**
 * The editor's summary box: a line opening with a summary label between the
 * headline and the end of the body, or a sentence in an element whose class
 * names a summary between the headline and the first body lines.
 *
 * @param blocks All blocks.
 * @param frame Where headline and body stand.
 * @returns The box, or `null`.
 */
export function findSummaryBox(blocks: readonly Block[], frame: ArticleFrame): SummaryBox | null {
  const from = frame.titleIndex >= 0 ? frame.titleIndex : Math.max(0, frame.bodyStart - 6)
  const boxEnd = frame.bodyStart + 3
  for (let index = from; index < Math.min(frame.bodyEnd, blocks.length); index++) {
    const block = blocks[index]!
    if (block.zone === 'aside' || block.zone === 'footer') continue
    // Labels are matched with traditional characters folded (`【導讀】`); folding keeps the length.
    const head = foldText(block.text.slice(0, maxLabelLength))
    const label = summaryLabels.find((item) => head.startsWith(item)) ?? bareSummaryLabel(head) ?? labelElement(block.element, head)
    if (label) {
      const text = withoutClosingBracket(block.text.slice(label.length).trim(), label)
      if (text) return { text, block }
      // A label on a line of its own labels the next line.
      const next = blocks[index + 1]
      if (next && next.zone === 'none' && /[，。；,]/.test(next.text)) return { text: next.text, block: next }
    }
    if (index < boxEnd && block.zone === 'none' && block.text.length >= 12 && /[，。；,]/.test(block.text) && [block.element, ...block.ancestors.slice(-1)].some(isSummaryBox)) {
      // A bare label opening the box (`<span>导读</span>…`) is not part of the summary.
      const bare = bareSummaryLabels.find((item) => head.startsWith(item))
      return { text: bare ? block.text.slice(bare.length).trim() : block.text, block }
    }
  }
  return null
}

/** Longest summary label with its brackets or colon and a space (`【内容提要】`). */
const maxLabelLength = 8

/**
 * A bare summary label standing alone on a line or before a space
 * (`摘要`, `【导读】` is a bracketed one), as printed in bold before the text.
 *
 * @param text Line.
 * @returns The label with the space after it, or `undefined`.
 */
function bareSummaryLabel(text: string): string | undefined {
  for (const label of bareSummaryLabels) {
    if (!text.startsWith(label)) continue
    if (text.length === label.length) return label
    if (text[label.length] === ' ') return text.slice(0, label.length + 1)
  }
  return undefined
}

/**
 * A bare summary label printed in an element of its own that opens the line,
 * the text run on after it (`<em>导读</em>全国两会期间，…`).
 *
 * @param element The line's element.
 * @param head The line's opening, folded.
 * @returns The label, or `undefined`.
 */
function labelElement(element: Element, head: string): string | undefined {
  const label = bareSummaryLabels.find((item) => head.startsWith(item))
  if (!label) return undefined
  const first = element.children.find((child) => child.type !== 'text' || child.value.trim() !== '')
  return first?.type === 'element' && foldText(collapsedText(first)) === label ? label : undefined
}

/**
 * The article's text (headline area to the end of the body), whitespace removed.
 *
 * @param blocks All blocks.
 * @param frame Where headline and body stand.
 * @returns Text, at most {@link articleSpan} characters.
 */
function articleText(blocks: readonly Block[], frame: ArticleFrame): string {
  let text = ''
  const from = frame.titleIndex >= 0 ? Math.min(frame.titleIndex, frame.bodyStart) : frame.bodyStart
  for (let index = from; index < Math.min(frame.bodyEnd, blocks.length) && text.length < articleSpan; index++) {
    text += stripWhitespace(blocks[index]!.text)
  }
  return text
}

/**
 * Whether a description is the site's boilerplate: it says what the site is
 * (`欢迎访问`, `门户网站`) and shares no run of {@link runLength} characters with
 * the headline or the body. An editor's own words (`三个热词，带你读懂…`) stay.
 *
 * @param key Description, whitespace removed.
 * @param title Headline or `null`.
 * @param body Article text, whitespace removed.
 * @returns Whether it is boilerplate.
 */
function isBoilerplate(key: string, title: string | null, body: string): boolean {
  if (!boilerplateDescriptionWords.some((word) => key.includes(word))) return false
  return !sharesRun(key, `${title ? stripWhitespace(title) : ''}\n${body}`)
}

/**
 * Whether two texts share a run of {@link runLength} characters (the first
 * 300 characters of `text` are tried).
 *
 * @param text Short text.
 * @param within Long text.
 * @returns Whether a run is shared.
 */
function sharesRun(text: string, within: string): boolean {
  const end = Math.min(text.length, 300) - runLength
  if (end < 0) return within.includes(text)
  // The runs of `text`, by their first code unit, and the first two code
  // units of each as a bit set (by a hash): `within` is read once, and most
  // of its positions are ruled out by one bit, without a map lookup.
  const runsByFirst = new Map<number, number[]>()
  const openings: number[] = new Array<number>(bigramWords).fill(0)
  for (let index = 0; index <= end; index++) {
    const first = text.charCodeAt(index)
    const starts = runsByFirst.get(first)
    if (starts) starts.push(index)
    else runsByFirst.set(first, [index])
    const hash = bigramHash(first, text.charCodeAt(index + 1))
    openings[hash >>> 4]! |= 1 << (hash & 15)
  }
  let current = within.charCodeAt(0)
  for (let at = 0; at + runLength <= within.length; at++) {
    const next = within.charCodeAt(at + 1)
    const hash = bigramHash(current, next)
    const first = current
    current = next
    if (((openings[hash >>> 4]! >>> (hash & 15)) & 1) === 0) continue
    const starts = runsByFirst.get(first)
    if (starts === undefined) continue
    for (const start of starts) if (sameRun(text, start, within, at)) return true
  }
  return false
}

/**
 * Words of 16 bits in the bigram set of {@link sharesRun}: 2^14 bits, so the
 * at most 296 bigrams of a description leave about 98% of them clear.
 */
const bigramWords = 1024

/**
 * A 14-bit hash of two code units.
 *
 * @param first First code unit.
 * @param second Second code unit.
 * @returns Hash (0–16383).
 */
function bigramHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 18
}

/**
 * Whether `text` at `start` and `within` at `at` hold the same
 * {@link runLength} code units.
 *
 * @param text One text.
 * @param start Position in it.
 * @param within The other text.
 * @param at Position in it.
 * @returns Whether they do.
 */
function sameRun(text: string, start: number, within: string, at: number): boolean {
  for (let offset = 1; offset < runLength; offset++) {
    if (text.charCodeAt(start + offset) !== within.charCodeAt(at + offset)) return false
  }
  return true
}

/**
 * Whether an element's class names a summary box.
 *
 * @param element Element.
 * @returns Whether it does.
 */
function isSummaryBox(element: Block['element']): boolean {
  return classTokens(element).some((token) => summaryClassParts.some((part) => token.includes(part)) && !token.includes('author') && !pictureClassParts.some((part) => token.includes(part)))
}
