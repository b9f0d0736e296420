/**
 * toBlocks: the page cut into lines with heading level, centring, leading
 * bold run, zone and link density.
 */
import fc from 'fast-check'
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { describe, expect, it } from 'vitest'
import { collapsedText } from '../src/blocks/blocks.js'
import { parseHtml } from '../src/parse/parse.js'
import { skippedElements } from '../src/data/elements.js'
import { collapseWhitespace } from '../src/text/normalize.js'
import { blocksOf, blockWithText } from './helpers/pipeline.js'

describe('toBlocks: lines', () => {
  it('makes one block a paragraph, in document order, with 0-based indexes', () => {
    const blocks = blocksOf('<body><p>第一段。</p><p>第二段。</p><div><p>第三段。</p></div></body>')
    expect(blocks.map((block) => block.text)).toEqual(['第一段。', '第二段。', '第三段。'])
    expect(blocks.map((block) => block.index)).toEqual([0, 1, 2])
    expect(blocks.every((block) => block.element.tagName === 'p')).toBe(true)
  })

  it('splits a paragraph at <br> into lines of the same element', () => {
    const blocks = blocksOf('<p>热词1<br>高质量发展<br/><br>坚持高质量发展。</p>')
    expect(blocks.map((block) => [block.text, block.first, block.siblings])).toEqual([
      ['热词1', true, 3],
      ['高质量发展', false, 3],
      ['坚持高质量发展。', false, 3]
    ])
    expect(new Set(blocks.map((block) => block.element)).size).toBe(1)
  })

  it('reads loose text and inline elements between blocks as lines of their container', () => {
    const blocks = blocksOf('<div id="c">前文<span>内联</span><p>段落</p>后文<em>强调</em></div>')
    expect(blocks.map((block) => [block.text, block.element.tagName])).toEqual([
      ['前文内联', 'div'],
      ['段落', 'p'],
      ['后文强调', 'div']
    ])
  })

  it('collapses whitespace (NBSP, full-width space, newlines) and drops empty lines', () => {
    const blocks = blocksOf('<p>\n  发布时间：2024-01-08&nbsp;&nbsp;09:30\u3000\u3000来源：某某日报 \n</p><p> &nbsp; </p><p>\u3000</p>')
    expect(blocks.map((block) => block.text)).toEqual(['发布时间：2024-01-08 09:30 来源：某某日报'])
  })

  it('skips script, style, noscript and form controls', () => {
    const blocks = blocksOf('<body><script>var a = "热词1";</script><style>p{}</style><p>正文<script>x()</script>继续</p><noscript>请启用脚本</noscript><select><option>选项</option></select></body>')
    expect(blocks.map((block) => block.text)).toEqual(['正文继续'])
  })

  it('skips hidden elements, but reads the rest of a folded article after a fold control (展开全文)', () => {
    const folded = blocksOf('<body><div><p>第一段。</p></div><div class="fold"><a href="javascript:;">展开全文</a></div><div style="display:none"><p>第二段。</p><p>第三段。</p></div></body>')
    expect(folded.map((block) => block.text)).toEqual(['第一段。', '展开全文', '第二段。', '第三段。'])
    const hidden = blocksOf('<body><div><p>第一段。</p></div><div class="share"><a href="#">分享到微信</a></div><div style="display:none"><p>二维码弹窗。</p></div><p hidden>隐藏的段落。</p></body>')
    expect(hidden.map((block) => block.text)).toEqual(['第一段。', '分享到微信'])
  })

  it('records the element chain above each block, outermost first', () => {
    const block = blockWithText(blocksOf('<div class="main"><div class="content"><p>正文。</p></div></div>'), '正文。')
    expect(block.ancestors.map((element) => element.tagName)).toEqual(['html', 'body', 'div', 'div'])
    expect(block.ancestors.at(-1)?.properties.className).toEqual(['content'])
  })
})

describe('toBlocks: headings and centring', () => {
  it('gives the heading level of <h1>…<h6>, inherited by inline and block children', () => {
    const blocks = blocksOf('<h1>标题</h1><h3><span>小标题</span></h3><h2><div>块内</div></h2><p>正文</p>')
    expect(blocks.map((block) => [block.text, block.heading])).toEqual([
      ['标题', 1],
      ['小标题', 3],
      ['块内', 2],
      ['正文', 0]
    ])
  })

  it('gives heading 0 to custom elements named like object properties (`<constructor>`, `<tostring>`)', () => {
    const blocks = blocksOf('<constructor><p>一</p></constructor><tostring><p>二</p></tostring><hasownproperty><p>三</p></hasownproperty>')
    expect(blocks.map((block) => [block.text, block.heading])).toEqual([
      ['一', 0],
      ['二', 0],
      ['三', 0]
    ])
  })

  it('sees centring by inline style, align attribute and <center>, inherited by children', () => {
    const blocks = blocksOf(
      '<p style="TEXT-ALIGN: center">样式居中</p><p align="center">属性居中</p><center>标签居中</center>' +
        '<div style="text-align:center"><p>继承居中</p></div><p style="text-align:left">左对齐</p><p>普通</p>'
    )
    expect(blocks.map((block) => [block.text, block.centered])).toEqual([
      ['样式居中', true],
      ['属性居中', true],
      ['标签居中', true],
      ['继承居中', true],
      ['左对齐', false],
      ['普通', false]
    ])
  })
})

