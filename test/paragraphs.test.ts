/**
 * toParagraphs: body blocks → paragraphs, without captions, credit lines,
 * share bars, boilerplate or the repeated headline; flat blocks split.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { splitFlat } from '../src/blocks/paragraphs.js'
import { opensWithMarker } from '../src/sections/heading.js'
import { paragraphsOf } from './helpers/pipeline.js'

const p1 = '1月5日—7日，东湖区召开两会，代表委员围绕发展大计建言献策，会场内外气氛热烈。'
const p2 = '今年，全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
const p3 = '全区将持续推进和美乡村建设，打造特色产业带，让农民腰包鼓起来、日子好起来。'

/**
 * A page whose body holds the given inner HTML between the three prose paragraphs.
 *
 * @param inner HTML put in the body.
 * @returns Page.
 */
function page(inner: string): string {
  return `<body><div class="content"><p>${p1}</p>${inner}<p>${p2}</p><p>${p3}</p></div></body>`
}

/**
 * Paragraph texts of a page.
 *
 * @param html Page.
 * @param title Headline.
 * @returns Texts.
 */
function texts(html: string, title: string | null = null): string[] {
  return paragraphsOf(html, title).map((paragraph) => paragraph.text)
}

describe('toParagraphs: what is not a paragraph', () => {
  it.each([
    ['captions by text (▲, 图为, 摄, 供图, 图片来源)', '<p>▲ 会场一角</p><p>图为代表们认真审议政府工作报告</p><p>（记者 陈晓 摄）</p><p>东湖区融媒体中心供图</p><p>图片来源：东湖区人民政府网</p>'],
    ['short captions by class (pic, img, note, editor, source)', '<p class="pic-text">会场全景</p><div class="img_desc">代表们在讨论</div><p class="article-note">本文有删节</p>'],
    ['editor and credit lines (责任编辑, 编辑, 记者, 来源, bracketed forms)', '<p>责任编辑：周文静</p><p>（编辑：李雪）</p><p>【责任编辑：王刚】</p><p>记者：陈晓 通讯员：刘洋</p><p>来源：某某日报</p><p>审核：赵明</p>'],
    [
      'share bars and site boilerplate',
      '<p>分享到：微信 微博 QQ空间</p><p>扫一扫在手机打开当前页</p><p>【打印本页】 【关闭窗口】</p>' +
        '<p>以上就是本篇文章【两会热词绘就高质量发展新画卷】的全部内容了，欢迎阅览！</p><p>上一篇：东湖区政协会议开幕</p><p>声明：本文转载自其他媒体。</p>'
    ],
    ['a labelled summary box inside the body (it is the summary)', '<p>【摘要】今年两会，代表委员热议新质生产力。</p><p>导读：今年两会，代表委员热议新质生产力。</p><p>導讀：今年兩會，代表委員熱議新質生產力。</p>'],
    ['the account tails of WeChat and app articles', '<p>扫码关注我们，获取更多资讯</p><p>点击“阅读原文”查看更多</p><p>长按识别二维码关注</p><p>欢迎关注东湖发布</p>'],
    ['review and writing credits (一审, 文字, 撰稿, 校对)', '<p>一审：陶然　二审：严正　三审：柏青</p><p>文字：陶然　图片：严正</p><p>撰稿：周游 校对：李想</p>'],
    ['player fallback text and origin notices', '<p style="text-align:center"><video src="/v.mp4">您的浏览器不支持 video 标签。</video></p><p>视频加载中...</p><p>本文由东湖日报原创，转载请注明出处。</p>'],
    ['a caption in <figcaption>, sentence or not', '<figure><img src="/a.jpg"><figcaption>代表们认真审议政府工作报告。</figcaption></figure>'],
    ['a breadcrumb and an info line that opens with its date', '<p>您所在的位置： 首页 > 快讯 > 公司</p><p>2019-09-26 12:11来源：东湖日报作者：李在山</p><p>本文原标题：《东湖新闻》</p>'],
    ['a credit line with its labels after the first words (供稿 摄影/… 编辑/…)', '<p>医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳</p>'],
    [
      'the caption of the image before it: its alt text, a short line in the image’s own element, or a short centred line',
      '<p><img src="a.jpg" alt="天降纸团。区公安分局供图"></p><p>天降纸团。区公安分局供图</p><p class="f_center"><img src="b.jpg">运营商活动上展示的芯片</p>' +
        '<p><img src="c.jpg"></p><p style="text-align: center">姚明场边支招。视频截图</p>'
    ],
    ['short plain lines under images when the article prints its captions so', '<p><img src="a.jpg"></p><p>小花家。</p><p><img src="b.jpg"></p><p>大涧学校。</p><p><img src="c.jpg"></p><p>小刚的作业本。</p>'],
    [
      'a player’s fallback text and anything hidden by display:none or hidden',
      '<div class="video"><video controls><source src="a.mp4">您的浏览器暂时无法播放此视频.</video></div><pre style="white-space: pre-wrap; display: none">隐藏的推荐摘要</pre><div hidden>隐藏的段落</div>'
    ],
    ['bylines that name their outlet and credits spaced without marks', '<p>新京报记者 陆一夫</p><p>编辑 刘晓阳 校对 李铭</p><p>信息来源于网络</p>'],
    [
      'a name/outlet credit, an original-title note, a hotline line with a reprint notice and a photo-agency caption',
      '<p>石佳/中国青年报</p><p>（原题为《是“收割韭菜”还是“回归理性”》）</p><p>澎湃新闻报料：4009-20-4009 澎湃新闻，未经授权不得转载</p><p>共享充电宝。视觉中国 资料</p>'
    ],
    ['WeChat credits with 丨 (来源丨…, 编辑丨… 责编丨…)', '<p>来源丨花垣县融媒体中心</p><p>编辑丨麻小燕 责编丨吴东</p>'],
    [
      'reprint notices, 在看 tails and picture credits',
      '<p>本文为江城日报原创稿件，转载请注明出处。</p><p>喜欢就点个“在看”吧</p><p>点赞、在看，分享给更多人</p><p>（图片由受访者提供）</p><p>（本文图片均由区融媒体中心提供）</p>'
    ],
    [
      'player widgets and a promo box for a special page',
      '<div class="video-player"><div class="vp-tip">视频时长 02:36　播放量 1.2万</div></div><p>时长 02:36</p><div><span>听新闻</span><span>00:00/02:15</span></div><div class="zt-box"><p>专题：绿水青山就是金山银山</p></div>'
    ],
    ['a related-search tag line', '<p>相关热词搜索：海关 跨境电商</p><p>热门标签：两会</p>'],
    ['a last-update line in the body', '<p>最后更新：2024-03-08 09:15</p><p>最后更新时间：2024年03月08日</p>'],
    ['a top-image credit and an opinion disclaimer', '<p>题图｜视觉星球</p><p>（本文仅代表作者观点，不构成投资建议）</p>'],
    ['a forum edit stamp and a WeChat follow line', '<p><i class="pstatus">本帖最后由 新闻搬运工 于 2024-3-6 15:40 编辑</i></p><p>微信扫一扫<br>关注该公众号</p>'],
    ['content-farm junk: an advert line and a 以上就是 tail', '<p>【广告】点击下载全民网APP，领取新人红包</p><p>以上就是全民网小编为大家整理的相关内容，希望对大家有所帮助。</p>'],
    [
      'page controls inside the article: pagination, a page counter, a font-size bar, a click hint',
      '<div class="pagination"><a>上一页</a> <span>1</span> <a>2</a> <a>下一页</a></div><p>第1页　共3页</p><p>【字号 <a href="javascript:doZoom(18)">大</a> <a>中</a> <a>小</a>】</p><p>（点击图片查看大图）</p>'
    ]
  ])('drops %s', (_name, lines) => {
    expect(texts(page(lines))).toEqual([p1, p2, p3])
  })

  it('keeps a paragraph that ends in 截图 but holds a comma; drops a screenshot caption whose only comma is in a title', () => {
    const prose = '站长赵敏表示，订单越来越多，她还给记者展示了一张海外客户的订单截图。'
    expect(texts(page(`<p>${p1}</p><p>${prose}</p>`))).toContain(prose)
    const caption = '美国《纽约时报》网站题为《中国启动黄金周，提振旅游业》的报道截图。'
    expect(texts(page(`<p>${p1}</p><p>${caption}</p>`))).not.toContain(caption)
  })

  it('keeps a long paragraph even when its class looks like a caption', () => {
    const long = `${p2}${p3}${p1}${p2}`
    expect(texts(page(`<p class="note">${long}</p>`))).toContain(long)
  })

  it('drops labelled source credits (文章来源, 本文来源 in brackets) and reprint notices, not sentences that open alike', () => {
    const kept = '出处不明的消息不可信，市民要注意甄别。'
    const html = page(
      '<p>（本文来源：东湖日报）</p><p>文章来源：东湖发布</p><p>转载请注明出处。</p><p>本文为原创内容，未经授权禁止转载。</p>' +
        `<p>更多精彩内容，请下载东湖新闻客户端。</p><p>${kept}</p>`
    )
    expect(texts(html)).toEqual([p1, kept, p2, p3])
  })

  it('drops the headline repeated in the body, whatever its spacing', () => {
    const html = page('<p style="text-align:center"><strong>东湖区 两会 热词观察</strong></p>')
    expect(texts(html, '东湖区两会热词观察')).toEqual([p1, p2, p3])
    expect(texts(html, null)).toEqual([p1, '东湖区 两会 热词观察', p2, p3])
  })

  it('drops the headline repeated over several lines at the top of the body, not lines that only open it', () => {
    const lines = '<p>东湖区人民代表大会常务委员会</p><p>关于批准东湖区年度预算的决议</p>'
    const html = `<body><div class="content">${lines}<p>${p1}</p><p>${p2}</p></div></body>`
    expect(texts(html, '东湖区人民代表大会常务委员会关于批准东湖区年度预算的决议')).toEqual([p1, p2])
    expect(texts(html, '东湖区人民代表大会常务委员会关于批准东湖区年度预算的决议（草案）')).toEqual(['东湖区人民代表大会常务委员会', '关于批准东湖区年度预算的决议', p1, p2])
  })

  it('drops link-heavy lines and chrome zones inside the body', () => {
    const html = page('<p><a href="/1">相关：东湖区两会开幕</a></p><div class="share"><p>微信，微博，朋友圈，分享给好友。</p></div><aside><p>侧栏里的文字，不是正文。</p></aside>')
    expect(texts(html)).toEqual([p1, p2, p3])
  })

  it('keeps paragraphs that merely mention 编辑, 图 or 分享', () => {
    const kept = ['区人大代表、报社编辑部主任李华认为，要讲好东湖故事。', '图书馆新馆年内开放，市民可以免费借阅。', '代表们分享了各自的调研成果。']
    expect(texts(page(kept.map((text) => `<p>${text}</p>`).join('')))).toEqual([p1, ...kept, p2, p3])
  })
})

