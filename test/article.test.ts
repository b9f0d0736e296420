/**
 * findArticle: the element holding the most prose is the article body;
 * sidebars, link lists, comments and chrome are not.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { bodyOf } from './helpers/pipeline.js'

const prose = [
  '1月5日—7日，东湖区召开两会，代表委员围绕发展大计建言献策，会场内外气氛热烈。',
  '今年，全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。',
  '全区将持续推进和美乡村建设，打造特色产业带，让农民腰包鼓起来、日子好起来。'
]

/** A list of many related links, each a short line. */
const linkList = Array.from({ length: 30 }, (_, index) => `<li><a href="/n/${index}.html">相关新闻标题第${index}条：某地召开会议，部署下一步工作</a></li>`).join('')

describe('findArticle', () => {
  it('picks the prose container over a longer sidebar of links', () => {
    const body = bodyOf(
      `<body><div class="wrap"><div class="left"><div id="article">${prose.map((text) => `<p>${text}</p>`).join('')}</div></div>` +
        `<div class="right-col"><ul>${linkList}</ul></div></div></body>`
    )
    expect(body.root?.properties.id).toBe('article')
    expect(body.blocks.map((block) => block.text)).toEqual(prose)
  })

  it('takes the container of body text split over cards of one kind (div.part > div.part-bd per keyword section)', () => {
    const card = (marker: string, keyword: string, texts: string[]): string =>
      `<div class="part"><div class="part-hd"><span>${marker}</span><h3>${keyword}</h3></div><div class="part-bd">${texts.map((text) => `<p>${text}</p>`).join('')}</div></div>`
    const body = bodyOf(
      `<body><div class="main"><h1>关键词里的青禾</h1><div class="article-body"><p>${prose[0]}</p>` +
        card('关键词①', '新质生产力', [prose[1]!]) + card('关键词②', '乡村振兴', [prose[2]!, prose[0]!]) + card('关键词③', '养老服务', prose) +
        `</div></div><div class="right-col"><ul>${linkList}</ul></div></body>`
    )
    expect(body.root?.properties.className).toEqual(['article-body'])
    expect(body.blocks.map((block) => block.text)).toEqual([prose[0], '关键词①', '新质生产力', prose[1], '关键词②', '乡村振兴', prose[2], prose[0], '关键词③', '养老服务', ...prose])
  })

  it('ignores prose inside sidebars, comments and footers even when there is more of it', () => {
    const sideProse = Array.from({ length: 8 }, (_, index) => `<p>侧栏摘要第${index}篇，内容较长，包含逗号、句号和顿号。这是一段看起来像正文的文字。</p>`).join('')
    const comments = Array.from({ length: 8 }, (_, index) => `<p>网友${index}：说得好，支持，希望早日落实，我们都很期待！</p>`).join('')
    const body = bodyOf(
      `<body><div class="sidebar">${sideProse}</div><div class="main-content">${prose.map((text) => `<p>${text}</p>`).join('')}</div>` +
        `<div class="comment-list">${comments}</div><div class="footer">${sideProse}</div></body>`
    )
    expect(body.root?.properties.className).toEqual(['main-content'])
    expect(body.blocks).toHaveLength(3)
  })

  it('takes the main column of a two-column portal though its class reads like a sidebar (td.right, div.main-right)', () => {
    const menu = '<ul><li><a href="/a">机构概况</a></li><li><a href="/b">政务公开</a></li></ul>'
    const share = '<div class="share">分享到：微信，微博，朋友圈，QQ空间，复制链接。</div>'
    for (const column of ['<td class="right">', '<td class="box right">', '<td id="main-right">', '<td class="con-right">']) {
      const body = bodyOf(`<body><table><tr><td class="left">${menu}</td>${column}<h1>全区召开经济工作会议</h1>${prose.map((text) => `<p>${text}</p>`).join('')}${share}</td></tr></table></body>`)
      expect(body.blocks.map((block) => block.text).filter((text) => prose.includes(text)), column).toEqual(prose)
      // What marks a zone inside the column still does.
      expect(body.blocks.find((block) => block.text.startsWith('分享到'))?.zone, column).toBe('aside')
    }
    // Not a column whose class says what it holds (a related list), nor one with less prose than the content.
    const related = bodyOf(`<body><div class="right related">${prose.map((text) => `<p>${text}</p>`).join('')}</div><div class="content"><p>${prose[0]}</p></div></body>`)
    expect(related.blocks.map((block) => block.text)).toEqual([prose[0]])
    const sidebar = bodyOf(`<body><div class="content">${prose.map((text) => `<p>${text}</p>`).join('')}</div><div class="right"><p>${prose[0]}</p></div></body>`)
    expect(sidebar.blocks.map((block) => block.text)).toEqual(prose)
    // The whole pipeline reads lead, source and publish line from such a column.
    const article = parseArticle(
      `<body><table><tr><td class="left">${menu}</td><td class="right"><h1>全区召开经济工作会议</h1><p>日期：2025年03月05日 10:20 来源：县发展改革局</p>${prose.map((text) => `<p>${text}</p>`).join('')}</td></tr></table></body>`
    )
    expect([article.lead, article.source, article.published?.iso]).toEqual([prose, '县发展改革局', '2025-03-05T10:20:00+08:00'])
  })

  it('does not take a disclaimer box as the body, however long', () => {
    const disclaimer = '<div class="disclaimer"><p>【免责声明】本文仅代表作者本人观点，与本网无关。本网站对文中陈述、观点判断保持中立，不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。</p></div>'
    const body = bodyOf(`<body><div class="art"><p>${prose[0]}</p></div>${disclaimer}</body>`)
    expect(body.blocks.map((block) => block.text)).toEqual([prose[0]])
  })

  it('takes the container of paragraphs each wrapped in sections of their own (WeChat editors), not the longest one', () => {
    const wrapped = (text: string): string => `<section style="margin: 0 0 8px;"><section style="line-height: 1.8;"><p><span>${text}</span></p></section></section>`
    const long = `${prose[0]}${prose[1]}${prose[2]}`
    const body = bodyOf(`<body><div id="js_content">${[prose[0]!, long, prose[1]!, prose[2]!].map(wrapped).join('')}</div></body>`)
    expect(body.root?.properties.id).toBe('js_content')
    expect(body.blocks.map((block) => block.text)).toEqual([prose[0], long, prose[1], prose[2]])
  })

  it('keeps the element whose own lines the body is when its one child is an inline wrapper (<div><font>…<br><br>…</font></div>)', () => {
    const body = bodyOf(`<body><div class="nav"><a href="/">首页</a></div><div id="box"><font face="宋体">${prose.join('<br><br>')}</font></div></body>`)
    expect(body.blocks.map((block) => block.text)).toEqual(prose)
  })

  it('takes a paragraph cut by <br> as its own holder', () => {
    const body = bodyOf(`<body><div class="nav"><a href="/">首页</a></div><div class="box"><p id="flat">${prose.join('<br><br>')}</p></div></body>`)
    expect(body.root?.properties.id).toBe('flat')
    expect(body.blocks.map((block) => block.text)).toEqual(prose)
  })

  it('keeps the headings and short lines that stand inside the body', () => {
    const body = bodyOf(
      `<body><div class="content"><p>${prose[0]}</p><p style="text-align:center"><strong>热词1</strong></p>` +
        `<p style="text-align:center"><strong>智能制造</strong></p><p>${prose[1]}</p><p>${prose[2]}</p></div></body>`
    )
    expect(body.blocks.map((block) => block.text)).toEqual([prose[0], '热词1', '智能制造', prose[1], prose[2]])
  })

  it('finds no body on a page without prose', () => {
    expect(bodyOf(`<body><ul>${linkList}</ul><div>首页 新闻 图片</div></body>`)).toEqual({ root: null, blocks: [] })
    expect(bodyOf('')).toEqual({ root: null, blocks: [] })
  })
})

