/**
 * Hostile inputs: whatever the bytes, `parseArticle` returns an Article that
 * matches schema.json, and only a wrong argument throws (a `TypeError` that
 * says what was expected).
 */
import { describe, expect, it } from 'vitest'
import { bigPage, hostileCases, prose, shortProse } from '../bench/hostile-cases.mjs'
import { parseArticle } from '../src/index.js'
import type { Article } from '../src/types.js'
import { encodeGbk } from './helpers/gbk.js'
import { assertValidArticle } from './helpers/validate.js'

const utf8 = new TextEncoder()
const pageUrl = 'https://example.cn/news/2024/1.html'

/**
 * Parse and check the result against the schema.
 *
 * @param input Page.
 * @param url Page URL.
 * @returns The Article.
 */
function parseValid(input: string | Uint8Array | ArrayBuffer, url?: string): Article {
  const article = parseArticle(input, url ? { url } : undefined)
  assertValidArticle(article)
  return article
}

/**
 * Bytes from a seeded generator (xorshift32), the same on every run.
 *
 * @param length How many bytes.
 * @param seed Seed.
 * @returns The bytes.
 */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[index] = state & 0xff
  }
  return bytes
}

/**
 * Concatenate byte arrays.
 *
 * @param parts Parts.
 * @returns One array.
 */
function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/**
 * A hostile case by name.
 *
 * @param name Case name.
 * @returns Its generator.
 */
function hostile(name: string): (size: number) => string {
  const found = hostileCases.find((item) => item.name === name)
  if (!found) throw new Error(`no hostile case ${name}`)
  return found.build
}

/** An article page: a lead and two sections, in a content box. */
const articleBody = `<div class="content"><p>${prose}</p><p>热词1 高质量发展</p><p>${prose}</p><p>热词2 乡村振兴</p><p>${prose}</p></div>`

describe('junk in, an Article out', () => {
  it('empty input of every accepted type', () => {
    for (const input of ['', new Uint8Array(0), new ArrayBuffer(0)]) {
      expect(parseValid(input)).toEqual({
        title: null,
        published: null,
        url: null,
        source: null,
        summary: null,
        lead: [],
        sections: [],
        quotes: [],
        footerLinks: []
      })
    }
  })

  it('random bytes', () => {
    for (const seed of [1, 42, 0x9e3779b9]) parseValid(randomBytes(64 * 1024, seed))
  })

  it('a PNG header followed by junk', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    parseValid(concat(png, randomBytes(32 * 1024, 7)))
  })

  it('a PDF', () => {
    const pdf = utf8.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n')
    parseValid(concat(pdf, randomBytes(16 * 1024, 99), utf8.encode('\nendstream\n%%EOF')))
  })

  it('NUL bytes in bytes and in a string', () => {
    parseValid(new Uint8Array(10_000))
    const article = parseValid(`<div class="content"><p>${prose}\u0000${prose}</p></div>\u0000\u0000`)
    expect(article.lead.join('')).toContain('记者从区政府获悉')
  })

  it('lone surrogates in a string', () => {
    const article = parseValid(`<title>\ud800标题</title><div><p>\udc00李斌说：“${prose}\ud83d”</p><p>${prose}\udfff</p></div>`)
    expect(() => JSON.stringify(article)).not.toThrow()
  })
})

