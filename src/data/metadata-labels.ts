/**
 * Labels and metadata names that the metadata stage looks for. Data only.
 */

/** Labels of a printed publish line, strongest first. */
export const publishLabels = ['发布时间', '发布日期', '发稿时间', '发表时间', '发表日期', '发表于', '发布于', '时间', '日期', '更新于']

/** Labels whose date is never the publish time. */
export const notPublishLabels = ['最后更新', '更新时间', '修改时间', '产生日期', '生成日期', '生成时间', '成文日期', '印发日期', '截止日期', '有效期', '访问时间', '当前时间', '今天是', '评论', '回复', '网友']

/** Meta names (lower-cased `name`/`property`/`itemprop`) that carry the publish time, in order. */
export const publishMetaNames = [
  'article:published_time', 'pubdate', 'publishdate', 'pubtime', 'publish_time', 'publishtime', 'og:release_date', 'apub:time',
  'datepublished', 'og:article:published_time', 'article:published', 'firstpublishedtime', 'dc.date.issued', 'dc.date', 'date', 'weibo:article:create_at', 'sailthru.date', 'publication_date', 'release_date'
]

/** Labels of a printed source credit. */
export const sourceLabels = ['来源于', '稿件来源', '新闻来源', '文章来源', '信息来源', '来源', '来自', '出处']

/** Field labels that end a source value on an info line. */
export const fieldLabels = [
  '作者', '编辑', '责任编辑', '责编', '记者', '通讯员', '浏览', '浏览次数', '阅读', '点击', '点击数', '访问量', '字号', '字体', '发布时间', '发布日期', '时间', '日期', '分享', '打印', '关闭', '审核', '供稿', '摄影', '作者：', '【', '|', '｜', '丨'
]

/** Meta names (lower-cased) that carry the outlet. */
export const sourceMetaNames = ['contentsource', 'source', 'og:article:source', 'article:source', 'mediaid', 'media', 'author_source', 'copyfrom', 'og:source', 'publisher']

/** Meta names (lower-cased) that carry the headline. */
export const titleMetaNames = ['articletitle', 'og:title', 'twitter:title', 'headline', 'title', 'dc.title']

/** Labels of an editor's summary box. */
export const summaryLabels = ['【摘要】', '【导读】', '【导语】', '【提要】', '【内容提要】', '内容提要：', '内容摘要：', '摘要：', '导读：', '导语：', '提要：', '[摘要]', '[导读]', '摘要:', '导读:', '导语:']

/** Class/id substrings of a summary box. */
export const summaryClassParts = ['summary', 'daoyu', 'abstract', 'zhaiyao', 'introduce', 'intro', 'digest', 'tiyao', 'zhaiyao']

/** Class/id substrings of a headline element. */
export const titleClassParts = ['title', 'tit', 'biaoti', 'headline', 'bt']
