/**
 * A linear pre-pass that keeps pathologically deep markup within a depth the
 * tree builder and `hast-util-from-parse5` (which recurses) can take.
 *
 * Browsers cap tree depth too (Chromium at 512). Depth is estimated with a
 * model of the tree builder's stack of open elements ({@link OpenElements}),
 * so optional end tags (`<p>`, `<li>`, `<td>` left open) do not count as
 * nesting. Start tags past the cap, and formatting start tags past the
 * bound on active formatting elements, are dropped with their end tags;
 * their text is kept. Attributes past the 256th on one tag are dropped
 * too (see `cap-attributes.ts`).
 */
import { excessAttributesStart } from './cap-attributes.js'
import { OpenElements } from './open-elements.js'
import { forEachTag } from './tags.js'

/** Estimated depth past which start tags are dropped. */
export const maxDepth = 256

/**
 * Drop start and end tags nested deeper than {@link maxDepth}, and attributes
 * past the limit on one tag.
 *
 * @param html Markup.
 * @returns The same markup when it is shallow enough, else a copy without the tags past the cap.
 */
export function capDepth(html: string): string {
  const open = new OpenElements()
  const dropped = new Map<string, number>()
  const cuts: number[] = []
  forEachTag(html, (tag) => {
    if (tag.closing) {
      const count = dropped.get(tag.name) ?? 0
      if (count > 0) {
        dropped.set(tag.name, count - 1)
        cuts.push(tag.start, tag.end)
      } else {
        open.end(tag.name)
      }
      return
    }
    const opened = open.start(tag.name, tag.selfClosing)
    if (opened.length > 0 && (open.depth + opened.length > maxDepth || !open.hasRoomFor(tag.name))) {
      dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1)
      cuts.push(tag.start, tag.end)
      return
    }
    for (const name of opened) open.push(name)
    const excess = excessAttributesStart(html, tag.start + 1 + tag.name.length, tag.end)
    if (excess !== -1) cuts.push(excess, tag.end - (tag.selfClosing ? 2 : 1))
  })
  if (cuts.length === 0) return html
  const parts: string[] = []
  let copiedUpTo = 0
  for (let index = 0; index < cuts.length; index += 2) {
    parts.push(html.slice(copiedUpTo, cuts[index]))
    copiedUpTo = cuts[index + 1]!
  }
  parts.push(html.slice(copiedUpTo))
  return parts.join('')
}