describe('parseArticle: the body decides lead and sections', () => {
  it('reads the lead from the body only', () => {
    const article = parseArticle(
      `<html><body><div class="header"><a href="/">首页</a>，<a href="/n">新闻</a></div><h1>东湖区两会观察</h1>` +
        `<div class="article">${prose.map((text) => `<p>${text}</p>`).join('')}</div>` +
        `<div class="hot-news"><h3>热词1 排行</h3><ul>${linkList}</ul></div></body></html>`
    )
    expect(article.lead).toEqual(prose)
    expect(article.sections).toEqual([])
  })
})

describe('an article inside a container whose class names a share feature', () => {
  it('reads the body of <div class="js_img_share_area"> when it holds the page’s prose', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = ['今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。', '全区将持续推进和美乡村建设，打造特色产业带，让农民腰包鼓起来、日子好起来。', '下一步，全区将围绕新质生产力，谋划一批重大项目，推动经济高质量发展。']
    const html = `<html><body><div class="nav"><a href="/">首页</a></div><div id="artical"><h1>疫情防控常态化下的新经济之路</h1><div class="info">2020年09月11日 18:05</div><div id="artical_real" class="js_img_share_area"><div id="main_content">${body.map((text) => `<p>${text}</p>`).join('')}</div></div><div class="share"><a href="#">分享到微博</a></div></div></body></html>`
    expect(parseArticle(html).lead).toEqual(body)
  })
})

