import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { createUrlResolver, resolveUrl } from '../../src/metadata/url.js'
import { page } from './page.js'

const url = (html: string, pageUrl?: string): string | null => parseArticle(html, pageUrl ? { url: pageUrl } : undefined).url

describe('url', () => {
  it('takes `<link rel=canonical>`', () => {
    expect(url(page({ head: '<link rel="canonical" href="https://www.example.cn/a/1.html">' }))).toBe('https://www.example.cn/a/1.html')
  })

  it('resolves a relative canonical against the page URL', () => {
    expect(url(page({ head: '<link rel="canonical" href="/a/1.html">' }), 'https://www.example.cn/x/y.html')).toBe('https://www.example.cn/a/1.html')
  })

  it('resolves a relative canonical against `<base>`', () => {
    const head = '<base href="https://news.example.cn/root/"><link rel="canonical" href="a/1.html">'
    expect(url(page({ head }))).toBe('https://news.example.cn/root/a/1.html')
  })

  it('reads a scheme-relative canonical (//host/path) with the page’s scheme, else https, after every absolute source', () => {
    const head = '<link rel="canonical" href="//www.example.cn/a/1.html">'
    expect(url(page({ head }), 'http://www.example.cn/x/y.html')).toBe('http://www.example.cn/a/1.html')
    expect(url(page({ head }))).toBe('https://www.example.cn/a/1.html')
    expect(url(page({ head: '<meta property="og:url" content="//www.example.cn/a/2.html">' }))).toBe('https://www.example.cn/a/2.html')
    expect(url(page({ head, after: '<p>原文链接：http://www.example.cn/a/4.html</p>' }))).toBe('http://www.example.cn/a/4.html')
    expect(url(page({ head: '<link rel="canonical" href="//">' }))).toBeNull()
  })

  it('takes `og:url` when there is no canonical', () => {
    expect(url(page({ head: '<meta property="og:url" content="https://www.example.cn/a/2.html">' }))).toBe('https://www.example.cn/a/2.html')
  })

  it('never takes a `javascript:` canonical', () => {
    const head = '<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="https://www.example.cn/a/3.html">'
    expect(url(page({ head }))).toBe('https://www.example.cn/a/3.html')
    expect(url(page({ head: '<link rel="canonical" href="javascript:void(0)">' }))).toBeNull()
  })

  it('takes a printed `文章地址`', () => {
    expect(url(page({ after: '<p>文章地址：http://www.example.cn/a/4.html</p>' }))).toBe('http://www.example.cn/a/4.html')
  })

  it('takes a printed `本文链接`', () => {
    expect(url(page({ after: '<p>本文链接：https://www.example.cn/a/5.html 转载请注明出处</p>' }))).toBe('https://www.example.cn/a/5.html')
  })

  it('takes a printed `原文链接`, as text or as the link the label is', () => {
    expect(url(page({ after: '<p>原文链接: https://www.example.cn/a/6.html</p>' }))).toBe('https://www.example.cn/a/6.html')
    expect(url(page({ after: '<p><a href="https://www.example.cn/a/7.html">原文链接</a></p>' }))).toBe('https://www.example.cn/a/7.html')
  })

  it('takes the link after a label and its colon (原文链接：<a>点击查看</a>), never a `javascript:` one', () => {
    expect(url(page({ after: '<p>原文链接：<a href="https://www.example.cn/a/9.html">点击查看</a></p>' }))).toBe('https://www.example.cn/a/9.html')
    expect(url(page({ after: '<p>本文链接：<a href="javascript:void(0)">复制</a></p>' }))).toBeNull()
  })

  it('falls back to the `url` option', () => {
    expect(url(page(), 'https://www.example.cn/a/8.html')).toBe('https://www.example.cn/a/8.html')
  })

  it('is null when nothing names the URL', () => {
    expect(url(page())).toBeNull()
  })
})

/**
 * What `resolveUrl` must give: the URL parser's result for the trimmed link,
 * kept only for `http:`, `https:` and `mailto:` (and never a script scheme).
 *
 * @param href Raw link.
 * @param base Base URL, or `null`.
 * @returns Absolute URL or `null`.
 */
function urlParserResult(href: string, base: URL | null): string | null {
  const value = href.trim()
  try {
    const parsed = base ? new URL(value, base) : new URL(value)
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) && !/^(?:javascript|vbscript|data):/i.test(value) && value !== '' ? parsed.href : null
  } catch {
    return null
  }
}

