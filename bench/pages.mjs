/**
 * The benchmark pages: the project's own fixtures, the shared corpus pages
 * when that folder exists next to the project (optional, read at run time
 * only), and generated pages of 50 KB, 500 KB and 5 MB. Every extractor gets
 * the same decoded string.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePage } from './generate.mjs'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** Generated page sizes (bytes) and their group names. */
export const generatedSizes = [
  ['gen-50KB', 50 * 1024],
  ['gen-500KB', 500 * 1024],
  ['gen-5MB', 5 * 1024 * 1024]
]

/**
 * Decode page bytes the way the corpus contract says: BOM, else valid UTF-8,
 * else the declared charset, else GB18030.
 *
 * @param {Uint8Array} bytes Page bytes.
 * @returns {string} Text.
 */
export function decode(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
    const match = /<meta[^>]{0,512}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head)
    const label = match ? match[1].toLowerCase() : 'gb18030'
    try {
      return new TextDecoder(/^(gb2312|gbk|x-gbk|gb18030)$/.test(label) ? 'gb18030' : label).decode(bytes)
    } catch {
      return new TextDecoder('gb18030').decode(bytes)
    }
  }
}

/**
 * HTML files under a folder, sorted.
 *
 * @param {string} dir Folder.
 * @returns {string[]} Paths.
 */
function htmlFiles(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  const found = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...htmlFiles(path))
    else if (/\.(?:html?|shtml)$/i.test(entry.name)) found.push(path)
  }
  return found
}

/**
 * Folders of optional extra pages: `$ZH_ARTICLE_CORPUS` (colon-separated),
 * else `../shared/corpus` and `../shared/corpus-real` next to the project.
 *
 * @returns {string[]} Existing folders.
 */
function corpusDirs() {
  const fromEnv = process.env.ZH_ARTICLE_CORPUS ? process.env.ZH_ARTICLE_CORPUS.split(':') : []
  const dirs = fromEnv.length > 0 ? fromEnv : [resolve(root, '../shared/corpus'), resolve(root, '../shared/corpus-real')]
  return dirs.filter((dir) => existsSync(dir))
}

/**
 * @typedef {object} Page
 * @property {string} name Short name.
 * @property {string} group `fixtures`, `corpus` or a generated size.
 * @property {number} bytes Size of the raw page in bytes.
 * @property {string} html Decoded page.
 */

/**
 * Load the benchmark pages.
 *
 * @param {{ generated?: boolean, only?: string[] }} [options] Which groups.
 * @returns {Page[]} Pages.
 */
export function loadPages(options = {}) {
  const pages = []
  const wanted = (group) => !options.only || options.only.includes(group)
  const add = (path, group) => {
    if (!wanted(group)) return
    const bytes = readFileSync(path)
    pages.push({ name: relative(resolve(root, '..'), path), group, bytes: bytes.length, html: decode(bytes) })
  }
  for (const path of htmlFiles(join(root, 'test/fixtures'))) add(path, 'fixtures')
  for (const dir of corpusDirs()) for (const path of htmlFiles(dir)) add(path, 'corpus')
  if (options.generated !== false) {
    for (const [group, size] of generatedSizes) {
      if (!wanted(group)) continue
      const html = makePage(size, size)
      pages.push({ name: group, group, bytes: Buffer.byteLength(html), html })
    }
  }
  return pages
}
