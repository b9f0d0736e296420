import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { headline, page } from './page.js'

const summary = (html: string): string | null => parseArticle(html).summary

const box = '青禾市今年完成老旧小区改造一百二十个，居民全程参与。'

describe('summary', () => {
  it('takes a `【摘要】` box without its label', () => {
    expect(summary(page({ info: `<p>【摘要】${box}</p>` }))).toBe(box)
  })

  it('takes a `【导读】` box', () => {
    expect(summary(page({ info: `<div><span>【导读】</span>${box}</div>` }))).toBe(box)
  })
  it('takes a Hong Kong `【撮要】` box', () => {
    expect(summary(page({ info: `<div class="standfirst"><strong>【撮要】</strong>${box}</div>` }))).toBe(box)
  })

  it('takes a `内容提要：` box', () => {
    expect(summary(page({ info: `<p>内容提要：${box}</p>` }))).toBe(box)
  })

  it('takes a `核心提示：` box', () => {
    expect(summary(page({ info: `<p><strong>核心提示：</strong>${box}</p>` }))).toBe(box)
  })

  it('takes a box the CMS marks as summary', () => {
    expect(summary(page({ info: `<div class="summary">${box}</div>` }))).toBe(box)
  })

  it('prefers the box to the meta description', () => {
    const head = '<meta name="description" content="今年以来，青禾市持续推进老旧小区改造，完成改造项目一百二十个。">'
    expect(summary(page({ head, info: `<p>【导读】${box}</p>` }))).toBe(box)
  })

  it('takes the meta description when there is no box', () => {
    const description = '今年以来，青禾市持续推进老旧小区改造，完成改造项目一百二十个。'
    expect(summary(page({ head: `<meta name="description" content="${description}">` }))).toBe(description)
  })

  it('takes an editor’s description in its own words, which shares nothing with the body', () => {
    const description = '三个热词，带你读懂青禾的2025。'
    const body = Array.from({ length: 6 }, (_, index) => `<p>第${index}项工作按计划推进，各项指标运行平稳，群众满意度保持较高水平。</p>`).join('')
    expect(summary(page({ head: `<meta name="description" content="${description}">`, body }))).toBe(description)
    expect(summary(page({ head: `<meta property="og:description" content="${description}">`, body }))).toBe(description)
  })

  it("does not take the site's boilerplate description", () => {
    const head = '<meta name="description" content="青禾新闻网是青禾市重点新闻网站，为您提供最新最全的本地新闻资讯。">'
    expect(summary(page({ head }))).toBeNull()
  })

  it('keeps a description that shares five characters in a row with the body, wherever they stand', () => {
    const description = '欢迎访问青禾新闻网。本站消息：惠及居民三万余户'
    expect(summary(page({ head: `<meta name="description" content="${description}">` }))).toBe(description)
  })

  it('finds the shared run deep in a long body, and none where there is none', () => {
    const filler = Array.from({ length: 150 }, (_, index) => `<p>第${index}项工作按计划推进，各项指标运行平稳，群众满意度保持较高水平。</p>`).join('')
    const description = '欢迎访问青禾新闻网，今天的要闻：湖畔步道全线贯通'
    const head = `<meta name="description" content="${description}">`
    expect(summary(page({ head, body: `${filler}<p>市区湖畔步道全线贯通，市民纷纷前来散步。</p>` }))).toBe(description)
    expect(summary(page({ head, body: `${filler}<p>市区湖畔步道部分贯通，市民纷纷前来散步。</p>` }))).toBeNull()
  })

  it('does not count four shared characters in a row as shared', () => {
    const head = '<meta name="description" content="欢迎访问青禾新闻网，这里有惠及居民的好消息">'
    expect(summary(page({ head }))).toBeNull()
  })

  it('takes a description that repeats the headline: the contract takes the description whatever it says', () => {
    const head = `<meta name="description" content="${headline}">`
    expect(summary(page({ head }))).toBe(headline)
  })

  it('does not take a description that only repeats the keywords', () => {
    const head = '<meta name="keywords" content="青禾,改造,小区"><meta name="description" content="青禾,改造,小区">'
    expect(summary(page({ head }))).toBeNull()
  })

  it('does not take an author bio or a nav blurb as a box', () => {
    expect(summary(page({ info: '<div class="author-intro">李青，青禾日报记者</div>' }))).toBeNull()
  })

  it('is null when there is neither box nor description', () => {
    expect(summary(page())).toBeNull()
  })
})

