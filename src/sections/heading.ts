/**
 * Recognise a keyword heading at the start of a paragraph: a marker
 * (`热词`, `关键词`, …) with an Arabic, Chinese, circled or no number, and the
 * keyword after a separator, in bold, on the same line or on the next one.
 */
import { decorationBullets } from '../data/marks.js'
import { bareMarkerSeparators, keywordSeparators, markerBrackets, numberRanges, ordinalPrefixes } from '../data/section-markers.js'
import { isHan, toHalfWidth } from '../text/normalize.js'
import { countedNumberAt } from '../text/numerals.js'
import { foldCode, foldText } from '../text/simplify.js'

/** Longest stretch read after a marker word (spaces, `NO.` or a bracket, number, close bracket). */
const markerTailLength = 12

/** The marker part of a heading. */
export interface MarkerMatch {
  /** The marker as printed (`热词1`, `【热词】`), without a decoration before it (`◆`). */
  marker: string
  /** The number it carries, or `null`. */
  number: number | null
  /** Index in the text where the marker ends. */
  end: number
  /** Whether the marker has neither a number nor brackets (`热词：…`). */
  bare: boolean
  /** Whether the marker is wrapped in brackets (`【热词1】`). */
  bracketed: boolean
  /**
   * Where the keyword ends when the brackets wrap it too (`【热词·新质生产力】`:
   * the index of the closing bracket); else `undefined`.
   */
  keywordEnd?: number
}

/** Longest keyword inside brackets that wrap the marker too (`【热词·新质生产力】`). */
const maxBracketedKeyword = 24

/** Marks never inside a keyword (sentence and list punctuation). */
const notInKeyword = '，。！？、,!?；;'

/** Pictographs and symbols that decorate a heading (`🔥`, `📌`, `☞`, `〓`, `❶` is a number, not one). */
const pictograph = /^(?:\p{Extended_Pictographic}|\p{So})\uFE0F?/u

/**
 * The width in code units of a decoration at a position: a listed bullet, or
 * a pictograph or symbol (with its variation selector); 0 when none stands there.
 *
 * @param text Text.
 * @param at Position.
 * @returns Width.
 */
function decorationWidth(text: string, at: number): number {
  if (decorationBullets.includes(text[at]!)) return 1
  const match = pictograph.exec(text.slice(at, at + 3))
  return match && !/[\u2776-\u277f\u2780-\u2793\u2460-\u2473]/.test(match[0]) ? match[0].length : 0
}

/**
 * Read a marker at the start of a text.
 *
 * @param text Paragraph text.
 * @param markers Marker words, longest first.
 * @returns The marker, or `null` when the text does not open with one.
 */
export function matchMarker(text: string, markers: readonly string[]): MarkerMatch | null {
  let start = 0
  // A decoration before the marker (`◆关键词：…`, an emoji `🔥热词1`) is not part of it.
  while (start < 4 && start < text.length) {
    const width = decorationWidth(text, start)
    if (width === 0) break
    start += width
  }
  while (start > 0 && text[start] === ' ') start++
  let cursor = start
  const open = text[start]
  const close = open ? markerBrackets[open] : undefined
  if (close) cursor++
  // Most lines start with no marker's first character: say so before folding.
  const code = text.charCodeAt(cursor)
  const foldedCode = foldCode(code)
  let word: string | undefined
  if (markers.some((candidate) => candidate === '' || candidate.charCodeAt(0) === code || candidate.charCodeAt(0) === foldedCode)) {
    const folded = foldText(text.slice(0, 24 + start))
    word = markers.find((candidate) => folded.startsWith(candidate, cursor) || text.startsWith(candidate, cursor))
  }
  // Inside brackets a scope may stand before the marker word (`【高质量发展关键词】`): the marker is all of it.
  if (!word && close) {
    const scoped = scopedMarkerAt(text, cursor, close, markers)
    if (scoped) {
      cursor = scoped.at
      word = scoped.word
    }
  }
  if (!word) return null
  // Bracket, marker, a space, a three-character number, a space and the close
  // bracket: only this prefix is read, so a long paragraph costs nothing here.
  const half = toHalfWidth(text.slice(0, cursor + word.length + markerTailLength))
  const printed = (end: number): string => text.slice(start, end).replace(/\s+/g, '')
  cursor += word.length
  const wordEnd = cursor
  while (half[cursor] === ' ') cursor++
  // A middle dot may part the marker from its number (`关键词·一`).
  const dotted = numberDots.includes(half[cursor] ?? '') ? readLabelledNumber(half, cursor + 1) : null
  const number = dotted ?? readLabelledNumber(half, cursor)
  if (number) cursor = number.end
  // `关键词之一是…` is a sentence: an ordinal needs a separator, a close bracket or the line end after it.
  if (number?.ordinal && cursor < text.length && !keywordSeparators.includes(half[cursor]!) && text[cursor] !== close) return null
  if (close) {
    while (half[cursor] === ' ') cursor++
    if (text[cursor] !== close) return keywordSeparators.includes(half[cursor] ?? '') ? bracketedKeyword(text, start, cursor, close, number?.value ?? null) : null
    cursor++
  } else if (!number) {
    // `热词：高质量发展`, `关键词 民生` with no number: only when a separator
    // follows (the caller takes it only on a heading line).
    // At the end of the text the marker stands alone on its line (its keyword may be the next line).
    if (cursor < text.length && cursor === wordEnd && !bareMarkerSeparators.includes(half[cursor]!)) return null
    return { marker: printed(wordEnd), number: null, end: wordEnd, bare: true, bracketed: false }
  }
  return { marker: printed(cursor), number: number ? number.value : null, end: cursor, bare: false, bracketed: close !== undefined }
}

