/**
 * The summary: the editor's summary box (`【摘要】`, `【导读】`, `内容提要`,
 * label removed), else the meta description unless it is only boilerplate.
 */
import type { Block } from '../blocks/blocks.js'
import { classTokens } from '../blocks/zone.js'
import { summaryClassParts, summaryLabels } from '../data/metadata-labels.js'
import { stripWhitespace } from '../text/normalize.js'
import { metaValue, type PageHead } from './head.js'

/**
 * Find the summary.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param bodyEnd Index after the last body block (boxes are looked for before it).
 * @param title The headline, or `null`.
 * @returns The summary or `null`.
 */
export function findSummary(head: PageHead, blocks: readonly Block[], bodyEnd: number, title: string | null): string | null {
  for (let index = 0; index < Math.min(bodyEnd, blocks.length); index++) {
    const block = blocks[index]!
    if (block.zone === 'aside' || block.zone === 'footer') continue
    const label = summaryLabels.find((item) => block.text.startsWith(item))
    if (label) {
      const text = block.text.slice(label.length).trim()
      if (text) return text
    }
    if (block.text.length >= 8 && [block.element, ...block.ancestors.slice(-1)].some(isSummaryBox)) return block.text
  }
  const description = metaValue(head, ['description', 'og:description', 'twitter:description'])
  if (!description || description.length < 8) return null
  const key = stripWhitespace(description)
  if (title && key === stripWhitespace(title)) return null
  const keywords = metaValue(head, ['keywords'])
  if (keywords && stripWhitespace(keywords) === key) return null
  return description
}

/**
 * Whether an element's class names a summary box.
 *
 * @param element Element.
 * @returns Whether it does.
 */
function isSummaryBox(element: Block['element']): boolean {
  return classTokens(element).some((token) => summaryClassParts.some((part) => token.includes(part)))
}