describe('decoding', () => {
  it('a UTF-8 BOM wins over a conflicting meta charset', () => {
    const page = `<meta charset="gbk"><div class="content"><p>${prose}</p></div>`
    const article = parseValid(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8.encode(page)))
    expect(article.lead).toEqual([prose])
  })

  it('a UTF-16LE BOM wins over a meta charset of utf-8', () => {
    const page = `<meta charset="utf-8"><div class="content"><p>${prose}</p></div>`
    const units = new Uint8Array(2 + page.length * 2)
    units.set([0xff, 0xfe])
    for (let index = 0; index < page.length; index++) {
      const code = page.charCodeAt(index)
      units[2 + index * 2] = code & 0xff
      units[3 + index * 2] = code >> 8
    }
    expect(parseValid(units).lead).toEqual([prose])
  })

  it('a multi-byte UTF-8 character cut off at the end', () => {
    const bytes = utf8.encode(`<div class="content"><p>${prose}</p><p>${prose}中`)
    const article = parseValid(bytes.subarray(0, bytes.length - 1))
    expect(article.lead[0]).toBe(prose)
    expect(article.lead[1]).toBe(`${prose}\ufffd`)
  })

  it('GBK bytes behind a utf-8 declaration are read as GBK', () => {
    const page = `<html><head><meta charset="utf-8"></head><body>${articleBody}</body></html>`
    const article = parseValid(encodeGbk(page))
    expect(article.lead).toEqual([prose])
    expect(article.sections.map((section) => section.keyword)).toEqual(['高质量发展', '乡村振兴'])
  })

  it('an ArrayBuffer and a DataView over a larger buffer decode like the bytes', () => {
    const bytes = utf8.encode(`<div class="content"><p>${prose}</p></div>`)
    const padded = new Uint8Array(bytes.length + 8)
    padded.set(bytes, 4)
    expect(parseValid(padded.buffer.slice(4, 4 + bytes.length)).lead).toEqual([prose])
    expect(parseArticle(new DataView(padded.buffer, 4, bytes.length) as unknown as Uint8Array).lead).toEqual([prose])
  })
})

describe('pathological markup', { timeout: 30_000 }, () => {
  it('100,000 levels of nesting keep their text', () => {
    const article = parseValid(hostile('deep nesting')(100_000))
    expect(article.lead).toEqual([prose])
  })

  it('20,000 unclosed tables', () => {
    const article = parseValid(hostile('unclosed tables')(20_000))
    expect(article.lead).toContain(prose)
  })

  it('50,000 attributes on one element', () => {
    const article = parseValid(hostile('attributes on one element')(50_000))
    // The only line is centred, so it may be read as the headline.
    expect([article.title, ...article.lead]).toContain(prose)
  })

  it('a megabyte of unbalanced “', () => {
    const article = parseValid(hostile('unbalanced “')(350_000))
    expect(article.lead).toContain(prose)
  })

  it('200,000 section markers', () => {
    const article = parseValid(hostile('section markers')(200_000))
    expect(article.sections.length).toBeGreaterThanOrEqual(100_000)
    expect(article.sections[0]).toEqual({ marker: '热词1', index: 1, keyword: '高质量发展', paragraphs: [shortProse] })
    expect(article.sections[98]).toMatchObject({ marker: '热词99', index: 99 })
  })

  it('thousands of sentences opening with a pronoun before a pronoun that refers back', () => {
    // Each sentence refers further back; unbounded, that overflowed the stack.
    const article = parseValid(`<h1>题</h1><p>区长李明出席会议。${'他。'.repeat(4900)}他强调，要抓好落实。</p><p>${'她说。'.repeat(5000)}</p>`)
    expect(article.quotes.map((quote) => quote.text)).toEqual(['要抓好落实。'])
  })

  it('a role chain 100,000 roles long', () => {
    const article = parseValid(hostile('role chain')(100_000))
    expect(article.lead).toContain(prose)
  })

  it('50,000 quotes in one paragraph', () => {
    const article = parseValid(hostile('quotes in one paragraph')(50_000))
    expect(article.lead).toContain(prose)
  })

  it('2,000,000 characters without punctuation', () => {
    const article = parseValid(hostile('no punctuation')(2_000_000))
    expect(article.lead.join('').length).toBeLessThanOrEqual(2_000_000)
  })

  it('20,000 script elements', () => {
    const article = parseValid(hostile('script elements')(20_000))
    expect(article.lead.join('')).not.toContain('var a')
  })

  it('20,000 unclosed paragraphs stay 20,000 paragraphs', () => {
    const article = parseValid(hostile('unclosed paragraphs')(20_000))
    expect(article.lead).toHaveLength(20_000)
    expect(new Set(article.lead)).toEqual(new Set([shortProse]))
  })

  it('2,000 formatting elements closed out of order', () => {
    const article = parseValid(hostile('reopened formatting')(2000))
    // The paragraph is wrapped in the reopened <b>s: an all-bold line may be read as the headline.
    expect([article.title, ...article.lead]).toContain(prose)
  })

  it('10,000 footer links: resolved, no javascript:, at most 1,000', () => {
    const article = parseValid(hostile('footer links')(10_000), pageUrl)
    expect(article.footerLinks).toHaveLength(1000)
    expect(article.footerLinks[0]).toEqual({ text: '链接1', href: 'https://example.cn/link/1' })
    for (const link of article.footerLinks) expect(link.href).toMatch(/^https:\/\/example\.cn\/link\/\d+$/)
  })

  it('10,000 footer lines 200 levels deep', () => {
    const article = parseValid(hostile('deep footer')(10_000), pageUrl)
    expect(article.lead).toEqual([prose, prose])
    expect(article.footerLinks).toHaveLength(1000)
    expect(new Set(article.footerLinks.map((link) => link.href))).toEqual(new Set(['https://example.cn/about']))
  })

  it('dangerous and odd hrefs never reach footerLinks', () => {
    const hrefs = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.cn/', '//evil.example/x', '#top', '', 'mailto:editor@example.cn', 'https://example.cn/ok']
    const page = `${articleBody}<footer>${hrefs.map((href, index) => `<a href="${href.replace(/"/g, '&quot;')}">链接${index}</a>`).join('')}</footer>`
    const article = parseValid(page, pageUrl)
    // `#top` and an empty href point at the page itself (back-to-top controls): not footer links.
    expect(article.footerLinks.map((link) => link.href)).toEqual([
      'https://evil.example/x',
      'mailto:editor@example.cn',
      'https://example.cn/ok'
    ])
  })

  it('a page with no article body still yields its footer links', () => {
    const article = parseValid('<div class="nav"><a href="/">首页</a></div><footer><a href="/about">关于我们</a> 版权所有</footer>', pageUrl)
    expect(article.lead).toEqual([])
    expect(article.footerLinks).toEqual([{ text: '关于我们', href: 'https://example.cn/about' }])
  })

  it('a 4 MB page', () => {
    const article = parseValid(bigPage(4_000_000), pageUrl)
    expect(article.sections.length).toBeGreaterThan(5000)
    expect(article.footerLinks).toEqual([{ text: '关于我们', href: 'https://example.cn/about' }])
  })
})

