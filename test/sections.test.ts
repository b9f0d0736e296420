/**
 * Keyword sections: markers (热词1, 热词一, 热词十二, 关键词③, 熱詞2, 關鍵詞,
 * 【热词】, full-width digits), the keyword after a separator or on the next
 * line, bold-run headings that open a paragraph, the flat text form, and what
 * is not a heading.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import type { ParseOptions, Section } from '../src/index.js'
import { sectionMarkers } from '../src/data/section-markers.js'
import { matchMarker } from '../src/sections/heading.js'

const markers = [...sectionMarkers].sort((a, b) => b.length - a.length)

const lead = '1月5日—7日，东湖区召开两会，代表委员围绕发展大计建言献策，会场内外气氛热烈。'
const body1 = '今年，全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
const body2 = '全区将持续推进和美乡村建设，打造特色产业带，让农民腰包鼓起来、日子好起来。'
const body3 = '新建社区养老服务站12个，新增普惠性托育机构8家，群众获得感持续增强。'

/**
 * Parse an article whose body is a lead paragraph then `inner`.
 *
 * @param inner Body HTML after the lead.
 * @param options Parse options.
 * @returns Lead and sections.
 */
function outline(inner: string, options?: ParseOptions): { lead: string[]; sections: Section[] } {
  const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><p>${lead}</p>${inner}</div></body></html>`, options)
  return { lead: article.lead, sections: article.sections }
}

/**
 * Sections as `[marker, index, keyword, paragraphs]` rows.
 *
 * @param sections Sections.
 * @returns Rows.
 */
function rows(sections: readonly Section[]): Array<[string, number, string, string[]]> {
  return sections.map((section) => [section.marker, section.index, section.keyword, section.paragraphs])
}

/**
 * Centred bold heading lines.
 *
 * @param lines Lines.
 * @returns HTML.
 */
function centred(...lines: string[]): string {
  return lines.map((line) => `<p style="text-align:center"><strong>${line}</strong></p>`).join('')
}

describe('matchMarker', () => {
  it.each([
    ['热词1 高质量发展', '热词1', 1],
    ['热词12：开放', '热词12', 12],
    ['热词一', '热词一', 1],
    ['热词十', '热词十', 10],
    ['热词十二', '热词十二', 12],
    ['热词二十一', '热词二十一', 21],
    ['关键词③数字经济', '关键词③', 3],
    ['关键词⑫', '关键词⑫', 12],
    ['熱詞2 新能源', '熱詞2', 2],
    ['關鍵詞3', '關鍵詞3', 3],
    ['热词１ 全角数字', '热词１', 1],
    ['热词１２', '热词１２', 12],
    ['【热词】智能制造', '【热词】', null],
    ['【热词1】智能制造', '【热词1】', 1],
    ['［关键词］乡村振兴', '［关键词］', null],
    ['热词NO.1 高质量发展', '热词NO.1', 1],
    ['热词 No. 12｜乡村振兴', '热词No.12', 12],
    ['关键词（三）智能制造', '关键词（三）', 3],
    ['热词(2) 乡村振兴', '热词(2)', 2],
    ['关键词之一：智能制造', '关键词之一', 1],
    ['关键词之十二', '关键词之十二', 12],
    ['【热词·智能制造】', '热词', null],
    ['【关键词2：乡村振兴】正文', '关键词2', 2],
    ['关键词·一 智能制造', '关键词·一', 1],
    ['热词·2 乡村振兴', '热词·2', 2]
  ])('reads %s → %s (%s)', (text, marker, number) => {
    const match = matchMarker(text, markers)
    expect(match).not.toBeNull()
    expect(match?.marker).toBe(marker)
    expect(match?.number).toBe(number)
  })

  it.each([
    ['“高质量发展”等热词激荡在会场内外'],
    ['热词激荡在会场内外，勾勒出奋进的坐标。'],
    ['【热词榜单发布】'],
    ['今年的热词1是高质量发展'],
    ['热词（1000个）被收录进年度榜单'],
    ['关键词之一是创新，代表们认为要坚持创新驱动。'],
    ['【热词，今年最火】'],
    ['【热词·智能制造']
  ])('does not read a marker in %s', (text) => {
    expect(matchMarker(text, markers)).toBeNull()
  })

  it.each([['关键词：两会,热词'], ['關鍵詞：两会']])('reads %s only as a bare marker (a heading only on a heading line)', (text) => {
    expect(matchMarker(text, markers)?.bare).toBe(true)
  })
})

describe('sections: structured forms', () => {
  it('reads a centred bold marker with the keyword on the next line', () => {
    const result = outline(`${centred('热词1', '智能制造')}<p>${body1}</p>${centred('热词2', '乡村振兴')}<p>${body2}</p><p>${body3}</p>`)
    expect(result.lead).toEqual([lead])
    expect(rows(result.sections)).toEqual([
      ['热词1', 1, '智能制造', [body1]],
      ['热词2', 2, '乡村振兴', [body2, body3]]
    ])
  })

  it('reads a keyword printed as a link to its tag page, and 「热词1」 in corner brackets', () => {
    const linked = outline(`<p><strong>热词1</strong></p><p><strong><a href="/tag/1">智能制造</a></strong></p><p>${body1}</p>`)
    expect(rows(linked.sections)).toEqual([['热词1', 1, '智能制造', [body1]]])
    const corner = outline(`<p><strong>「热词1」智能制造</strong></p><p>${body1}</p><p><strong>「热词2」乡村振兴</strong></p><p>${body2}</p>`)
    expect(rows(corner.sections).map((row) => [row[0], row[2]])).toEqual([['「热词1」', '智能制造'], ['「热词2」', '乡村振兴']])
  })

  it('reads the keyword after a space, ：, ｜ or · on the same line', () => {
    const result = outline(`<h3>热词1 智能制造</h3><p>${body1}</p><h3>热词2：乡村振兴</h3><p>${body2}</p><h3>热词3｜一老一小</h3><p>${body3}</p><h3>热词4·对外开放</h3><p>${body1}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词1', 1, '智能制造', [body1]],
      ['热词2', 2, '乡村振兴', [body2]],
      ['热词3', 3, '一老一小', [body3]],
      ['热词4', 4, '对外开放', [body1]]
    ])
  })

  it('reads the keyword after 丨, the Han stroke sites print for ｜, in a heading or a bold run', () => {
    const result = outline(`<h3>热词1丨智能制造</h3><p>${body1}</p><p><strong>热词2丨“乡村振兴”</strong></p><p>${body2}</p><p><strong>热词3丨一老一小</strong>${body3}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词1', 1, '智能制造', [body1]],
      ['热词2', 2, '“乡村振兴”', [body2]],
      ['热词3', 3, '一老一小', [body3]]
    ])
  })

  it('reads a marker and keyword split over a <br>', () => {
    const result = outline(`<p style="text-align:center"><strong>热词1<br>智能制造</strong></p><p>${body1}</p>`)
    expect(rows(result.sections)).toEqual([['热词1', 1, '智能制造', [body1]]])
  })

  it('reads a styled marker, then the keyword in bold, then the paragraph (<span>关键词①</span><strong>数字政府</strong>2024年，…)', () => {
    const result = outline(`<p><span style="background:#1e6fd9">关键词①</span><strong><span>数字政府</span></strong><span>${body1}</span></p><p>${body2}</p><p><span>关键词②</span><b>安全发展</b>会议强调，要统筹好发展和安全。</p>`)
    expect(rows(result.sections)).toEqual([
      ['关键词①', 1, '数字政府', [body1, body2]],
      ['关键词②', 2, '安全发展', ['会议强调，要统筹好发展和安全。']]
    ])
  })

  it('reads a heading whose own class reads as a zone (<h2 class="hot">), not a marker in a hot-news box', () => {
    const result = outline(`<h2 class="hot">热词1 · 智能制造</h2><p>${body1}</p><div class="hot"><h3>热词2 乡村振兴</h3><p>${body2}</p></div>`)
    expect(rows(result.sections)).toEqual([['热词1', 1, '智能制造', [body1]]])
  })

  it('keeps quotation marks in the keyword', () => {
    const result = outline(`${centred('热词3', '“两湖”创新区')}<p>${body1}</p>`)
    expect(rows(result.sections)).toEqual([['热词3', 3, '“两湖”创新区', [body1]]])
  })

  it('reads Chinese numerals (热词一, 热词十二) as the index', () => {
    const result = outline(`<h3>热词一 智能制造</h3><p>${body1}</p><h3>热词十二 乡村振兴</h3><p>${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词一', 1, '智能制造', [body1]],
      ['热词十二', 12, '乡村振兴', [body2]]
    ])
  })

  it('reads circled numbers, traditional markers and full-width digits', () => {
    const result = outline(`<h3>关键词③ 数字经济</h3><p>${body1}</p><h3>熱詞2 新能源</h3><p>${body2}</p><h3>關鍵詞4：民生</h3><p>${body3}</p><h3>热词５ 开放</h3><p>${body1}</p>`)
    expect(rows(result.sections)).toEqual([
      ['关键词③', 3, '数字经济', [body1]],
      ['熱詞2', 2, '新能源', [body2]],
      ['關鍵詞4', 4, '民生', [body3]],
      ['热词５', 5, '开放', [body1]]
    ])
  })

  it('numbers 【热词】 markers by their position', () => {
    const result = outline(`<h3>【热词】智能制造</h3><p>${body1}</p><h3>【热词】乡村振兴</h3><p>${body2}</p><h3>【热词】一老一小</h3><p>${body3}</p>`)
    expect(rows(result.sections)).toEqual([
      ['【热词】', 1, '智能制造', [body1]],
      ['【热词】', 2, '乡村振兴', [body2]],
      ['【热词】', 3, '一老一小', [body3]]
    ])
  })

  it('reads brackets that wrap the keyword too (【热词·智能制造】); the paragraph goes on after them', () => {
    const result = outline(`<p><strong>【热词·智能制造】</strong></p><p>${body1}</p><p>【关键词2：乡村振兴】${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词', 1, '智能制造', [body1]],
      ['关键词2', 2, '乡村振兴', [body2]]
    ])
  })

  it('reads ordinal markers (关键词之一：…) but not a sentence that opens with one', () => {
    const result = outline(`${centred('关键词之一：智能制造')}<p>${body1}</p>${centred('关键词之二：乡村振兴')}<p>${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['关键词之一', 1, '智能制造', [body1]],
      ['关键词之二', 2, '乡村振兴', [body2]]
    ])
    const sentence = outline(`<p>关键词之一是创新，${body1}</p>`)
    expect(sentence.sections).toEqual([])
  })

  it('reads a bold-run heading that opens a paragraph; the paragraph is the text after it', () => {
    const result = outline(`<p><strong>热词1 智能制造</strong>${body1}</p><p>${body2}</p><p><strong>关键词② 一老一小：</strong>${body3}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词1', 1, '智能制造', [body1, body2]],
      ['关键词②', 2, '一老一小', [body3]]
    ])
  })

  it('reads a plain heading that opens a paragraph up to a colon; the paragraph is the text after it', () => {
    const result = outline(`<p>【关键词1】智能制造：${body1}</p><p>${body2}</p><p>热词2 一老一小：${body3}</p>`)
    expect(rows(result.sections)).toEqual([
      ['【关键词1】', 1, '智能制造', [body1, body2]],
      ['热词2', 2, '一老一小', [body3]]
    ])
    // Not when the words before the colon run on like a sentence.
    const long = outline(`<p>热词1 在今年的政府工作报告中有这样一段话：${body1}</p>`)
    expect(long.sections).toEqual([])
  })

  it('gives an empty last section no paragraphs', () => {
    const result = outline(`${centred('热词1', '智能制造')}<p>${body1}</p>${centred('热词2', '绿色发展')}<p>责任编辑：周文静</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词1', 1, '智能制造', [body1]],
      ['热词2', 2, '绿色发展', []]
    ])
  })

  it('recognises extra markers from options.sectionMarkers', () => {
    const inner = `<h3>看点1 智能制造</h3><p>${body1}</p><h3>看点2 乡村振兴</h3><p>${body2}</p>`
    expect(outline(inner).sections).toEqual([])
    expect(rows(outline(inner, { sectionMarkers: ['看点'] }).sections)).toEqual([
      ['看点1', 1, '智能制造', [body1]],
      ['看点2', 2, '乡村振兴', [body2]]
    ])
  })
})

