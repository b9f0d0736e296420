/**
 * hast tree → blocks: the page's text cut into lines at block boundaries and
 * `<br>`, in document order, each with what the rest of the pipeline needs to
 * know about it (heading level, centring, a leading bold run, page zone, link
 * density, the element chain above it). One walk; every subtree's text is read
 * once with `hast-util-to-text`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'
import { blockElements, boldElements, centeringClassTokens, foldControlWords, headingLevels, plainInlineElements, skippedElements } from '../data/elements.js'
import { collapseWhitespace, isWhitespaceCode } from '../text/normalize.js'
import { ownZoneIn, type Zone } from './zone.js'

/** One line of page text. */
export interface Block {
  /** Position in document order (0-based). */
  index: number
  /** Text, whitespace collapsed. */
  text: string
  /** The element the line was read from (a leaf block, or the container of loose text). */
  element: Element
  /** Elements above `element`, outermost first (`html`, `body`, …). */
  ancestors: readonly Element[]
  /** 1–6 inside `<h1>`…`<h6>`, else 0. */
  heading: number
  /** Whether the block is centred (`text-align:center`, `align=center`, `<center>`, a centring class such as `f_center`). */
  centered: boolean
  /** Text of a bold run (`<strong>`, `<b>`) that opens the line, or `null`. */
  leadingBold: string | null
  /** The page zone the line is in (inherited from its ancestors). */
  zone: Zone
  /** Share of the text inside links (0–1); 1 for a line inside a link (`<a><div>…</div></a>`). */
  linkDensity: number
  /** Whether this line is the first of its element (false after a `<br>`). */
  first: boolean
  /** Number of lines read from the same element. */
  siblings: number
  /**
   * The image printed right before the line, with no text between them (in
   * the same element, or in an image-only element just before it), or `null`:
   * a short line after an image is usually its caption.
   */
  image: PrecedingImage | null
}

/** An image printed right before a line of text. */
export interface PrecedingImage {
  /** Its `alt` text, whitespace collapsed (empty when it has none). */
  alt: string
  /** Whether it stands in the line's own element (`<p><img>caption</p>`). */
  inline: boolean
}

/** Walk state: ancestors and inherited flags. */
interface Context {
  ancestors: Element[]
  zone: Zone
  heading: number
  centered: boolean
  /** Whether the lines stand inside a link (`<a><div>…</div></a>`: a teaser card). */
  inLink: boolean
}

/**
 * Cut a page into blocks.
 *
 * @param tree hast root of the whole page.
 * @returns Blocks in document order.
 */
