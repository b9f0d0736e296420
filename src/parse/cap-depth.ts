/**
 * Keep pathologically deep markup within a depth the tree builder and
 * `hast-util-from-parse5` (which recurses) can take.
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
import { applyCuts } from './cuts.js'
import { formattingElements, maxActiveFormatting, OpenElements, voidElements } from './open-elements.js'
import { forEachTag, type Tag } from './tags.js'

/** Estimated depth past which start tags are dropped. */
export const maxDepth = 256

/** The depth cap's view of a page, fed one tag at a time in document order. */
export interface DepthCap {
  /**
   * Apply a tag: add the ranges to cut for it (increasing, in pairs of
   * start and end index).
   *
   * @param tag The next tag.
   * @param cuts Cut ranges collected so far (appended to).
   * @returns Whether the tag is kept (a dropped start tag's content is then plain text).
   */
  take(tag: Tag, cuts: number[]): boolean
  /** Whether an `<svg>` or `<math>` element is open (its content is foreign, not HTML). */
  inForeignContent(): boolean
}

/**
 * Most elements one start tag can open in the model: an orphan `<td>` opens
 * `<tbody>`, `<tr>` and itself; `<tr>` opens `<tbody>` and itself; a void
 * element opens nothing.
 *
 * @param name Lower-cased tag name.
 * @returns Upper bound.
 */
function mostOpenedBy(name: string): number {
  if (voidElements.has(name)) return 0
  return name === 'td' || name === 'th' ? 3 : name === 'tr' ? 2 : 1
}

/**
 * Start a depth cap for one page.
 *
 * Most pages have too few tags to reach either bound: while the elements the
 * tags so far could open number at most {@link maxDepth}, and their
 * formatting start tags at most {@link maxActiveFormatting}, nothing can be
 * dropped, so the tags are only counted and kept. The model of the open
 * elements is built (and fed the tags kept so far) when a bound could be
 * reached, or at the first `<svg>` or `<math>`, whose content the scan must
 * tell apart.
 *
 * @param html Markup the tags come from.
 * @returns The cap.
 */
export function createDepthCap(html: string): DepthCap {
  let open: OpenElements | null = null
  const counted: Tag[] = []
  let mostOpened = 0
  let formatting = 0
  const dropped = new Map<string, number>()
  return {
    take(tag, cuts) {
      if (open === null) {
        if (!tag.closing) {
          mostOpened += mostOpenedBy(tag.name)
          if (formattingElements.has(tag.name)) formatting++
        }
        const foreign = !tag.closing && (tag.name === 'svg' || tag.name === 'math')
        if (mostOpened <= maxDepth && formatting <= maxActiveFormatting && !foreign) {
          counted.push(tag)
          capAttributes(html, tag, cuts)
          return true
        }
        open = new OpenElements()
        // Under the bounds the model keeps every tag: it only needs their effect on the stack.
        for (const earlier of counted) {
          if (earlier.closing) open.end(earlier.name)
          else for (const name of open.start(earlier.name, earlier.selfClosing)) open.push(name)
        }
        counted.length = 0
      }
      if (tag.closing) {
        const count = dropped.size === 0 ? 0 : (dropped.get(tag.name) ?? 0)
        if (count > 0) {
          dropped.set(tag.name, count - 1)
          cuts.push(tag.start, tag.end)
          return false
        }
        open.end(tag.name)
        return true
      }
      const opened = open.start(tag.name, tag.selfClosing)
      if (opened.length > 0 && (open.depth + opened.length > maxDepth || !open.hasRoomFor(tag.name))) {
        dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1)
        cuts.push(tag.start, tag.end)
        return false
      }
      for (const name of opened) open.push(name)
      capAttributes(html, tag, cuts)
      return true
    },
    inForeignContent() {
      return open !== null && open.inForeignContent()
    }
  }
}

/**
 * Cut the attributes of a start tag past the limit.
 *
 * @param html Markup.
 * @param tag A kept start tag.
 * @param cuts Cut ranges (appended to).
 */
function capAttributes(html: string, tag: Tag, cuts: number[]): void {
  const excess = excessAttributesStart(html, tag.start + 1 + tag.name.length, tag.end)
  if (excess !== -1) cuts.push(excess, tag.end - (tag.selfClosing ? 2 : 1))
}

/**
 * Drop start and end tags nested deeper than {@link maxDepth}, and attributes
 * past the limit on one tag. (The parse stage runs this cap inside
 * `prepareMarkup`, in the same scan as the other pre-parse cuts.)
 *
 * @param html Markup.
 * @returns The same markup when it is shallow enough, else a copy without the tags past the cap.
 */
export function capDepth(html: string): string {
  const cap = createDepthCap(html)
  const cuts: number[] = []
  forEachTag(html, (tag) => {
    cap.take(tag, cuts)
  })
  return applyCuts(html, cuts)
}
