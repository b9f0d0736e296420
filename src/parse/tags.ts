/**
 * A linear scan over the tags of an HTML string, for the pre-parse pass.
 * It follows the tokenizer where the pass relies on it: a tag ends at the
 * first `>` outside a quoted attribute value; a comment ends as the
 * tokenizer ends it (`-->`, `--!>`, or at once for `<!-->` and `<!--->`);
 * raw-text content (`<style>`, `<textarea>`, …) ends at `</name` followed by
 * whitespace, `/` or `>`, and script content also follows the
 * `<!-- <script> … </script> -->` escape states; in SVG and MathML a
 * CDATA section ends at `]]>`. Doctypes and bogus comments are skipped. Every index is looked at a bounded number of times.
 */

/**
 * Elements whose content is raw text: tags inside are not tags. (Not
 * `<noscript>`: the page is parsed with scripting off, as
 * `hast-util-from-html` does, so its content is markup.)
 */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

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
  /**
   * For the start tag of a raw-text element (`<script>`, `<style>`,
   * `<textarea>`, …): index of the `</name` that ends its content (the
   * content is `html.slice(end, rawTextEnd)`). -1 for every other tag.
   */
  rawTextEnd: number
}

/** One `<!-- … -->` comment. */
export interface Comment {
  /** Index of `<`. */
  start: number
  /** Index after its end (`-->`, `--!>`, or the `>` of `<!-->` and `<!--->`). */
  end: number
}

/** More of the scan: comments, and where foreign content is. */
export interface TagScanHooks {
  /** Receives each comment. */
  onComment?: (comment: Comment) => void
  /**
   * Whether the scan is inside SVG or MathML content, where `<![CDATA[`
   * runs to `]]>` (elsewhere it is a bogus comment that ends at `>`).
   */
  inForeignContent?: () => boolean
}

/**
 * Call `onTag` for each start or end tag in document order (and the hooks
 * for comments).
 *
 * @param html Markup.
 * @param onTag Receives each tag.
 * @param hooks Optional hooks.
 */
export function forEachTag(html: string, onTag: (tag: Tag) => void, hooks: TagScanHooks = {}): void {
  let index = html.indexOf('<')
  while (index !== -1 && index < html.length - 1) {
    const next = html.charCodeAt(index + 1)
    if (next === 0x21 /* ! */ && html.startsWith('<!--', index)) {
      const end = commentEnd(html, index)
      if (end === -1) return
      hooks.onComment?.({ start: index, end })
      index = html.indexOf('<', end)
      continue
    }
    if (next === 0x21 /* ! */ && html.startsWith('<![CDATA[', index) && hooks.inForeignContent?.()) {
      index = skipTo(html, ']]>', index + 9)
      continue
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      index = skipTo(html, '>', index + 2)
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
    let upper = false
    while (cursor < html.length) {
      const code = html.charCodeAt(cursor)
      if (!isNameChar(code)) break
      if (code >= 0x41 && code <= 0x5a) upper = true
      cursor++
    }
    const end = tagEnd(html, cursor)
    if (end === -1) return
    // `toLowerCase` on a slice of a page with Chinese text takes the slow Unicode path: only when needed.
    const name = upper ? html.slice(nameStart, cursor).toLowerCase() : html.slice(nameStart, cursor)
    const tag: Tag = { start: index, end: end + 1, name, closing, selfClosing: html.charCodeAt(end - 1) === 0x2f, rawTextEnd: -1 }
    if (closing || !rawTextElements.has(name)) {
      onTag(tag)
      if (name === 'plaintext' && !closing) return
      index = html.indexOf('<', end + 1)
      continue
    }
    const close = name === 'script' ? scriptDataEnd(html, end + 1) : rawTextEnd(html, name, end + 1)
    tag.rawTextEnd = close
    onTag(tag)
    index = close
  }
}

/**
 * Where the end tag of a raw-text element (`</style>`, `</textarea >`) starts:
 * `</`, the name in any case, then whitespace, `/` or `>`.
 *
 * @param html Markup.
 * @param name Lower-case element name.
 * @param from Index after the start tag.
 * @returns Index of its `<`, or -1 when it never ends.
 */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let index = html.indexOf('</', from); index !== -1; index = html.indexOf('</', index + 2)) {
    const after = index + 2 + name.length
    if (after >= html.length) return -1
    let same = true
    for (let offset = 0; offset < name.length && same; offset++) {
      // ASCII letters only: setting 0x20 lower-cases them (and no other character lands on a letter of the name).
      same = (html.charCodeAt(index + 2 + offset) | 0x20) === name.charCodeAt(offset)
    }
    if (!same) continue
    const next = html.charCodeAt(after)
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0c || next === 0x0d) return index
  }
  return -1
}

