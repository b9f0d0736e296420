/**
 * The extractors under test. Each `load()` imports its libraries and returns
 * `run(html)`, which does the full job on a decoded page (sync or async).
 */

const pageUrl = 'https://news.example.cn/article.html'

/** @type {Record<string, { label: string, load: () => Promise<(html: string) => unknown> }>} */
export const extractors = {
  'zh-article': {
    label: 'zh-article (dist)',
    async load() {
      const { parseArticle } = await import('../dist/index.js')
      return (html) => parseArticle(html)
    }
  },
  floor: {
    label: 'floor: rehype-parse + hast-util-to-text',
    async load() {
      const { unified } = await import('unified')
      const { default: rehypeParse } = await import('rehype-parse')
      const { toText } = await import('hast-util-to-text')
      const parser = unified().use(rehypeParse).freeze()
      return (html) => {
        const tree = parser.parse(html)
        const htmlElement = tree.children.find((node) => node.type === 'element' && node.tagName === 'html')
        const body = htmlElement?.children.find((node) => node.type === 'element' && node.tagName === 'body')
        return toText(body ?? tree)
      }
    }
  },
  'readability-linkedom': {
    label: '@mozilla/readability + linkedom',
    async load() {
      const { Readability } = await import('@mozilla/readability')
      const { parseHTML } = await import('linkedom')
      return (html) => new Readability(parseHTML(html).document).parse()
    }
  },
  'readability-jsdom': {
    label: '@mozilla/readability + jsdom@29',
    async load() {
      const { Readability } = await import('@mozilla/readability')
      const { JSDOM } = await import('jsdom')
      return (html) => {
        const dom = new JSDOM(html, { url: pageUrl })
        try {
          return new Readability(dom.window.document).parse()
        } finally {
          dom.window.close()
        }
      }
    }
  },
  'article-extractor': {
    label: '@extractus/article-extractor (extractFromHtml)',
    async load() {
      const { extractFromHtml } = await import('@extractus/article-extractor')
      return (html) => extractFromHtml(html, pageUrl)
    }
  },
  postlight: {
    label: '@postlight/parser',
    async load() {
      const { default: Parser } = await import('@postlight/parser')
      return (html) => Parser.parse(pageUrl, { html })
    }
  }
}