describe('teaser cards in links', () => {
  it('never takes the text of a link card (<a><div>…</div></a>) for the body, however long', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = ['新京报快讯 今日有网友爆料，有60万个账号在暗网低价出售。', '今晚，铁路部门通过官方微博发布辟谣消息称：网传信息不实。']
    const card = `<div class="tabs-cont"><ul><li><a href="/live/1.html"><div class="tw-text"><div class="content">${'指数午前高开低走，和直播间一早分析一致。板块红盘居多，表现强势的是边缘计算、数字孪生。'.repeat(4)}</div></div></a></li></ul></div>`
    const html = `<html><body><div class="main"><h1>账号外泄？铁路部门辟谣</h1><div id="artibody">${body.map((text) => `<p>${text}</p>`).join('')}</div></div>${card}</body></html>`
    expect(parseArticle(html).lead).toEqual(body)
  })
})

describe('the summary box in the body', () => {
  const intro = '潘振声女儿马莉表示，改成这样，唱起来不觉得拗口吗？这并不值得提倡。'
  const body = ['近日，一首改编儿歌在网上流传，引发网友热议。', '记者联系到原作者的女儿马莉，她对此表示不解。', '马莉说，父亲一辈子都在为孩子们写歌。']
  it('is the summary, not also a paragraph of the lead', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle(`<html><body><h1>儿歌被改编 原作者女儿回应</h1><div class="content-article"><div class="introduction">${intro}</div>${body.map((text) => `<p>${text}</p>`).join('')}</div></body></html>`)
    expect(article.summary).toBe(intro)
    expect(article.lead).toEqual(body)
  })
  it('stays in the lead when it is all the body there is', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle(`<html><body><h1>儿歌被改编 原作者女儿回应</h1><div class="content-article"><div class="introduction">${intro}</div></div></body></html>`)
    expect(article.lead).toEqual([intro])
  })
})

describe('a lead above a body nested deeper', () => {
  it('keeps the opening paragraph printed before a list that holds the rest of the body', async () => {
    const { parseArticle } = await import('../src/index.js')
    const opening = '1月8日至11日，江城区两会召开。代表委员们的建议，件件关乎民生。'
    const body = ['今年，全区数字经济核心产业增加值增长15.3%，新增规上企业20家。', '今年将举办各类招聘活动120场，提供岗位3万个以上，服务重点群体。', '今年，全区将建成快速路12公里，新增公交线路8条，方便群众出行。']
    const html = `<html><body><h1>江城两会热词</h1><div class="content"><p>${opening}</p><ul><li>${body.map((text) => `<p>${text}</p>`).join('')}</li></ul></div><div class="side"><p>热门推荐</p></div></body></html>`
    expect(parseArticle(html).lead).toEqual([opening, ...body])
  })
})

