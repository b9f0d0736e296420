/**
 * The parse stage: the depth pre-pass models optional end tags (so ordinary
 * pages keep their structure), and no tree handed to the later stages is
 * deeper than they can walk, whatever the markup.
 */
import type { Element, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'
import { describe, expect, it } from 'vitest'
import { bigPage, shortProse } from '../bench/hostile-cases.mjs'
import { parseArticle } from '../src/index.js'
import { capDepth, maxDepth } from '../src/parse/cap-depth.js'
import { flattenDeep, maxTreeDepth } from '../src/parse/flatten.js'
import { maxAttributes } from '../src/parse/cap-attributes.js'
import { maxActiveFormatting } from '../src/parse/open-elements.js'
import { parseHtml } from '../src/parse/parse.js'
import { forEachTag, type Tag } from '../src/parse/tags.js'

/**
 * Element depth of a tree, measured without recursion.
 *
 * @param tree hast root.
 * @returns Deepest element level (1 for a child of the root).
 */
function treeDepth(tree: Root): number {
  let deepest = 0
  const stack: Array<{ node: RootContent; depth: number }> = tree.children.map((node) => ({ node, depth: 1 }))
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (node.type !== 'element') continue
    deepest = Math.max(deepest, depth)
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return deepest
}

/**
 * The tags a page is scanned into, as `name` or `/name`.
 *
 * @param html Markup.
 * @returns Tag list.
 */
function tagsOf(html: string): string[] {
  const tags: Tag[] = []
  forEachTag(html, (tag) => tags.push(tag))
  return tags.map((tag) => (tag.closing ? `/${tag.name}` : tag.name))
}

describe('forEachTag', () => {
  it('skips comments, doctypes, CDATA, processing instructions and raw text in any case', () => {
    const html = '<!DOCTYPE html><?xml x?><!-- <div> --><![CDATA[<p>]]><SCRIPT>if (a<b) "</div>"</script ><Style>p>b{}</STYLE><p>x</p>'
    expect(tagsOf(html)).toEqual(['script', '/script', 'style', '/style', 'p', '/p'])
  })

  it('reads `< ` as text and `</ x>` as a bogus comment', () => {
    expect(tagsOf('a < b <div></ x><span>')).toEqual(['div', 'span'])
  })

  it('stops at an unterminated tag, comment or raw-text element', () => {
    expect(tagsOf('<p>a<div class="x')).toEqual(['p'])
    expect(tagsOf('<p><!-- never closed <div>')).toEqual(['p'])
    expect(tagsOf('<p><script>var a = "<div>"')).toEqual(['p', 'script'])
  })
})

describe('capDepth', () => {
  it('leaves ordinary pages untouched (same string)', () => {
    const page = bigPage(200_000)
    expect(capDepth(page)).toBe(page)
  })

  it('does not count optional end tags as nesting', () => {
    const rows = `<table>${'<tr><td>格<td>格'.repeat(2 * maxDepth)}</table>`
    const lists = `<ul>${'<li>条目'.repeat(2 * maxDepth)}</ul><dl>${'<dt>词<dd>释义'.repeat(2 * maxDepth)}</dl>`
    const paragraphs = `<div>${`<p>${shortProse}`.repeat(2 * maxDepth)}</div><select>${'<option>项'.repeat(2 * maxDepth)}</select>`
    for (const html of [rows, lists, paragraphs]) expect(capDepth(html)).toBe(html)
  })

  it('drops start and end tags past the cap and keeps their text', () => {
    const html = `${'<div>'.repeat(maxDepth + 10)}深处${'</div>'.repeat(maxDepth + 10)}`
    const capped = capDepth(html)
    expect(capped).toBe(`${'<div>'.repeat(maxDepth)}深处${'</div>'.repeat(maxDepth)}`)
  })

  it('applies the cap after a run of tags too few to reach it (the model then takes the earlier tags into account)', () => {
    const before = `<div><p>${shortProse}</p>${'<span>字</span>'.repeat(100)}`
    const html = `${before}${'<div>'.repeat(maxDepth)}深处${'</div>'.repeat(maxDepth)}</div>`
    // The first <div> stays open: one fewer level is left for the nested ones.
    expect(capDepth(html)).toBe(`${before}${'<div>'.repeat(maxDepth - 1)}深处${'</div>'.repeat(maxDepth - 1)}</div>`)
    const formatting = `${'<i>斜</i>'.repeat(50)}${'<b>'.repeat(100)}粗`
    expect(capDepth(formatting)).toBe(`${'<i>斜</i>'.repeat(50)}${'<b>'.repeat(maxActiveFormatting)}粗`)
  })

  it('counts `<div/>` as an open element (HTML ignores the slash) but not `<circle/>` in SVG', () => {
    const divs = '<div/>'.repeat(maxDepth + 10)
    expect(capDepth(divs)).not.toBe(divs)
    const svg = `<svg>${'<circle/>'.repeat(maxDepth + 10)}</svg>`
    expect(capDepth(svg)).toBe(svg)
  })
})

describe('attribute limit', () => {
  it('keeps the first 256 attributes of a tag and drops the rest', () => {
    const attributes = Array.from({ length: 1000 }, (_, index) => `data-a${index}="v ${index}"`)
    const capped = capDepth(`<div ${attributes.join(' ')}>正文</div><img ${attributes.join(' ')} />`)
    expect(capped).toBe(`<div ${attributes.slice(0, maxAttributes).join(' ')} >正文</div><img ${attributes.slice(0, maxAttributes).join(' ')} />`)
    const { tree } = parseHtml(capped)
    const div = tree.children.find((node): node is Element => node.type === 'element')
    expect(JSON.stringify(tree)).toContain('正文')
    expect(div).toBeDefined()
  })

  it('reads a tag to its end past a quoted `>` before cutting its attributes', () => {
    const html = `<div ${'a="x" '.repeat(300)}title="a > b">正文</div>`
    expect(capDepth(html)).toBe(`<div ${'a="x" '.repeat(256)}>正文</div>`)
  })
})

describe('parseHtml', () => {
  it('bounds the depth of 100,000 nested elements and keeps the text', () => {
    const { tree } = parseHtml(`${'<div>'.repeat(100_000)}深处的文字${'</div>'.repeat(100_000)}`)
    expect(treeDepth(tree)).toBeLessThanOrEqual(maxTreeDepth + 1)
    expect(JSON.stringify(tree)).toContain('深处的文字')
  })

  it('bounds the list of active formatting elements, so reopening them stays cheap', () => {
    // Each `</div>` pops a `<b>` that stays in the list of active formatting
    // elements; every later `<b>` reopens all of them. Unbounded, 2,000 of these
    // (40 kB) take parse5 over a minute.
    const bolds = Array.from({ length: 2000 }, (_, index) => `<div><b id="b${index}"></div>`).join('')
    const { tree } = parseHtml(`${bolds}<p>重新打开的格式${shortProse}</p>`)
    expect(treeDepth(tree)).toBeLessThanOrEqual(maxActiveFormatting + 8)
    expect(JSON.stringify(tree)).toContain('重新打开的格式')
  })

  it('keeps bold in table cells: a marker clears the list at each cell end', () => {
    const cells = `<table><tr>${'<td><b>粗体'.repeat(maxActiveFormatting * 3)}</tr></table>`
    expect(capDepth(cells)).toBe(cells)
  })
})

describe('flattenDeep', () => {
  it('flattens a tree deeper than maxTreeDepth into its leaves, keeping text order', () => {
    const tree: Root = { type: 'root', children: [] }
    let parent: Root | Element = tree
    for (let level = 0; level < maxTreeDepth * 4; level++) {
      const element: Element = { type: 'element', tagName: 'div', properties: {}, children: [{ type: 'text', value: `${level},` }] }
      parent.children.push(element)
      parent = element
    }
    parent.children.push({ type: 'element', tagName: 'br', properties: {}, children: [] })
    flattenDeep(tree)
    expect(treeDepth(tree)).toBe(maxTreeDepth + 1)
    expect(toText(tree).replace(/\s/g, '')).toBe(Array.from({ length: maxTreeDepth * 4 }, (_, level) => `${level},`).join(''))
  })
})

describe('pages with optional end tags keep their paragraphs', () => {
  it('600 unclosed <p> are 600 paragraphs', () => {
    const paragraphs = Array.from({ length: 600 }, (_, index) => `<p>第${index + 1}段，${shortProse}`).join('')
    const article = parseArticle(`<html><body><div class="content">${paragraphs}</div></body></html>`)
    expect(article.lead).toHaveLength(600)
    expect(article.lead[599]).toBe(`第600段，${shortProse}`)
  })

  it('600 unclosed <li> are 600 lines', () => {
    const items = Array.from({ length: 600 }, (_, index) => `<li>第${index + 1}条，${shortProse}`).join('')
    const article = parseArticle(`<html><body><ul class="content">${items}</ul></body></html>`)
    expect(article.lead).toHaveLength(600)
  })
})