describe('sections: flat text form', () => {
  it('reads headings inside a block whose paragraphs are joined by spaces', () => {
    const flat = `${lead} 热词1 智能制造 ${body1} ${body2} 热词2 一老一小 ${body3} ${body1} 热词3 绿色发展`
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><p>${flat}</p></div></body></html>`)
    expect(article.lead).toEqual([lead])
    expect(rows(article.sections)).toEqual([
      ['热词1', 1, '智能制造', [body1, body2]],
      ['热词2', 2, '一老一小', [body3, body1]],
      ['热词3', 3, '绿色发展', []]
    ])
  })

  it('reads a bracketed marker with its keyword right after the bracket (【热词】智能制造 …)', () => {
    const flat = `${lead} 【热词】智能制造 ${body1} ${body2} 【热词】一老一小 ${body3} ${body1}`
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><p>${flat}</p></div></body></html>`)
    expect(article.lead).toEqual([lead])
    expect(rows(article.sections)).toEqual([
      ['【热词】', 1, '智能制造', [body1, body2]],
      ['【热词】', 2, '一老一小', [body3, body1]]
    ])
  })
})

describe('sections: keyword text', () => {
  it('trims a keyword, and the colon before the text, when a line break put the colon on the next line (found by the property test)', () => {
    const article = parseArticle('<html><body><div class="content"><p>热词一 高质量发展\n：记者从区政府获悉，今年将新开工项目50个。</p></div></body></html>')
    expect(rows(article.sections)).toEqual([['热词一', 1, '高质量发展', ['记者从区政府获悉，今年将新开工项目50个。']]])
    const joined = parseArticle('<html><body><div class="content"><p>热词一高质量发展\n：记者从区政府获悉，今年将新开工项目50个。</p></div></body></html>')
    expect(rows(joined.sections)).toEqual([['热词一', 1, '高质量发展', ['记者从区政府获悉，今年将新开工项目50个。']]])
  })
})

