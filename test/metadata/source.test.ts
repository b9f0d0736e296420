import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { page, prose } from './page.js'

const source = (html: string): string | null => parseArticle(html).source

describe('source', () => {
  it('takes the outlet after `来源：` on the info line and cuts `作者：`', () => {
    expect(source(page({ info: '<div class="info">2024-10-31 16:09 来源：青禾日报 作者：李青</div>' }))).toBe('青禾日报')
  })

  it('cuts a run-on `作者：` and `浏览次数`', () => {
    expect(source(page({ info: '<div class="info">来源：青禾日报作者：李青</div>' }))).toBe('青禾日报')
    expect(source(page({ info: '<div class="info">来源：青禾发布浏览次数：1024</div>' }))).toBe('青禾发布')
    // A counter a script fills in prints its label alone (`阅读 <b id="readcount"></b>`).
    expect(source(page({ info: '<div class="meta"><span>来源：岚江区总工会</span><span id="pubtime"></span><span>阅读 <b id="readcount"></b></span></div>' }))).toBe('岚江区总工会')
  })

  it('cuts a date or a time printed right after the outlet (adjacent spans)', () => {
    expect(source(page({ info: '<div class="info"><span>来源：</span><span>央视新闻</span><span>2024-10-31</span></div>' }))).toBe('央视新闻')
    expect(source(page({ info: '<div class="info"><span>来源：21世纪经济报道</span><span>2024年10月31日</span></div>' }))).toBe('21世纪经济报道')
    expect(source(page({ info: '<div class="info"><span>来源：青禾日报</span><span>16:09</span></div>' }))).toBe('青禾日报')
  })

  it.each([
    ['【青禾日报】', '青禾日报'],
    ['[青禾日报] 作者：李青', '青禾日报'],
    ['青禾日报（记者 李青）', '青禾日报'],
    ['人民日报（海外版）', '人民日报（海外版）'],
    ['华夏时报(北京)', '华夏时报'],
    ['<a href="http://www.example.com/">21世纪经济报道</a>（广州）', '21世纪经济报道'],
    ['《青禾日报》', '青禾日报'],
    ['“青禾发布”微信公众号', '“青禾发布”微信公众号'],
    ['青禾日报”', '青禾日报']
  ])('reads 来源：%s as %s (square brackets, a bracketed credit, a city filed from, marks around the whole value only)', (value, outlet) => {
    expect(source(page({ info: `<div class="info">2024-10-31 来源：${value}</div>` }))).toBe(outlet)
  })

  it('takes a label in square brackets (【来源】青禾日报, [来源]：…)', () => {
    expect(source(page({ info: '<div class="info">【发布时间】2024-10-31 【来源】青禾日报 【编辑】李青</div>' }))).toBe('青禾日报')
    expect(source(page({ info: '<div class="info">[来源]：青禾日报</div>' }))).toBe('青禾日报')
    // Not a bracketed word that only opens with a label.
    expect(source(page({ info: '<div class="info">【来源地】青禾日报</div>' }))).toBeNull()
  })

  it('takes a label that another field’s value runs into (adjacent spans: 作者：周游来源：…), not one inside a word (资金来源：)', () => {
    for (const before of ['<span>作者：李青</span>', '<span>记者 李青</span>', '<span>编辑：李青</span>', '<span>文｜李青</span>', '<span>文/李青</span>']) {
      expect(source(page({ info: `<div class="info">${before}<em>来源：青禾日报</em></div>` })), before).toBe('青禾日报')
    }
    expect(source(page({ info: '<div class="info">2024-10-31 资金来源：财政拨款</div>' }))).toBeNull()
    expect(source(page({ info: '<div class="info">本文｜项目资金来源：财政拨款</div>' }))).toBeNull()
    // A counter a script has not filled in yet ends the outlet (`阅读 --`).
    expect(source(page({ info: '<div class="info"><span>文｜李青</span><span>来源：青禾日报</span><span>阅读 <em>--</em></span></div>' }))).toBe('青禾日报')
  })

  it('ends the outlet at a person’s credit run into it by adjacent spans (天山网 + 记者 古丽米拉, 青春梧川 + 文/梁夏)', () => {
    expect(source(page({ info: '<div class="info"><span>来源：青禾日报</span><span>记者 李青 王芳</span></div>' }))).toBe('青禾日报')
    expect(source(page({ info: '<div class="info"><span>来源：青禾日报</span><span>通讯员 李青</span></div>' }))).toBe('青禾日报')
    expect(source(page({ info: '<div class="info"><span>来源：青春梧川</span><span>文/梁夏 林晓</span></div>' }))).toBe('青春梧川')
    expect(source(page({ info: '<div class="info"><span>来源：青禾日报</span><span>图文／王芳</span></div>' }))).toBe('青禾日报')
  })

  it('takes a label with no colon alone in its cell, or right after the date of an info line', () => {
    expect(source(page({ info: '<table><tr><td>发布时间</td><td>2024-03-05 09:30</td></tr><tr><td>来源</td><td>青禾市大数据局</td></tr></table>' }))).toBe('青禾市大数据局')
    expect(source(page({ info: '<div class="info"><span>2024-03-05 09:30</span><span>来源</span><span>青禾日报</span><span>编辑：赵敏</span></div>' }))).toBe('青禾日报')
    // Not a word inside a sentence.
    expect(source(page({ info: '<div class="info">2024-03-05 资金来源于财政拨款</div>' }))).toBeNull()
  })

  it('ends the outlet at an update time or a dateline run into it (岱宁省地震局 + 最后更新：, 海嶠通訊社 + 海寧報導)', () => {
    expect(source(page({ info: '<div class="info"><span>发布日期：2024-03-08</span><span>来源：岱宁省地震局</span><span>最后更新：2024-03-08 11:02</span></div>' }))).toBe('岱宁省地震局')
    expect(source(page({ info: '<div class="info"><span>2024/07/22 15:40</span><span>來源：海嶠通訊社</span><span>海寧報導 記者柯以寧</span></div>' }))).toBe('海嶠通訊社')
    expect(source(page({ info: '<div class="info"><span>来源：青禾日报</span><span>东湖报道</span></div>' }))).toBe('青禾日报')
    // A name that ends in 报道 keeps it.
    expect(source(page({ info: '<div class="info"><span>来源：21世纪经济报道</span></div>' }))).toBe('21世纪经济报道')
  })

  it('ends the outlet at a reporter\'s credit with its kind run into it (栖凤日报 + 特派记者 龙晓晴)', () => {
    expect(source(page({ info: '<div class="meta"><span class="src">来源：栖凤日报</span><span class="au">特派记者 龙晓晴 阚一舟</span></div>' }))).toBe('栖凤日报')
  })

  it('ends the outlet at any short label with a colon run into it (岭海日报 + 参与人数：)', () => {
    expect(source(page({ info: '<div class="info"><span>发布时间：2024-10-15 08:00</span><span>来源：岭海日报</span><span>参与人数：<b>--</b></span></div>' }))).toBe('岭海日报')
    // A known label after a longer outlet name still ends it there.
    expect(source(page({ info: '<div class="info"><span>来源：南屿日报客户端</span><span>记者：滕一舟</span></div>' }))).toBe('南屿日报客户端')
  })

  it('ends the outlet at a relative time run into it (江城日报客户端 + 3小时前)', () => {
    expect(source(page({ info: '<div class="info"><span>来源：青禾日报客户端</span><span>3小时前</span></div>' }))).toBe('青禾日报客户端')
  })

  it('reads a 信息公开 index table above the headline (信息来源： in a th)', () => {
    const rows = ['索引号', '主题分类', '发布机构', '成文日期', '发布日期', '文号'].map((label) => `<tr><th>${label}：</th><td>值</td></tr>`).join('')
    const top = `<table>${rows}<tr><th>信息来源：</th><td>区发改委</td></tr><tr><th>有效性：</th><td>有效</td></tr></table>`
    expect(source(page({ top }))).toBe('区发改委')
  })

  it('takes an info box just above the headline when no other line credits an outlet', () => {
    const top = '<div class="header-time">2024/10/31 16:09</div><div class="source">来源：青禾日报</div>'
    expect(source(page({ top, headline: '<h1><span class="title">青禾市老旧小区改造惠及三万余户</span></h1>' }))).toBe('青禾日报')
    // The info line under the headline wins.
    expect(source(page({ top, info: '<div class="info">来源：青禾发布</div>' }))).toBe('青禾发布')
  })

  it('takes `来源于：`', () => {
    expect(source(page({ info: '<p>来源于：青禾晚报</p>' }))).toBe('青禾晚报')
  })

  it('takes a half-width colon and a linked outlet', () => {
    expect(source(page({ info: '<p>2024-10-31 16:09　来源: <a href="/">青禾市融媒体中心</a></p>' }))).toBe('青禾市融媒体中心')
  })

  it('takes `来源：` at the end of the body', () => {
    expect(source(page({ body: '<p>今年以来，青禾市持续推进老旧小区改造，惠及居民三万余户，群众反映良好。</p><p><strong>来源：青禾交警</strong></p>' }))).toBe('青禾交警')
  })

  it('takes a label whose value stands in the next cell', () => {
    expect(source(page({ info: '<table><tr><td>信息来源：</td><td>青禾市住建局</td></tr></table>' }))).toBe('青禾市住建局')
  })

  it('does not take an image or data credit', () => {
    expect(source(page({ body: '<p>今年以来，青禾市持续推进老旧小区改造，惠及居民三万余户，群众反映良好。</p><p>图片来源：视觉青禾</p><p>数据来源：青禾市统计局</p>' }))).toBeNull()
  })

  it('takes `資料來源：` on an info line that prints a date before it (Taiwan press releases), not a data credit in the body', () => {
    expect(source(page({ info: '<div class="info">發布日期：2012/10/02　資料來源：嵐山縣政府新聞處　點閱次數：1024</div>' }))).toBe('嵐山縣政府新聞處')
    expect(source(page({ body: '<p>今年以来，青禾市持续推进老旧小区改造，惠及居民三万余户，群众反映良好。</p><p>资料来源：青禾市统计局</p>' }))).toBeNull()
  })

  it('takes `ContentSource` metadata', () => {
    expect(source(page({ head: '<meta name="ContentSource" content="青禾市人民政府办公室">' }))).toBe('青禾市人民政府办公室')
  })

  it('takes `source` and `mediaid` metadata', () => {
    expect(source(page({ head: '<meta name="source" content="青禾日报">' }))).toBe('青禾日报')
    expect(source(page({ head: '<meta name="mediaid" content="青禾网">' }))).toBe('青禾网')
  })

  it('does not take a URL in source metadata', () => {
    expect(source(page({ head: '<meta name="source" content="https://www.example.cn/">' }))).toBeNull()
  })

  it('does not take an outlet printed without a label or carried by a script variable', () => {
    const info = '<div class="date-source"><span class="date">2024年10月31日 16:09</span><a class="source" href="/">青禾网</a></div>'
    expect(source(page({ info, head: "<script>window.global = { source: '青禾公众号' }</script>" }))).toBeNull()
  })

  it('is null when no outlet is credited', () => {
    expect(source(page({ info: '<div class="info">2024-10-31 16:09 作者：李青</div>' }))).toBeNull()
  })
})

