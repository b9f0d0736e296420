/**
 * Building regular expressions from word lists (the data modules hold plain
 * words; these make them pattern source).
 */

/**
 * Escape a word for use inside a regular expression.
 *
 * @param value Word.
 * @returns Pattern source matching the word literally.
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * An alternation of words, longest first (so a longer word wins where a
 * shorter one is its prefix), each escaped.
 *
 * @param words Words.
 * @returns Pattern source, without a group around it.
 */
export function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}

/**
 * The letters of Latin-script names, for a regular expression's character
 * class: ASCII letters and the accented ones of Latin-1 (`Müller`, `Óscar`,
 * `François`), without `×` and `÷`.
 */
export const latinLetters = 'A-Za-zÀ-ÖØ-öø-ÿ'

/** The capitals among {@link latinLetters}, for a character class. */
export const latinCapitals = 'A-ZÀ-ÖØ-Þ'

/** One Latin letter, accented ones included. */
export const latinLetter = new RegExp(`[${latinLetters}]`)