describe('sections: bare markers and decorations', () => {
  it('takes a bold bare marker with a space before the keyword (<b>关键词 智能制造</b>)', () => {
    const result = outline(`<p><b>关键词 智能制造</b></p><p>${body1}</p><p><b>关键词　乡村振兴</b></p><p>${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['关键词', 1, '智能制造', [body1]],
      ['关键词', 2, '乡村振兴', [body2]]
    ])
  })

  it('reads a marker after a decoration (◆关键词：…, ■热词1 …), without the decoration', () => {
    expect(matchMarker('◆关键词：智能制造', markers)).toMatchObject({ marker: '关键词', bare: true })
    expect(matchMarker('■ 热词1 智能制造', markers)).toMatchObject({ marker: '热词1', number: 1, bare: false })
    const result = outline(`<p><strong>◆关键词：智能制造</strong></p><p>${body1}</p><p><strong>◆关键词：乡村振兴</strong></p><p>${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['关键词', 1, '智能制造', [body1]],
      ['关键词', 2, '乡村振兴', [body2]]
    ])
  })

  it('drops a decoration between the marker and its keyword (◆热词1◆智能制造)', () => {
    const result = outline(`<p><strong>◆热词1◆智能制造</strong></p><p>${body1}</p><p><strong>◆热词2◆乡村振兴</strong></p><p>${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词1', 1, '智能制造', [body1]],
      ['热词2', 2, '乡村振兴', [body2]]
    ])
  })

  it('takes plain bare-marker lines as headings when at least two of them each hold one short keyword', () => {
    const result = outline(`<p>热词 智能制造</p><p>${body1}</p><p>热词 乡村振兴</p><p>${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词', 1, '智能制造', [body1]],
      ['热词', 2, '乡村振兴', [body2]]
    ])
    // One such line is the page's tag line; a line that lists words is one too.
    expect(outline(`<p>关键词：智能制造</p><p>${body1}</p>`).sections).toEqual([])
    expect(outline(`<p>关键词：两会 热词</p><p>${body1}</p><p>关键词：智能制造</p><p>${body2}</p>`).sections).toEqual([])
  })
})

