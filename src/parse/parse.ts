/**
 * String → hast tree, with `unified` and `rehype-parse`.
 */
import type { Root } from 'hast'
import rehypeParseImport from 'rehype-parse'
import { unified } from 'unified'
import { capDepth } from './cap-depth.js'
import { flattenDeep } from './flatten.js'

/**
 * `rehype-parse` is ESM-only with a default export. In the CJS build the
 * bundler reads it through `require()` of an ES module and hands over the
 * module namespace (`{ default: plugin }`) as the default import, which
 * `unified().use()` rejects as an empty preset. Take the function either way.
 */
const rehypeParse: typeof rehypeParseImport =
  typeof rehypeParseImport === 'function'
    ? rehypeParseImport
    : (rehypeParseImport as unknown as { default: typeof rehypeParseImport }).default

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
