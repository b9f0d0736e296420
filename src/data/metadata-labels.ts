/**
 * Labels and metadata names that the metadata stage looks for. Data only: the
 * logic is in `src/metadata/*`.
 */

/**
 * Labels of a printed publish line that may follow any text (`发布时间：`,
 * `发布日期：`, `发表于`).
 */
export const publishLabels = ['发布时间', '发布日期', '发稿时间', '发表时间', '发表日期', '发表于', '发布于', '出版日期', '刊发时间', '上线时间', '稿件日期']

/**
 * Short labels of a printed publish line (`时间：`, `日期：`). They count only
 * when they open a line or follow a separator, so `活动时间：` in a sentence
 * is not a publish line.
 */
export const weakPublishLabels = ['时间', '日期', '发布', '发表']

/** Labels that are not taken after the body (a comment's `发表于` stands there). */
export const headOnlyPublishLabels = ['发表于', '发表时间', '发表日期', '发表']

/**
 * Words before a date that make it never the publish time: update and
 * generation times, document dates of a government file table, comment and
 * reply stamps, and the "today is" clock of a page header.
 */
export const notPublishLabels = [
  '更新', '修改', '修订', '产生日期', '生成日期', '生成时间', '成文日期', '印发日期', '截止日期', '截至', '有效期', '施行日期', '实施日期', '废止日期',
  '访问时间', '当前时间', '今天是', '评论', '回复', '网友', '楼主', '举报', '报名', '活动时间', '开始时间', '结束时间', '会议时间', '录入时间', '采集时间'
]

/**
 * Bylines that hold one of {@link notPublishLabels} (`评论员 方舟 2024-08-14 18:26`: a writer's
 * title, not a comment's label): removed before the labels are looked for.
 */
export const bylinesHoldingNotPublishLabels = ['评论员']

/**
 * Meta names (lower-cased `name`/`property`/`itemprop`) that carry the publish
 * time, in order. Page-generation and update names (`Maketime`,
 * `lastmodifiedtime`, `article:modified_time`) are deliberately absent.
 */
export const publishMetaNames = [
  'article:published_time', 'pubdate', 'publishdate', 'pubtime', 'publish_time', 'publishtime', 'publish-date', 'og:release_date', 'apub:time',
  'datepublished', 'og:article:published_time', 'article:published', 'firstpublishedtime', 'published_time', 'dc.date.issued', 'dc.date',
  'weibo:article:create_at', 'sailthru.date', 'publication_date', 'release_date', 'dcterms.created', 'dcterms.issued', 'dc.date.created', 'date'
]

/** JSON-LD (and Baidu cambrian JSON) properties that carry the publish time, in order. */
export const publishJsonKeys = ['datePublished', 'pubDate', 'dateCreated']

/**
 * Keys of a page's inline data object that carry the publish time
 * (`window.DATA = {"pubtime": "…"}`), read after JSON-LD.
 */
export const publishScriptKeys = ['datePublished', 'pubDate', 'pubtime', 'pubTime', 'publishTime', 'publish_time', 'ptime', 'dateCreated']

/**
 * Inline-script variables that carry the publish time (WeChat prints
 * `var ct = "1571234567"` in unix seconds, and `var publish_time = "…"`).
 */
export const publishScriptVariables = ['ct', 'publish_time', 'createTime', 'pubtime', 'publishTime']

/** Words that, right after a date, make it part of a sentence (`2024年10月31日上午`). */
export const dateRunOnWords = ['上午', '下午', '晚上', '晚间', '凌晨', '早上', '早晨', '中午', '傍晚', '夜间', '深夜', '当天', '当日', '起', '至', '前', '后', '以来', '开始', '举行', '召开', '在', '是', '的', '将', '为', '晚', '早', '夜', '午']

/** Class/id substrings of comment and reply boxes, whose stamps are never the publish time. */
export const commentClassParts = ['comment', 'pinglun', 'reply', 'huifu', 'discuss', 'liuyan', 'tie', 'cmt', 'review', 'bbs', 'forum']

/** Marks of an e-paper's page line (`第03版`, `版次`), whose date is the issue date. */
export const paperEditionMarks = ['版次', '版面', '版名']

/** Labels of a printed source credit. */
export const sourceLabels = ['来源于', '稿件来源', '新闻来源', '文章来源', '信息来源', '消息来源', '内容来源', '本文来源', '转载来源', '稿源', '来源', '来自', '出处']

