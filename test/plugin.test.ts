/**
 * rehypeArticle in a unified pipeline, and option checking shared with
 * parseArticle.
 */
import { readFileSync } from 'node:fs'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseArticle, rehypeArticle } from '../src/index.js'

const html = new TextDecoder('gb18030').decode(readFileSync(new URL('./fixtures/seed-structured.html', import.meta.url)))

describe('rehypeArticle', () => {
  it('puts the same Article as parseArticle on file.data.article', async () => {
    const file = new VFile(html)
    const processor = unified().use(rehypeParse).use(rehypeArticle)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    expect(file.data.article).toEqual(parseArticle(html))
    expect(file.data.article?.sections).toHaveLength(5)
  })

  it('reads a tree nested 50,000 deep from another parser without changing it', () => {
    type Div = { type: 'element'; tagName: string; properties: Record<string, never>; children: Array<Div | { type: 'text'; value: string }> }
    const innermost: Div = { type: 'element', tagName: 'div', properties: {}, children: [{ type: 'text', value: '深处的文字，很长的一段正文内容。' }] }
    let node = innermost
    for (let level = 0; level < 50_000; level++) node = { type: 'element', tagName: 'div', properties: {}, children: [node] }
    const tree = { type: 'root' as const, children: [node] }
    const file = new VFile()
    unified().use(rehypeArticle).runSync(tree, file)
    expect(file.data.article?.lead.join('')).toContain('深处的文字')
    expect(tree.children[0]).toBe(node)
    expect(innermost.children).toHaveLength(1)
  })

  it('leaves the tree unchanged', () => {
    const processor = unified().use(rehypeParse).use(rehypeArticle)
    const tree = processor.parse(html)
    const before = JSON.stringify(tree)
    processor.runSync(tree, new VFile())
    expect(JSON.stringify(tree)).toBe(before)
  })

  it('passes its options on (url for relative links)', () => {
    const page = '<h1>标题</h1><div class="content"><p>正文第一段，内容较多。</p><p>正文第二段，内容较多。</p></div><div class="footer"><a href="/about/">关于我们</a></div>'
    const file = new VFile(page)
    const processor = unified().use(rehypeParse).use(rehypeArticle, { url: 'https://dh.example/news/1.html' })
    processor.runSync(processor.parse(file), file)
    expect(file.data.article?.url).toBe('https://dh.example/news/1.html')
    expect(file.data.article?.footerLinks).toEqual([{ text: '关于我们', href: 'https://dh.example/about/' }])
  })

  it('accepts null options and rejects wrong ones when attached', () => {
    expect(() => unified().use(rehypeParse).use(rehypeArticle, null).freeze()).not.toThrow()
    expect(() => unified().use(rehypeParse).use(rehypeArticle, { url: 'ftp://x.example/' }).freeze()).toThrow(TypeError)
  })
})

describe('options', () => {
  it('rejects a non-object, a relative or non-http url, and bad sectionMarkers with TypeError', () => {
    expect(() => parseArticle('', 'x' as never)).toThrow(TypeError)
    expect(() => parseArticle('', [] as never)).toThrow(TypeError)
    expect(() => parseArticle('', { url: '/relative.html' })).toThrow(/absolute http\(s\) URL/)
    expect(() => parseArticle('', { url: 'javascript:alert(1)' })).toThrow(TypeError)
    expect(() => parseArticle('', { url: 42 as never })).toThrow(TypeError)
    expect(() => parseArticle('', { sectionMarkers: '看点' as never })).toThrow(TypeError)
    expect(() => parseArticle('', { sectionMarkers: [''] })).toThrow(TypeError)
  })

  it('accepts undefined, null, and empty options', () => {
    expect(parseArticle('', undefined).title).toBeNull()
    expect(parseArticle('', null as never).lead).toEqual([])
    expect(parseArticle('', {}).sections).toEqual([])
  })

  it('gives an empty Article for an empty page', () => {
    expect(parseArticle('')).toEqual({ title: null, published: null, url: null, source: null, summary: null, lead: [], sections: [], quotes: [], footerLinks: [] })
    expect(parseArticle(new Uint8Array(0)).url).toBeNull()
  })
})
