/**
 * Markup no later stage reads, which the tree builder would still spend time
 * on: the bodies of `<script>` and `<style>`, and comments. On portal pages
 * they are often most of the bytes (stylesheets inlined at 90 % of the page
 * are seen). The scan (`tags.ts`) ends tags, comments and raw text where the
 * tokenizer does, so removing them leaves the rest of the tree as it was.
 * Bodies inside `<svg>` or `<math>` are kept (there `<script>` and `<style>`
 * hold markup), and so are JSON-LD scripts: the metadata stage parses them.
 * A comment is kept when what stands before it could join what follows it
 * into other markup (`<<!-- -->p>`) or another character reference
 * (`&amp<!-- -->;`).
 */
import type { Comment, Tag } from './tags.js'

/** Raw-text elements whose bodies are removed. */
const removableRawText = new Set(['script', 'style'])

/**
 * Whether a raw-text element's body can be removed before parsing.
 *
 * @param html Markup.
 * @param tag Its start tag (as scanned).
 * @param inForeignContent Whether an `<svg>` or `<math>` element is open (asked only for script and style tags).
 * @returns Whether `html.slice(tag.end, tag.rawTextEnd)` can go.
 */
export function isRemovableRawText(html: string, tag: Tag, inForeignContent: () => boolean): boolean {
  if (tag.rawTextEnd <= tag.end || !removableRawText.has(tag.name) || inForeignContent()) return false
  // The search stays inside the tag, so the scan stays linear.
  return tag.name !== 'script' || !html.slice(tag.start, tag.end).toLowerCase().includes('ld+json')
}

/**
 * Whether a comment can be removed: the character before it cannot start
 * markup or a character reference with what follows.
 *
 * @param html Markup.
 * @param comment The comment (as scanned).
 * @returns Whether it can go.
 */
export function isRemovableComment(html: string, comment: Comment): boolean {
  if (comment.start === 0) return true
  const code = html.charCodeAt(comment.start - 1)
  const joins =
    code === 0x3c /* < */ || code === 0x26 /* & */ || code === 0x23 /* # */ || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return !joins
}
