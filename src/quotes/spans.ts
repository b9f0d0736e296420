/**
 * Find quotation spans in a paragraph: the outer `“…”` and `「…」` pairs
 * (nested `‘…’` and `『…』` stay inside). One pass; an opening mark with no
 * closing mark opens no span.
 */

/** One quotation span. */
export interface Span {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark. */
  close: number
}

const pairs: Record<string, string> = { '“': '”', '「': '」' }

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
    if (code !== 0x201c && code !== 0x201d && code !== 0x300c && code !== 0x300d) continue
    const char = text[index]!
    if (open === -1) {
      const expected = pairs[char]
      if (expected) {
        open = index
        closer = expected
      }
    } else if (char === closer) {
      spans.push({ open, close: index })
      open = -1
    } else if (pairs[char] && char !== closer && text[open] === char) {
      // A second opening mark before a close: the first one was stray.
      open = index
    }
  }
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