describe('resolveUrl', () => {
  it('gives what the URL parser gives, with or without its fast path for plain absolute links (property)', () => {
    const piece = fc.constantFrom(
      'http://', 'https://', 'HTTP://', 'www', '.', 'example', 'cn', '163', 'xn--fiqs8s', '0x7f', '1', '-', '_', '/', '//', '/./', '/../', '/.', '/..',
      '%2e', '%2E', '%', '?', '#', '=', '&', 'a', 'Z', '新闻', ' ', '\t', ':8080', ':80', 'user@', "'", '"', '\\', '|', '^', '[', ']', '{', '`', '~',
      '!', '$', '(', ')', '*', '+', ',', ';', '@', 'mailto:', 'javascript:'
    )
    const base = new URL('https://news.example.cn/a/b.html')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const href = pieces.join('')
        expect(resolveUrl(href, base)).toBe(urlParserResult(href, base))
      }),
      { numRuns: 5000 }
    )
  })

  it('a resolver for one base gives what the URL parser gives, for any link and base (property)', () => {
    const piece = fc.constantFrom(
      'http://', 'https://', 'www', '.', '..', './', '../', 'example', 'cn', 'a', 'Z', '1', '-', '_', '~', '/', '//', '/./', '/../', '/.', '/..',
      '%2e', '%2E', '%', '%41', '?', '#', '=', '&', ':', '新闻', ' ', '\t', '\n', 'user@', "'", '"', '\\', '|', '^', '[', '{', '`', '!', '$', '(', '*', '+', ',', ';', '@',
      'mailto:', 'javascript:', 'tel:', 'x:', 'index.html'
    )
    const bases = [
      'https://news.example.cn/a/b.html', 'http://www.example.cn', 'http://www.example.cn/', 'https://user:pw@example.cn:8080/dir/sub/?q=1#f',
      'http://新闻.cn/路径/页.html', 'http://192.168.0.1/a/', 'https://example.cn/a/b/', 'file:///srv/page.html', 'mailto:a@example.cn', 'not a url'
    ]
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(piece, { maxLength: 10 }), (base, pieces) => {
        const href = pieces.join('')
        let parsedBase: URL | null = null
        try {
          parsedBase = new URL(base)
        } catch {
          parsedBase = null
        }
        expect(createUrlResolver(base).resolve(href)).toBe(resolveUrl(href, parsedBase))
      }),
      { numRuns: 20000 }
    )
  })

  it('without a base gives what the URL parser gives (property)', () => {
    const piece = fc.constantFrom('http://', 'https:', 'HTTP:', 'mailto:', 'x-y.z+1:', '1a:', ':', 'a', 'example.cn', '/', '//', '?', '#', ' ', '\t', '\n', '\r', '\u0001', '\u3000', '-', '.', '+')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const href = pieces.join('')
        expect(resolveUrl(href, null)).toBe(urlParserResult(href, null))
      }),
      { numRuns: 5000 }
    )
  })

  it('a resolver joins plain links to the base without changing them', () => {
    const resolver = createUrlResolver('https://news.example.cn/2024/01/page.html?from=home')
    expect(resolver.resolve('/about/')).toBe('https://news.example.cn/about/')
    expect(resolver.resolve('list_2.html')).toBe('https://news.example.cn/2024/01/list_2.html')
    expect(resolver.resolve('../index.html')).toBe('https://news.example.cn/2024/index.html')
    expect(resolver.resolve('./../../../../about.html')).toBe('https://news.example.cn/about.html')
    expect(resolver.resolve('../')).toBe('https://news.example.cn/2024/')
    expect(resolver.resolve('./a/../b.html')).toBe('https://news.example.cn/2024/01/b.html')
    expect(resolver.resolve('javascript:void(0)')).toBeNull()
    expect(createUrlResolver(null).resolve('/about/')).toBeNull()
  })

  it('adds the root path to a plain absolute link without one', () => {
    expect(resolveUrl('https://www.example.cn', null)).toBe('https://www.example.cn/')
    expect(resolveUrl('https://www.example.cn?a=1#b', null)).toBe('https://www.example.cn/?a=1#b')
    expect(resolveUrl('http://www.gov.cn/zhengce/index.htm', null)).toBe('http://www.gov.cn/zhengce/index.htm')
  })
})