/** Tokenizer states inside a tag, after its name (see {@link tagEnd}). */
const beforeAttribute = 0
const attributeName = 1
const afterAttributeName = 2
const beforeValue = 3
const doubleQuoted = 4
const singleQuoted = 5
const afterQuoted = 6
const unquoted = 7

/**
 * The index of the `>` that ends a tag, reading attributes as the tokenizer
 * does (a `>` in a quoted value does not end it).
 *
 * @param html Markup.
 * @param from Index after the tag name.
 * @returns Index of the `>`, or -1 when the tag never ends.
 */
function tagEnd(html: string, from: number): number {
  let state: number = beforeAttribute
  for (let index = from; index < html.length; index++) {
    const code = html.charCodeAt(index)
    switch (state) {
      case doubleQuoted:
      case singleQuoted: {
        // Jump to the closing quote: values (`style`, `href`) are the long part of a tag.
        const close = html.indexOf(state === doubleQuoted ? '"' : "'", index)
        if (close === -1) return -1
        index = close
        state = afterQuoted
        continue
      }
      case unquoted:
        if (code === 0x3e) return index
        if (isSpace(code)) state = beforeAttribute
        continue
      case beforeValue:
        if (code === 0x3e) return index
        if (code === 0x22) state = doubleQuoted
        else if (code === 0x27) state = singleQuoted
        else if (!isSpace(code)) state = unquoted
        continue
      default:
        // Before, in and after an attribute name, and after a quoted value.
        if (code === 0x3e) return index
        if (code === 0x2f) state = beforeAttribute
        else if (isSpace(code)) state = state === attributeName || state === afterAttributeName ? afterAttributeName : beforeAttribute
        else if (code === 0x3d && (state === attributeName || state === afterAttributeName)) state = beforeValue
        else state = attributeName
    }
  }
  return -1
}

/**
 * The index after the end of a comment that starts at `start`.
 *
 * @param html Markup.
 * @param start Index of `<!--`.
 * @returns Index after its end, or -1 when it never ends.
 */
function commentEnd(html: string, start: number): number {
  if (html.startsWith('>', start + 4)) return start + 5
  if (html.startsWith('->', start + 4)) return start + 6
  const pattern = /--!?>/g
  pattern.lastIndex = start + 4
  const match = pattern.exec(html)
  return match ? match.index + match[0].length : -1
}

/** What ends each script-data state: see {@link scriptDataEnd}. */
const scriptPatterns = {
  data: /<!--|<\/script[\t\n\f\r />]/gi,
  escaped: /-->|<\/script[\t\n\f\r />]|<script[\t\n\f\r />]/gi,
  doubleEscaped: /-->|<\/script[\t\n\f\r />]/gi
}

/**
 * Where a script's content ends, following the tokenizer's script-data
 * states: `<!--` enters the escaped state, where `<script` enters the double
 * escaped state, in which `</script` only returns to the escaped state; `-->`
 * returns to plain script data from either.
 *
 * @param html Markup.
 * @param from Index after the `<script …>` tag.
 * @returns Index of the `</script` that ends it, or -1.
 */
function scriptDataEnd(html: string, from: number): number {
  let state: keyof typeof scriptPatterns = 'data'
  let index = from
  for (;;) {
    const pattern = scriptPatterns[state]
    pattern.lastIndex = index
    const match = pattern.exec(html)
    if (!match) return -1
    const found = match[0]
    if (found === '<!--') {
      state = 'escaped'
      // The dashes of `<!--` count towards a `-->` (`<!-->` leaves at once).
      index = match.index + 2
    } else if (found === '-->') {
      state = 'data'
      index = match.index + 3
    } else if (found[1] === '/') {
      if (state !== 'doubleEscaped') return match.index
      state = 'escaped'
      index = match.index + found.length - 1
    } else {
      state = 'doubleEscaped'
      index = match.index + found.length - 1
    }
  }
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
 * Whether a char code is HTML whitespace (tab, LF, FF, CR, space).
 *
 * @param code Char code.
 * @returns Whether it is.
 */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d
}

/**
 * Whether a char code may continue a tag name (anything but whitespace, `/`, `>`).
 *
 * @param code Char code.
 * @returns Whether it may.
 */
function isNameChar(code: number): boolean {
  return !(isSpace(code) || code === 0x2f || code === 0x3e)
}