export function toBlocks(tree: Root): Block[] {
  const blocks: Block[] = []
  const containsBlockCache = new Map<Element, boolean>()
  const containsBlock = (element: Element): boolean => {
    // Most elements (inline runs, leaf paragraphs) have no element child: no cache needed for them.
    if (!hasElementChild(element)) return false
    let cached = containsBlockCache.get(element)
    if (cached === undefined) {
      cached = false
      for (const child of element.children) {
        if (child.type !== 'element' || isSkipped(child)) continue
        if (blockElements.has(child.tagName) || containsBlock(child)) {
          cached = true
          break
        }
      }
      containsBlockCache.set(element, cached)
    }
    return cached
  }

  // The image printed since the last line of text, if any.
  let pendingImage: PrecedingImage | null = null
  const emit = (nodes: ElementContent[], element: Element, context: Context): void => {
    const whole = nodes.length === 1 && nodes[0] === element
    const content = whole ? element.children : nodes
    const reading = readInline(content)
    const lines: string[] = []
    // Plain lines are already cut at `<br>` (their source line breaks are spaces); `toText` output is cut at its line breaks.
    const raw = reading.lines ?? toText(whole ? element : ({ type: 'root', children: nodes } as Root)).split('\n')
    for (const line of raw) {
      const text = collapseWhitespace(line)
      if (text !== '') lines.push(text)
    }
    if (lines.length === 0) {
      if (reading.imageAlt !== null) pendingImage = { alt: reading.imageAlt, inline: false }
      return
    }
    const image: PrecedingImage | null = reading.imageAlt !== null ? { alt: reading.imageAlt, inline: true } : pendingImage
    pendingImage = null
    const bold = leadingBold(content)
    let total = 0
    for (const line of lines) total += line.length
    const linkDensity = context.inLink ? 1 : total === 0 ? 0 : Math.min(1, reading.linkChars / total)
    for (let position = 0; position < lines.length; position++) {
      blocks.push({
        index: blocks.length,
        text: lines[position]!,
        element,
        ancestors: context.ancestors,
        heading: context.heading,
        centered: context.centered,
        leadingBold: position === 0 ? bold : null,
        zone: context.zone,
        linkDensity,
        first: position === 0,
        siblings: lines.length,
        image: position === 0 ? image : null
      })
    }
  }

  const walk = (element: Element, parent: Context): void => {
    // `<header>` and `<footer>` inside an `<article>` are the article's own, not the page's.
    const zone = parent.zone === 'none' ? ownZoneIn(element, parent.ancestors) : parent.zone
    const context: Context = {
      ancestors: parent.ancestors,
      zone,
      heading: headingLevels.get(element.tagName) ?? parent.heading,
      centered: isCentered(element) || (parent.centered && element.tagName !== 'body'),
      inLink: parent.inLink || element.tagName === 'a'
    }
    if (!containsBlock(element)) {
      emit([element], element, context)
      return
    }
    const ancestors = parent.ancestors.slice()
    ancestors.push(element)
    const inner: Context = { ancestors, zone: context.zone, heading: context.heading, centered: context.centered, inLink: context.inLink }
    // The loose inline run between block children, and whether it has more than whitespace.
    let run: ElementContent[] = []
    let runHasContent = false
    let previous: Element | null = null
    for (const child of element.children) {
      if (child.type === 'element') {
        const before = previous
        previous = child
        if (isSkipped(child) && !(before !== null && isFoldedRest(child, before))) continue
        if (blockElements.has(child.tagName) || containsBlock(child)) {
          if (runHasContent) emit(run, element, context)
          if (run.length > 0) run = []
          runHasContent = false
          walk(child, inner)
          continue
        }
        run.push(child)
        runHasContent = true
      } else if (child.type === 'text') {
        run.push(child)
        if (!runHasContent && !isBlank(child.value)) runHasContent = true
      }
    }
    if (runHasContent) emit(run, element, context)
  }

  const top: Context = { ancestors: [], zone: 'none', heading: 0, centered: false, inLink: false }
  for (const child of tree.children) visitTop(child)
  return blocks

  function visitTop(node: RootContent): void {
    if (node.type === 'element' && !isSkipped(node)) walk(node, top)
  }
}

/**
 * Whether an element prints no page text: a script, a form control, a player
 * (whose fallback text only shows where it cannot play), or an element
 * hidden by its `hidden` attribute or an inline `display: none`.
 *
 * @param element hast element.
 * @returns Whether its content is left out.
 */
export function isSkipped(element: Element): boolean {
  if (skippedElements.has(element.tagName) || element.properties.hidden) return true
  const style = element.properties.style
  return typeof style === 'string' && style.includes('none') && displayNone.test(style.slice(0, 500))
}

/**
 * Whether a hidden element is the rest of a folded article: it follows a
 * fold control (`展开全文`) and is hidden only by its style or attribute.
 *
 * @param element The hidden element.
 * @param previous The element right before it.
 * @returns Whether it is.
 */
function isFoldedRest(element: Element, previous: Element): boolean {
  if (skippedElements.has(element.tagName)) return false
  const raw = textUpTo(previous, maxFoldControlSource)
  if (raw === null) return false
  const text = collapseWhitespace(raw)
  return text.length <= maxFoldControl && foldControlWords.some((word) => text.startsWith(word))
}

