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
 * Collapse whitespace runs (see {@link isWhitespaceCode}) to one space and
 * trim the ends. One pass that copies runs of printed text, so the common
 * Chinese line (`　　正文…`, indented with ideographic spaces) costs one slice.
 *
 * @param value Raw text.
 * @returns Folded text.
 */
export function collapseWhitespace(value: string): string {
  let result = ''
  // Start of the printed run being read, or -1 between runs.
  let runStart = -1
  let index = 0
  while (index < value.length) {
    if (!isWhitespaceCode(value.charCodeAt(index))) {
      if (runStart === -1) runStart = index
      index++
      continue
    }
    let after = index + 1
    while (after < value.length && isWhitespaceCode(value.charCodeAt(after))) after++
    // A single ASCII space between printed characters is already collapsed: the run goes on.
    if (runStart !== -1 && after === index + 1 && after < value.length && value.charCodeAt(index) === 0x20) {
      index = after
      continue
    }
    if (runStart !== -1) {
      result = result === '' ? value.slice(runStart, index) : `${result} ${value.slice(runStart, index)}`
      runStart = -1
    }
    index = after
  }
  // A text that is one run from its first character is already collapsed.
  if (runStart === 0) return value
  if (runStart !== -1) result = result === '' ? value.slice(runStart) : `${result} ${value.slice(runStart)}`
  return result
}

/**
 * Whether a code unit is whitespace as {@link collapseWhitespace} counts it
 * (JavaScript's `\s`, plus the zero-width space U+200B).
 *
 * @param code Code unit.
 * @returns Whether it is.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/**
 * Remove every whitespace character (used to compare texts that differ only in spacing).
 *
 * @param value Raw text.
 * @returns Text without whitespace.
 */
export function stripWhitespace(value: string): string {
  for (let index = 0; index < value.length; index++) {
    if (isWhitespaceCode(value.charCodeAt(index))) return value.replace(whitespaceRun, '')
  }
  return value
}

/**
 * Map full-width digits, letters, colon and similar ASCII look-alikes (U+FF01–U+FF5E)
 * to ASCII. Length-preserving, so indexes found in the result hold in the input.
 *
 * @param value Text that may contain full-width forms.
 * @returns The same text with ASCII forms.
 */
export function toHalfWidth(value: string): string {
  let first = 0
  while (first < value.length && !isFullWidthForm(value.charCodeAt(first))) first++
  if (first === value.length) return value
  let result = value.slice(0, first)
  for (let index = first; index < value.length; index++) {
    const code = value.charCodeAt(index)
    result += isFullWidthForm(code) ? (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0)) : value[index]
  }
  return result
}

/**
 * Whether a code unit is a full-width ASCII look-alike or the ideographic space.
 *
 * @param code Code unit.
 * @returns Whether {@link toHalfWidth} maps it.
 */
function isFullWidthForm(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000
}

/**
 * Whether a character is a Han ideograph: CJK Unified Ideographs, extension A,
 * and the supplementary planes' extensions B–H (`𬞟` in a name), whole or as
 * one of the two code units that encode it.
 *
 * @param char One character or code unit (or `undefined` past the ends of a string).
 * @returns Whether it is Han.
 */
export function isHan(char: string | undefined): boolean {
  if (!char) return false
  const code = char.codePointAt(0)!
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true
  // Extensions B–H (U+20000–U+323AF), or a surrogate of one (emoji use other high surrogates).
  return (code >= 0x20000 && code <= 0x323af) || (code >= 0xd840 && code <= 0xd888) || (code >= 0xdc00 && code <= 0xdfff)
}

/**
 * Whether a code unit is a decimal digit, ASCII or full-width (`29`, `２９`).
 *
 * @param code Code unit (`NaN` past the ends of a string).
 * @returns Whether it is.
 */
export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}
