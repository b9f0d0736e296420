/**
 * `rehypeArticle`: a unified plugin that puts the Article of the tree on
 * `file.data.article`.
 */
import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { extractArticle } from './article/extract.js'
import { checkOptions } from './options.js'
import { flattenDeep } from './parse/flatten.js'
import type { Article, ParseOptions } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The Article extracted by `rehypeArticle`. */
    article: Article
  }
}

/**
 * Extract the Article from a hast tree and store it on `file.data.article`.
 * The tree is not changed: the stages read a copy of its elements, flattened
 * below the depth they walk, as `parseArticle` flattens its own tree.
 *
 * @param options Options (`url`, `sectionMarkers`); `url` defaults to nothing.
 * @returns Transform.
 * @throws {TypeError} When an option is wrong.
 */
export function rehypeArticle(options?: ParseOptions | null): (tree: Root, file: VFile) => undefined {
  const checked = checkOptions(options ?? undefined)
  return function (tree, file) {
    file.data.article = extractArticle(flattenDeep(tree, true), checked)
  }
}