describe('toBlocks: leading bold run', () => {
  it('reads a <strong>/<b> run that opens the line', () => {
    const blocks = blocksOf('<p><strong>热词1 高质量发展</strong> 坚持高质量发展。</p><p><b>加粗</b></p>')
    expect(blockWithText(blocks, '热词1 高质量发展 坚持高质量发展。').leadingBold).toBe('热词1 高质量发展')
    expect(blockWithText(blocks, '加粗').leadingBold).toBe('加粗')
  })

  it('looks through inline wrappers and leading whitespace and images', () => {
    const blocks = blocksOf('<p>\u3000 <span><font><strong>关键词③</strong></font></span>数字经济</p><p><img src="a.png"><b>图后粗体</b>正文</p>')
    expect(blockWithText(blocks, '关键词③数字经济').leadingBold).toBe('关键词③')
    expect(blockWithText(blocks, '图后粗体正文').leadingBold).toBe('图后粗体')
  })

  it('skips an empty element before the run (an e-paper anchor `<a name="kw1"></a>`)', () => {
    const blocks = blocksOf('<P>\u3000\u3000<A name="kw1"></A><STRONG>关键词①\u3000科技创新</STRONG>\u3000省政府工作报告提出，研发投入强度达到2.8%以上。</P>')
    expect(blockWithText(blocks, '关键词① 科技创新 省政府工作报告提出，研发投入强度达到2.8%以上。').leadingBold).toBe('关键词① 科技创新')
  })

  it('counts font-weight:bold and 700 spans as bold', () => {
    const blocks = blocksOf('<p><span style="font-weight: bold">热词2</span>乡村振兴</p><p><span style="font-weight:700">热词3</span>民生</p>')
    expect(blocks.map((block) => block.leadingBold)).toEqual(['热词2', '热词3'])
  })

  it('is null when text comes first, for the lines after a <br>, and for an empty bold run', () => {
    const blocks = blocksOf('<p>正文<strong>加粗</strong></p><p><strong>第一行</strong><br><strong>第二行</strong></p><p><strong> </strong>正文二</p>')
    expect(blocks.map((block) => [block.text, block.leadingBold])).toEqual([
      ['正文加粗', null],
      ['第一行', '第一行'],
      ['第二行', null],
      ['正文二', null]
    ])
  })
})

describe('toBlocks: zones', () => {
  const page =
    '<body><div class="header"><a href="/">首页</a></div><nav><a href="/a">要闻</a></nav>' +
    '<div class="breadcrumb">当前位置：首页</div><div class="head">顶部栏</div>' +
    '<div class="content"><p>正文。</p></div>' +
    '<aside>侧栏一</aside><div class="sidebar-box"><p>侧栏二</p></div><div id="ad">广告</div><div class="share-bar">分享到</div>' +
    '<div class="heading">标题区</div>' +
    '<footer><p>页脚一</p></footer><div id="bottom">页脚二</div><div class="copyright-info"><p>版权所有</p></div><div class="ft">页脚三</div></body>'

  it('classifies by tag: nav/header/menu → nav, footer → footer, aside → aside', () => {
    const blocks = blocksOf(page)
    expect(blockWithText(blocks, '要闻').zone).toBe('nav')
    expect(blockWithText(blocks, '页脚一').zone).toBe('footer')
    expect(blockWithText(blocks, '侧栏一').zone).toBe('aside')
  })

  it('classifies by class/id substrings, inherited by descendants', () => {
    const blocks = blocksOf(page)
    expect(blockWithText(blocks, '当前位置：首页').zone).toBe('nav')
    expect(blockWithText(blocks, '侧栏二').zone).toBe('aside')
    expect(blockWithText(blocks, '分享到').zone).toBe('aside')
    expect(blockWithText(blocks, '版权所有').zone).toBe('footer')
    expect(blockWithText(blocks, '正文。').zone).toBe('none')
  })

  it('matches short codes (head, ad, bottom, ft) only as whole tokens', () => {
    const blocks = blocksOf(page)
    expect(blockWithText(blocks, '顶部栏').zone).toBe('nav')
    expect(blockWithText(blocks, '广告').zone).toBe('aside')
    expect(blockWithText(blocks, '页脚二').zone).toBe('footer')
    expect(blockWithText(blocks, '页脚三').zone).toBe('footer')
    expect(blockWithText(blocks, '标题区').zone).toBe('none')
    expect(blockWithText(blocksOf(`<div class="download">下载</div><div class="shadow-ad-like">阴影</div>`), '下载').zone).toBe('none')
    // `ad` and `ads` also mark a zone whole between `-`/`_` (`art_ad`, `ad-box`), never inside a word (`shadow`, `loader`).
    const segmented = blocksOf('<div class="art_ad">售楼处热线</div><div class="ad-box">广告位</div><div class="loader-shadow">加载</div>')
    expect(blockWithText(segmented, '售楼处热线').zone).toBe('aside')
    expect(blockWithText(segmented, '广告位').zone).toBe('aside')
    expect(blockWithText(segmented, '加载').zone).toBe('none')
  })
})

