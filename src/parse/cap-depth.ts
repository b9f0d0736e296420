/**
 * A linear pre-pass that keeps pathologically deep markup within a depth the
 * rest of the pipeline (and `hast-util-from-parse5`, which recurses) can take.
 *
 * Browsers cap tree depth too (Chromium at 512). The estimate is rough: every
 * start tag of a non-void element opens a level and every end tag closes one;
 * start tags past the cap, and their end tags, are dropped while their text is kept.
 */

/** Elements that never have an end tag. */
const voidElements = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype'
])

/** Elements whose content is raw text: tags inside are not tags. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext'])

/** Depth past which start tags are dropped. */
export const maxDepth = 256

/**
 * Drop start and end tags nested deeper than {@link maxDepth}.
 *
 * @param html Markup.
 * @returns The same markup when it is shallow enough, else a flattened copy.
 */
export function capDepth(html: string): string {
  if (!exceedsDepth(html)) return html
  const parts: string[] = []
  let depth = 0
  let copiedUpTo = 0
  forEachTag(html, (start, end, name, closing) => {
    if (closing) {
      const drop = depth > maxDepth
      if (depth > 0) depth--
      if (drop) {
        parts.push(html.slice(copiedUpTo, start))
        copiedUpTo = end
      }
    } else if (!voidElements.has(name)) {
      depth++
      if (depth > maxDepth) {
        parts.push(html.slice(copiedUpTo, start))
        copiedUpTo = end
      }
    }
  })
  parts.push(html.slice(copiedUpTo))
  return parts.join('')
}

/**
 * Whether the estimated nesting goes past {@link maxDepth}.
 *
 * @param html Markup.
 * @returns Whether it does.
 */
function exceedsDepth(html: string): boolean {
  let depth = 0
  let exceeded = false
  forEachTag(html, (_start, _end, name, closing) => {
    if (closing) depth = Math.max(0, depth - 1)
    else if (!voidElements.has(name) && ++depth > maxDepth) exceeded = true
  })
  return exceeded
}

/**
 * Call `onTag` for each start or end tag, skipping comments and raw-text
 * content. Linear: every index is looked at a bounded number of times.
 *
 * @param html Markup.
 * @param onTag Receives the tag's bounds, lower-cased name and whether it is an end tag.
 */
function forEachTag(html: string, onTag: (start: number, end: number, name: string, closing: boolean) => void): void {
  let index = html.indexOf('<')
  while (index !== -1 && index < html.length - 1) {
    if (html.startsWith('<!--', index)) {
      const close = html.indexOf('-->', index + 4)
      if (close === -1) return
      index = html.indexOf('<', close + 3)
      continue
    }
    const closing = html[index + 1] === '/'
    let cursor = index + (closing ? 2 : 1)
    const nameStart = cursor
    while (cursor < html.length && /[A-Za-z0-9!-]/.test(html[cursor]!)) cursor++
    if (cursor === nameStart) {
      index = html.indexOf('<', index + 1)
      continue
    }
    const name = html.slice(nameStart, cursor).toLowerCase()
    const end = html.indexOf('>', cursor)
    if (end === -1) return
    const selfClosing = html[end - 1] === '/'
    onTag(index, end + 1, name, closing)
    if (selfClosing && !closing && !voidElements.has(name)) onTag(end, end + 1, name, true)
    if (!closing && rawTextElements.has(name)) {
      const close = indexOfIgnoreCase(html, '</' + name, end + 1)
      if (close === -1) return
      index = close
      continue
    }
    index = html.indexOf('<', end + 1)
  }
}

/**
 * `indexOf` that ignores ASCII case of the needle's letters.
 *
 * @param haystack Text to search.
 * @param needle Lower-case needle.
 * @param from Where to start.
 * @returns Index or -1.
 */
function indexOfIgnoreCase(haystack: string, needle: string, from: number): number {
  const lower = haystack.indexOf(needle, from)
  const upper = haystack.indexOf(needle.toUpperCase(), from)
  if (lower === -1) return upper
  if (upper === -1) return lower
  return Math.min(lower, upper)
}