describe('credit and player words inside a sentence', () => {
  it('keeps a sentence that holds a player widget’s word (播放量) and drops the widget line', () => {
    const sentence = '今年，小品《老屋新生》在短视频平台播放量突破300万次。'
    expect(texts(`<body><div class="content"><p>${sentence}</p><div class="vp-tip">播放量 1.2万</div></div></body>`)).toEqual([sentence])
  })
  it('keeps a sentence ending in 拍摄 (a caption ends in a credit: 张三 摄)', () => {
    const sentence = '成群的白琵鹭在湖面觅食，吸引不少摄影爱好者前来拍摄。'
    expect(texts(`<body><div class="content"><p>${sentence}</p><p>越冬候鸟在湖面觅食。张三 摄</p></div></body>`)).toEqual([sentence])
  })
})

describe('toParagraphs: heading-like flags', () => {
  it('flags <h*>, centred single lines and all-bold lines as heading-like, prose not', () => {
    const paragraphs = paragraphsOf(page('<h3>小标题</h3><p style="text-align:center">居中行</p><p><strong>整行加粗</strong></p><p><strong>开头加粗</strong>后面是正文。</p>'))
    expect(paragraphs.map((paragraph) => [paragraph.text, paragraph.headingLike, paragraph.leadingBold])).toEqual([
      [p1, false, null],
      ['小标题', true, null],
      ['居中行', true, null],
      ['整行加粗', true, '整行加粗'],
      ['开头加粗后面是正文。', false, '开头加粗'],
      [p2, false, null],
      [p3, false, null]
    ])
  })

  it('does not flag lines of a <br>-cut paragraph as heading-like', () => {
    const paragraphs = paragraphsOf(page(`<p style="text-align:center">第一行<br>第二行</p>`))
    expect(paragraphs.filter((paragraph) => paragraph.text.startsWith('第')).map((paragraph) => paragraph.headingLike)).toEqual([false, false])
  })
})

