import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { page } from './page.js'

const iso = (html: string, url?: string): string | null => parseArticle(html, url ? { url } : undefined).published?.iso ?? null

describe('published: the printed publish line', () => {
  it('reads `发布时间：`', () => {
    expect(iso(page({ info: '<div class="info">发布时间：2024-10-31 16:09 来源：青禾日报</div>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads a date after a commentator’s byline (评论员 方舟), though 评论 labels a comment’s date', () => {
    expect(iso(page({ info: '<div class="meta"><span>来源：江城日报</span> <span>评论员 方舟</span> <span>2024-08-14 18:26</span></div>' }))).toBe('2024-08-14T18:26:00+08:00')
  })

  it('reads `发布日期：`', () => {
    expect(iso(page({ info: '<div class="info">发布日期：2024年10月31日</div>' }))).toBe('2024-10-31')
  })

  it('reads `时间：` opening the line or after another field', () => {
    expect(iso(page({ info: '<p>时间：2024-10-31 16:09</p>' }))).toBe('2024-10-31T16:09:00+08:00')
    expect(iso(page({ info: '<p>作者：李青 时间：2024-10-31 16:09</p>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads a publish line in Chinese numerals, before the page metadata', () => {
    const head = '<meta name="PubDate" content="2024-11-02 08:00">'
    expect(iso(page({ head, info: '<div class="info">发布日期：二〇二四年十月三十一日 来源：青禾日报</div>' }))).toBe('2024-10-31')
  })

  it('reads Dublin Core creation metadata (dcterms.created) when no publish line is printed', () => {
    expect(iso(page({ head: '<meta name="dcterms.created" content="2012-12-10T09:24:01+00:00">' }))).toBe('2012-12-10T09:24:01+00:00')
  })

  it('reads a date printed over lines of its own (year, month/day, time), before the page metadata', () => {
    const head = '<meta name="apub:time" content="2019-9-7 21:30:50">'
    expect(iso(page({ head, info: '<div class="date"><div class="year">2019</div><div class="md">09/07</div><div class="time">19:02</div></div>' }))).toBe('2019-09-07T19:02:00+08:00')
    expect(iso(page({ info: '<div class="date"><div>2019</div><div>09/07</div></div>' }))).toBe('2019-09-07')
  })

  it('reads a bare date line under a headline that ends in a word like 更新 or 修改', () => {
    const html = '<html><body><h1>城市更新让老街焕发新生</h1><div>2024-03-05 10:30　来源：江城日报</div><div class="content"><p>今年，全区将改造老旧小区56个，新增口袋公园30个，老街焕发新生。</p><p>居民们纷纷点赞，认为生活环境明显改善，出行更加便利。</p></div></body></html>'
    expect(iso(html)).toBe('2024-03-05T10:30:00+08:00')
  })

  it('reads a printed UTC or GMT zone as its offset', () => {
    expect(iso(page({ info: '<div class="info">发布时间：2024-03-05 02:30 UTC</div>' }))).toBe('2024-03-05T02:30:00+00:00')
    expect(iso(page({ info: '<div class="info">发布时间：2024-03-05 11:30 UTC+9</div>' }))).toBe('2024-03-05T11:30:00+09:00')
    expect(iso(page({ info: '<div class="info">发布时间：2024-03-05 02:30（GMT-5:30）</div>' }))).toBe('2024-03-05T02:30:00-05:30')
  })

  it('reads a time printed in a field of its own after the date (`日期：… 时间：…`)', () => {
    expect(iso(page({ info: '<div class="info">日期：2024-01-16　时间：15:20　来源：青禾日报</div>' }))).toBe('2024-01-16T15:20:00+08:00')
  })

  it('reads `日期：`', () => {
    expect(iso(page({ info: '<p>日期：2024-10-31</p>' }))).toBe('2024-10-31')
  })

  it('reads a bare date under the headline (`2024-10-31 16:09`)', () => {
    expect(iso(page({ info: '<div class="meta">2024-10-31 16:09</div>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads `2019年06月15日08:18 来源：人民网`', () => {
    const info = '<div class="box"><div class="fl">2019年06月15日08:18&nbsp;&nbsp;来源：<a href="/">人民网－人民日报</a></div></div>'
    expect(iso(page({ info }))).toBe('2019-06-15T08:18:00+08:00')
  })

  it('reads `发表于`', () => {
    expect(iso(page({ info: '<div class="authi">青禾居民 发表于 2024-10-31 16:09</div>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads the run-together form `2019-09-3007:42`', () => {
    expect(iso(page({ info: '<div class="info">2019-09-3007:42 来源：青禾日报</div>' }))).toBe('2019-09-30T07:42:00+08:00')
  })

  it('reads full-width digits and colons', () => {
    expect(iso(page({ info: '<p>发布时间：２０２４－１０－３１　１６：０９</p>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads an info line in a box whose class reads as a share bar or footer', () => {
    expect(iso(page({ info: '<div class="share_box"><p class="time"><span>2019-05-17</span><span> · </span><span>青禾发布</span></p></div>' }))).toBe('2019-05-17')
    expect(iso(page({ info: '<h6 class="post-footer"><a class="post-date">2019年09月11日</a> 青禾传媒 1665</h6>' }))).toBe('2019-09-11')
  })

  it('reads a labelled line printed after the body', () => {
    expect(iso(page({ after: '<div class="end">版权声明 来源：青禾日报 时间：2019-09-23 14:34:05</div>' }))).toBe('2019-09-23T14:34:05+08:00')
  })

  it('reads a government table whose label and date stand in separate cells', () => {
    const info =
      '<table class="xxgk"><tr><td>索引号：</td><td>QH-2024-00123</td><td>发布机构：</td><td>青禾市住建局</td></tr>' +
      '<tr><td>产生日期：</td><td>2024-10-20</td><td>发布日期：</td><td>2024-10-31</td></tr></table>'
    expect(iso(page({ info }))).toBe('2024-10-31')
  })

  it('takes the time of a publish line without a year over publish metadata of that day with no time', () => {
    const head = '<meta name="publishdate" content="2024-03-05">'
    expect(iso(page({ head, info: '<p><span>发布时间：03-05 09:30</span></p>' }))).toBe('2024-03-05T09:30:00+08:00')
  })

  it('reads a publish line without a year (发布时间：10-08 12:00) with the year of a metadata date of that day', () => {
    const head = '<meta itemprop="dateUpdate" content="2024-10-08 12:00:57">'
    const info = '<div class="info"><span class="date">发布时间：10-08</span><span class="time">12:00</span></div>'
    expect(iso(page({ head, info }))).toBe('2024-10-08T12:00:00+08:00')
    // No year to be had, or a metadata date of another day: nothing.
    expect(iso(page({ info }))).toBeNull()
    expect(iso(page({ head: '<meta itemprop="dateUpdate" content="2024-10-09 12:00:57">', info }))).toBeNull()
  })

  it('does not take a date from a linked list above the headline; the metadata wins', () => {
    const top = '<div class="latest"><h3>最新发布</h3><ul><li><a href="/1.html">青禾召开优化营商环境大会</a> <span>2024-10-30 16:30</span></li><li><a href="/2.html">青禾区人代会开幕</a> <span>2024-10-29</span></li></ul></div>'
    const head = '<meta property="article:published_time" content="2024-10-31T16:09:00+08:00">'
    expect(iso(page({ top, head, info: '<div class="info">最后更新：2024-11-02 09:15 来源：青禾日报</div>' }))).toBe('2024-10-31T16:09:00+08:00')
    expect(iso(page({ top, info: '<div class="info">最后更新：2024-11-02 09:15 来源：青禾日报</div>' }))).toBeNull()
  })

  it('reads an e-paper page line above the headline', () => {
    const html = page({ headline: '<div class="paper">2024年02月27日 星期二 第A03版：要闻</div><h1>青禾市老旧小区改造惠及三万余户</h1>' })
    expect(iso(html)).toBe('2024-02-27')
  })

  it('prefers the printed line to metadata', () => {
    const html = page({ head: '<meta property="article:published_time" content="2024-11-01T09:00:00+08:00">', info: '<p>发布时间：2024-10-31 16:09</p>' })
    expect(iso(html)).toBe('2024-10-31T16:09:00+08:00')
  })
})

describe('published: metadata when no line is printed', () => {
  const meta = (tag: string): string | null => iso(page({ head: tag }))

  it('reads `article:published_time`', () => {
    expect(meta('<meta property="article:published_time" content="2024-10-31T16:09:00+08:00">')).toBe('2024-10-31T16:09:00+08:00')
  })

  it('keeps an offset the page states', () => {
    expect(meta('<meta property="article:published_time" content="2024-10-31T08:09:00Z">')).toBe('2024-10-31T08:09:00Z')
  })

  it('reads `PubDate`', () => {
    expect(meta('<meta name="PubDate" content="2024-10-31 16:09">')).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads `publishdate`', () => {
    expect(meta('<meta name="publishdate" content="2024-10-31">')).toBe('2024-10-31')
  })

  it('reads `pubtime`', () => {
    expect(meta('<meta name="pubtime" content="2024年10月31日 16:09">')).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads `og:release_date`', () => {
    expect(meta('<meta property="og:release_date" content="2024-10-31 16:09:10">')).toBe('2024-10-31T16:09:10+08:00')
  })

  it('reads `apub:time`', () => {
    expect(meta('<meta name="apub:time" content="2024/10/31 16:09:10">')).toBe('2024-10-31T16:09:10+08:00')
  })

  it('reads itemprop `datePublished` on a meta and on a printed element', () => {
    expect(meta('<meta itemprop="datePublished" content="2024-10-31T16:09:00+08:00">')).toBe('2024-10-31T16:09:00+08:00')
    const html = page({ after: '<div class="hidden"><span itemprop="datePublished">2024-10-31 16:09</span></div>' })
    expect(iso(html)).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads JSON-LD `datePublished`', () => {
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-31T16:09:00+08:00"}</script>')).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads Baidu cambrian `pubDate`, parsed or not', () => {
    const good = '<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","pubDate":"2019-09-11T02:46:57"}</script>'
    expect(meta(good)).toBe('2019-09-11T02:46:57+08:00')
    const broken = '<script type="application/ld+json">{"title": "青禾"新闻"", "pubDate": "2019-09-11T02:46:57",}</script>'
    expect(meta(broken)).toBe('2019-09-11T02:46:57+08:00')
  })

  it("reads WeChat's `var ct` unix seconds", () => {
    const html = page({ tail: '<script>var nickname = "青禾发布";\nvar ct = "1730362140";\n</script>', head: '' })
    expect(iso(html)).toBe('2024-10-31T16:09:00+08:00')
  })

  it('does not take a date in the URL path: the page prints none', () => {
    expect(iso(page(), 'https://www.example.cn/html/2024-02/27/content_11.htm')).toBeNull()
    expect(iso(page(), 'https://www.example.cn/news/202401/t20240109_58213.html')).toBeNull()
  })

  it('reads the issue date a Founder e-paper names in its property comment', () => {
    const html = page({ head: '' }).replace('<body>', '<body><!--enpproperty <articleid>1</articleid><date>2024-03-06</date><title>标题</title>/enpproperty-->')
    expect(iso(html)).toBe('2024-03-06')
  })

  it('is null when the page gives no date', () => {
    expect(iso(page())).toBeNull()
  })
})

describe('published: dates that are never the publish time', () => {
  it('skips a comment timestamp', () => {
    const tail = '<div class="comment-list"><div class="item">网友 青禾居民 2024-11-05 10:00:00 回复</div></div>'
    expect(iso(page({ tail }))).toBeNull()
    expect(iso(page({ after: '<div class="reply">青禾居民 评论于 2024-11-05 10:00</div>' }))).toBeNull()
  })

  it('skips `最后更新` and `更新时间`', () => {
    expect(iso(page({ info: '<p>最后更新：2024-11-02 10:00</p>' }))).toBeNull()
    expect(iso(page({ info: '<p>更新时间：2024-11-02 10:00 发布时间：2024-10-31 16:09</p>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('skips a `Maketime` page-generation meta', () => {
    expect(iso(page({ head: '<meta name="Maketime" content="2024-11-26 12:00:00">' }))).toBeNull()
  })

  it('takes `发布日期` over `产生日期` on one line', () => {
    expect(iso(page({ info: '<p>产生日期：2024-10-20 发布日期：2024-10-31</p>' }))).toBe('2024-10-31')
  })

  it('skips dates in a related-articles list', () => {
    const tail = '<div class="related"><ul><li><a href="/a/1.html">青禾市召开城市更新推进会</a><span>2024-11-03</span></li></ul></div>'
    expect(iso(page({ tail }))).toBeNull()
  })

  it('skips a date in the body', () => {
    const body = '<p>2019年9月10日，记者从青禾市住建局获悉，全市老旧小区改造工作进展顺利，已完成年度计划的九成。</p>' + '<p>据介绍，改造内容包括屋面防水、外墙保温、管网更新等，居民可通过议事会参与决策。</p>'
    expect(iso(page({ body }))).toBeNull()
  })

  it('skips an event time printed in the first body lines', () => {
    const body = '<p>活动时间：2024年11月8日</p><p>活动地点：青禾市民中心，欢迎广大市民踊跃参加本次志愿服务活动。</p><p>据介绍，本次活动由青禾市文明办主办，各街道社区协办，持续一周。</p>'
    expect(iso(page({ body }))).toBeNull()
  })
})

describe('published: more page shapes', () => {
  it("reads a page data object's `pubtime` in a script", () => {
    const head = '<script>window.DATA = {"title": "青禾", "pubtime": "2019-09-07 13:43:45", "media": "青禾日报"}</script>'
    expect(iso(page({ head }))).toBe('2019-09-07T13:43:45+08:00')
  })

  it('reads `发布日期` in a file table above the headline', () => {
    const top =
      '<table class="xxgk"><tr><td>索引号：</td><td>QH-2024-00123</td></tr><tr><td>发布机构：</td><td>青禾市住建局</td></tr>' +
      '<tr><td>发布日期：</td><td>2024-10-31</td></tr><tr><td>产生日期：</td><td>2024-10-20</td></tr></table>'
    expect(iso(page({ top }))).toBe('2024-10-31')
  })

  it('joins a date line and a time printed on the next line', () => {
    expect(iso(page({ info: '<div class="date"><div>2024-10-31</div><div>16:09</div></div>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads the info line printed under a long summary box', () => {
    const info = '<p>【摘要】今年以来，青禾市持续推进老旧小区改造，完成改造项目一百二十个，惠及居民三万余户，群众反映良好，改造经验在全省推广。</p><p>2024-10-31 16:09 来源：青禾日报</p>'
    expect(iso(page({ info }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('does not take a date in a list of links under the headline', () => {
    const info = '<div class="list"><a href="/a/1.html">青禾市召开城市更新推进会议</a> 2024-11-01</div>'
    expect(iso(page({ info }))).toBeNull()
  })
})

describe('published: the headline itself', () => {
  it('does not read a date printed in the headline', () => {
    const html = page({ title: '2024-10-31 青禾市新闻发布会实录_青禾新闻网', headline: '<h1>2024-10-31 青禾市新闻发布会实录</h1>', info: '<p>2024-11-01 09:00 来源：青禾日报</p>' })
    expect(iso(html)).toBe('2024-11-01T09:00:00+08:00')
  })
})

describe('published: bare dates that run on', () => {
  it('reads a date and time run together with the outlet (`2019年10月23日09:05青禾网`)', () => {
    expect(iso(page({ info: '<div class="time-source">2019年10月23日09:05<span><a href="/">青禾网</a></span></div>' }))).toBe('2019-10-23T09:05:00+08:00')
  })

  it('does not read a date that opens a sentence (`…日16时许，`, `…日 上午，`)', () => {
    expect(iso(page({ info: '<p>2024年10月31日16时许，青禾路口发生一起交通事故</p>' }))).toBeNull()
    expect(iso(page({ info: '<p>2024年10月31日 上午，青禾市召开推进会</p>' }))).toBeNull()
  })
})

describe('published: no printed headline', () => {
  it('reads the info line above the body when no headline is found', () => {
    expect(iso(page({ title: '青禾新闻网', headline: '', info: '<div class="info">2024-10-31 16:09 来源：青禾日报</div>' }))).toBe('2024-10-31T16:09:00+08:00')
  })
})

describe('published: after the body', () => {
  it('reads a strongly labelled line in a share bar after the body', () => {
    expect(iso(page({ after: '<div class="article-share">发布时间：2024-10-31 16:09 【打印】【关闭】</div>' }))).toBe('2024-10-31T16:09:00+08:00')
  })

  it('does not read a labelled stamp in a comment box', () => {
    const tail = '<div class="comment-box"><div class="item">青禾居民 发布时间：2024-11-05 10:00 小区改造后停车方便多了</div></div>'
    expect(iso(page({ tail }))).toBeNull()
  })

  it('does not read `发表于` after the body', () => {
    expect(iso(page({ after: '<div class="floor">青禾居民 发表于 2024-11-05 10:00</div>' }))).toBeNull()
  })
  it('reads no printed date on a page with neither headline nor body (a list page)', () => {
    const list = '<ul class="list">' + ['县住建局部署城镇燃气安全专项整治', '县教育局召开春季开学工作会', '县卫健委开展义诊进社区活动'].map((text, index) => `<li><a href="/art/${index}.html">${text}</a><span class="date">2024-04-0${index + 1}</span></li>`).join('') + '</ul>'
    expect(iso(`<html><head><title>工作动态</title></head><body><div class="main">${list}</div></body></html>`)).toBeNull()
  })
})

describe('published: time stamps of Hong Kong pages', () => {
  it('reads a weekday and a zone’s name between date and time (`2024-03-05 HKT 18:32`, `…（星期二） 香港時間16時05分`)', () => {
    expect(iso(page({ info: '<div class="info">2024-03-05 HKT 18:32</div>' }))).toBe('2024-03-05T18:32:00+08:00')
    expect(iso(page({ info: '<div class="info">2024年3月12日（星期二） 香港時間16時05分</div>' }))).toBe('2024-03-12T16:05:00+08:00')
  })
  it('takes such a stamp after the body, the time on the next line too, but no bare date there', () => {
    expect(iso(page({ after: '<div class="itemFooter"><span class="updated">2024-03-05 HKT 18:32</span></div>' }))).toBe('2024-03-05T18:32:00+08:00')
    expect(iso(page({ after: '<p>2024年3月12日（星期二）<br>香港時間16時05分</p>' }))).toBe('2024-03-12T16:05:00+08:00')
    expect(iso(page({ after: '<p>2024年3月12日 16:05</p>' }))).toBeNull()
  })
})

describe('published: a deck under the headline', () => {
  it('reads the info line after a deck (<p class="entry-dek">), a sentence that is no prose of the body', () => {
    const headline = '<h1>低空经济起飞前夜</h1><p class="entry-dek">融资热度飙升的赛道，正在经历从“能不能飞”到“什么时候能拿证、靠什么赚钱”的转变。</p>'
    expect(iso(page({ headline, info: '<div class="entry-meta"><span>文｜宁远</span> <span>2024-09-12 10:20 GMT+8</span></div>' }))).toBe('2024-09-12T10:20:00+08:00')
  })
})

describe('published: e-paper info lines', () => {
  it('reads the masthead line of an e-paper page above the page list (`2024年01月12日 星期五 第A03版：两会特刊`), in any zone', () => {
    const pages = Array.from({ length: 6 }, (_, index) => `<a href="node_${index + 1}.htm">第A0${index + 1}版：要闻</a><br>`).join('')
    const top = `<table class="ep-top"><tr><td class="ep-date">2024年01月12日 星期五 <a href="node_3.htm">第A03版：两会特刊</a></td></tr></table><div class="ep-pages">${pages}</div>`
    expect(iso(page({ top }))).toBe('2024-01-12')
    // A portal header's date of the day, with no edition, is not read.
    expect(iso(page({ top: '<div class="top-bar">今天是2024年01月12日 星期五</div>' + '<p>链接</p>'.repeat(6) }))).toBeNull()
    // The date and the edition in cells of one row (`<td>2024年09月12日 星期四</td><td>第01版：要闻 …</td>`).
    const row = `<table class="masthead"><tr><td class="paperdate">2024年09月12日 星期四</td><td><a href="node_1.htm">第01版：要闻</a> <a href="node_5.htm">上一版</a></td></tr></table><div class="ep-pages">${pages}</div>`
    expect(iso(page({ top: row }))).toBe('2024-09-12')
    // Not a date whose next line is an edition elsewhere on the page.
    expect(iso(page({ top: `<div class="top-bar">今天是2024年01月12日 星期五</div><div class="ep-pages">${pages}</div>` }))).toBeNull()
  })
  it('reads a date run together with a reporter’s byline (`2024年01月16日` + `本报记者 鲁映雪`)', () => {
    expect(iso(page({ info: '<div class="article-info"><span>第A02版：要闻</span><span>2024年01月16日</span><span>本报记者 鲁映雪</span></div>' }))).toBe('2024-01-16')
  })
})