/**
 * Labels of {@link sourceLabels} that credit an outlet only with a mark after
 * them: with none, right after a date, they name where a post was sent from
 * (`2024-01-22 18:36 来自 重庆`, `来自微言iPhone客户端`).
 */
export const markedOnlySourceLabels = ['来自']

/**
 * Last characters of an edition in brackets after an outlet (`人民日报（海外版）`),
 * kept on the source; any other short note in brackets there is the city the
 * outlet filed from (`华夏时报(北京)`) and is dropped.
 */
export const outletEditionEndings = ['版', '刊']

/**
 * Last characters of an outlet's name (`新华社`, `东湖网`, `东湖日报`, `东湖电视台`)
 * after which a place and `报道` are a dateline run into the value by adjacent
 * spans (`海峤通讯社` + `海宁报道`), not part of the name; so is a short label
 * with a colon (`岭海日报` + `参与人数：`).
 */
export const outletNameEndings = ['社', '网', '报', '台']

/** Words that close a dateline after the place it was filed from (`海宁报道`; `報導` folds to `报导`). */
export const datelineEndings = ['报道', '报导']

/**
 * Words that, right before `来源`, say it credits something other than the
 * article (an image, a chart's data, a video).
 */
export const notSourcePrefixes = ['图片', '图', '照片', '视频', '数据', '资料', '资金', '封面', '题图', '配图', '素材', '音频', '表格', '收入']

/**
 * Words of {@link notSourcePrefixes} that make a label of the outlet after all
 * on an info line that prints a date before them (`發布日期：2012/10/02　資料來源：縣政府新聞處`,
 * as Taiwan's government press releases print it), not of a chart's data.
 */
export const infoLineSourcePrefixes = ['资料']

/** Field labels that end a source value on an info line. */
export const fieldLabels = [
  '作者', '编辑', '责任编辑', '责编', '记者', '通讯员', '浏览', '浏览次数', '阅读', '点击', '点击数', '访问量', '字号', '字体', '发布时间', '发布日期', '时间', '日期',
  '分享', '打印', '关闭', '审核', '供稿', '摄影', '发布者', '发布人', '浏览量', '阅读量', '人气', '评论', '编审', '校对', '播放量', '播放',
  '最后更新', '更新时间', '更新日期', '修改时间',
  // Labels of a government page's information table and policy explainers (`解读机构：…`, `索引号：…`)
  '解读机构', '解读机关', '解读单位', '解读人', '解读部门', '发布机构', '发文机关', '发文字号', '文号', '索引号', '成文日期', '主题分类', '公开方式', '公开范围', '责任部门', '撰稿'
]

/**
 * Labels of a person's credit that end a source value when a space follows
 * them (`来源：天山网` + `记者 古丽米拉`, spans printed with no space between).
 */
export const personCreditLabels = [
  '作者', '编辑', '责任编辑', '责编', '记者', '通讯员', '摄影', '审核', '校对',
  // A reporter's kind before the word (`栖凤日报` + `特派记者 龙晓晴`)
  '特派记者', '首席记者', '实习记者', '见习记者', '特约记者', '驻站记者', '全媒体记者', '融媒体记者', '本报记者'
]

/**
 * Words of a byline printed with a slash (`文/梁夏`, `图文/陈敏`, `摄/李强`): run
 * into a source value by adjacent spans, they end it.
 */
export const slashCreditLabels = ['文', '图', '图文', '撰文', '摄', '摄影']

/**
 * Words of page widgets printed right after the outlet with no mark between
 * (`来源：求是网` + a link `参与互动`): they end a source value.
 */
export const widgetWords = ['参与互动', '我要评论', '发表评论', '分享到', '打印本页', '关闭窗口']

/**
 * Labels of a page's counters printed right after the outlet with a number
 * after them (`来源：桐溪发布` + `浏览 5826`): they end a source value.
 */
export const counterLabels = ['浏览', '浏览量', '浏览次数', '阅读', '阅读量', '阅读数', '点击', '点击数', '点击量', '访问量', '播放', '播放量', '人气', '热度']

/** Values after `来源：` that credit no outlet. */
export const emptySourceValues = ['无', '暂无', '未知', '-', '—']

/** Meta names (lower-cased) that carry the outlet. */
export const sourceMetaNames = ['contentsource', 'source', 'og:article:source', 'article:source', 'mediaid', 'media', 'author_source', 'copyfrom', 'og:source']

