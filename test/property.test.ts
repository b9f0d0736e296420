/**
 * Property tests: for arbitrary strings, arbitrary bytes and generated news-like
 * HTML, `parseArticle` never throws, always returns an Article valid against
 * schema.json, is deterministic, and keeps only http/https/mailto footer links.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import type { Article, ParseOptions } from '../src/types.js'
import { newsPage, parseOptions } from './helpers/arbitraries.js'
import { schemaErrors } from './helpers/validate.js'

/**
 * Parse, then check the properties every Article has.
 *
 * @param input Page.
 * @param options Options.
 * @returns The Article.
 */
function checkArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  const article = parseArticle(input, options)
  expect(schemaErrors(article)).toEqual([])
  expect(parseArticle(input, options)).toEqual(article)
  for (const link of article.footerLinks) expect(link.href).toMatch(/^(https?|mailto):/)
  for (const value of printedTexts(article)) expect(value, 'whitespace collapsed and trimmed').toBe(value.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
  return article
}

/**
 * Every text the Article reports as printed on the page.
 *
 * @param article Article.
 * @returns Texts.
 */
function printedTexts(article: Article): string[] {
  return [
    ...article.lead,
    ...article.sections.flatMap((section) => [section.marker, section.keyword, ...section.paragraphs]),
    ...article.footerLinks.map((link) => link.text)
  ]
}

describe('parseArticle properties', { timeout: 20_000 }, () => {
  it('any string: never throws, valid, deterministic', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => void checkArticle(input)), { numRuns: 300 })
  })

  it('any bytes: never throws, valid, deterministic', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (input) => void checkArticle(input)), { numRuns: 300 })
  })

  it('generated news HTML: never throws, valid, deterministic, safe footer links', () => {
    fc.assert(fc.property(newsPage, parseOptions, (html, options) => void checkArticle(html, options)), { numRuns: 250 })
  })

  it('generated news HTML: its UTF-8 bytes give the same Article as the string', () => {
    fc.assert(
      fc.property(newsPage, (html) => {
        expect(parseArticle(new TextEncoder().encode(html))).toEqual(parseArticle(html))
      }),
      { numRuns: 150 }
    )
  })

  it('generated news HTML with an absolute url option: every footer link is absolute', () => {
    fc.assert(
      fc.property(newsPage, (html) => {
        const article = checkArticle(html, { url: 'https://example.cn/news/2024/1.html' })
        for (const link of article.footerLinks) expect(() => new URL(link.href)).not.toThrow()
      }),
      { numRuns: 150 }
    )
  })

  it('the generator is not vacuous: its pages yield leads, sections, footer links and headlines', () => {
    const seen = { lead: 0, sections: 0, footerLinks: 0, title: 0 }
    for (const html of fc.sample(newsPage, { numRuns: 400, seed: 20241031 })) {
      const article = parseArticle(html, { url: 'https://example.cn/news/2024/1.html' })
      if (article.lead.length > 0) seen.lead++
      if (article.sections.length > 0) seen.sections++
      if (article.footerLinks.length > 0) seen.footerLinks++
      if (article.title !== null) seen.title++
    }
    // Each feature must be exercised by a fair share of the generated pages.
    for (const [feature, count] of Object.entries(seen)) expect(count, feature).toBeGreaterThanOrEqual(40)
  })
})