describe('wrong arguments throw a TypeError that says what was expected', () => {
  const page = '<p>正文</p>'

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { html: page }],
    ['an array', [page]],
    ['a boolean', true]
  ])('input is %s', (_label, input) => {
    expect(() => parseArticle(input as unknown as string)).toThrow(TypeError)
    expect(() => parseArticle(input as unknown as string)).toThrow(/expected input to be a string, Uint8Array or ArrayBuffer/)
  })

  it.each([
    ['relative', '/news/1.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['ftp:', 'ftp://example.cn/1.html'],
    ['data:', 'data:text/html,hi'],
    ['not a URL', 'http//broken'],
    ['empty', '']
  ])('options.url is %s', (_label, url) => {
    expect(() => parseArticle(page, { url })).toThrow(TypeError)
    expect(() => parseArticle(page, { url })).toThrow(/expected options\.url to be an absolute http\(s\) URL/)
  })

  it('options.url is a number', () => {
    expect(() => parseArticle(page, { url: 42 as unknown as string })).toThrow(/expected options\.url to be a string, got a number/)
  })

  it.each([
    ['a string', '热词'],
    ['an array with a number', ['看点', 3]],
    ['an array with an empty string', ['看点', ' ']],
    ['an object', { 0: '看点' }]
  ])('options.sectionMarkers is %s', (_label, sectionMarkers) => {
    expect(() => parseArticle(page, { sectionMarkers: sectionMarkers as unknown as string[] })).toThrow(TypeError)
    expect(() => parseArticle(page, { sectionMarkers: sectionMarkers as unknown as string[] })).toThrow(
      /expected options\.sectionMarkers to be an array of non-empty strings/
    )
  })

  it('options is not an object', () => {
    expect(() => parseArticle(page, 'https://example.cn/' as unknown as { url: string })).toThrow(/expected options to be an object, got a string/)
  })

  it('good arguments do not throw', () => {
    expect(() => parseArticle(page, { url: 'https://example.cn/a', sectionMarkers: ['看点'] })).not.toThrow()
    expect(() => parseArticle(page, {})).not.toThrow()
  })
})