/** Longest scope before a marker word inside brackets (`高质量发展` in `【高质量发展关键词】`). */
const maxMarkerScope = 8

/**
 * A marker word after a scope of Han characters inside brackets, closed right
 * after it (`【高质量发展关键词】`, `【两会热词】`).
 *
 * @param text Paragraph text.
 * @param from Index after the opening bracket.
 * @param close The closing bracket.
 * @param markers Marker words, longest first.
 * @returns Where the marker word starts and the word, or `null`.
 */
function scopedMarkerAt(text: string, from: number, close: string, markers: readonly string[]): { at: number; word: string } | null {
  return markerWordAfterScope(text, from, markers, (at, word) => text[at + word.length] === close)
}

/**
 * The first marker word after a scope of Han characters that starts right
 * after `from` (at most {@link maxMarkerScope} of them) and that `fits` accepts.
 *
 * @param text Paragraph text.
 * @param from Index before the scope.
 * @param markers Marker words, longest first.
 * @param fits Whether a marker word found at a position is the one wanted.
 * @returns Where the marker word starts and the word, or `null`.
 */
function markerWordAfterScope(text: string, from: number, markers: readonly string[], fits: (at: number, word: string) => boolean): { at: number; word: string } | null {
  for (let at = from + 1; at <= from + maxMarkerScope && at < text.length; at++) {
    if (!isHan(text[at - 1]!)) return null
    const folded = foldText(text.slice(at, at + maxMarkerScope))
    const word = markers.find((candidate) => candidate !== '' && (folded.startsWith(candidate) || text.startsWith(candidate, at)))
    if (word && fits(at, word)) return { at, word }
  }
  return null
}

/**
 * A numbered marker word after a scope of Han characters, with no brackets,
 * opening a line (`报告关键词1`, `两会热词②｜…`). Such a line is a heading only
 * when the page prints a run of them (see `sections.ts`): alone it is as often
 * the title of another article in a list.
 *
 * @param text Paragraph text.
 * @param markers Marker words, longest first.
 * @returns The marker and its `stem` (scope and marker word, `报告关键词`), or `null`.
 */
export function matchScopedMarker(text: string, markers: readonly string[]): (MarkerMatch & { stem: string }) | null {
  const scoped = markerWordAfterScope(text, 0, markers, () => true)
  if (!scoped) return null
  const wordEnd = scoped.at + scoped.word.length
  const half = toHalfWidth(text.slice(0, wordEnd + markerTailLength))
  const number = readLabelledNumber(half, wordEnd)
  if (!number) return null
  // The line ends after the number, or a separator leads to the keyword.
  if (number.end < text.length && !keywordSeparators.includes(half[number.end]!)) return null
  return { marker: text.slice(0, number.end).replace(/\s+/g, ''), number: number.value, end: number.end, bare: false, bracketed: false, stem: text.slice(0, wordEnd) }
}

/**
 * A marker whose brackets wrap its keyword too (`【热词·新质生产力】`,
 * `【关键词2：民生】`): after the separator that follows the marker (the caller
 * checks it), a short keyword without sentence punctuation up to the closing
 * bracket. The marker is printed without the brackets.
 *
 * @param text Paragraph text.
 * @param start Index of the opening bracket.
 * @param markerEnd Where the marker (and its number) ends.
 * @param close The closing bracket.
 * @param number The marker's number, or `null`.
 * @returns The marker, or `null`.
 */
