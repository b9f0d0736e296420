/**
 * Build small article pages for tests.
 */

/**
 * A minimal news page with the given body paragraphs (each becomes a `<p>`;
 * strings starting with `<` are inserted as they are).
 *
 * @param paragraphs Body paragraphs.
 * @param title Headline.
 * @returns HTML.
 */
export function articlePage(paragraphs: readonly string[], title = '测试新闻标题示例'): string {
  const body = paragraphs.map((paragraph) => (paragraph.startsWith('<') ? paragraph : `<p>${paragraph}</p>`)).join('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}_测试网</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="article"><h1>${title}</h1><div class="info">发布时间：2024-01-08 09:30 来源：测试日报</div>
<div class="content">${body}</div></div>
<div class="footer"><a href="/about/">关于我们</a></div></body></html>`
}
