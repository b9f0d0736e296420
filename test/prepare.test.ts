/**
 * The pre-parse pass removes script and style bodies and comments only where
 * the tokenizer is sure to read them as the scan did: the parsed tree must be
 * the tree of the whole page without those bodies and comments.
 */
import fc from 'fast-check'
import type { Element, Nodes, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { collectHead } from '../src/metadata/head.js'
import { parseHtml } from '../src/parse/parse.js'
import { prepareMarkup } from '../src/parse/prepare.js'

const plainParser = unified().use(rehypeParse).freeze()

/**
 * A tree as plain data without positions, comments, or the children of
 * `<script>` and `<style>` in the HTML namespace.
 *
 * @param node hast node.
 * @returns Comparable value.
 */
function shape(node: Nodes): unknown {
  if (node.type === 'text') return node.value
  if (node.type === 'comment' || node.type === 'doctype') return null
  if (node.type === 'root') return shapes(node.children)
  if (node.type !== 'element') return null
  const element = node as Element
  const emptied = element.tagName === 'script' || element.tagName === 'style'
  return { tag: element.tagName, props: element.properties, children: emptied ? [] : shapes(element.children) }
}

/**
 * Shapes of child nodes, with the texts a removed comment separated joined
 * and whitespace left out: a comment between a table's whitespace and its
 * stray text decides whether the whitespace moves out of the table with the
 * text, which only moves whitespace.
 *
 * @param nodes Children.
 * @returns Shapes.
 */
function shapes(nodes: readonly Nodes[]): unknown[] {
  const result: unknown[] = []
  for (const node of nodes) {
    const value = shape(node)
    if (value === null) continue
    if (typeof value === 'string' && typeof result.at(-1) === 'string') result[result.length - 1] += value
    else result.push(value)
  }
  return result
    .map((value) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
    .filter((value) => value !== '')
}

/**
 * Shape of a page parsed whole, for comparison.
 *
 * @param html Page.
 * @returns Shape.
 */
function wholeShape(html: string): unknown {
  return shape(plainParser.parse(html) as Root)
}

/**
 * Shape of a page parsed after the pre-pass, with every removable range cut
 * (however small a share of the page).
 *
 * @param html Page.
 * @returns Shape of the prepared page.
 */
function preparedShape(html: string): unknown {
  return shape(plainParser.parse(prepareMarkup(html, 0).markup) as Root)
}

describe('prepareMarkup', () => {
  it('removes script and style bodies and comments, keeping the tags', () => {
    const html = '<head><style>p { color: red }</style><script>var a = "<p>x</p>"</script></head><body><!-- 注释 --><p>正文</p></body>'
    const prepared = prepareMarkup(html)
    expect(prepared.markup).toBe('<head><style></style><script></script></head><body><p>正文</p></body>')
    expect(prepared.scripts).toEqual(['var a = "<p>x</p>"'])
  })

  it('leaves the page whole when the cuts would remove less than a third of it (the copy would cost more)', () => {
    const html = `<script>var a = 1</script><!-- x --><p>${'正文内容。'.repeat(20)}</p>`
    expect(prepareMarkup(html)).toEqual({ markup: html, scripts: [], paperProperties: null })
  })

  it('keeps the text of a Founder e-paper’s property comment, whether or not comments are cut', () => {
    const note = '<!--enpproperty <title>项目建设跑出“加速度”</title>/enpproperty-->'
    expect(prepareMarkup(`${note}<p>正文</p>`).paperProperties).toBe('enpproperty <title>项目建设跑出“加速度”</title>/enpproperty')
    const cut = prepareMarkup(`${note}<script>${'var x = 0;'.repeat(500)}</script><p>正文</p>`)
    expect(cut.markup).not.toContain('enpproperty')
    expect(cut.paperProperties).toContain('<title>项目建设跑出“加速度”</title>')
  })

  it('reads a publish time from a script whether or not its body was removed', () => {
    const script = '<script>var ct = "1571234567";</script>'
    const body = `<h1>标题</h1><p>${'正文内容很长很长。'.repeat(10)}</p>`
    const padding = `<script>${'var padding = 0;'.repeat(200)}</script>`
    for (const html of [`<html><body>${script}${body}</body></html>`, `<html><body>${script}${padding}${body}</body></html>`]) {
      expect(parseArticle(html).published?.iso.startsWith('2019-10-16')).toBe(true)
    }
    expect(prepareMarkup(`${script}${padding}${body}`).scripts[0]).toBe('var ct = "1571234567";')
  })

  it('ends a style body at its end tag in any case, followed by space, / or > only', () => {
    for (const close of ['</STYLE>', '</Style\t>', '</style/>', '</sTyLe\f>', '</style\n>']) {
      const html = `<style>p{}</stylex>${close}<p>正文</p><style>b{}</style>`
      expect(prepareMarkup(html, 0).markup).toBe(`<style>${close}<p>正文</p><style></style>`)
      expect(preparedShape(html)).toEqual(wholeShape(html))
    }
  })

  it('keeps JSON-LD scripts in the markup', () => {
    const html = '<script type="application/ld+json">{"datePublished": "2024-03-05"}</script><script TYPE=APPLICATION/LD+JSON>{}</script>'
    const style = `<style>${'p { margin: 0 }'.repeat(100)}</style>`
    expect(prepareMarkup(html + style).markup).toBe(`${html}<style></style>`)
  })

  it('keeps bodies the scan may have misread', () => {
    const cases = [
      // `<!--` in a script can hide its `</script>`.
      '<script><!-- document.write("<script>x</script>") --></script><p>a</p>',
      // A quoted `>` ends the tag later than the scan thinks.
      '<script data-x="a>b">var c = 1</script><p>a</p>',
      // In SVG, `<style>` and `<script>` hold markup.
      '<svg><style><text>字</text></style></svg><p>a</p>',
      `${'<p>a</p>'.repeat(50)}<svg><style><text>字</text></style></svg><p>a</p>`,
      // Unclosed raw text runs to the end of the page.
      '<p>a</p><style>p {}',
      // Comments that end early (`<!-->`, `<!--->`) or at `--!>`.
      '<!--><p>a</p><!-- b -->',
      '<!---><p>a</p><!-- b -->',
      '<!-- a --!><p>b</p><!-- c -->'
    ]
    for (const html of cases) expect(preparedShape(html), html).toEqual(wholeShape(html))
  })

  it('keeps removed script bodies for the metadata stage, which reads them with CRLF as LF, capped in count', () => {
    const page = parseHtml('<script>\r\nvar ct = "1571234567";\r\n</script>' + '<script>var x = 1</script>'.repeat(60))
    expect(page.scripts).toHaveLength(61)
    const head = collectHead(page.tree, page.scripts)
    expect(head.scripts[0]).toBe('\nvar ct = "1571234567";\n')
    expect(head.scripts).toHaveLength(50)
  })

  it('gives the tree of the whole page, but for script and style bodies and comments (property)', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<div class="a">', '</div>', '<b>', '</b>', '正文', ' ', '\r\n', '<br>', '<svg>', '</svg>', '<math>', '</math>',
      '<script>', '<script type="text/javascript">', '<script type="application/ld+json">', '</script>', '</SCRIPT >', '<style>', '</style>',
      '<!--', '-->', '--!>', '<!-->', '<!--->', '<', '>', '"', "'", '<a title="x>y">', '<textarea>', '</textarea>', '<title>', '</title>',
      '<noscript>', '</noscript>', 'var a = "<p>";', '<![CDATA[', ']]>', '<table>', '<td>', '<template>', '</template>', '<plaintext>',
      '<a title=\'', ' = ', '=', '/', '<img alt=x>', '<p class = "a>b">', '<script', '</script', '<style', '-', '!', '<!', '</', '<?x>', '\t',
      '</STYLE>', '</Style\t', '</style/', '</stylex>', '</TextArea >', '</titl>', '<xmp>', '</XMP>', '<iframe>', '</iframe\f'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('')
        expect(preparedShape(html)).toEqual(wholeShape(html))
      }),
      { numRuns: 3000 }
    )
  })
})
