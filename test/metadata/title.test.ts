import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { headline, page } from './page.js'

const title = (html: string): string | null => parseArticle(html).title

describe('title', () => {
  it('takes the headline a Founder e-paper names in its enpproperty comment, between 引题 and 副题 cells, comments cut or not', () => {
    const cells = '<!--enpproperty <articleid>1</articleid><date>2024-03-05</date><title>项目建设跑出“加速度”</title><subtitle>——全市重大项目集中开工侧记</subtitle>/enpproperty-->' +
      '<table><tr><td class="font02">126个项目总投资860亿元</td></tr><tr><td class="font01">项目建设跑出“加速度”</td></tr><tr><td class="font02">——全市重大项目集中开工侧记</td></tr></table>'
    expect(parseArticle(page({ title: '青禾日报数字报', headline: cells })).title).toBe('项目建设跑出“加速度”')
    // A large script makes the pre-parse pass cut comments too.
    const script = `<script>var x = "${'a'.repeat(20000)}";</script>`
    expect(parseArticle(page({ title: '青禾日报数字报', head: script, headline: cells })).title).toBe('项目建设跑出“加速度”')
  })

  it('matches a printed line to a <title> that opens with a column label in brackets (【聚焦两会】…), before og:title', () => {
    const html = page({
      title: '【聚焦两会】热词里的青禾：代表委员聚焦民生 - 青禾新闻网',
      head: '<meta property="og:title" content="两会热词丨民生期待有回应">',
      headline: '<div class="news-head"><span class="title">热词里的青禾：代表委员聚焦民生</span></div>'
    })
    expect(parseArticle(html).title).toBe('热词里的青禾：代表委员聚焦民生')
  })

  it('passes over a side heading that repeats a menu item named in `<title>` (本行动态-东屿农村商业银行)', () => {
    const menu = '<div class="news-menu"><h3>新闻中心</h3><ul><li><a href="/bhdt/">本行动态</a></li><li><a href="/mtbd/">媒体报道</a></li></ul><h4>本行动态</h4><p><a href="/1.html">我行与市工商联签署战略合作协议</a><span>2024.08.02</span></p></div>'
    const html = page({ title: '本行动态-东屿农村商业银行', top: menu, headline: '<h2 class="detail-title">东屿农商银行“小微快贷”上线半年 放款突破10亿元</h2>', info: '<p class="detail-date">发布日期：2024.08.15</p>' })
    expect(title(html)).toBe('东屿农商银行“小微快贷”上线半年 放款突破10亿元')
  })

  it('takes neither the info line nor a sentence that mention a `<title>` naming only the organisation (澄浦县红十字会)', () => {
    const html = page({
      title: '澄浦县红十字会',
      headline: '<table><tr><td align="center" class="bt"><h2>县红十字会“救在身边”应急救护培训走进校园社区</h2></td></tr><tr><td align="center" class="xx">发布时间：2024-09-14 10:26 来源：澄浦县红十字会 作者：宣传科</td></tr></table>',
      body: '<p align="center">9月13日，澄浦县红十字会2024年“救在身边”应急救护培训活动在县实验中学启动。今年计划开展各类应急救护培训120场。</p><p>9月14日是“世界急救日”。县红十字会将培训课堂搬进校园、社区、企业和景区。</p>'
    })
    expect(title(html)).toBe('县红十字会“救在身边”应急救护培训走进校园社区')
  })

  it('takes a legacy portal’s headline printed in a large <font> over a side menu’s titled cell (td.ltitle 新闻分类)', () => {
    const html = page({
      title: '霁川区人民政府门户网站--霁川新闻',
      top: '<table><tr><td class="ltitle">新闻分类</td></tr><tr><td><a href="c1.asp">&gt; 霁川要闻</a><br><a href="c2.asp">&gt; 部门动态</a></td></tr></table>',
      headline: '<table><tr><td align="center"><font face="黑体" size="5" color="#A40000">四个关键词读懂霁川区2024年政府工作报告</font></td></tr><tr><td align="center">发布时间：2024-01-22 10:15 来源：霁川区政府办</td></tr></table>'
    })
    expect(title(html)).toBe('四个关键词读懂霁川区2024年政府工作报告')
  })

  it('takes the printed h1 matched against `<title>` without the `_站名` suffix', () => {
    expect(title(page({ title: `${headline}_青禾新闻网` }))).toBe(headline)
  })

  it('drops a `-某某新闻网` suffix', () => {
    expect(title(page({ title: `${headline}-青禾新闻网`, headline: '<div class="logo"></div>' }))).toBe(headline)
  })

  it('drops a `|` suffix', () => {
    expect(title(page({ title: `${headline} | 青禾网`, headline: '' }))).toBe(headline)
  })

  it('drops a `—` suffix', () => {
    expect(title(page({ title: `${headline}—青禾日报`, headline: '' }))).toBe(headline)
  })

  it('drops a site name printed before the headline in `<title>`', () => {
    expect(title(page({ title: `青禾市人民政府-${headline}`, headline: '' }))).toBe(headline)
  })

  it('keeps a hyphen inside the headline', () => {
    expect(title(page({ title: '青禾2024-2025赛季开幕_青禾体育网', headline: '' }))).toBe('青禾2024-2025赛季开幕')
  })

  it('matches an h2 against `og:title`', () => {
    const html = page({ title: '青禾新闻网', head: `<meta property="og:title" content="${headline}">`, headline: `<h2>${headline}</h2>` })
    expect(title(html)).toBe(headline)
  })

  it('matches the element the CMS marks as title against `ArticleTitle`', () => {
    const html = page({ title: '青禾市人民政府', head: `<meta name="ArticleTitle" content="${headline}">`, headline: `<div class="article-title">${headline}</div>` })
    expect(title(html)).toBe(headline)
  })

  it('matches JSON-LD `headline`', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`
    expect(title(page({ title: '青禾新闻网', head, headline: `<div class="tit">${headline}</div>` }))).toBe(headline)
  })

  it('joins a headline printed over several lines into one string', () => {
    const html = page({ title: '青禾老旧小区改造 惠及三万余户_青禾新闻网', headline: '<h1>青禾老旧小区改造<br>惠及三万余户</h1>' })
    expect(title(html)).toBe('青禾老旧小区改造 惠及三万余户')
  })

  it('joins a headline printed in sibling lines of a title box', () => {
    const html = page({ title: '青禾老旧小区改造 惠及三万余户_青禾新闻网', headline: '<div class="title"><p>青禾老旧小区改造</p><p>惠及三万余户</p></div>' })
    expect(title(html)).toBe('青禾老旧小区改造 惠及三万余户')
  })

  it('does not take a logo heading that prints the site name', () => {
    const html = page({ title: `${headline}_青禾新闻网`, top: '<h1 class="logo"><a href="/">青禾新闻网</a></h1>', headline: `<h2>${headline}</h2>` })
    expect(title(html)).toBe(headline)
  })

  it('takes the printed h1 when `<title>` names only the site', () => {
    expect(title(page({ title: '青禾新闻网' }))).toBe(headline)
  })

  it('takes `og:title` when no headline is printed', () => {
    expect(title(page({ title: '青禾新闻网', head: `<meta property="og:title" content="${headline}">`, headline: '' }))).toBe(headline)
  })

  it('takes a plain line right above the body when nothing else names the headline (<title> the site or 正文)', () => {
    const body = '<p>7月8日，青禾街道桂香社区的“邻里书屋”正式对外开放，藏书4000余册，每天免费开放。</p><p>书屋由一间闲置的物业用房改造而成，面积约120平方米。</p>'
    const html = (title: string): string => `<html><head><title>${title}</title></head><body><div class="nav"><a href="/">首页</a></div><div class="ll"><div class="t">社区里的“邻里书屋”开门迎客</div><div class="i2">阅读：<span>--</span>　字号：<a href="javascript:z(16)">A+</a></div><div class="bd">${body}</div></div></body></html>`
    expect(title(html('青禾网'))).toBe('社区里的“邻里书屋”开门迎客')
    expect(title(html('正文'))).toBe('社区里的“邻里书屋”开门迎客')
  })

  it('takes the printed h1 over a share title that `<title>` and `og:title` claim and nothing printed agrees with', () => {
    const share = '速看！青禾的春节这样过'
    expect(title(page({ title: share, head: `<meta property="og:title" content="${share}">` }))).toBe(headline)
  })
})

describe('title: unmarked headlines', () => {
  it('takes a plain line that equals the `<title>` headline', () => {
    const html = page({ title: `${headline}_青禾新闻网`, headline: `<div>${headline}</div>` })
    expect(title(html)).toBe(headline)
  })

  it('does not take a short printed fragment that only opens the headline', () => {
    const html = page({ title: '青禾老旧小区改造 居民全程参与决策惠及三万余户_青禾新闻网', headline: '<div class="x">导语</div>', info: '<p style="text-align:center">青禾老旧小区改造</p>' })
    expect(title(html)).toBe('青禾老旧小区改造 居民全程参与决策惠及三万余户')
  })

  it('takes the line above the info line when `<title>` names only the site and nothing is marked', () => {
    const html = page({ title: '青禾新闻网', headline: `<div>${headline}</div>`, info: '<div>来源：青禾日报 2024-10-31</div>' })
    expect(title(html)).toBe(headline)
  })

  it('takes the `<title>` headline over a short column heading near the body when the headline is not printed', () => {
    const html = page({ title: `${headline}_青禾新闻网`, headline: '<h2>今日要闻</h2>' })
    expect(title(html)).toBe(headline)
    // A heading about as long as the `<title>` headline is still the printed one.
    const printed = page({ title: '青禾新闻网 详情', headline: `<h2>${headline}</h2>` })
    expect(title(printed)).toBe(headline)
  })

  it('does not take a line that names part of the site in `<title>` (新闻动态--青禾学会官网, a sidebar <h5>青禾学会</h5>)', () => {
    const html = page({
      title: '新闻动态--青禾学会官网',
      top: '<div class="crumb"><h3>首页 - 新闻动态</h3></div>',
      headline: `<h5>${headline}</h5>`,
      info: '<div class="ly">发布时间：2024-10-31 来源：青禾学会</div>',
      tail: '<div class="side"><h5>青禾学会</h5><p>学会简介</p></div>'
    })
    expect(title(html)).toBe(headline)
  })

  it('takes a heading right above the info line over a heading higher up', () => {
    const html = page({ title: '青禾新闻网', top: '<h3>首页 - 新闻动态</h3>', headline: `<h4>${headline}</h4>`, info: '<div>发布时间：2024-10-31 来源：青禾日报</div>' })
    expect(title(html)).toBe(headline)
  })

  it('takes the headline over its subtitle when nothing agrees with `<title>`', () => {
    const html = page({ title: '青禾新闻网', headline: `<h2>${headline}</h2><h3>居民全程参与改造决策</h3>` })
    expect(title(html)).toBe(headline)
  })

  it('reads `<title>` without the tags a CMS printed in it (`<br/>`), so a headline over two lines still matches', () => {
    const html = page({ title: '三个热词<br/>读懂青禾2025_青禾新闻网', headline: '<h1>三个热词<br>读懂青禾2025</h1>' })
    expect(title(html)).toBe('三个热词 读懂青禾2025')
    expect(title(page({ title: '三个热词<br/>读懂青禾2025_青禾新闻网', headline: '' }))).toBe('三个热词 读懂青禾2025')
  })

  it('matches a headline printed with curly quotes against a `<title>` with straight ones', () => {
    const html = page({ title: '青禾"一小区一方案"惠及三万户_青禾新闻网', headline: '<h1>青禾“一小区一方案”惠及三万户</h1>' })
    expect(title(html)).toBe('青禾“一小区一方案”惠及三万户')
  })
})

describe('title: a column before the headline in <title>', () => {
  it('takes the longest part of the <title> as its headline (`石梁镇人民政府-镇务动态-…热词解读`), not a side box’s column heading', () => {
    const html = page({
      title: `石梁镇人民政府-镇务动态-${headline}`,
      top: '<table><tr><td class="lbox_t">镇务动态</td></tr><tr><td><a href="/gzdt/">工作动态</a></td></tr></table>',
      headline: `<table><tr><td class="show_title">${headline}</td></tr></table>`
    })
    expect(title(html)).toBe(headline)
  })
})

describe('title: e-paper headlines', () => {
  it('reads the bold 主题 line of an e-paper whose <title> names only the site', () => {
    const html = '<html><head><title>泉州日报数字报</title></head><body><div class="zhuti"><strong>让民营经济“春潮”更澎湃</strong></div><div class="content"><p>本报北京3月7日电 全国人大代表、泉州市市长卢振华在福建代表团分组审议时说，泉州将持续深化“晋江经验”。</p><p>卢振华说，今年新培育国家级专精特新“小巨人”企业15家以上。</p></div></body></html>'
    expect(title(html)).toBe('让民营经济“春潮”更澎湃')
  })
})

describe('title: company sites in table layouts', () => {
  it('a `<title>` that names a company and a column gives no headline; the title cell above the info line is it, not a side menu’s title', () => {
    const html = page({
      title: '青禾证券股份有限公司--公司新闻',
      top: '<div class="leftbar"><div class="ltitle">走进青禾</div><ul><li><a href="/about/">公司简介</a></li><li><a href="/news/">公司新闻</a></li></ul>' +
        '<div class="ltitle">公司公告</div><ul><li><a href="/notice/1.shtml">关于2024年度第一期短期融资券发行结果的公告</a><br><span>2024-01-10</span></li></ul></div>',
      headline: `<table><tr><td class="ntitle">${headline}</td></tr>`,
      info: '<tr><td class="ninfo">发布日期：2024-01-12 来源：青禾证券研究所</td></tr></table>'
    })
    expect(title(html)).toBe(headline)
  })
})
