/**
 * Find quotation spans in a paragraph: the outer `“…”` and `「…」` pairs, and
 * straight `"…"` pairs (nested `‘…’` and `『…』` stay inside). One pass. An opening mark with no
 * closing mark opens no span, except the last one of a paragraph that ends a
 * sentence: a quote that runs on into the next paragraph, whose closing mark
 * comes later (`张三说：“第一件事…。` then `“第二件事…。”`).
 */
import { clauseStops, sentenceEnds } from '../data/quotes/speech.js'

/** One quotation span. */
export interface Span {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark (the paragraph's length for a quote that runs on). */
  close: number
  /** Whether the quote runs on into the next paragraph (no closing mark here). */
  runsOn: boolean
}

/** Marks that end a paragraph whose open quote runs on into the next one: a sentence end, `…`, or `；` (`第一，…；` / `“第二，…；`). */
const runOnEnds = `${sentenceEnds}…；;`

const pairs: Record<string, string> = { '“': '”', '「': '」' }

/**
 * Straight quotation marks, which open and close alike (`"…"`, `＂…＂`):
 * content-farm mirrors and half-width copies print them for `“…”`.
 */
const straightMarks = '"＂'

/**
 * The mark that closes a quotation a character opens (`“` → `”`, `"` → `"`).
 *
 * @param char Character (or `undefined` past the end of a text).
 * @returns The closing mark, or `undefined` when the character opens none.
 */
export function closerOf(char: string | undefined): string | undefined {
  if (char === undefined || char === '') return undefined
  return pairs[char] ?? (straightMarks.includes(char) ? char : undefined)
}

/**
 * Find the outer quotation spans of a text.
 *
 * @param text Paragraph.
 * @returns Spans in order.
 */
export function findSpans(text: string): Span[] {
  const spans: Span[] = []
  let open = -1
  let closer = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Only quotation marks matter: skip everything else without making a string.
    if (code !== 0x201c && code !== 0x201d && code !== 0x300c && code !== 0x300d && code !== 0x22 && code !== 0xff02) continue
    const char = text[index]!
    if (open === -1) {
      const expected = closerOf(char)
      if (expected) {
        open = index
        closer = expected
      }
    } else if (char === closer) {
      spans.push({ open, close: index, runsOn: false })
      open = -1
    } else if (pairs[char] && char !== closer && text[open] === char) {
      // A second opening mark before a close: the first one was stray.
      open = index
    }
  }
  // Only a curly mark runs on: a stray straight one is as likely an inch sign or a typo.
  if (open !== -1 && pairs[text[open]!] && open < text.length - 2 && runOnEnds.includes(text[text.length - 1]!)) spans.push({ open, close: text.length, runsOn: true })
  return spans
}

/**
 * Whether a span reads like speech rather than a quoted term or title: it
 * holds sentence punctuation.
 *
 * @param text Paragraph.
 * @param span Span.
 * @returns Whether it does.
 */
export function isSentenceLike(text: string, span: Span): boolean {
  const inner = text.slice(span.open + 1, span.close)
  return /[，。！？；,!?;…]/.test(inner) || inner.length >= 25
}

/** Opening marks by their closing marks: the pairs that open spans, and the inner `『…』`. */
const termOpenings: Record<string, string> = Object.fromEntries(Object.entries({ ...pairs, '『': '』' }).map(([open, close]) => [close, open]))

/**
 * The opening mark of a closing quotation mark.
 *
 * @param close A character, or `undefined`.
 * @returns Its opening mark, or `undefined` when it closes no quotation.
 */
export function openingOf(close: string | undefined): string | undefined {
  return close === undefined ? undefined : termOpenings[close]
}

/** Longest quoted term inside a phrase (`在谈及“双减”工作时`, `瑞典“一带一路”研究所`). */
const maxTerm = 12

/**
 * The opening mark of a short quoted term whose closing mark stands at a
 * position (`“一带一路”`, `“双减”`): no clause stop inside it.
 *
 * @param text Text.
 * @param close Index of a closing mark.
 * @param floor Lowest index.
 * @returns Index of the opening mark, or -1.
 */
export function quotedTermOpening(text: string, close: number, floor: number): number {
  const opening = openingOf(text[close])
  if (opening === undefined) return -1
  const open = text.lastIndexOf(opening, close - 1)
  if (open < floor || close - open - 1 > maxTerm || close - open <= 1) return -1
  for (let index = open + 1; index < close; index++) if (clauseStops.includes(text[index]!)) return -1
  return open
}

/**
 * The closing mark of a short quoted term whose opening mark stands at a
 * position (`碧溪大学“银龄守护”志愿服务队队长`): no clause stop inside it.
 *
 * @param text Text.
 * @param open Index of an opening mark.
 * @returns Index of the closing mark, or -1.
 */
export function quotedTermClosing(text: string, open: number): number {
  const closing = pairs[text[open]!] ?? (text[open] === '『' ? '』' : undefined)
  if (closing === undefined) return -1
  for (let index = open + 1; index < text.length && index - open - 1 <= maxTerm; index++) {
    const char = text[index]!
    if (char === closing) return index - open > 1 ? index : -1
    if (clauseStops.includes(char)) return -1
  }
  return -1
}
