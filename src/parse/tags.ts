/**
 * A linear scan over the tags of an HTML string, for the pre-parse passes.
 * Comments, doctypes, bogus comments and raw-text content (`<script>`,
 * `<style>`, …) are skipped; attribute values are not parsed (a tag ends at
 * the first `>`). Every index is looked at a bounded number of times.
 */

/** Elements whose content is raw text: tags inside are not tags. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes'])

/** One start or end tag. */
export interface Tag {
  /** Index of `<`. */
  start: number
  /** Index after `>`. */
  end: number
  /** Lower-cased tag name. */
  name: string
  /** Whether it is an end tag (`</p>`). */
  closing: boolean
  /** Whether it ends in `/>` (honoured only in SVG and MathML). */
  selfClosing: boolean
}

/**
 * Call `onTag` for each start or end tag in document order.
 *
 * @param html Markup.
 * @param onTag Receives each tag.
 */
export function forEachTag(html: string, onTag: (tag: Tag) => void): void {
  const rawTextEnds = new Map<string, RegExp>()
  let index = html.indexOf('<')
  while (index !== -1 && index < html.length - 1) {
    const next = html.charCodeAt(index + 1)
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      index = skipMarkupDeclaration(html, index)
      continue
    }
    const closing = next === 0x2f /* / */
    const nameStart = index + (closing ? 2 : 1)
    let cursor = nameStart
    if (!isAsciiLetter(html.charCodeAt(cursor))) {
      // `< ` is text; `</ ` and `</>` are bogus comments (to the next `>`).
      index = closing ? skipTo(html, '>', cursor) : html.indexOf('<', index + 1)
      continue
    }
    while (cursor < html.length && isNameChar(html.charCodeAt(cursor))) cursor++
    const end = html.indexOf('>', cursor)
    if (end === -1) return
    const name = html.slice(nameStart, cursor).toLowerCase()
    onTag({ start: index, end: end + 1, name, closing, selfClosing: html.charCodeAt(end - 1) === 0x2f })
    if (name === 'plaintext' && !closing) return
    if (!closing && rawTextElements.has(name)) {
      let pattern = rawTextEnds.get(name)
      if (!pattern) {
        pattern = new RegExp(`</${name}[\\s/>]`, 'gi')
        rawTextEnds.set(name, pattern)
      }
      pattern.lastIndex = end + 1
      const close = pattern.exec(html)
      if (!close) return
      index = close.index
      continue
    }
    index = html.indexOf('<', end + 1)
  }
}

/**
 * Skip `<!-- … -->`, `<!doctype …>`, `<![CDATA[ … ]]>` or `<? … >`.
 *
 * @param html Markup.
 * @param index Index of `<`.
 * @returns Index of the next `<` after it, or -1.
 */
function skipMarkupDeclaration(html: string, index: number): number {
  if (html.startsWith('<!--', index)) {
    const close = html.indexOf('-->', index + 4)
    return close === -1 ? -1 : html.indexOf('<', close + 3)
  }
  return skipTo(html, '>', index + 2)
}

/**
 * The index of the next `<` after the next `needle`.
 *
 * @param html Markup.
 * @param needle What ends the construct.
 * @param from Where to start.
 * @returns Index or -1.
 */
function skipTo(html: string, needle: string, from: number): number {
  const close = html.indexOf(needle, from)
  return close === -1 ? -1 : html.indexOf('<', close + 1)
}

/**
 * Whether a char code is an ASCII letter.
 *
 * @param code Char code.
 * @returns Whether it is.
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/**
 * Whether a char code may continue a tag name (anything but whitespace, `/`, `>`).
 *
 * @param code Char code.
 * @returns Whether it may.
 */
function isNameChar(code: number): boolean {
  return !(code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x2f || code === 0x3e)
}