describe('toParagraphs: flat blocks', () => {
  const flat = `${p1} ${p2} ${p3} ${p1} ${p2} 责任编辑：周文静`

  it('splits a long block joined by spaces after sentence ends, dropping credit pieces', () => {
    expect(flat.length).toBeGreaterThanOrEqual(200)
    const paragraphs = paragraphsOf(`<body><div class="content"><p>${flat}</p></div></body>`)
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([p1, p2, p3, p1, p2])
    expect(paragraphs.every((paragraph) => paragraph.flat && !paragraph.headingLike)).toBe(true)
  })

  it('drops a credit piece printed in traditional characters, and the headline run into the first piece', () => {
    const title = '东湖区两会热词：描绘发展新图景'
    const paragraphs = paragraphsOf(`<body><div class="content"><p>${title} ${flat.replace('责任编辑：周文静', '（責任編輯：葉小楓）')}</p></div></body>`, title)
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([p1, p2, p3, p1, p2])
  })

  it('drops a boilerplate piece of a flat block', () => {
    const text = `${p1} ${p2} ${p3} ${p1} ${p2} 以上就是本篇文章【东湖区两会】的全部内容了，欢迎阅览！`
    expect(texts(`<body><div class="content"><p>${text}</p></div></body>`)).toEqual([p1, p2, p3, p1, p2])
  })

  it('drops a piece holding a boilerplate phrase (声明:…版权归原作者所有…)', () => {
    const text = `${p1} ${p2} ${p3} ${p1} ${p2} 声明:本文内容来源于网络,版权归原作者所有,仅供参考,如有侵权请联系本站删除。`
    expect(texts(`<body><div class="content"><p>${text}</p></div></body>`)).toEqual([p1, p2, p3, p1, p2])
  })
})

