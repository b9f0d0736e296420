/**
 * Data tables in an article body (statistics, price lists): their cells and
 * caption are figures, not paragraphs. A layout table (the legacy page's
 * columns, one cell a row holding the article) is none.
 */
import type { Element } from 'hast'
import { blockElements } from '../data/elements.js'
import { onlyChild } from '../text/elements.js'
import type { Block } from './blocks.js'

/** Fewest rows of a data table. */
const minRows = 3

/** Fewest cells in its widest row. */
const minColumns = 2

/** Longest cell text read as a figure (a long cell may be prose). */
export const maxDataCellText = 30

/** Tags of a table's cells. */
const cellTags = new Set(['td', 'th'])

/** Tags that hold a table's rows. */
const rowGroupTags = new Set(['thead', 'tbody', 'tfoot'])

/** Tags of the elements a cell may wrap its text in (`<td><p><span>1-10月</span></p></td>`). */
const cellWrapperTags = new Set(['p', 'div', 'span', 'font', 'b', 'strong'])

/**
 * Make a test of whether a line is a data table's cell or caption. The test
 * keeps what it learns about each table, so build one per page.
 *
 * @returns Test of a block.
 */
export function createDataTableTest(): (block: Block) => boolean {
  const isDataTable = new Map<Element, boolean>()
  return (block) => {
    const table = ownTable(block)
    if (!table) return false
    let known = isDataTable.get(table)
    if (known === undefined) {
      known = hasDataShape(table)
      isDataTable.set(table, known)
    }
    return known
  }
}

/**
 * The table a line is a whole cell or the caption of: the line is the cell's
 * only text (its own element, or one wrapper in it).
 *
 * @param block Block.
 * @returns The table, or `null`.
 */
function ownTable(block: Block): Element | null {
  const { element, ancestors } = block
  if (!block.first || block.siblings !== 1) return null
  if (element.tagName === 'caption') return tableAbove(ancestors, ancestors.length - 1)
  // A cell holding its text only (a layout cell holds paragraphs beside loose text).
  if (cellTags.has(element.tagName)) return holdsNoBlock(element) ? tableAbove(ancestors, ancestors.length - 1) : null
  // A wrapper that is the cell's only element child.
  for (let index = ancestors.length - 1; index >= 0 && ancestors.length - index <= 3; index--) {
    const ancestor = ancestors[index]!
    if (cellTags.has(ancestor.tagName)) return onlyChild(ancestor) ? tableAbove(ancestors, index - 1) : null
    if (!cellWrapperTags.has(ancestor.tagName)) return null
  }
  return null
}

/**
 * Whether an element has no block-level element child.
 *
 * @param element Element.
 * @returns Whether it has none.
 */
function holdsNoBlock(element: Element): boolean {
  return !element.children.some((child) => child.type === 'element' && blockElements.has(child.tagName))
}

/**
 * The nearest `<table>` at or above an ancestor index.
 *
 * @param ancestors Ancestors, outermost first.
 * @param from Index to start at.
 * @returns The table, or `null`.
 */
function tableAbove(ancestors: readonly Element[], from: number): Element | null {
  for (let index = from; index >= 0 && from - index <= 3; index--) {
    const ancestor = ancestors[index]!
    if (ancestor.tagName === 'table') return ancestor
  }
  return null
}

/**
 * Whether a table has the shape of a data table: several rows, and a row of
 * several cells.
 *
 * @param table Table element.
 * @returns Whether it has.
 */
function hasDataShape(table: Element): boolean {
  let rows = 0
  let widest = 0
  const countRow = (row: Element): void => {
    rows++
    let cells = 0
    for (const cell of row.children) if (cell.type === 'element' && cellTags.has(cell.tagName)) cells++
    if (cells > widest) widest = cells
  }
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') countRow(child)
    else if (rowGroupTags.has(child.tagName)) for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') countRow(row)
  }
  return rows >= minRows && widest >= minColumns
}
