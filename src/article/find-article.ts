/**
 * Find the element that holds the article body: the one whose lines carry the
 * most prose (punctuation-rich, link-poor text outside page chrome), scored
 * the way Readability scores paragraph holders.
 */
import type { Element } from 'hast'
import type { Block } from '../blocks/blocks.js'
import { startsWithBoilerplate } from '../blocks/paragraphs.js'
import { boxOpenedBy, isRelatedHeading } from '../blocks/related-box.js'
import { onlyChild, wrapsOnly } from '../text/elements.js'

/** Char codes of the marks of running prose: `，,。；;、！？` (not the colon of a label line). */
const prosePunctuation = new Set([0xff0c, 0x2c, 0x3002, 0xff1b, 0x3b, 0x3001, 0xff01, 0xff1f])

/** How much of the best score a parent needs to be taken instead of its child. */
const siblingShare = 0.9

/** The article body. */
export interface ArticleBody {
  /** The element holding the body, or `null` when the page has no prose. */
  root: Element | null
  /** Blocks inside `root`, in document order. */
  blocks: Block[]
}

/**
 * Pick the article root and its blocks.
 *
 * @param blocks All blocks of the page.
 * @returns The body.
 */
export function findArticle(blocks: readonly Block[]): ArticleBody {
  const scores = new Map<Element, number>()
  // The prose each element holds as its own lines (not through a child).
  const own = new Map<Element, number>()
  const parents = new Map<Element, Element | undefined>()
  const add = (element: Element | undefined, value: number): void => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + value)
  }
  const related = relatedBoxes(blocks)
  // A block of each holder, for its ancestors.
  const holderBlocks = new Map<Element, Block>()
  for (const block of blocks) {
    // Disclaimers and notices (`【免责声明】…`) are prose, but never the article.
    if (block.zone !== 'none' || block.linkDensity > 0.5 || block.text.length < 10 || startsWithBoilerplate(block.text)) continue
    // Nor is an excerpt in a box of related articles (`相关阅读` and another article's opening paragraphs).
    if (related.length > 0 && related.some((box) => block.ancestors.includes(box))) continue
    const punctuation = countPunctuation(block.text)
    if (punctuation === 0) continue
    const value = 1 + punctuation + Math.min(Math.floor(block.text.length / 100), 3)
    const ownsLines = block.siblings > 1
    let holder = ownsLines ? block.element : block.ancestors.at(-1)
    // Index in `ancestors` of the holder's parent, plus one.
    let depth = ownsLines ? block.ancestors.length : block.ancestors.length - 1
    // Wrappers that hold nothing else (`<section><section><p>…` from WeChat editors) are the same holder.
    while (holder && depth > 1) {
      const parent = block.ancestors[depth - 1]!
      if (parent.tagName === 'body' || !wrapsOnly(parent, holder)) break
      holder = parent
      depth--
    }
    const above = depth > 0 ? block.ancestors[depth - 1] : undefined
    add(holder, value)
    add(above, value / 2)
    // A paragraph, not a headline or a short label line.
    if (holder && block.heading === 0 && block.text.length >= minLeadLength && punctuation >= 2) own.set(holder, (own.get(holder) ?? 0) + value)
    if (holder) parents.set(holder, above)
    if (holder && !holderBlocks.has(holder)) holderBlocks.set(holder, block)
    if (above && !parents.has(above)) parents.set(above, depth > 1 ? block.ancestors[depth - 2] : undefined)
  }
  let root: Element | null = null
  let best = 0
  for (const [element, score] of scores) {
    if (score > best) {
      best = score
      root = element
    }
  }
  if (!root) return { root: null, blocks: [] }
  // Body text split over sibling containers (one a section): their parent
  // scores as high as the best of them, and holds them all.
  for (let parent = parents.get(root); parent && parent.tagName !== 'body' && (scores.get(parent) ?? 0) >= best * siblingShare; parent = parents.get(parent)) {
    root = parent
  }
  root = withTwinHolders(root, holderBlocks)
  root = withLeadAbove(blocks, root, own, best)
  // Back inside the wrappers scored as one with it: the innermost element that holds it all (never
  // below an element whose own lines these are: `<div>text<font>…</font></div>` reads as the div's lines).
  for (let inner = onlyChild(root); inner && !blocks.some((block) => block.element === root); inner = onlyChild(root)) root = inner
  const inside = blocks.filter((block) => block.element === root || block.ancestors.includes(root!))
  return { root, blocks: inside }
}