describe('sections: what is not a heading', () => {
  it('leaves 热词 inside a sentence in the paragraph', () => {
    const text = '“智能制造”“乡村振兴”等热词激荡在会场内外，勾勒出东湖奋进的坐标。'
    const result = outline(`<p>${text}</p><p>${body1}</p>`)
    expect(result.sections).toEqual([])
    expect(result.lead).toEqual([lead, text, body1])
  })

  it('does not take a meta-like 关键词：… line without a number as a heading', () => {
    const result = outline(`<p>关键词：两会,热词</p><p>${body1}</p><p>关键词：智能制造</p><p>${body2}</p>`)
    expect(result.sections).toEqual([])
  })

  it('takes a bare marker with a separator on a heading line of its own', () => {
    const result = outline(`<p><strong>热词：智能制造</strong></p><p>${body1}</p><p><strong>热词：乡村振兴</strong></p><p>${body2}</p>`)
    expect(rows(result.sections)).toEqual([
      ['热词', 1, '智能制造', [body1]],
      ['热词', 2, '乡村振兴', [body2]]
    ])
  })

  it('does not take a sentence that opens with 热词 and a number as a keyword heading when bold or heading cues are missing and it runs on', () => {
    const sentence = '热词1000个被收录进年度榜单，其中“智能制造”位居榜首，引发广泛关注和讨论，成为会场内外的高频词汇。'
    const result = outline(`<p>${sentence}</p><p>${body1}</p>`)
    expect(result.sections).toEqual([])
  })

  it('ignores markers in a sidebar list', () => {
    const article = parseArticle(
      `<html><body><h1>东湖区两会热词观察</h1><div class="content"><p>${lead}</p><p>${body1}</p><p>${body2}</p></div>` +
        `<div class="sidebar"><h3>热词1 排行榜</h3><ul><li><a href="/1">热词2 乡村振兴</a></li><li><a href="/2">热词3 开放</a></li></ul></div></body></html>`
    )
    expect(article.sections).toEqual([])
    expect(article.lead).toEqual([lead, body1, body2])
  })
})

