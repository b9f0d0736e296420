/**
 * String → hast tree, with `unified` and `rehype-parse`.
 */
import type { Root } from 'hast'
import rehypeParseImport from 'rehype-parse'
import { unified } from 'unified'
import { flattenDeep } from './flatten.js'
import { prepareMarkup } from './prepare.js'

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

/** A parsed page. */
export interface ParsedPage {
  /** The hast tree (script and style bodies and comments left out, see `prepare.ts`). */
  tree: Root
  /** Bodies of the scripts left out of the tree, in page order. */
  scripts: string[]
  /** The text of a Founder e-paper's property comment, or `null` (see `prepare.ts`). */
  paperProperties: string | null
}

/**
 * Parse a page into a hast tree no deeper than the later stages can walk.
 * Never throws: markup too deep even after the pre-pass is parsed again
 * with its tags removed.
 *
 * @param html Decoded page.
 * @returns The tree and the script bodies left out of it.
 */
export function parseHtml(html: string): ParsedPage {
  const prepared = prepareMarkup(html)
  let tree: Root
  try {
    tree = htmlParser.parse(prepared.markup)
  } catch {
    tree = htmlParser.parse(html.replace(/<[^<>]*>/g, ' '))
  }
  return { tree: flattenDeep(tree), scripts: prepared.scripts, paperProperties: prepared.paperProperties }
}
