/**
 * The tree builder checks each new attribute against all earlier ones of the
 * same tag (duplicates are dropped), so one tag with n attributes costs n²:
 * 50,000 attributes take parse5 most of a second, 500,000 over a minute.
 * Tags are cut after {@link maxAttributes} attributes, as a pre-pass.
 */

/** Most attributes kept on one tag. */
export const maxAttributes = 256

/** Tags shorter than this cannot hold more than {@link maxAttributes} attributes worth cutting. */
const minLengthToCheck = maxAttributes * 2

/**
 * Where to cut a start tag's attribute list, when it has too many.
 *
 * @param html Markup.
 * @param nameEnd Index after the tag name.
 * @param end Index after the tag's `>`.
 * @returns Index where the first attribute past the limit begins, or -1 to keep the tag whole.
 */
export function excessAttributesStart(html: string, nameEnd: number, end: number): number {
  if (end - nameEnd < minLengthToCheck) return -1
  const last = end - 1
  let index = nameEnd
  let count = 0
  let cut = -1
  // The whole tag is read, even past the cut: a quoted value that runs past our `>` voids the cut.
  while (index < last) {
    while (index < last && isSeparator(html.charCodeAt(index))) index++
    if (index >= last) break
    if (++count === maxAttributes + 1) cut = index
    while (index < last && !isSeparator(html.charCodeAt(index)) && html.charCodeAt(index) !== 0x3d /* = */) index++
    while (index < last && isSpace(html.charCodeAt(index))) index++
    if (html.charCodeAt(index) !== 0x3d) continue
    index++
    while (index < last && isSpace(html.charCodeAt(index))) index++
    const quote = html.charCodeAt(index)
    if (quote === 0x22 || quote === 0x27) {
      index++
      while (index < last && html.charCodeAt(index) !== quote) index++
      // A quoted value running past our `>` means the tag really ends later: leave it alone.
      if (index >= last) return -1
      index++
    } else {
      while (index < last && !isSpace(html.charCodeAt(index))) index++
    }
  }
  return cut
}

/**
 * Whether a char code is HTML whitespace.
 *
 * @param code Char code.
 * @returns Whether it is.
 */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d
}

/**
 * Whether a char code separates attributes (whitespace or `/`).
 *
 * @param code Char code.
 * @returns Whether it does.
 */
function isSeparator(code: number): boolean {
  return isSpace(code) || code === 0x2f
}