describe('subheadings with a comma', () => {
  it('drops a short bold line with a comma and no sentence end, keeps a bold sentence with a comma and an exclamation', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><p>${body}</p><p><strong>局长亲自带货，景甜点赞长春</strong></p><p>${body}</p><p><strong>嗯，“不是不努力，而是太狡猾！”</strong></p></div></body></html>`)
    expect(article.lead).toEqual([body, body, '嗯，“不是不努力，而是太狡猾！”'])
  })
  it('drops a bold question with a comma that quotes no one (一分钱变一元钱，消解经典文化可取吗？)', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><p>${body}</p><p><strong>一分钱变一元钱，消解经典文化可取吗？</strong></p><p>${body}</p></div></body></html>`)
    expect(article.lead).toEqual([body, body])
  })
})

describe('numbered item headings', () => {
  it('keeps a short bold or plain item heading that opens with a number (一、出台背景, （二）主要内容) as a paragraph; drops an unnumbered bold subheading', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
    const article = parseArticle(`<html><body><h1>东湖区政策解读</h1><div class="content"><p>${body}</p><p><strong>一、出台背景</strong></p><p>${body}</p><p><strong>（二）主要内容</strong></p><p>${body}</p><p><strong>狂奔之下的暗伤</strong></p><p>${body}</p></div></body></html>`)
    expect(article.lead).toEqual([body, '一、出台背景', body, '（二）主要内容', body, body])
  })
})

describe('interviewer turns', () => {
  it('keeps an interviewer’s question printed bold (记者：…？, 问：…) as a paragraph', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
    const article = parseArticle(`<html><body><h1>东湖区长访谈</h1><div class="content"><p>${body}</p><p><strong>记者：今年的赛道有哪些新变化？</strong></p><p>${body}</p><p><b>问：终点拥堵怎么解决？</b></p><p>${body}</p></div></body></html>`)
    expect(article.lead).toEqual([body, '记者：今年的赛道有哪些新变化？', body, '问：终点拥堵怎么解决？', body])
  })
})

