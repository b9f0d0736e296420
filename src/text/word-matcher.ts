/**
 * Match words from a fixed list at a position of a text: the longest word
 * that starts, or ends, there. Words are indexed by their first and last
 * character, so each look-up costs only the few words that share it. The
 * text is compared in its folded form (traditional characters match their
 * simplified words).
 */
import { codesFoldingTo, foldCode } from './simplify.js'

/** Finds list words at positions of a text. */
export interface WordMatcher {
  /**
   * The longest word that starts at `index`.
   *
   * @param text Text.
   * @param index Position.
   * @returns The word or `undefined`.
   */
  startingAt(text: string, index: number): string | undefined
  /**
   * Whether some word may start with this code unit (a cheap test before {@link WordMatcher.startingAt}).
   *
   * @param code Code unit.
   * @returns Whether it may.
   */
  mayStartWith(code: number): boolean
  /**
   * The longest word that ends right before `end` and starts at or after `floor`.
   *
   * @param text Text.
   * @param end Position after the word.
   * @param floor Lowest start allowed.
   * @returns The word or `undefined`.
   */
  endingAt(text: string, end: number, floor?: number): string | undefined
}

/**
 * Build a matcher for a word list.
 *
 * @param words Words (empty strings ignored).
 * @returns Matcher.
 */
export function createWordMatcher(words: Iterable<string>): WordMatcher {
  const byFirst = new Map<number, string[]>()
  const byLast = new Map<number, string[]>()
  for (const word of new Set(words)) {
    if (!word) continue
    const first = word.charCodeAt(0)
    const last = word.charCodeAt(word.length - 1)
    byFirst.set(first, [...(byFirst.get(first) ?? []), word])
    byLast.set(last, [...(byLast.get(last) ?? []), word])
  }
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.length - a.length)
  const firstCodes = new Uint8Array(65536)
  for (const first of byFirst.keys()) for (const code of codesFoldingTo(first)) firstCodes[code] = 1
  return {
    mayStartWith(code) {
      return firstCodes[code] === 1
    },
    startingAt(text, index) {
      const list = byFirst.get(foldCode(text.charCodeAt(index)))
      if (list === undefined) return undefined
      for (const word of list) if (matchesAt(text, word, index)) return word
      return undefined
    },
    endingAt(text, end, floor = 0) {
      const list = byLast.get(foldCode(text.charCodeAt(end - 1)))
      if (list === undefined) return undefined
      for (const word of list) if (end - word.length >= floor && matchesAt(text, word, end - word.length)) return word
      return undefined
    }
  }
}

/**
 * Whether `word` stands at `index` of `text`, comparing folded characters.
 *
 * @param text Text.
 * @param word Word in simplified form.
 * @param index Position.
 * @returns Whether it does.
 */
function matchesAt(text: string, word: string, index: number): boolean {
  if (index < 0 || index + word.length > text.length) return false
  for (let offset = 0; offset < word.length; offset++) {
    const code = text.charCodeAt(index + offset)
    const expected = word.charCodeAt(offset)
    if (code !== expected && foldCode(code) !== expected) return false
  }
  return true
}
