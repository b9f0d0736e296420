/**
 * URL helpers and the article's canonical URL.
 */
import type { Block } from '../blocks/blocks.js'
import { metaValue, type PageHead } from './head.js'

/** Schemes a link may keep. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:'])

/**
 * Resolve a possibly relative URL; keep only `http:`, `https:` and `mailto:`.
 *
 * @param href Raw href.
 * @param base Absolute base URL, or `null`.
 * @returns Absolute URL, or `null` when it cannot be resolved or its scheme is not allowed.
 */
export function resolveUrl(href: string, base: string | null): string | null {
  const value = href.trim()
  if (value === '' || value.length > 4096) return null
  let url: URL
  try {
    url = base ? new URL(value, base) : new URL(value)
  } catch {
    return null
  }
  return allowedSchemes.has(url.protocol) ? url.href : null
}

/** Labels of a printed link to the article itself. */
const printedUrlLine = /(?:文章地址|本文链接|原文链接|本文地址|文章链接|原文地址)\s?[:：]\s?(https?:\/\/[^\s"'<>，。]{1,2000})/

/**
 * The article's canonical URL: `<link rel=canonical>`, `og:url`, a printed
 * `文章地址`/`本文链接`/`原文链接` line, else the `url` option.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param pageUrl `options.url`, or `null`.
 * @returns Absolute URL or `null`.
 */
export function findUrl(head: PageHead, blocks: readonly Block[], pageUrl: string | null): string | null {
  const base = documentBase(head, pageUrl)
  for (const raw of [head.canonical, metaValue(head, ['og:url'])]) {
    if (!raw) continue
    const url = resolveUrl(raw, base)
    if (url && /^https?:/.test(url)) return url
  }
  for (const block of blocks) {
    const match = printedUrlLine.exec(block.text)
    if (match) {
      const url = resolveUrl(match[1]!, null)
      if (url) return url
    }
  }
  return pageUrl
}

/**
 * The base for relative links: `<base href>` resolved against the page URL.
 *
 * @param head Head values.
 * @param pageUrl Page URL, or `null`.
 * @returns Absolute base or `null`.
 */
export function documentBase(head: PageHead, pageUrl: string | null): string | null {
  if (head.base) {
    const base = resolveUrl(head.base, pageUrl)
    if (base && /^https?:/.test(base)) return base
  }
  return pageUrl
}