describe('a scope before the marker word inside brackets', () => {
  it('reads 【高质量发展关键词】 as a marker, printed whole; not a scope outside brackets', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle('<html><body><h1>高新区两会观察</h1><div class="content"><p>今年高新区两会召开，代表委员围绕发展大计建言献策。</p><p><strong>【高质量发展关键词】<br>产业集群</strong></p><p>今年高新区将新建产业园三个。</p><p><strong>【高质量发展关键词】<br>营商环境</strong></p><p>今年将推行“一件事一次办”。</p></div></body></html>')
    expect(article.sections.map((section) => [section.marker, section.index, section.keyword])).toEqual([['【高质量发展关键词】', 1, '产业集群'], ['【高质量发展关键词】', 2, '营商环境']])
    const plain = parseArticle('<html><body><h1>高新区两会观察</h1><div class="content"><p>今年高新区两会召开，代表委员围绕发展大计建言献策。</p><p><strong>两会热词1 产业集群</strong></p><p>今年高新区将新建产业园三个。</p></div></body></html>')
    expect(plain.sections).toEqual([])
  })
})

describe('a scope before a numbered marker, outside brackets', () => {
  const body = '今年全县将新建高标准农田3.2万亩，培育龙头企业10家。'
  it('reads a run of 报告关键词1, 报告关键词2 with sentences between as headings', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle(`<html><body><h1>报告关键词里读懂这一年</h1><div class="content"><p>${body}</p><p><b>报告关键词1</b></p><p><b>产业强县</b></p><p>${body}</p><p><b>报告关键词2</b></p><p><b>乡村振兴</b></p><p>${body}</p></div></body></html>`)
    expect(article.sections.map((section) => [section.marker, section.index, section.keyword, section.paragraphs])).toEqual([['报告关键词1', 1, '产业强县', [body]], ['报告关键词2', 2, '乡村振兴', [body]]])
    expect(article.lead).toEqual([body])
  })
  it('leaves a list of such titles back to back, a lone one, and one out of order', async () => {
    const { parseArticle } = await import('../src/index.js')
    const list = parseArticle(`<html><body><h1>两会观察</h1><div class="content"><p>${body}</p><p>往期推荐</p><p>两会热词①｜产业强县，岚川这样干</p><p>两会热词②｜乡村振兴，岚川这样干</p></div></body></html>`)
    expect(list.sections).toEqual([])
    const unordered = parseArticle(`<html><body><h1>两会观察</h1><div class="content"><p>${body}</p><p><b>报告关键词2 乡村振兴</b></p><p>${body}</p><p><b>报告关键词1 产业强县</b></p><p>${body}</p></div></body></html>`)
    expect(unordered.sections).toEqual([])
  })
})

describe('WeChat heading bars', () => {
  it('reads a marker after 丨 or ｜ as a heading', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle('<html><body><h1>两会热词</h1><div class="content"><p>今年全县两会召开，代表委员围绕发展大计建言献策。</p><p><strong>丨关键词1 精准帮扶</strong></p><p>今年全县将完成农村公路提质改造200公里。</p><p><strong>｜关键词2｜非遗传承</strong></p><p>今年全县将新建非遗工坊10个。</p></div></body></html>')
    expect(article.sections.map((section) => [section.marker, section.keyword])).toEqual([['关键词1', '精准帮扶'], ['关键词2', '非遗传承']])
  })
  it('reads a marker after ▍ or ▌ as a heading', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle('<html><body><h1>两会热词</h1><div class="content"><p>今年全市两会召开，代表委员围绕发展大计建言献策。</p><p><strong>▍关键词1 数字政府</strong></p><p>今年全市将上线“一网通办”移动端2.0版。</p><p><strong>▌关键词2 文旅消费</strong></p><p>今年全市文旅消费将增长一成以上。</p></div></body></html>')
    expect(article.sections.map((section) => [section.marker, section.keyword])).toEqual([['关键词1', '数字政府'], ['关键词2', '文旅消费']])
  })
})

describe('emoji and symbols before a marker', () => {
  it('reads 🔥热词1, 📌热词2, ☞关键词3 as headings', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle('<html><body><h1>两会热词</h1><div class="content"><p>今年全区两会召开，代表委员围绕发展大计建言献策。</p><p><strong>🔥热词1 新质生产力</strong></p><p>今年，全区将新建智能工厂十家。</p><p><strong>📌热词2 低空经济</strong></p><p>今年全区将开通低空航线五条。</p><p><strong>☞热词3 文旅消费</strong></p><p>今年全区文旅消费将增长一成。</p></div></body></html>')
    expect(article.sections.map((section) => [section.marker, section.keyword])).toEqual([['热词1', '新质生产力'], ['热词2', '低空经济'], ['热词3', '文旅消费']])
  })
})
