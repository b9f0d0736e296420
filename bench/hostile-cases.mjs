/**
 * Hostile page generators, shared by `bench/hostile.mjs` and the hostile
 * tests. Each case builds a page of a given size (its unit is the case's own:
 * nesting depth, number of tables, attributes, characters, …).
 */

/** A paragraph of ordinary article prose, used as filler. */
export const prose = '记者从区政府获悉，今年以来，全区经济运行稳中有进，高质量发展取得新成效。'

/** A short paragraph of prose. */
export const shortProse = '今年以来，全区经济稳中有进。'

/**
 * The hostile cases.
 *
 * @type {ReadonlyArray<{ name: string, unit: string, size: number, build: (size: number) => string }>}
 */
export const hostileCases = [
  {
    name: 'deep nesting',
    unit: 'levels',
    size: 100_000,
    build: (n) => `<html><body>${'<div>'.repeat(n)}<p>${prose}</p>${'</div>'.repeat(n)}</body></html>`
  },
  {
    name: 'unclosed tables',
    unit: 'tables',
    size: 20_000,
    build: (n) => `<html><body>${'<table><tr><td>'.repeat(n)}<p>${prose}</p></body></html>`
  },
  {
    name: 'attributes on one element',
    unit: 'attributes',
    size: 50_000,
    build: (n) => `<html><body><div ${Array.from({ length: n }, (_, i) => `data-a${i}="v${i}"`).join(' ')} class="content" style="text-align:center"><p>${prose}</p></div></body></html>`
  },
  {
    name: 'unbalanced “',
    unit: 'chars',
    size: 350_000,
    build: (n) => `<html><body><div><p>李斌表示：${'“'.repeat(n)}</p><p>${prose}</p></div></body></html>`
  },
  {
    name: 'section markers',
    unit: 'markers',
    size: 200_000,
    build: (n) => `<html><body><div>${Array.from({ length: Math.ceil(n / 2) }, (_, i) => `<p>热词${(i % 99) + 1} 高质量发展</p><p>${shortProse}</p>`).join('')}<p>${'关键词③'.repeat(Math.floor(n / 2))}</p></div></body></html>`
  },
  {
    name: 'role chain',
    unit: 'roles',
    size: 100_000,
    build: (n) => `<html><body><div><p>${'区政协委员、'.repeat(n)}李斌表示，要坚持高质量发展，推动经济稳步增长。</p><p>${prose}</p></div></body></html>`
  },
  {
    name: 'quotes in one paragraph',
    unit: 'quotes',
    size: 50_000,
    build: (n) => `<html><body><div><p>${'区政协委员李斌说：“要坚持高质量发展。”'.repeat(n)}</p><p>${prose}</p></div></body></html>`
  },
  {
    name: 'no punctuation',
    unit: 'chars',
    size: 2_000_000,
    build: (n) => `<html><body><div><p>${'中国发展'.repeat(Math.ceil(n / 4))}</p></div></body></html>`
  },
  {
    name: 'script elements',
    unit: 'scripts',
    size: 20_000,
    build: (n) => `<html><body><div>${`<script>var a = 1</script><p>${shortProse}</p>`.repeat(n)}</div></body></html>`
  },
  {
    name: 'unclosed paragraphs',
    unit: 'paragraphs',
    size: 20_000,
    build: (n) => `<html><body><div class="content">${`<p>${shortProse}`.repeat(n)}</div></body></html>`
  },
  {
    name: 'reopened formatting',
    unit: 'elements',
    size: 500,
    build: (n) => `<html><body>${Array.from({ length: n }, (_, i) => `<div><b id="b${i}"></div>`).join('')}<p>${prose}</p></body></html>`
  },
  {
    name: 'footer links',
    unit: 'links',
    size: 10_000,
    build: (n) => `<html><body><div class="content"><p>${prose}</p><p>${prose}</p></div><div class="footer">${Array.from({ length: n }, (_, i) => `<a href="${i % 3 === 0 ? 'javascript:alert(1)' : `/link/${i}`}">链接${i}</a>`).join(' ')} 版权所有</div></body></html>`
  },
  {
    name: 'deep footer',
    unit: 'footer lines',
    size: 10_000,
    build: (n) => `<html><body><div class="content"><p>${prose}</p><p>${prose}</p></div><div class="footer">${'<div>'.repeat(200)}${'<p><a href="/about">关于我们</a> 版权所有</p>'.repeat(n)}</div></body></html>`
  },
  {
    name: 'headline lines',
    unit: 'lines',
    size: 5000,
    build: (n) => `<html><head><title>标题</title></head><body><h1>${'标题文字<br>'.repeat(n)}</h1><div class="content"><p>${prose}</p></div></body></html>`
  },
  {
    name: 'big page',
    unit: 'bytes',
    size: 20_000_000,
    build: (n) => bigPage(n)
  }
]

/**
 * A well-formed news page of about `bytes` UTF-8 bytes: headline, info line,
 * keyword sections with quotes, and a footer.
 *
 * @param {number} bytes Target size.
 * @returns {string} The page.
 */
export function bigPage(bytes) {
  const head = '<html><head><meta charset="utf-8"><title>热词解读_新闻网</title></head><body><div class="nav"><a href="/">首页</a></div><div class="article"><h1>热词解读</h1><p>发布时间：2024-10-31 16:09 来源：新华社</p>'
  const foot = '</div><div class="footer"><a href="https://example.cn/about">关于我们</a> 版权所有 京ICP备12345678号</div></body></html>'
  const chunk = (i) => `<p><strong>热词${i} 高质量发展</strong></p><p>${prose}区政协委员李斌表示：“要坚持高质量发展，推动经济稳步增长。”他说，${prose}</p>`
  const parts = [head]
  let size = head.length * 3
  for (let i = 1; size < bytes; i++) {
    const part = chunk(i)
    parts.push(part)
    size += part.length * 3
  }
  parts.push(foot)
  return parts.join('')
}
