/**
 * Small HTML pages for the metadata tests: written for these tests, no text
 * from any real page.
 */

/** Two prose paragraphs that make an article body. */
export const prose =
  '<p>今年以来，青禾市持续推进老旧小区改造，完成改造项目一百二十个，惠及居民三万余户，群众反映良好。</p>' +
  '<p>下一步，有关部门将继续完善停车、养老、托育等配套设施，让居民的获得感、幸福感、安全感更加充实。</p>' +
  '<p>据了解，改造工作坚持“一小区一方案”，由居民议事会讨论决定改造内容，并全程参与监督验收。</p>'

/** Parts of a test page. */
export interface PageParts {
  /** Extra `<head>` markup. */
  head?: string
  /** `<title>` text. */
  title?: string
  /** Markup where the headline goes (default an `<h1>`). */
  headline?: string
  /** Markup between the headline and the body (the info line). */
  info?: string
  /** The body paragraphs. */
  body?: string
  /** Markup after the body, inside the article. */
  after?: string
  /** Markup after the article (sidebars, comments, footer). */
  tail?: string
  /** Markup before the article (header, nav). */
  top?: string
}

/** The headline used by default. */
export const headline = '青禾市老旧小区改造惠及三万余户'

/**
 * Build a page.
 *
 * @param parts Page parts.
 * @returns HTML.
 */
export function page(parts: PageParts = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${parts.title ?? `${headline}_青禾新闻网`}</title>${parts.head ?? ''}</head>
<body>${parts.top ?? ''}<div class="article">${parts.headline ?? `<h1>${headline}</h1>`}${parts.info ?? ''}
<div class="content">${parts.body ?? prose}</div>${parts.after ?? ''}</div>${parts.tail ?? ''}</body></html>`
}
