/**
 * String → hast tree, with `unified` and `rehype-parse`.
 */
import type { Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { capDepth } from './cap-depth.js'
import { flattenDeep } from './flatten.js'

/** A frozen processor: made once, holds no per-call state. */
const htmlParser = unified().use(rehypeParse).freeze()

/**
 * Parse a page into a hast tree no deeper than the later stages can walk.
 * Never throws: markup too deep even after {@link capDepth} is parsed again
 * with its tags removed.
 *
 * @param html Decoded page.
 * @returns hast root.
 */
export function parseHtml(html: string): Root {
  let tree: Root
  try {
    tree = htmlParser.parse(capDepth(html))
  } catch {
    tree = htmlParser.parse(html.replace(/<[^<>]*>/g, ' '))
  }
  return flattenDeep(tree)
}