/**
 * The boxes of related articles on a page: each opened by its heading
 * (`<div class="article-list"><h3>相关阅读</h3>…`).
 *
 * @param blocks All blocks.
 * @returns The boxes.
 */
function relatedBoxes(blocks: readonly Block[]): Element[] {
  const boxes: Element[] = []
  for (let index = 1; index < blocks.length; index++) {
    const block = blocks[index]!
    if (!isRelatedHeading(block.text)) continue
    const box = boxOpenedBy(block, blocks[index - 1])
    if (box) boxes.push(box)
  }
  return boxes
}

/** How many levels above the root the holders built like it are gathered from. */
const twinLevels = 3

/**
 * The element that holds the root and the other holders built like it, the
 * same tag and class (`<div class="part"><div class="part-bd">…</div></div>`
 * once per keyword section): body text split over cards of one kind. Their
 * nearest common ancestor, up to {@link twinLevels} levels above the root;
 * else the root.
 *
 * @param root The best-scoring element.
 * @param holders A block of each element that holds prose lines.
 * @returns The element holding them all.
 */
function withTwinHolders(root: Element, holders: ReadonlyMap<Element, Block>): Element {
  const kind = classKey(root)
  const sample = holders.get(root)
  if (kind === '' || !sample) return root
  const chain = sample.element === root ? [...sample.ancestors, root] : sample.ancestors.slice(0, sample.ancestors.indexOf(root) + 1)
  const rootIndex = chain.length - 1
  let lowest = rootIndex
  for (const [holder, block] of holders) {
    if (holder === root || holder.tagName !== root.tagName || classKey(holder) !== kind) continue
    const other = block.ancestors
    let common = 0
    while (common < chain.length && common < other.length && chain[common] === other[common]) common++
    if (common === 0 || rootIndex - (common - 1) > twinLevels) continue
    lowest = Math.min(lowest, common - 1)
  }
  const ancestor = chain[lowest]!
  return ancestor.tagName === 'body' || ancestor.tagName === 'html' ? root : ancestor
}

/**
 * An element's class list as one key (`part-bd`), or `''` when it has none.
 *
 * @param element Element.
 * @returns The key.
 */
function classKey(element: Element): string {
  const value = element.properties.className
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : ''
}

/** Shortest paragraph that counts as a lead paragraph above the root. */
const minLeadLength = 20

/** How many levels above the root are looked at for lines of the article's lead. */
const leadLevels = 3

/**
 * The root, or an element up to {@link leadLevels} levels above it that holds
 * prose lines of its own, fewer than the root's (the lead printed before a
 * body nested deeper: `<div><p>导语…</p><ul><li>…body…</li></ul></div>`).
 *
 * @param blocks All blocks.
 * @param root The best-scoring element.
 * @param own Prose each element holds as its own lines.
 * @param best The root's score.
 * @returns The element holding the lead and the body.
 */
function withLeadAbove(blocks: readonly Block[], root: Element, own: ReadonlyMap<Element, number>, best: number): Element {
  const sample = blocks.find((block) => block.ancestors.includes(root))
  if (!sample) return root
  const chain = sample.ancestors
  let taken = root
  for (let index = chain.indexOf(root) - 1, level = 0; index >= 0 && level < leadLevels; index--, level++) {
    const ancestor = chain[index]!
    if (ancestor.tagName === 'body' || ancestor.tagName === 'html') break
    const prose = own.get(ancestor) ?? 0
    if (prose > best) break
    if (prose === 0) continue
    // Only a few lines besides the body, all of them prose: a lead, not a page of chrome around it.
    let outside = 0
    for (const block of blocks) {
      if (block.element !== ancestor && !block.ancestors.includes(ancestor)) continue
      if (block.element === taken || block.ancestors.includes(taken)) continue
      if (++outside > maxLeadLines || countPunctuation(block.text) === 0) return taken
    }
    taken = ancestor
  }
  return taken
}

/** Most lines an element above the root may hold besides it (the lead's paragraphs). */
const maxLeadLines = 4

/**
 * Count prose punctuation in a line without allocating a match per mark.
 *
 * @param text Line.
 * @returns How many marks it holds.
 */
export function countPunctuation(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Every mark is `,` `;` or at or above U+3001: one comparison skips most Han text.
    if ((code === 0x2c || code === 0x3b || (code >= 0x3001 && (code <= 0x3002 || code >= 0xff01))) && prosePunctuation.has(code)) count++
  }
  return count
}