describe('toBlocks: link density', () => {
  it('is the share of the text inside links', () => {
    const blocks = blocksOf('<p><a href="/1">全部链接</a></p><p>一半文字<a href="/2">一半链接</a></p><p>没有链接</p><ul><li><a href="/3">列表</a>项</li></ul>')
    expect(blocks.map((block) => [block.text, block.linkDensity])).toEqual([
      ['全部链接', 1],
      ['一半文字一半链接', 0.5],
      ['没有链接', 0],
      ['列表项', 2 / 3]
    ])
  })

  it('ignores whitespace inside links when counting', () => {
    const block = blockWithText(blocksOf('<p>正文正文<a href="/">  链接  </a></p>'), '正文正文 链接')
    expect(block.linkDensity).toBeCloseTo(2 / 7)
  })
})

/**
 * A copy of an element without what prints no page text: skipped elements
 * (form controls, players), `hidden` ones and ones hidden by an inline
 * `display: none`. `hast-util-to-text` reads no CSS and prints a button's or
 * a player's text, so the blocks stage leaves these out itself.
 *
 * @param element Element.
 * @returns The copy.
 */
function withoutUnprinted(element: Element): Element {
  const children = element.children
    .filter((child) => child.type !== 'element' || !(skippedElements.has(child.tagName) || child.properties.hidden || /display\s*:\s*none/i.test(String(child.properties.style ?? ''))))
    .map((child) => (child.type === 'element' ? withoutUnprinted(child) : child))
  return { ...element, children }
}

describe('toBlocks: inline text read without hast-util-to-text', () => {
  it('gives the lines (and collapsed text) hast-util-to-text gives for inline markup with <br>, images and styles, less what prints no text (property)', () => {
    const piece = fc.constantFrom(
      '正文', '文字', 'ab', ' ', '  ', '\n', '\r\n', '\t', '&nbsp;', '　', '<br>', '<br/>', '<img src="x.png" alt="图">', '<wbr>',
      '<span style="color:red">', '<span style="display:none">', '<span>', '</span>', '<b>', '</b>', '<strong style="font-weight:bold">', '</strong>',
      '<a href="/x">', '</a>', '<em hidden>', '</em>', '<font color="red">', '</font>', '<input value="x">', '<button>按钮</button>', '<sup>1</sup>',
      '<video>无法播放</video>', '<span style="DISPLAY: none">隐藏</span>'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const html = `<body><p>${pieces.join('')}</p></body>`
        const { tree } = parseHtml(html)
        const body = (tree.children[0] as Element).children.find((node): node is Element => node.type === 'element' && node.tagName === 'body')!
        const paragraph = body.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p')
        const printed = paragraph ? withoutUnprinted(paragraph) : undefined
        const expected = printed ? toText(printed).split('\n').map(collapseWhitespace).filter((line) => line !== '') : []
        expect(blocksOf(html).map((block) => block.text)).toEqual(expected)
        if (paragraph && printed) expect(collapsedText(paragraph)).toBe(collapseWhitespace(toText(printed)))
      }),
      { numRuns: 2000 }
    )
  })
})

describe('toBlocks: an article’s own header and footer', () => {
  it('zones a <header> or <footer> inside an <article> as content, and the page’s own as chrome', () => {
    const blocks = blocksOf('<header><a href="/">首页</a></header><article><header><h2>夜市点亮消费新场景</h2></header><p>正文第一段，很长很长。</p><footer>标签：夜间经济</footer></article><footer>版权所有</footer>')
    expect(blockWithText(blocks, '夜市点亮消费新场景').zone).toBe('none')
    expect(blockWithText(blocks, '标签：夜间经济').zone).toBe('none')
    expect(blockWithText(blocks, '首页').zone).toBe('nav')
    expect(blockWithText(blocks, '版权所有').zone).toBe('footer')
  })
})
