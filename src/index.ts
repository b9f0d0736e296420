/**
 * zh-article: a Chinese news page in (raw HTML bytes, any charset), a typed
 * Article out.
 *
 * @packageDocumentation
 */
import { extractArticle } from './article/extract.js'
import { decodeBytes } from './decode/decode.js'
import { checkOptions, describe } from './options.js'
import { parseHtml } from './parse/parse.js'
import type { Article, ParseOptions } from './types.js'

export type { Article, DateStamp, FooterLink, ParseOptions, Quote, QuoteKind, Role, Section, Speaker } from './types.js'
export { rehypeArticle } from './plugin.js'

/**
 * Parse a Chinese news page into an {@link Article}.
 *
 * Synchronous and pure. Bytes are decoded by BOM, else as UTF-8 when valid,
 * else by the declared charset (gb2312/gbk read as GB18030), else as GB18030.
 * Any input of the right type yields an Article; fields not found are `null`
 * or empty.
 *
 * @param input The page: a string, or its raw bytes.
 * @param options Options (`url`, `sectionMarkers`).
 * @returns The Article.
 * @throws {TypeError} When `input` is not a string, `Uint8Array` or `ArrayBuffer`, or an option is wrong.
 */
export function parseArticle(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): Article {
  const html = toHtml(input)
  const checked = checkOptions(options)
  const page = parseHtml(html)
  return extractArticle(page.tree, checked, page.scripts, page.paperProperties)
}

/**
 * Turn the accepted input types into a string.
 *
 * @param input Page input.
 * @returns Decoded HTML.
 * @throws {TypeError} On a wrong type.
 */
function toHtml(input: unknown): string {
  if (typeof input === 'string') return input
  if (input instanceof Uint8Array) return decodeBytes(input)
  if (input instanceof ArrayBuffer) return decodeBytes(new Uint8Array(input))
  if (ArrayBuffer.isView(input)) return decodeBytes(new Uint8Array(input.buffer, input.byteOffset, input.byteLength))
  throw new TypeError(`zh-article: expected input to be a string, Uint8Array or ArrayBuffer, got ${describe(input)}`)
}