describe('splitFlat', () => {
  it('cuts at a space after 。！？” and closing brackets', () => {
    const text = `${p1} ${p2.replace('。', '！')} “${p3}” ${p1.replace('。', '？')} ${p2}`
    expect(splitFlat(text)).toEqual([p1, p2.replace('。', '！'), `“${p3}”`, p1.replace('。', '？'), p2])
  })

  it('leaves short text, a single join, and spaces inside sentences alone', () => {
    expect(splitFlat(`${p1} ${p2}`)).toEqual([`${p1} ${p2}`])
    const oneJoin = `${p1}${p2}${p3} ${p1}${p2}`
    expect(oneJoin.length).toBeGreaterThanOrEqual(200)
    expect(splitFlat(oneJoin)).toEqual([oneJoin])
    const inner = `${p1.replace('，', '， ')}${p2.replace('，', ' ')}${p3}${p1}${p2}`
    expect(splitFlat(inner)).toEqual([inner])
  })
})

describe('parseArticle: lead paragraphs', () => {
  it('gives the clean paragraphs as the lead of a page without sections', () => {
    const article = parseArticle(
      `<html><head><title>东湖区两会热词观察_东湖新闻网</title></head><body><h1>东湖区两会热词观察</h1>` +
        `<div class="content"><p style="text-align:center"><strong>东湖区两会热词观察</strong></p><p>${p1}</p>` +
        `<p>▲ 会场一角</p><p>${p2}</p><p>${p3}</p><p>责任编辑：周文静</p></div></body></html>`
    )
    expect(article.title).toBe('东湖区两会热词观察')
    expect(article.lead).toEqual([p1, p2, p3])
  })
})

describe('bylines and end marks', () => {
  it('drops a bracketed byline and （完）', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content"><p>${body}</p><p>（记者 陈晓 通讯员 李明）</p><p>（完）</p></div></body></html>`)
    expect(article.lead).toEqual([body])
  })

  it('drops an unbracketed byline line and an e-paper edition line, not sentences about reporters', async () => {
    const { parseArticle } = await import('../src/index.js')
    const body = '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
    const kept = '记者调查发现，全区去年新增市场主体1.2万户。'
    const lines = ['本报记者　张三　李四', '记者 王五 通讯员 赵六', body, kept, '《 人民日报 》（ 2025年01月06日 第 04 版）']
    const article = parseArticle(`<html><body><h1>东湖区两会热词观察</h1><div class="content">${lines.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`)
    expect(article.lead).toEqual([body, kept])
  })
})