describe('source: more shapes', () => {
  it('reads source metadata that carries its own label', () => {
    expect(source(page({ head: '<meta name="source" content="来源：青禾网－青禾日报">' }))).toBe('青禾网－青禾日报')
  })

  it('keeps balanced brackets and drops a stray one', () => {
    expect(source(page({ info: '<p>来源：青禾日报（海外版） 作者：李青</p>' }))).toBe('青禾日报（海外版）')
    expect(source(page({ info: '<p>（来源：青禾日报）</p>' }))).toBe('青禾日报')
  })

  it('does not take an empty credit like `未知`', () => {
    expect(source(page({ info: '<div class="info">时间:2024-10-31 来源:未知 作者:admin</div>' }))).toBeNull()
  })
  it('reads a credit line ten lines before the body ends (WeChat: credits, then related posts in the body)', () => {
    const related = Array.from({ length: 7 }, (_, index) => `<p>青溪区第${index + 1}个社区食堂开业，老人们吃上了热乎饭，街坊邻居都说好。</p>`).join('')
    const body = '<p>正文很长很长，很长很长很长很长很长。</p>'.repeat(14)
    expect(source(page({ info: '<div class="info">2024-10-31</div>', body, after: `<p>来源：青溪区融媒体中心</p><p>编辑：林小溪</p>${related}` }))).toBe('青溪区融媒体中心')
  })
  it('does not take a label in a related list after the body (another article’s headline)', () => {
    const related = '<div class="bm"><div class="bm_h"><h3>相关帖子</h3></div><div class="bm_c"><ul class="xl"><li>• <a href="/t/2.html">来源：溪口发布｜老年助餐点名单公布</a> <span>2024-03-01</span></li></ul></div></div>'
    expect(source(page({ info: '<div class="info">2024-10-31</div>', tail: related }))).toBeNull()
  })

  it('does not take a label in a list item holding a link after the body (<li><a>…</a><br><em>来源：…</em></li>)', () => {
    const related = '<div class="box"><ul><li><a href="/n/1.html">琅桥县政府工作报告摘要</a><br><em>来源：琅桥发布 2024-01-11</em></li></ul></div>'
    expect(source(page({ info: '<div class="info">2024-10-31</div>', tail: related }))).toBeNull()
  })

  it('ends the outlet at a play count or a gallery’s count run into it (播放量：1.2万, 共6张)', () => {
    expect(source(page({ info: '<div class="meta"><span>2024年04月02日 19:35</span><span>来源：澜江广播电视台</span><span>播放量：1.2万</span></div>' }))).toBe('澜江广播电视台')
    expect(source(page({ info: '<p class="info"><span>2024-03-25 16:52:07</span><span>来源：西川日报</span><span>共6张</span></p>' }))).toBe('西川日报')
  })

  it('does not take where a post was sent from (2024-01-22 18:36:05 来自 重庆, 来自微言iPhone客户端) or an account number in metadata', () => {
    expect(source(page({ info: '<p class="t"><span>2024年01月22日 18:36:05</span> <span>来自 重庆</span></p><p class="s"><span>来源：</span><a href="/">川东日报</a></p>' }))).toBe('川东日报')
    expect(source(page({ info: '<div><span>2024-03-12 21:08</span> <span>来自微言iPhone客户端</span></div>' }))).toBeNull()
    expect(source(page({ head: '<meta name="mediaid" content="121234567">' }))).toBeNull()
  })

  it('ends the outlet at a widget’s word run into it (求是网 + <a>参与互动</a>)', () => {
    expect(source(page({ info: '<div class="info">2020年07月04日 12:10　来源：求是网<a href="#hd"><img src="/i.jpg" alt="参与互动">参与互动</a></div>' }))).toBe('求是网')
  })

  it('ends the outlet where a byline opening with the same name runs into it (北洲日报 + 北洲日报全媒体记者 程砚)', () => {
    expect(source(page({ info: '<div class="info"><span>来源：北洲日报</span><span>北洲日报全媒体记者 程砚 发自北京</span></div>' }))).toBe('北洲日报')
  })

  it('does not take a label in the teaser of a list item after the body (<li><a>…</a><p>来源：… 2024-12-26 …</p></li>)', () => {
    const teasers = '<div class="pright"><ul><li><a href="/n/1.html">青禾发布冬季消费券</a><p>来源：青禾日报 2024-12-26 面向市民发放……</p></li></ul></div>'
    expect(source(page({ info: '<div class="info">2024-10-31</div>', tail: teasers }))).toBeNull()
  })
})

