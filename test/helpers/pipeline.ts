/**
 * Run the first pipeline stages on an HTML fixture string.
 */
import type { Block } from '../../src/blocks/blocks.js'
import { toBlocks } from '../../src/blocks/blocks.js'
import { toParagraphs, type OpensSection, type Paragraph } from '../../src/blocks/paragraphs.js'
import { findArticle, type ArticleBody } from '../../src/article/find-article.js'
import { reclaimMainColumn } from '../../src/article/main-column.js'
import { parseHtml } from '../../src/parse/parse.js'

/**
 * Parse HTML and cut it into blocks.
 *
 * @param html Page or fragment.
 * @returns Blocks.
 */
export function blocksOf(html: string): Block[] {
  return toBlocks(parseHtml(html).tree)
}

/**
 * The first block whose text is exactly `text`.
 *
 * @param blocks Blocks.
 * @param text Text to look for.
 * @returns The block.
 * @throws When there is none.
 */
export function blockWithText(blocks: readonly Block[], text: string): Block {
  const block = blocks.find((candidate) => candidate.text === text)
  if (!block) throw new Error(`no block ${JSON.stringify(text)} in ${JSON.stringify(blocks.map((candidate) => candidate.text))}`)
  return block
}

/**
 * Parse HTML, find the article body.
 *
 * @param html Page.
 * @returns Article body.
 */
export function bodyOf(html: string): ArticleBody {
  return findArticle(reclaimMainColumn(blocksOf(html)))
}

/**
 * Parse HTML, find the body, cut it into paragraphs.
 *
 * @param html Page.
 * @param title Headline to drop where repeated.
 * @param opensSection Whether a text opens with a section marker.
 * @returns Paragraph texts and the paragraphs.
 */
export function paragraphsOf(html: string, title: string | null = null, opensSection?: OpensSection): Paragraph[] {
  return toParagraphs(bodyOf(html).blocks, title, opensSection)
}
