/**
 * fast-check arbitraries for news-like HTML: random nesting of real tags,
 * zone/headline/caption classes, hostile hrefs and styles, and Chinese text
 * made of quotes, section markers, speech verbs and names with roles.
 */
import fc from 'fast-check'
import type { ParseOptions } from '../../src/types.js'

/** Text fragments a Chinese news page is made of, hostile ones included. */
const fragments = [
  '记者从区政府获悉，', '今年以来，全区经济运行稳中有进。', '高质量发展', '乡村振兴', '新质生产力',
  '“', '”', '‘', '’', '「', '」', '『', '』', '“要坚持高质量发展。”', '「我们会继续努力。」', '‘新’',
  '热词1', '热词一', '关键词③', '【热词】', '熱詞2', '关键词', '热词', ' ', '：', '｜', '、', '，', '。', '！', '？',
  '表示，', '说：', '介绍，', '指出，', '认为，', '表示：“', '说，',
  '李斌', '欧阳帆', '买买提江·艾力', '区政协委员', '北京理想汽车有限公司副总裁', '市委常委、副市长', '党委书记',
  '区政协委员李斌表示，', '北京理想汽车有限公司副总裁欧阳帆说：“', '业主说，', '负责人表示，',
  '来源：新华社', '发布时间：2024-10-31 16:09', '2024年10月31日', '责任编辑：顾晓', '【摘要】', '版权所有', '京ICP备12345678号',
  '&nbsp;', '&lt;', '&amp;', '&#x201c;', '&#0;', '&#xd800;', '\u3000', '\u00a0', '\n', '\t'
]

/** Fragments that break markup: stray brackets, comments and CDATA opened or closed. */
const markupFragments = ['<', '>', '<!--', '-->', '<![CDATA[', ']]>', '</p>', '</div>', '<p', '="']

/** `class`/`id` values that steer zones, headline, summary and caption detection. */
const classNames = ['content', 'article', 'footer', 'foot', 'copyright', 'nav', 'breadcrumb', 'title', 'summary', 'pic', 'sidebar', 'share', 'main', 'bottom', 'editor', '']

/** `href` values: dangerous schemes, relative, protocol-relative, absolute, junk. */
const hrefs = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:void(0)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd',
  '/about', '../news/1.html', 'news/2.html', '?page=2', '#top', '//cdn.example.cn/x', 'https://example.cn/a', 'http://例子.中国/路径',
  'mailto:editor@example.cn', 'ftp://example.cn/', 'https://[::1', 'http://%zz', '', ' '
]

/** `style` values. */
const styles = ['text-align:center', 'TEXT-ALIGN : CENTER', 'font-weight:bold', 'font-weight:700', 'display:none', 'color:red;'.repeat(3), '']

/** Tags the generator nests. */
const tags = ['div', 'p', 'span', 'strong', 'b', 'h1', 'h2', 'h3', 'table', 'tr', 'td', 'a', 'br', 'footer', 'header', 'nav', 'aside', 'ul', 'li', 'center', 'img', 'script', 'style', 'font', 'section', 'article']

/** Elements without an end tag. */
const voidTags = new Set(['br', 'img'])

/**
 * Escape an attribute value for a double-quoted attribute.
 *
 * @param value Raw value.
 * @returns Escaped value.
 */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}

const attribute = fc.oneof(
  fc.constantFrom(...classNames).map((value) => `class="${value}"`),
  fc.constantFrom(...classNames).map((value) => `id="${value}"`),
  fc.constantFrom(...styles).map((value) => `style="${escapeAttribute(value)}"`),
  fc.constantFrom(...hrefs).map((value) => `href="${escapeAttribute(value)}"`),
  fc.constant('align="center"'),
  fc.string({ maxLength: 8 }).map((value) => `data-x="${escapeAttribute(value)}"`)
)

const text = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...fragments, ...markupFragments), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }
)

/** A random tree of real tags with news-like text; end tags are sometimes left out. */
const { node: htmlNode } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', maxDepth: 6, withCrossShrink: true }, text, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...tags),
      attributes: fc.array(attribute, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 5 }),
      closed: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })
    })
    .map(({ tag, attributes, children, closed }) => {
      const open = `<${tag}${attributes.map((item) => ` ${item}`).join('')}>`
      if (voidTags.has(tag)) return open
      return `${open}${children.join('')}${closed ? `</${tag}>` : ''}`
    })
}))

/** A keyword heading line (`<p><strong>热词1 高质量发展</strong></p>`) in one of its printed forms. */
const headingLine = fc
  .record({
    marker: fc.constantFrom('热词1', '热词二', '关键词③', '【热词】', '熱詞2', '看点1', '热词 12', '关键词：'),
    separator: fc.constantFrom(' ', '：', '｜', ''),
    keyword: fc.constantFrom('高质量发展', '“新质生产力”', '乡村振兴', ''),
    wrap: fc.constantFrom('p', 'h2', 'strong')
  })
  .map(({ marker, separator, keyword, wrap }) => (wrap === 'strong' ? `<p><strong>${marker}${separator}${keyword}</strong>${fragments[1]}</p>` : `<${wrap}>${marker}${separator}${keyword}</${wrap}>`))

/** A page footer: links with hostile hrefs and a copyright line. */
const footer = fc
  .record({
    tag: fc.constantFrom('<footer>', '<div class="footer">', '<div id="copyright">', '<div>'),
    links: fc.array(fc.record({ href: fc.constantFrom(...hrefs), text: text }), { minLength: 1, maxLength: 6 }),
    rest: fc.array(htmlNode, { maxLength: 2 })
  })
  .map(({ tag, links, rest }) => `${tag}${links.map((link) => `<a href="${escapeAttribute(link.href)}">${link.text}</a>`).join(' | ')}${rest.join('')}版权所有 京ICP备12345678号</div>`)

/** A whole page: an optional head, a body of generated nodes and heading lines, an optional footer. */
export const newsPage: fc.Arbitrary<string> = fc
  .record({
    head: fc.option(fc.constantFrom('<meta charset="utf-8"><title>热词解读_新闻网</title>', '<meta charset="gbk">', '<base href="https://example.cn/dir/">', '<link rel="canonical" href="javascript:x">'), { nil: undefined }),
    body: fc.array(fc.oneof({ weight: 3, arbitrary: htmlNode }, { weight: 1, arbitrary: headingLine }), { maxLength: 8 }),
    footer: fc.option(footer, { nil: '' })
  })
  .map(({ head, body, footer: end }) => `<html><head>${head ?? ''}</head><body><div class="content">${body.join('')}</div>${end}</body></html>`)

/** Options of `parseArticle`, or none. */
export const parseOptions: fc.Arbitrary<ParseOptions | undefined> = fc.option(
  fc.record(
    {
      url: fc.constantFrom('https://example.cn/news/2024/1.html', 'http://localhost:8080/a?b=c#d', 'https://例子.中国/'),
      sectionMarkers: fc.array(fc.constantFrom('看点', '观察', '热词', '【'), { maxLength: 2 })
    },
    { requiredKeys: [] }
  ),
  { nil: undefined }
)

