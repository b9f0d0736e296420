/**
 * URL helpers and the article's canonical URL.
 */
import type { Element } from 'hast'
import { isElement } from 'hast-util-is-element'
import { toText } from 'hast-util-to-text'
import type { Block } from '../blocks/blocks.js'
import { urlLabels } from '../data/metadata-labels.js'
import { forEachElement } from '../text/elements.js'
import { collapseWhitespace } from '../text/normalize.js'
import { wordAlternation } from '../text/patterns.js'
import { metaValue, type PageHead } from './head.js'

/** Schemes that are never followed (checked before parsing, which costs more). */
const scriptScheme = /^(?:javascript|vbscript|data):/i

/**
 * An absolute `http(s)` URL that the URL parser would return as it is (but
 * for the `/` of an empty path): lower-case scheme and host name (not an
 * IPv4 or punycode host), no port or user, no dot segments, and only
 * characters that are never percent-encoded. Most links are; parsing them
 * costs more than the rest of the footer stage.
 */
const plainAbsoluteUrl = /^https?:\/\/(?![^/?#]*xn--)(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*(?=$|[/?#])(?![^?#]*\/\.\.?(?:[/?#]|$))(?!.*%2[eE])[\w\-.~!$&()*+,;=:@/?#%]*$/

/** Schemes a link may keep. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:'])

/**
 * Resolve a possibly relative URL; keep only `http:`, `https:` and `mailto:`.
 *
 * @param href Raw href.
 * @param base Absolute base URL (a parsed `URL` saves parsing it again), or `null`.
 * @returns Absolute URL, or `null` when it cannot be resolved or its scheme is not allowed.
 */
export function resolveUrl(href: string, base: string | URL | null): string | null {
  const value = href.trim()
  if (value === '' || value.length > 4096 || scriptScheme.test(value)) return null
  if (plainAbsoluteUrl.test(value)) return withRootPath(value)
  // Without a base only a URL with a scheme parses: skip the parser's exception for the rest.
  if (!base && !opensWithScheme(value)) return null
  let url: URL
  try {
    url = base ? new URL(value, base) : new URL(value)
  } catch {
    return null
  }
  return allowedSchemes.has(url.protocol) ? url.href : null
}

/**
 * A path-absolute link (`/a/b.html?x=1`) that, against an `http(s)` base,
 * the URL parser returns as the base's origin and the link as they are: not
 * `//`, no dot segments, no `%2e`, only characters never percent-encoded.
 */
const plainPathAbsolute = /^(?!\/\/)(?![^?#]*\/\.\.?(?:[/?#]|$))(?!.*%2[eE])\/[\w\-.~!$&()*+,;=:@/?#%]*$/

/**
 * A path-relative link (`b.html`, `sub/c.html`) that, against an `http(s)`
 * base, the URL parser returns as the base's directory and the link: as
 * {@link plainPathAbsolute}, and it opens with neither `.` nor a scheme (no
 * `:` before the first `/`, `?` or `#`).
 */
const plainPathRelative = /^(?![^/?#]*:)(?![^?#]*\/\.\.?(?:[/?#]|$))(?!.*%2[eE])[\w\-~!$&()*+,;=@%][\w\-.~!$&()*+,;=:@/?#%]*$/

/** Resolves many links against one base. */
export interface UrlResolver {
  /**
   * Resolve a possibly relative URL as {@link resolveUrl} does.
   *
   * @param href Raw href.
   * @returns Absolute URL, or `null`.
   */
  resolve(href: string): string | null
}

/**
 * A resolver for the links of one page: the base is parsed once, and plain
 * links (most of them: `/about/`, `list.html`, `https://host/path`) are joined
 * to it without the URL parser, which gives the same string for them (a
 * property test checks this).
 *
 * @param base Absolute base URL, or `null`.
 * @returns Resolver.
 */
export function createUrlResolver(base: string | null): UrlResolver {
  let parsed: URL | null = null
  try {
    parsed = base ? new URL(base) : null
  } catch {
    parsed = null
  }
  // Origin (with any user) and directory of an http(s) base, as the URL parser writes them.
  let origin: string | null = null
  let directory: string | null = null
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    origin = parsed.href.slice(0, parsed.href.length - (parsed.pathname.length + parsed.search.length + parsed.hash.length))
    directory = origin + parsed.pathname.slice(0, parsed.pathname.lastIndexOf('/') + 1)
  }
  return {
    resolve(href) {
      if (origin !== null && directory !== null) {
        const value = href.trim()
        if (value.length <= 4096) {
          if (value.charCodeAt(0) === 0x2f) {
            if (plainPathAbsolute.test(value)) return origin + value
          } else if (plainPathRelative.test(value)) {
            return directory + value
          } else if (value.startsWith('../') || value.startsWith('./')) {
            // `../../list.html`, `./a.html`: leading dot segments over a plain rest walk up the base's directory.
            let rest = value
            let up = directory
            for (;;) {
              if (rest.startsWith('./')) rest = rest.slice(2)
              else if (rest.startsWith('../')) {
                rest = rest.slice(3)
                // The directory without its last segment; the root stays the root.
                const cut = up.lastIndexOf('/', up.length - 2)
                if (cut >= origin.length) up = up.slice(0, cut + 1)
              } else break
            }
            if (rest === '' || plainPathRelative.test(rest)) return up + rest
          }
        }
      }
      return resolveUrl(href, parsed)
    }
  }
}

/**
 * Whether a text opens with a URL scheme (`http:`, `mailto:`) as the URL
 * parser reads it: after leading C0 controls and spaces, with tabs and line
 * breaks ignored.
 *
 * @param value Text.
 * @returns Whether it does.
 */
function opensWithScheme(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, ''))
}

/**
 * A URL matched by {@link plainAbsoluteUrl} as the URL parser serialises it:
 * with `/` for an empty path.
 *
 * @param value URL.
 * @returns Serialised URL.
 */
function withRootPath(value: string): string {
  const hostStart = value.indexOf('//') + 2
  let hostEnd = hostStart
  while (hostEnd < value.length && !'/?#'.includes(value[hostEnd]!)) hostEnd++
  return value[hostEnd] === '/' ? value : `${value.slice(0, hostEnd)}/${value.slice(hostEnd)}`
}

const labelAlternation = wordAlternation(urlLabels)

/** A printed link line: the label, then the address as text. */
const printedUrlLine = new RegExp(`(?:${labelAlternation})\\s?[:：]\\s?((?:https?:)?\\/\\/[^\\s"'<>，。]{1,2000}|\\/[^\\s"'<>，。]{1,2000})`)

/** A label with its colon, its address a link after it (`原文链接：<a href="…">点击查看</a>`). */
const labelWithColon = new RegExp(`(?:${labelAlternation})\\s?[:：]`)

/** Longest line whose first link is read as the address after a label with a colon. */
const maxLabelLineLength = 200

/** Most elements searched for a label link inside one line. */
const maxLabelSearch = 200

/** A link whose own text is the label (`<a href="…">原文链接</a>`). */
const labelOnly = new RegExp(`^\\[?【?(?:${labelAlternation})】?\\]?\\s?[:：]?$`)

/**
 * The article's canonical URL: `<link rel=canonical>`, `og:url`, a printed
 * `文章地址`/`本文链接`/`原文链接` line (the address printed after the label,
 * or the link the label itself is), else the `url` option. Relative forms are
 * resolved; a scheme-relative canonical or `og:url` (`//host/path`) with no
 * base to resolve it takes `https:`, after every other source; `javascript:`
 * and other schemes are never taken.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param pageUrl `options.url`, or `null`.
 * @returns Absolute URL or `null`.
 */
export function findUrl(head: PageHead, blocks: readonly Block[], pageUrl: string | null): string | null {
  const base = documentBase(head, pageUrl)
  const declared = [head.canonical, metaValue(head, ['og:url'])]
  for (const raw of declared) {
    const url = raw ? httpUrl(raw, base) : null
    if (url) return url
  }
  for (const block of blocks) {
    if (block.text.length > 2100 || !urlLabels.some((label) => block.text.includes(label))) continue
    const match = printedUrlLine.exec(block.text)
    const url = match ? httpUrl(match[1]!, base) : labelLink(block.element, base, block.text.length <= maxLabelLineLength && labelWithColon.test(block.text))
    if (url) return url
  }
  if (pageUrl === null && base === null) {
    // `//www.example.com/a.html` with nothing to take its scheme from: the web's default.
    for (const raw of declared) {
      const url = raw && raw.trim().startsWith('//') ? httpUrl(raw, defaultSchemeBase) : null
      if (url) return url
    }
  }
  return pageUrl
}

/**
 * The base a scheme-relative canonical address (`//host/path`) is read
 * against when the page gives no base and no `url` option: `https:`, which
 * sites that print such addresses serve.
 */
const defaultSchemeBase = 'https://localhost/'

/**
 * Resolve a raw address and keep it only when it is `http(s)`.
 *
 * @param raw Raw address.
 * @param base Base URL or `null`.
 * @returns Absolute URL or `null`.
 */
function httpUrl(raw: string, base: string | null): string | null {
  const url = resolveUrl(raw, base)
  return url && /^https?:/.test(url) ? url : null
}

/**
 * The `href` of a link that is the label itself (`<a href="…">原文链接</a>`),
 * or, in a short line that prints the label and a colon, of the first link
 * (`原文链接：<a href="…">点击查看</a>`).
 *
 * @param element The line's element.
 * @param base Base URL or `null`.
 * @param afterColon Whether the line prints the label with a colon, so its first link is the address.
 * @returns Absolute URL or `null`.
 */
function labelLink(element: Element, base: string | null, afterColon: boolean): string | null {
  let found: string | null = null
  let seen = 0
  forEachElement(element, (node) => {
    if (isElement(node, 'a') && typeof node.properties.href === 'string' && (afterColon || labelOnly.test(collapseWhitespace(toText(node))))) {
      found = httpUrl(node.properties.href, base)
      return false
    }
    return ++seen < maxLabelSearch
  })
  return found
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