/** Meta names (lower-cased) that carry the headline. */
export const titleMetaNames = ['articletitle', 'og:title', 'twitter:title', 'headline', 'dc.title']

/**
 * Endings of a site or channel name in `<title>` (`_某某新闻网`, `-某某市人民政府`),
 * used to tell the headline part from the site part.
 */
export const siteNameEndings = [
  '网', '网站', '门户', '门户网站', '官网', '首页', '频道', '政府', '人民政府', '新闻', '新闻网', '在线', '日报', '晚报', '早报', '时报', '报', '电视台', '融媒', '有限公司', '有限责任公司',
  '客户端', '中心', '公众号', '资讯', '平台', '.com', '.cn', '.net', '.org'
]

/**
 * `<title>` values that name a page type rather than the article (`正文`,
 * `新闻详情`): no headline, like a `<title>` that names only the site.
 */
export const genericTitles = ['正文', '详情', '详情页', '新闻详情', '文章详情', '信息详情', '内容详情', '新闻内容', '文章内容', '内容页', '新闻正文', '文章', '新闻']

/** Labels of a printed link to the article itself. */
export const urlLabels = ['文章地址', '本文链接', '原文链接', '本文地址', '文章链接', '原文地址', '本文网址', '永久链接']

/**
 * The words of an editor's summary label (`撮要` in Hong Kong). Printed bare, a line that is only
 * one labels the next line (`<p><strong>摘要</strong></p><p>…</p>`), and one
 * opens a summary-classed box (`<div class="intro"><span>导读</span>…</div>`).
 */
export const bareSummaryLabels = ['摘要', '导读', '导语', '提要', '内容提要', '内容摘要', '核心提示', '核心阅读', '撮要']

/**
 * Labels of an editor's summary box: the words in brackets or before a colon (`【摘要】`, `导读：`, `[摘要]`),
 * or a bracket opening the whole box (`[摘要：…]`, `【导读：…】`; the closing bracket is dropped).
 */
export const summaryLabels = bareSummaryLabels.flatMap((word) => [`【${word}】`, `[${word}]`, `${word}：`, `${word}:`, `[${word}：`, `[${word}:`, `【${word}：`])

/** Labels of a time printed in a field of its own after the date (`日期：2024-01-16　时间：15:20`). */
export const timeFieldLabels = ['时间', '发布时间']

/** Class/id substrings of a summary box. */
export const summaryClassParts = ['summary', 'daoyu', 'abstract', 'zhaiyao', 'introduce', 'intro', 'digest', 'tiyao', 'daodu']

/**
 * Class/id substrings of a deck or subtitle printed under the headline
 * (`<p class="entry-dek">`, `subtitle`): a sentence, but no prose of the body,
 * so the info line after it is still the article's header.
 */
export const deckClassParts = ['dek', 'deck', 'subtitle', 'sub-title', 'sub_title', 'standfirst', 'subhead']

/**
 * Class parts of a picture (`picIntro`, `img-summary`): with one of them in
 * the same token, a summary class part names a caption, not a summary box.
 */
export const pictureClassParts = ['pic', 'img', 'photo', 'image']

/**
 * Phrases of a site's own boilerplate description (what the site is, not what
 * the article says).
 */
export const boilerplateDescriptionWords = [
  '欢迎访问', '欢迎光临', '官方网站', '门户网站', '综合门户', '新闻门户', '网站', '提供最新', '提供全面', '为您提供', '为你提供', '权威发布', '版权所有', '最具影响力', '第一时间报道',
  '新闻资讯', '全方位', '24小时', '滚动新闻', '本站'
]

/** Class/id substrings of a headline element. */
export const titleClassParts = ['title', 'tit', 'biaoti', 'zhuti', 'headline', 'bt', 'activity-name']

/**
 * Names of time zones at China's offset printed with a publish time
 * (`2024-03-05 HKT 18:32`, `香港時間16時05分`): the time is China time, and
 * the name marks the line as the article's time stamp.
 */
export const chinaTimeZoneNames = ['HKT', '香港時間', '香港时间', '北京時間', '北京时间', '澳門時間', '澳门时间', '台北時間', '台北时间']

/** Words that open a weekday printed with a date (`星期二`, `周二`, `（禮拜二）`): the next character names the day. */
export const weekdayWords = ['星期', '周', '週', '禮拜', '礼拜']
