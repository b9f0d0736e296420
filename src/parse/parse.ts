/**
 * String → hast tree, with `unified` and `rehype-parse`.
 */
import type { Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { capDepth } from './cap-depth.js'

/** A frozen processor: made once, holds no per-call state. */
const htmlParser = unified().use(rehypeParse).freeze()

/**
 * Parse a page into a hast tree. Never throws: markup too deep even after
 * {@link capDepth} is parsed again with its tags removed.
 *
 * @param html Decoded page.
 * @returns hast root.
 */
export function parseHtml(html: string): Root {
  try {
    return htmlParser.parse(capDepth(html))
  } catch {
    return htmlParser.parse(html.replace(/<[^<>]*>/g, ' '))
  }
}