describe('short flat blocks with markers', () => {
  it('cuts a short flat block before each section marker', () => {
    const markers = ['关键词', '热词']
    expect(splitFlat('两会召开。 热词1 智能制造 今年新建工厂十家。 热词2 乡村振兴', (text) => opensWithMarker(text, markers))).toEqual([
      '两会召开。',
      '热词1 智能制造 今年新建工厂十家。',
      '热词2 乡村振兴'
    ])
  })
})

describe('text around images, players and hidden copies (found on real portal pages)', () => {
  it('keeps prose, bold headings and section headings after an image', () => {
    const prose = '<p><img src="a.jpg">今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖。</p>'
    const bold = '<p><img src="b.jpg"></p><p style="text-align:center"><strong>产业升级</strong></p>'
    const marker = '<p><img src="c.jpg">热词1 新质生产力</p>'
    const found = paragraphsOf(page(prose + bold + marker), null, (text) => opensWithMarker(text, ['热词'])).map((paragraph) => paragraph.text)
    expect(found).toEqual([p1, '今年全区将新建智能工厂十家，推动规上企业数字化改造全覆盖。', '产业升级', '热词1 新质生产力', p2, p3])
  })

  it('drops a box of related articles that opens with its heading, not the body around it', () => {
    const box = '<div class="tag_wrap"><div class="tag"><div class="tag_ttl">延伸 · 推荐</div><div class="tag_cnt"><p><a href="/x.html">另一篇报道的标题</a></p><p>近日，另一篇报道的摘要写在这里，比较长的一段文字。</p></div></div></div>'
    expect(texts(page(box))).toEqual([p1, p2, p3])
    const picks = '<div class="art_tj"><div class="art_tj_h">编辑推荐</div><ul><li><a href="/a.html">岭西市十六届人大四次会议闭幕</a><span>2024-03-11</span></li></ul></div>'
    expect(texts(page(picks))).toEqual([p1, p2, p3])
    // A heading word that does not open a box of its own is dropped alone.
    expect(texts(`<body><div class="content"><p>${p1}</p><p>推荐</p><p>${p2}</p></div></body>`)).toEqual([p1, p2])
  })
})

describe('centred captions in the image’s own element', () => {
  it('drops a caption with a sentence end after an image in a centred element (<p class="f_center"><img><br>…开幕。</p>), not one in a plain element', () => {
    expect(texts(page('<p class="f_center"><img src="/a.jpg"><br>1月29日，澄江县人大会议开幕。</p>'))).toEqual([p1, p2, p3])
    expect(texts(page('<p><img src="/a.jpg"><br>1月29日，澄江县人大会议开幕。</p>'))).toEqual([p1, '1月29日，澄江县人大会议开幕。', p2, p3])
  })
})

describe('gallery slides', () => {
  it('drops the text of a gallery slide (<div class="slide-txt">) as a caption', () => {
    const slides = '<div class="swiper"><div class="swiper-slide"><img src="/a.jpg"><div class="slide-txt">1月24日，水云高铁站，返乡旅客走出站台。</div></div></div>'
    expect(texts(page(slides))).toEqual([p1, p2, p3])
  })
  it('drops the caption of an image (<p class="image-title">)', () => {
    expect(texts(page('<p><img src="/a.jpg"></p><p class="image-title">2月20日，桐陵县十七届人大三次会议开幕。</p>'))).toEqual([p1, p2, p3])
  })
  it('drops the caption of a video (<p class="video-cap">)', () => {
    const video = '<div class="video-box"><iframe src="https://video.example/embed/1"></iframe><p class="video-cap">立委韓若萱在鹿溪區公所舉辦地方座談。（TYTV新聞）</p></div>'
    expect(texts(page(video))).toEqual([p1, p2, p3])
  })
})

describe('plain captions under images', () => {
  const image = (name: string): string => `<p><img src="${name}.jpg"></p>`
  it('keeps them when the article’s images are mostly followed by prose, or when one introduces what follows', () => {
    const inner = `${image('a')}<p>${p2}</p>${image('b')}<p>${p3}</p>${image('c')}<p>这也能看出当前的底色。</p>${image('d')}<p>可以看出以下特点：</p>`
    expect(texts(page(inner))).toEqual([p1, p2, p3, '这也能看出当前的底色。', '可以看出以下特点：', p2, p3])
  })
})

