/**
 * Text normalisation shared by every stage.
 *
 * Page text keeps what was printed; only whitespace is folded: runs of
 * whitespace (including NBSP U+00A0, the ideographic space U+3000 and line
 * breaks) become one ASCII space and the ends are trimmed.
 */

/** Whitespace as the corpus contract counts it (NBSP and full-width space included). */
const whitespaceRun = /[\s\u00a0\u3000\u200b\ufeff]+/g

/**
 * Collapse whitespace runs to one space and trim the ends.
 *
 * @param value Raw text.
 * @returns Folded text.
 */
export function collapseWhitespace(value: string): string {
  return value.replace(whitespaceRun, ' ').trim()
}

/**
 * Remove every whitespace character (used to compare texts that differ only in spacing).
 *
 * @param value Raw text.
 * @returns Text without whitespace.
 */
export function stripWhitespace(value: string): string {
  return value.replace(whitespaceRun, '')
}

/**
 * Map full-width digits, letters, colon and similar ASCII look-alikes (U+FF01–U+FF5E)
 * to ASCII. Length-preserving, so indexes found in the result hold in the input.
 *
 * @param value Text that may contain full-width forms.
 * @returns The same text with ASCII forms.
 */
export function toHalfWidth(value: string): string {
  let result = ''
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    result +=
      code >= 0xff01 && code <= 0xff5e
        ? String.fromCharCode(code - 0xfee0)
        : code === 0x3000
          ? ' '
          : value[index]
  }
  return result
}

/**
 * Whether a character is a Han ideograph (CJK Unified Ideographs and extension A).
 *
 * @param char One character (or `undefined` past the ends of a string).
 * @returns Whether it is Han.
 */
export function isHan(char: string | undefined): boolean {
  if (!char) return false
  const code = char.charCodeAt(0)
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}
