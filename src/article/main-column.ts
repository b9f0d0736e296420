/**
 * A two-column portal's main column: government and society sites print the
 * article in `<td class="right">` or `<div class="main-right">` beside a menu
 * column, and portals wrap it in a picture-sharing feature
 * (`<div class="js_img_share_area">`). `blocks/` reads such a class as a
 * sidebar; when one holds more prose than all the page's content lines
 * together, it is the content, and its lines are zoned again from inside it.
 * When the content lines hold no prose at all, a box any class calls a
 * sidebar may be the column (`<div class="left-main comment-box">`). A box
 * marked a footer only weakly (`<div class="bottom-article">`, the lower half
 * of a template split in two, see `isWeakFooter`) may be the column too.
 */
import type { Element } from 'hast'
import type { Block } from '../blocks/blocks.js'
import { isSideColumn, isWeakFooter, ownZone, ownZoneIn, type Zone } from '../blocks/zone.js'
import { zoneTags } from '../data/zones.js'
import { countPunctuation } from './find-article.js'

/** Fewest prose marks a column needs before it can be the main one (a sidebar blurb has fewer). */
const minColumnProse = 8

/**
 * The blocks with the main column, if any, read as content.
 *
 * @param blocks All blocks of the page.
 * @returns The same blocks, or new ones for the lines of a reclaimed column.
 */
export function reclaimMainColumn(blocks: readonly Block[]): readonly Block[] {
  // A column may hold another (`<div class="hot"><div class="share-content">…`): read again from inside.
  let current = blocks
  const reclaimed = new Set<Element>()
  for (let round = 0; round < maxNestedColumns; round++) {
    const next = reclaimOnce(current, reclaimed)
    if (next === current) break
    current = next
  }
  return current
}

/** Most columns nested in one another that are reclaimed. */
const maxNestedColumns = 3

/**
 * One round of {@link reclaimMainColumn}.
 *
 * @param blocks Blocks.
 * @param reclaimed Columns reclaimed in earlier rounds (a column is looked for below them); the one found is added.
 * @returns The same blocks, or new ones for the lines of a reclaimed column.
 */
function reclaimOnce(blocks: readonly Block[], reclaimed: Set<Element>): readonly Block[] {
  let contentProse = 0
  let asideProse = 0
  for (const block of blocks) {
    if (block.linkDensity > 0.5 || block.text.length < 10) continue
    if (block.zone === 'none') contentProse += countPunctuation(block.text)
    else if (isColumnZone(block.zone)) asideProse += countPunctuation(block.text)
  }
  // Most pages: the content lines hold most prose, and nothing more is read.
  if (asideProse <= contentProse || asideProse < minColumnProse) return blocks
  const columnOf = new Map<Element, Element | null>()
  const proseByColumn = new Map<Element, number>()
  // With no prose at all among the content lines, the article stands in some box a class calls a
  // sidebar (`<div class="left-main comment-box">`), whatever the class: any such box may be it.
  const anyColumn = contentProse === 0
  for (const block of blocks) {
    if (!isColumnZone(block.zone) || block.linkDensity > 0.5 || block.text.length < 10) continue
    const column = zoneSource(block, columnOf, anyColumn, reclaimed)
    if (column) proseByColumn.set(column, (proseByColumn.get(column) ?? 0) + countPunctuation(block.text))
  }
  let main: Element | null = null
  let best = Math.max(contentProse, minColumnProse - 1)
  for (const [column, prose] of proseByColumn) {
    if (prose > best) {
      best = prose
      main = column
    }
  }
  if (!main) return blocks
  reclaimed.add(main)
  const column = main
  return blocks.map((block) => {
    const at = block.element === column ? block.ancestors.length : block.ancestors.indexOf(column)
    return at === -1 ? block : { ...block, zone: zoneBelow(block, at) }
  })
}

/**
 * Whether lines of a zone may stand in the main column: sidebars and footers
 * (only a weakly marked footer is taken, see {@link zoneSource}).
 *
 * @param zone Zone of a block.
 * @returns Whether they may.
 */
function isColumnZone(zone: Zone): boolean {
  return zone === 'aside' || zone === 'footer'
}

/**
 * The column a block's zone comes from: the outermost element of its chain
 * that marks a zone, when it marks a side column by position only (or
 * whatever it marks, with `anyColumn`; never an `<aside>` or another zone's
 * tag), or a footer only weakly (`bottom-article`; never a footer word).
 *
 * @param block An aside or footer block.
 * @param cache Answers per outermost element.
 * @param anyColumn Whether a box any class calls a sidebar may be the column.
 * @param reclaimed Columns reclaimed before.
 * @returns The column, or `null`.
 */
function zoneSource(block: Block, cache: Map<Element, Element | null>, anyColumn: boolean, reclaimed: ReadonlySet<Element>): Element | null {
  const chain = [...block.ancestors, block.element]
  // Below the innermost column reclaimed before: its lines were zoned again from inside it.
  let from = 0
  for (let index = chain.length - 1; index >= 0; index--) {
    if (reclaimed.has(chain[index]!)) {
      from = index + 1
      break
    }
  }
  for (const element of chain.slice(from)) {
    const zone = ownZone(element)
    if (zone === 'none') continue
    let column = cache.get(element)
    if (column === undefined) {
      const isColumn = zone === 'footer' ? isWeakFooter(element) : isSideColumn(element) || (anyColumn && !zonedByTag(element))
      column = isColumn ? element : null
      cache.set(element, column)
    }
    return column
  }
  return null
}

/**
 * Whether an element's zone comes from its tag (`<aside>`, `<nav>`, `<footer>`).
 *
 * @param element Element.
 * @returns Whether it does.
 */
function zonedByTag(element: Element): boolean {
  return (Object.values(zoneTags) as ReadonlyArray<readonly string[]>).some((tags) => tags.includes(element.tagName))
}

/**
 * The zone of a block read from the elements below the column only.
 *
 * @param block Block inside the column.
 * @param at Index of the column in the block's ancestors (their length when it is the block's own element).
 * @returns Zone.
 */
function zoneBelow(block: Block, at: number): Zone {
  for (let index = at + 1; index < block.ancestors.length; index++) {
    const zone = ownZoneIn(block.ancestors[index]!, block.ancestors.slice(0, index))
    if (zone !== 'none') return zone
  }
  return at < block.ancestors.length ? ownZoneIn(block.element, block.ancestors) : 'none'
}