function bracketedKeyword(text: string, start: number, markerEnd: number, close: string, number: number | null): MarkerMatch | null {
  const limit = Math.min(text.length, markerEnd + maxBracketedKeyword + 1)
  for (let index = markerEnd + 1; index < limit; index++) {
    const char = text[index]!
    if (char === close) {
      const marker = text.slice(start + 1, markerEnd).replace(/\s+/g, '')
      return trimSeparators(text.slice(markerEnd, index)) === '' ? null : { marker, number, end: markerEnd, bare: false, bracketed: true, keywordEnd: index }
    }
    if (notInKeyword.includes(char)) return null
  }
  return null
}

/**
 * Whether a text opens with a section marker that has a number or brackets
 * (`热词2 …`, `【关键词】…`), as a flat block is cut before one.
 *
 * @param text Text (its first 24 characters are enough).
 * @param markers Marker words, longest first.
 * @returns Whether it does.
 */
export function opensWithMarker(text: string, markers: readonly string[]): boolean {
  const match = matchMarker(text, markers)
  return match !== null && !match.bare
}

/**
 * Read a marker's number at a position: a plain number (see
 * {@link readNumber}), one after `NO.` (`热词NO.1`), an ordinal
 * (`关键词之一`), or one in brackets (`关键词（一）`, `热词(2)`).
 *
 * @param text Half-width text.
 * @param start Position.
 * @returns Value and end (after a closing bracket), or `null`.
 */
function readLabelledNumber(text: string, start: number): { value: number; end: number; ordinal?: boolean } | null {
  let cursor = start
  if (numberLabel.test(text.slice(cursor, cursor + numberLabelLength))) {
    cursor += numberLabelLength
    while (text[cursor] === ' ') cursor++
  }
  const ordinal = ordinalPrefixes.find((prefix) => text.startsWith(prefix, cursor))
  if (ordinal) {
    const number = readNumber(text, cursor + ordinal.length)
    return number ? { ...number, ordinal: true } : null
  }
  const bracket = numberBrackets[text[cursor] ?? '']
  if (!bracket) return readNumber(text, cursor)
  const number = readNumber(text, cursor + 1)
  return number && text[number.end] === bracket ? { value: number.value, end: number.end + 1 } : null
}

/** Middle dots that may stand between a marker and its number (`关键词·一`). */
const numberDots = '·•・'

/** `NO.` before a marker's number, in any case (the text is half-width). */
const numberLabel = /^no\./i

/** Length of {@link numberLabel}'s match. */
const numberLabelLength = 3

/** Brackets around a marker's number, half-width, as open → close. */
const numberBrackets: Record<string, string> = { '(': ')' }

/**
 * Read a number (Arabic, Chinese, circled) at a position.
 *
 * @param text Half-width text.
 * @param start Position.
 * @returns Value and end, or `null`.
 */
function readNumber(text: string, start: number): { value: number; end: number } | null {
  let cursor = start
  while (cursor < text.length && cursor - start < 3 && text.charCodeAt(cursor) >= 48 && text.charCodeAt(cursor) <= 57) cursor++
  if (cursor > start) return { value: Number(text.slice(start, cursor)), end: cursor }
  const code = text.charCodeAt(start)
  for (const range of numberRanges) {
    if (code >= range.first && code <= range.last) return { value: code - range.first + range.value, end: start + 1 }
  }
  return countedNumberAt(text, start, 3)
}

/**
 * Drop separators between a marker and its keyword, and decorations
 * (`热词1◆高质量发展`).
 *
 * @param text Text after the marker.
 * @returns The text without leading separators.
 */
export function trimSeparators(text: string): string {
  let cursor = 0
  for (;;) {
    if (cursor >= text.length) break
    if (keywordSeparators.includes(text[cursor]!)) cursor++
    else if (decorationWidth(text, cursor) > 0) cursor += decorationWidth(text, cursor)
    else break
  }
  return text.slice(cursor).trim()
}

/**
 * Whether a text opens with a separator or a decoration (or is empty).
 *
 * @param text Text after the marker.
 * @returns Whether it does.
 */
export function opensWithSeparator(text: string): boolean {
  return text === '' || keywordSeparators.includes(text[0]!) || decorationWidth(text, 0) > 0
}
