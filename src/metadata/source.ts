/**
 * The outlet credited by `来源：` on the article's info line or at the end of
 * the body, or source metadata. The label and following fields are cut off.
 */
import type { Block } from '../blocks/blocks.js'
import { fieldLabels, sourceLabels, sourceMetaNames } from '../data/metadata-labels.js'
import { metaValue, type PageHead } from './head.js'
import type { ArticleFrame } from './published.js'

const sourceLabel = new RegExp(`(?:${sourceLabels.join('|')})\\s?[:：]\\s?`)
const nextField = new RegExp(`\\s|(?:${fieldLabels.map((label) => label.replace(/[|]/g, '\\|')).join('|')})(?:\\s?[:：])|[|｜丨【\\[（(]`)

/**
 * Find the credited outlet.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param frame Where headline and body stand.
 * @returns The outlet or `null`.
 */
export function findSource(head: PageHead, blocks: readonly Block[], frame: ArticleFrame): string | null {
  const start = frame.titleIndex >= 0 ? frame.titleIndex : Math.max(0, frame.bodyStart - 12)
  const end = Math.min(blocks.length, Math.max(frame.bodyStart + 1, start + 12))
  const ranges: Array<[number, number]> = [
    [start, end],
    [Math.max(frame.bodyStart, frame.bodyEnd - 4), Math.min(blocks.length, frame.bodyEnd + 6)]
  ]
  for (const [from, to] of ranges) {
    for (let index = from; index < to; index++) {
      const block = blocks[index]!
      if (block.zone === 'aside' || block.zone === 'footer') continue
      const value = sourceIn(block.text)
      if (value) return value
    }
  }
  const meta = metaValue(head, sourceMetaNames)
  return meta && meta.length <= 40 && !/^https?:/.test(meta) ? meta : null
}

/**
 * The outlet after a source label in one line.
 *
 * @param text Line.
 * @returns The outlet or `null`.
 */
export function sourceIn(text: string): string | null {
  const line = text.length > 300 ? text.slice(0, 300) : text
  const match = sourceLabel.exec(line)
  if (!match) return null
  let value = line.slice(match.index + match[0].length)
  const cut = nextField.exec(value)
  if (cut) value = value.slice(0, cut.index)
  value = value.replace(/[）)\]】。，,;；]+$/, '').trim()
  return value.length >= 2 && value.length <= 40 ? value : null
}