describe('summary labels laid out apart from the text', () => {
  const text = '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖。'
  const body = '<p>1月5日—7日，东湖区召开两会，代表委员围绕发展大计建言献策，会场内外气氛热烈。</p><p>全区将持续推进和美乡村建设，打造特色产业带，让农民腰包鼓起来。</p>'
  it('reads a bare label on its own line (<p><strong>【导读】</strong></p><p>…</p>) and keeps both out of the lead', async () => {
    const { parseArticle } = await import('../../src/index.js')
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><p><strong>【导读】</strong></p><p>${text}</p>${body}</div></body></html>`)
    expect(article.summary).toBe(text)
    expect(article.lead).not.toContain(text)
    expect(article.lead).not.toContain('【导读】')
  })
  it('drops a bare label opening a summary-classed box', async () => {
    const { parseArticle } = await import('../../src/index.js')
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><div class="intro"><span class="label">导读</span>${text}</div>${body}</div></body></html>`)
    expect(article.summary).toBe(text)
  })
  it('reads a bare label in an element of its own, the text run on after it, in any box (<em>导读</em>…)', async () => {
    const { parseArticle } = await import('../../src/index.js')
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="art-lead"><em>导读</em>${text}</div><div class="content">${body}</div></body></html>`)
    expect(article.summary).toBe(text)
    expect(article.lead).not.toContain(`导读${text}`)
    // Run into the text with no element of its own, 导读 is a word of the sentence.
    const plain = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="art-lead">导读${text}</div><div class="content">${body}</div></body></html>`)
    expect(plain.summary).toBeNull()
  })
})

describe('summary labels in traditional characters', () => {
  it('drops 【導讀】 as it drops 【导读】', () => {
    expect(summary(page({ info: '<div class="article__intro"><span class="label">【導讀】</span>急症室收費明年起調升，議員促當局加強宣傳。</div>' }))).toBe('急症室收費明年起調升，議員促當局加強宣傳。')
  })
})

describe('核心阅读', () => {
  it('labels the e-paper summary box on the line before the text', () => {
    expect(summary(page({ info: '<div class="hxyd"><div><strong>核心阅读</strong></div><p>连日来，代表们结合地方实践建言献策，为高质量发展注入信心。</p></div>' }))).toBe('连日来，代表们结合地方实践建言献策，为高质量发展注入信心。')
  })
})

describe('captions whose class names a summary', () => {
  it('a picture’s intro (`p.picIntro`) is a caption, not the summary box', () => {
    const html = page({
      head: '<meta name="description" content="青禾市今年完成老旧小区改造一百二十个。">',
      body: '<p>今年以来，青禾市持续推进老旧小区改造，完成改造项目一百二十个，惠及居民三万余户。</p><p class="picIntro-2Fhm7bXs">▲青禾市改造后的小区，居民在健身。（记者 李青 摄）</p><p>下一步，有关部门将继续完善停车、养老、托育等配套设施。</p>'
    })
    expect(summary(html)).toBe('青禾市今年完成老旧小区改造一百二十个。')
  })
})

describe('a bracket opening the whole summary box', () => {
  it('reads `[摘要：…]` without the label and the closing bracket', () => {
    const html = page({ body: `<p>[摘要：${box}]</p><p>今年以来，青禾市持续推进老旧小区改造，完成改造项目一百二十个，惠及居民三万余户。</p><p>下一步，有关部门将继续完善停车、养老、托育等配套设施。</p>` })
    expect(summary(html)).toBe(box)
  })
})