/** Longest text of a fold control (`展开剩余70%`). */
const maxFoldControl = 12

/** Longest source text (whitespace included) read for a fold control. */
const maxFoldControlSource = 200

/**
 * The text of an element's text nodes, or `null` as soon as it grows past a
 * limit (a fold control is short; a long sibling is read no further).
 *
 * @param element Element.
 * @param limit Most characters read.
 * @returns The text, or `null` when it is longer.
 */
function textUpTo(element: Element, limit: number): string | null {
  let text = ''
  const stack: ElementContent[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') {
      text += node.value
      if (text.length > limit) return null
    } else if (node.type === 'element') {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
      if (stack.length > limit) return null
    }
  }
  return text
}

/** An inline style that hides its element. */
const displayNone = /display\s*:\s*none/i

/**
 * Whether an element has an element among its children.
 *
 * @param element hast element.
 * @returns Whether it does.
 */
function hasElementChild(element: Element): boolean {
  for (const child of element.children) if (child.type === 'element') return true
  return false
}

/**
 * Whether an element is centred by its attributes, inline style or a
 * centring class (`f_center`, `text-center`).
 *
 * @param element hast element.
 * @returns Whether it is centred.
 */
function isCentered(element: Element): boolean {
  if (element.tagName === 'center') return true
  const align = element.properties.align
  if (typeof align === 'string' && align.toLowerCase() === 'center') return true
  const style = element.properties.style
  if (typeof style === 'string' && /text-align\s*:\s*center/i.test(style.slice(0, 500))) return true
  const className = element.properties.className
  return Array.isArray(className) && className.some((token) => centeringTokens.has(String(token).toLowerCase()))
}

/** Class tokens that centre text. */
const centeringTokens = new Set<string>(centeringClassTokens)

/**
 * The text of a bold run that opens a list of nodes, looking through inline
 * wrappers (`<span><strong>…</strong></span>`) and skipping leading whitespace
 * and empty elements (`<a name="kw1"></a>`).
 *
 * @param nodes Children of a block.
 * @returns Collapsed bold text, or `null` when the line does not open in bold.
 */
function leadingBold(nodes: readonly ElementContent[]): string | null {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (isBlank(node.value)) continue
      return null
    }
    if (node.type !== 'element') continue
    if (node.tagName === 'br') return null
    if (boldElements.has(node.tagName) || isBoldStyle(node.properties.style)) {
      const text = collapsedText(node)
      return text === '' ? null : text
    }
    if (node.tagName === 'img') continue
    // An empty element before the run (an anchor `<a name="kw1"></a>`) holds no text of the line.
    if (!holdsText(node)) continue
    return leadingBold(node.children)
  }
  return null
}

/**
 * Whether an element holds any non-blank text (stops at the first it finds).
 *
 * @param element Element.
 * @returns Whether it does.
 */
function holdsText(element: Element): boolean {
  for (const child of element.children) {
    if (child.type === 'text' ? !isBlank(child.value) : child.type === 'element' && holdsText(child)) return true
  }
  return false
}

/**
 * Whether an inline style sets bold type (`font-weight: bold`, `700`).
 *
 * @param style The `style` property, if any.
 * @returns Whether it does.
 */
function isBoldStyle(style: unknown): boolean {
  if (style === undefined || style === null) return false
  return /font-weight\s*:\s*(bold|[6-9]00)/i.test(String(style).slice(0, 200))
}

/**
 * The text of an element as `hast-util-to-text` gives it, whitespace
 * collapsed (its lines joined by a space): through the plain inline walk
 * when the element holds only inline content, else through `toText`.
 *
 * @param element hast element.
 * @returns Collapsed text.
 */