describe('source: an information table’s next label', () => {
  it('ends the outlet at 解读机关： run into it by adjacent spans', () => {
    expect(source(page({ info: '<div class="art-sub"><span>信息来源：鸿屿区商务局</span><span>解读机关：鸿屿区商务局</span></div>' }))).toBe('鸿屿区商务局')
  })
})

describe('source: a bar after the label', () => {
  it('reads 来源 | …, as WeChat account posts print it', () => {
    expect(source(page({ after: '<p><span>来源 | 溪宁区融媒体中心</span></p>' }))).toBe('溪宁区融媒体中心')
    expect(source(page({ after: '<p>来源｜溪宁区融媒体中心</p>' }))).toBe('溪宁区融媒体中心')
  })
})

describe('source: another article after the body', () => {
  it('does not take a label of a teaser <article> printed after the article’s own', () => {
    const teaser = '<article class="post teaser"><h2><a href="/n/2.html">临澜新区三个项目集中签约</a></h2><div class="entry-meta"><time>2024.01.23 16:30</time> <span class="src">来源：临澜日报</span></div></article>'
    expect(source(page({ info: '<div class="info">2024-10-31</div>', tail: teaser }))).toBeNull()
    // The article's own credit line, inside its own <article>, is read.
    const own = `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><article><h1>青禾市老旧小区改造惠及三万余户</h1><div class="info">2024-10-31</div><div class="content">${prose}</div><p>来源：青禾日报</p></article>${teaser}</body></html>`
    expect(parseArticle(own).source).toBe('青禾日报')
  })
})

describe('source: counters after the outlet', () => {
  it('a counter label and its number printed right after the outlet end it (来源：桐溪发布 + 浏览 5826)', () => {
    expect(source(page({ info: '<div class="tx-meta"><span>2024/12/30 19:05</span><span>来源：桐溪发布</span><span>浏览 5826</span></div>' }))).toBe('桐溪发布')
    expect(source(page({ info: '<div class="tx-meta"><span>来源：桐溪发布</span><span>阅读量1.2万</span></div>' }))).toBe('桐溪发布')
  })
  it('a space between Latin words does not end it (China Daily)', () => {
    expect(source(page({ info: '<p>来源：China Daily 作者：李青</p>' }))).toBe('China Daily')
  })
  it('a policy explainer’s or an information table’s label printed right after the outlet ends it (解读机构：, 索引号：)', () => {
    expect(source(page({ info: '<div><span>发布日期：2024-05-22 09:30</span><span>来源：市发展改革委</span><span>解读机构：市发展改革委</span><span>解读人：陶景行</span></div>' }))).toBe('市发展改革委')
    expect(source(page({ info: '<div><span>来源：青禾县人民政府办公室</span><span>索引号：11350000-2024-00012</span></div>' }))).toBe('青禾县人民政府办公室')
  })
})