describe('reclaimMainColumn', () => {
  it('takes the article from a box any class calls a sidebar when no content line holds prose', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle(`<html><body><div class="nav"><a href="/">首页</a></div><div class="content"><div class="left-main comment-box"><h1>县城里开出300家咖啡馆</h1>${prose.map((text) => `<p>${text}</p>`).join('')}</div></div></body></html>`)
    expect(article.title).toBe('县城里开出300家咖啡馆')
    expect(article.lead).toEqual(prose)
  })
})

describe('findArticle: a box of related articles', () => {
  it('never takes the longer excerpt in a box its heading opens (<div><div><h3>相关阅读</h3></div>…)', () => {
    const excerpt = Array.from({ length: 6 }, (_, index) => `<p>去年今日第${index}段：高新区把项目建设作为头号工程，主要经济指标增速均高于全市平均水平，成效明显。</p>`).join('')
    const body = bodyOf(`<body><div class="box-l"><h1>三个关键词读懂成绩单</h1><div class="content-side">${prose.map((text) => `<p>${text}</p>`).join('')}</div><div class="article-list"><div class="al-hd"><h3>相关阅读</h3></div><div class="al-feature">${excerpt}</div></div></div></body>`)
    expect(body.blocks.map((block) => block.text)).toEqual(prose)
  })

  it('never takes the text of a related document (相关文件) printed under the article', () => {
    const notice = Array.from({ length: 5 }, (_, index) => `　　${index + 1}、各乡镇要组织农技人员深入村组、田块，开展良种推介、技术培训、田间指导，做到村村有专家。<br>`).join('')
    const body = bodyOf(`<body><table><tr><td id="zoom">${prose.map((text) => `　　${text}<br><br>`).join('')}</td></tr><tr><td class="c3"><div class="c3h">相关文件</div><div class="c3b"><b>关于开展“百日行”活动的通知</b><br>${notice}</div></td></tr></table></body>`)
    expect(body.blocks.map((block) => block.text)).toEqual(prose)
  })
})

describe('reclaimMainColumn: a weakly marked footer', () => {
  it('reads the body from `<div class="bottom-article">` below the headline box, not the page footer', () => {
    const article = parseArticle(`<html><body><div class="nav"><a href="/">首页</a></div><div class="top-article"><h1>三个热词看民生</h1><div class="info">2025-03-01 来源：东湖区融媒体中心</div></div><div class="bottom-article">${prose.map((text) => `<p>${text}</p>`).join('')}</div><div class="footer"><p>版权所有：东湖区新闻网，未经授权，不得转载。</p><a href="https://beian.example/">备案号</a></div></body></html>`)
    expect(article.lead).toEqual(prose)
    expect(article.footerLinks.map((link) => link.text)).toEqual(['备案号'])
  })

  it('leaves a strong footer holding prose to the footer', () => {
    const article = parseArticle(`<html><body><div class="content"><h1>图说东湖</h1><p>图片</p></div><div class="footer">${prose.map((text) => `<p>${text}</p>`).join('')}</div></body></html>`)
    expect(article.lead).not.toContain(prose[0])
  })
})

describe('reclaimMainColumn: a column inside a column', () => {
  it('reads the body from `<div class="hot"><div class="share-content">…` beside a headline and summary', async () => {
    const { parseArticle } = await import('../src/index.js')
    const article = parseArticle(`<html><body><div class="nav"><a href="/">首页</a></div><div id="main-box" class="hot"><h1>三个热词看民生</h1><div class="summary">【摘要】十件民生实事，件件连着百姓冷暖。</div><div class="share-content">${prose.map((text) => `<p>${text}</p>`).join('')}</div><div class="share-bar"><a href="#">微信</a><a href="#">微博</a></div></div></body></html>`)
    expect(article.lead).toEqual(prose)
  })
})