describe('credits and notes found on real portal pages', () => {
  it('drops tag bars and platform notes, not a single 关键词 line (it may be a heading)', () => {
    const inner = '<p>关键词 >> 新型冠状病毒,预测指标</p><p>标签：两会</p><p>关键词：两会,热词</p><p>(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)</p>'
    expect(texts(page(inner))).toEqual([p1, p2, p3])
    expect(texts(page('<p>关键词：新质生产力</p>'))).toEqual([p1, '关键词：新质生产力', p2, p3])
  })
  it('drops the headline printed again with its subtitles over the centred lines of the first element', () => {
    const title = '王勇在河北检查指导防汛减灾工作'
    const html = `<body><div class="content"><p style="text-align:center"><b>${title}时强调<br>进一步抓细抓实防汛责任措施<br>切实提高暴雨洪水防御应急能力</b></p><p>${p1}</p><p>${p2}</p></div></body>`
    expect(texts(html, title)).toEqual([p1, p2])
    // Centred lines that do not open with the headline stay.
    const other = `<body><div class="content"><p style="text-align:center">进一步抓细抓实防汛责任措施<br>切实提高暴雨洪水防御应急能力</p><p>${p1}</p></div></body>`
    expect(texts(other, title)).toEqual(['进一步抓细抓实防汛责任措施', '切实提高暴雨洪水防御应急能力', p1])
  })
  it('drops the cells and caption of a data table in the body, not a layout table’s text', () => {
    const data = '<table><caption>附表 2024年1-10月主要经济指标</caption><tr><td>指标名称</td><td>1-10月</td><td>同比增长（%）</td></tr><tr><td>规模以上工业增加值</td><td>—</td><td>6.8</td></tr><tr><td>社会消费品零售总额</td><td><p>1658.2</p></td><td>5.3</td></tr></table>'
    expect(texts(page(data))).toEqual([p1, p2, p3])
    // One cell a row (a legacy layout), or a cell holding paragraphs beside its loose text, is text.
    const layout = `<table><tr><td>热词一</td></tr><tr><td>产业升级</td></tr><tr><td>全区新建智能工厂十家。</td></tr></table>`
    expect(texts(page(layout))).toEqual([p1, '热词一', '产业升级', '全区新建智能工厂十家。', p2, p3])
    const mixed = '<table><tr><td>热词二<p>全区将新建智能工厂十家，推动企业数字化改造。</p></td><td>侧栏</td></tr><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'
    expect(texts(page(mixed))).toContain('热词二')
  })
  it('drops a player’s note (本音频由AI合成) and a transcript’s label alone on its line (视频文字稿), not the transcript', () => {
    expect(texts(page('<p>本音频由AI合成，仅供参考</p><p>视频文字稿</p><p>主持人介绍，夜市今年新增摊位两百个。</p>'))).toEqual([p1, '主持人介绍，夜市今年新增摊位两百个。', p2, p3])
  })
  it('drops credits wholly in round brackets with one credit label (（北洲日报全媒体记者 程砚 摄影 蔡棠 责任编辑：罗岩）, （供图：…）)', () => {
    expect(texts(page('<p>（北洲日报全媒体记者 程砚 摄影 蔡棠 责任编辑：罗岩）</p><p>（供图：区政协办公室　责任编辑：钱樾）</p>'))).toEqual([p1, p2, p3])
    expect(texts(page('<p>（以上数据由区统计局提供，截至6月底）</p>'))).toEqual([p1, '（以上数据由区统计局提供，截至6月底）', p2, p3])
  })
  it('drops a page toolbar printed in brackets (`[ 资讯搜索 ] [ 加入收藏 ] [ 打印本文 ] [ 关闭窗口 ]`)', () => {
    expect(texts(page('<p>[ 资讯搜索 ] [ 加入收藏 ] [ 打印本文 ] [ 关闭窗口 ]</p>'))).toEqual([p1, p2, p3])
  })
  it('keeps sentences that only mention such words', () => {
    const kept = ['他在文章中写道，这篇报道的原题为《春天》。', '这些资料图表显示，全区经济持续向好。']
    expect(texts(page(kept.map((text) => `<p>${text}</p>`).join('')))).toEqual([p1, ...kept, p2, p3])
  })
})