export function collapsedText(element: Element): string {
  const lines = readInline(element.children).lines
  return collapseWhitespace(lines === null ? toText(element) : lines.join('\n'))
}

/** What one walk over a block's nodes gives. */
interface InlineReading {
  /**
   * The text as lines cut at `<br>` when the nodes are only text, `<br>`,
   * images and plain inline elements (`<a>`, `<span>`, `<strong>`, …): once
   * whitespace is collapsed (source line breaks inside a line are then
   * spaces), what `hast-util-to-text` gives for them, without its innerText
   * machinery; elements that print no page text (see {@link isSkipped}) give
   * none. `null` when anything else is inside (`<ruby>`, `<q>`, an unknown
   * element): then `toText` reads it.
   */
  lines: string[] | null
  /** Characters of text inside links, whitespace excluded. */
  linkChars: number
  /** The `alt` text of the last image before any text (empty when it has none), or `null` when no image stands before the text. */
  imageAlt: string | null
}

/** The state of {@link readInlineInto}. */
interface InlineState {
  /** Lines before the last `<br>`. */
  lines: string[]
  /** Text since the last `<br>`. */
  text: string
  /** Characters inside links. */
  linkChars: number
  /** Whether every node so far is plain. */
  plain: boolean
  /** Whether any text other than whitespace was met. */
  hasText: boolean
  /** The `alt` of the last image met before any text, or `null`. */
  imageAlt: string | null
}

/**
 * Read a block's nodes once: their plain text (when they are plain) and the
 * characters inside links. Runs on every block, so it walks with one state
 * object rather than setting up a visitor each time.
 *
 * @param nodes Nodes of the block.
 * @returns The reading.
 */
function readInline(nodes: readonly ElementContent[]): InlineReading {
  const state: InlineState = { lines: [], text: '', linkChars: 0, plain: true, hasText: false, imageAlt: null }
  readInlineInto(nodes, false, state)
  if (!state.plain) return { lines: null, linkChars: state.linkChars, imageAlt: state.imageAlt }
  state.lines.push(state.text)
  return { lines: state.lines, linkChars: state.linkChars, imageAlt: state.imageAlt }
}

/**
 * The walk of {@link readInline}: recursive (the tree is at most
 * `maxTreeDepth` deep after parsing), with one state object, so a block
 * costs no allocation per node.
 *
 * @param nodes Nodes.
 * @param inLink Whether they are inside a link.
 * @param state Lines and text so far, link characters, whether still plain.
 */
function readInlineInto(nodes: readonly ElementContent[], inLink: boolean, state: InlineState): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (state.plain) state.text += node.value
      if (inLink) state.linkChars += countVisible(node.value)
      if (!state.hasText && !isBlank(node.value)) state.hasText = true
    } else if (node.type === 'element') {
      if (isSkipped(node)) continue
      if (node.tagName === 'img' && !state.hasText) state.imageAlt = collapseWhitespace(String(node.properties.alt ?? ''))
      if (state.plain) {
        if (node.tagName === 'br') {
          state.lines.push(state.text)
          state.text = ''
          continue
        }
        // Inline `style` does not matter: `hast-util-to-text` reads no CSS.
        if (!plainInlineElements.has(node.tagName) && !textlessElements.has(node.tagName)) state.plain = false
      }
      readInlineInto(node.children, inLink || node.tagName === 'a', state)
    }
  }
}

/** Inline elements that print no text (`hast-util-to-text` gives nothing for them). */
const textlessElements = new Set(['img', 'wbr'])

/**
 * Count the characters of a text that are not whitespace.
 *
 * @param value Text.
 * @returns Count.
 */
function countVisible(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) if (!isWhitespaceCode(value.charCodeAt(index))) count++
  return count
}

/**
 * Whether a text is only whitespace (the text between block tags).
 *
 * @param value Text.
 * @returns Whether it is.
 */
function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (!isWhitespaceCode(value.charCodeAt(index))) return false
  return true
}
