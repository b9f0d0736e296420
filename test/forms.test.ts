/**
 * Whole pages in forms the corpus contract names (WeChat articles, traditional
 * big5 pages, …), written for this project: each `NAME.html` in
 * `test/pages/` must give the fields of `NAME.expected.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle, type Article, type ParseOptions } from '../src/index.js'

const folder = join(import.meta.dirname, 'pages')
const pages = readdirSync(folder).filter((name) => name.endsWith('.html'))

describe('page forms', () => {
  it('has fixtures', () => {
    expect(pages.length).toBeGreaterThan(0)
  })
  for (const page of pages) {
    it(page, () => {
      const expected = JSON.parse(readFileSync(join(folder, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Partial<Article>
      const optionsPath = join(folder, page.replace(/\.html$/, '.options.json'))
      const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : undefined
      const article = parseArticle(new Uint8Array(readFileSync(join(folder, page))), options)
      for (const key of Object.keys(expected) as Array<keyof Article>) {
        if (key === 'published') expect(article.published?.iso, key).toBe(expected.published?.iso)
        else expect(article[key], key).toEqual(expected[key])
      }
    })
  }
})