describe('interviews and straight quotes in flat blocks', () => {
  it('keeps an interviewer’s question, plain or bold, and still drops a reporter credit', () => {
    expect(texts(page('<p>记者：今年镇里有哪些重点工作？</p><p><strong>记者：</strong>明年呢？</p><p>记者：陈晓</p>'))).toEqual([p1, '记者：今年镇里有哪些重点工作？', '记者：明年呢？', p2, p3])
  })
  it('keeps short lines printed straight in a TRS_Editor container with <br> (a rich-text editor’s content, not an editor’s credit box)', () => {
    expect(texts(page('<div class="TRS_Editor">会议通报了典型案例。<br>他要求，领导干部要带头遵规守纪。<br></div><div class="editor">责任编辑：方静</div>'))).toEqual([p1, '会议通报了典型案例。', '他要求，领导干部要带头遵规守纪。', p2, p3])
  })
  it('keeps a reporter’s narration in a broadcast’s text (记者：…，…。), and still drops a credit', () => {
    expect(texts(page('<p>记者：去年，峪川新增规模以上工业企业23家。</p><p>记者：陈晓。</p><p>记者：陈晓，王芳</p>'))).toEqual([p1, '记者：去年，峪川新增规模以上工业企业23家。', p2, p3])
  })
  it('splits a flat block after a straight closing quote as after a curly one', () => {
    const quoted = '"今年我们要争取更多项目落地，让企业拎包入住。" 区政协委员黄国强说。'
    const flat = `${p1} ${quoted} ${p2} ${p3} ${p1} ${p2}`
    expect(flat.length).toBeGreaterThan(200)
    expect(splitFlat(flat)).toEqual([p1, '"今年我们要争取更多项目落地，让企业拎包入住。"', '区政协委员黄国强说。', p2, p3, p1, p2])
  })
})

describe('site boilerplate at the end of mirrored and community pages', () => {
  it('drops an invitation to follow the site and a disclaimer that opens with 郑重声明', () => {
    expect(texts(page('<p>如果您想了解更多相关资讯,请持续关注本站。</p>'))).toEqual([p1, p2, p3])
    expect(texts(page('<p>郑重声明：股海社区发布此信息的目的在于传播更多信息，与本站立场无关。股海社区不保证该信息全部或者部分内容的准确性。</p>'))).toEqual([p1, p2, p3])
  })
  it('drops an exclusive-copy notice (本文系…独家稿件) and an app’s promotion line (…尽在…APP)', () => {
    expect(texts(page('<p>本文系青禾网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。关注青禾网微信，每日阅读趣味文章。</p>'))).toEqual([p1, p2, p3])
    expect(texts(page('<p>海量资讯、精准解读，尽在青禾财经APP</p>'))).toEqual([p1, p2, p3])
    expect(texts(page('<p class="promo">▼下載青禾新聞App，即時掌握最新消息</p>'))).toEqual([p1, p2, p3])
    // A sentence of the article that names an app is kept.
    expect(texts(page('<p>市民可下载“青禾通”APP办理。</p>'))).toEqual([p1, '市民可下载“青禾通”APP办理。', p2, p3])
  })
  it('drops a prev/next link line, and keeps a sentence that opens with 上一篇', () => {
    expect(texts(page('<p>上一篇：青禾区召开安全生产工作会议</p><p>下一篇 青禾区举办招聘会</p>'))).toEqual([p1, p2, p3])
    const sentence = '上一篇《服务化，耦合却更加严重》提到，执行结果的处理和业务强相关，则应该放在上游业务方。'
    expect(texts(page(`<p>${sentence}</p>`))).toEqual([p1, sentence, p2, p3])
  })
  it('drops a scan-the-code line, and keeps a long sentence that opens with 扫一扫', () => {
    expect(texts(page('<p>扫一扫在手机打开当前页</p>'))).toEqual([p1, p2, p3])
    const sentence = '扫一扫包装上的二维码，就能看到茶叶的采摘时间、加工批次和检测报告。今年，全省已有1.2万家农业经营主体接入省级追溯平台。'
    expect(texts(page(`<p>${sentence}</p>`))).toEqual([p1, sentence, p2, p3])
  })
})
