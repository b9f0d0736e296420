/**
 * Patterns of lines inside an article body that are not paragraphs: editor
 * lines, captions, share bars, site boilerplate. Data only: the logic is in
 * `blocks/paragraphs.ts`. Every pattern is anchored and linear.
 */

/** Labels that open an editor/credit line (`责任编辑：顾晓`). */
export const creditLabels = [
  '责任编辑', '责编', '编辑', '审核', '审校', '校对', '监制', '终审', '初审', '复审', '值班编辑', '本文编辑', '作者', '记者', '通讯员',
  '原标题', '来源', '文章来源', '本文来源', '稿件来源', '信息来源', '稿源', '出处', '转自', '转载自', '摄影', '图片', '摄', '文', '图', '文/图', '图/文', '策划', '统筹', '执笔', '撰文', '口述', '整理', '翻译', '译者', '编译', '出品人', '制作', '设计', '视频', '主编', '编审', '签发', '出品',
  '本文原标题', '一审', '二审', '三审', '文字', '撰稿', '审稿', '美编', '排版', '责任校对', '视觉', '实习生', '供稿', '供图', '配图', '剪辑', '拍摄', '摄像', '后期', '文案', '海报',
  // Picture credits of a feature's top image (`题图｜视觉星球`)
  '题图', '头图', '封面图'
]

/** Labels of the article's info line (publish time, source, views), dropped when the line is short. */
export const infoLabels = ['发布时间', '发布日期', '发稿时间', '发表时间', '更新时间', '最后更新', '最后更新时间', '最近更新', '时间', '日期', '来源', '作者', '浏览次数', '浏览', '点击数', '点击', '阅读', '字号']

/** Phrases that open site boilerplate or share bars. */
export const boilerplateOpenings = [
  '以上就是本篇文章', '以上就是', '【广告】', '[广告]', '（广告）', '分享到', '分享至', '扫一扫', '扫描二维码', '【打印', '打印本页', '关闭窗口', '【关闭', '【字体', '字号：', '字体：',
  '相关阅读', '相关新闻', '相关链接', '延伸阅读', '点击进入', '声明：', '版权声明', '免责声明', '特别声明', '本文来源', '返回顶部', '【纠错】', '[责任编辑', '【责任编辑',
  '网友评论', '我要评论', '发表评论', '已输入', '登录后', '请登录', '还可以输入', '全部评论', '查看全部', '查看评论', '举报', '推荐阅读', '热门推荐', '热点推荐', '原文链接', '本文链接', '文章地址',
  // Account tails of WeChat and app articles
  '扫码关注', '扫码下载', '长按识别', '长按二维码', '长按关注', '微信扫一扫', '关注该公众号', '关注公众号', '点击阅读原文', '点击“阅读原文”', '点击"阅读原文"', '点击下方', '点击上方', '点击蓝字',
  '欢迎关注', '关注我们', '点个在看', '点亮在看', '分享给朋友',
  // Reprint notices and app promotion
  '本帖最后由', '专题：', '专题:', '转载请注明', '如需转载', '本文为原创', '本文系原创', '本文为本站原创', '未经授权禁止转载', '未经授权，禁止转载', '未经授权不得转载', '欢迎转发',
  '更多精彩内容，请', '更多精彩内容请', '更多资讯，请', '更多新闻，请', '本文由', '本文系', '如果您想了解更多', '如您想了解更多', '想了解更多相关', '郑重声明',
  // Disclaimers in brackets, breadcrumbs printed in the body
  '【免责声明', '【特别声明', '【版权声明', '[免责声明', '您所在的位置', '您的位置', '您现在的位置', '当前位置', '所在位置',
  // Picture credits (`（图片由受访者提供）`)
  '（图片由', '(图片由', '（本文图片', '(本文图片', '（文中图片', '(文中图片', '图片由受访者提供',
  // Platform notes (`(本文来自澎湃新闻，…)`)
  '(本文来自', '（本文来自',
  // Original-title notes (`（原题为《…》）`)
  '（原题为', '(原题为', '（原题：', '(原题：', '（原标题', '(原标题',
  // Credits of reposted content (`信息来源于网络`)
  '信息来源于', '内容来源于', '图片来源于', '素材来源于', '文章来源于', '来源于网络', '来源网络',
  // Player widgets (`视频时长 02:36 播放量 1.2万`, `听新闻 00:00/02:15`): openings only, as a sentence may
  // hold the words (`…在短视频平台播放量突破300万次。`)
  '播放量', '视频时长', '点击播放', '听新闻',
  // Fallback text of players
  '视频加载中', '您的浏览器不支持', '您的浏览器暂不支持', '你的浏览器不支持', '当前浏览器不支持'
]

/**
 * Headings of a box of related articles (`延伸 · 推荐`, `相关阅读`), compared
 * with spaces and separators removed: a box that opens with one is not body.
 */
export const relatedHeadings = [
  '延伸推荐', '相关推荐', '推荐阅读', '延伸阅读', '相关阅读', '相关新闻', '相关链接', '相关文章', '相关报道', '往期回顾', '往期推荐', '往期精选',
  '猜你喜欢', '热门推荐', '热点推荐', '更多阅读', '扩展阅读', '拓展阅读', '精彩推荐', '推荐', '延伸', '编辑推荐', '小编推荐', '为你推荐', '今日推荐', '热门文章', '相关文件', '相关附件', '相关政策', '相关解读'
]

/** Separators dropped from a line before it is compared with {@link relatedHeadings}. */
export const headingSeparators = '·•・|｜丨:：-—_/【】[]'

/**
 * An app's promotion line (`海量资讯、精准解读，尽在某某财经APP`): a short line
 * that ends with one of these and holds one of {@link appPromotionWords}.
 */
export const appPromotionEndings = ['APP', 'App', 'app', '客户端']

/** Words of an app's promotion line (`尽在`, `下载`). */
export const appPromotionWords = ['尽在', '下载', '打开', '就上']

/**
 * Openings of prev/next links (`上一篇：…`): boilerplate unless the line ends
 * a sentence (`上一篇《…》提到，…。` is the article's own words).
 */
export const navigationOpenings = ['上一篇', '下一篇']

/**
 * Boilerplate openings that are also verbs an article's sentence may open
 * with (`扫一扫包装上的二维码，就能看到…`): a long line that ends a sentence
 * after them is the article's own words.
 */
export const verbOpenings = ['扫一扫', '扫描二维码']

/** Phrases that make a short line boilerplate wherever they stand in it (`澎湃新闻报料：… 未经授权不得转载`). */
export const boilerplatePhrases = [
  '未经授权不得转载', '未经授权，不得转载', '未经授权禁止转载', '未经授权，禁止转载', '版权归原作者所有', '如有侵权', '侵权请联系', '转载请注明出处', '转载请注明来源',
  '请持续关注本站', '请继续关注本站', '敬请关注本站', '与本站立场无关',
  // Account tails (`喜欢就点个“在看”吧`, `点赞、在看，分享给更多人`)
  '点个“在看”', '点个在看', '点赞、在看', '分享给更多人',
  // Page controls inside the article (`上一页 1 2 下一页`, `【字号 大 中 小】`, `（点击图片查看大图）`)
  '上一页', '下一页', '【字号', '点击图片查看大图', '点击查看大图', '点击图片看大图', '长按下方二维码', '长按识别二维码',
  // Notes of players (`本音频由AI合成，仅供参考`)
  '由AI合成', '由AI生成', 'AI合成声音',
  // A page toolbar printed in brackets at the end (`[ 资讯搜索 ] [ 加入收藏 ] [ 打印本文 ] [ 关闭窗口 ]`)
  '关闭窗口', '打印本文', '打印本页', '加入收藏',
  // Opinion disclaimers (`（本文仅代表作者观点，不构成投资建议）`)
  '仅代表作者', '不构成投资建议'
]

/**
 * Labels of a tag bar (`关键词 >> …`, `标签：…`). A single `关键词：X` line is
 * left to the sections stage (it may be a heading); with a list it is a tag bar.
 */
export const tagLabels = ['关键词', '关键字', '标签', '相关热词搜索', '热词搜索', '相关搜索', '相关标签', '热门标签', 'Tags', 'Tag', 'tags', 'tag', 'TAGS', 'TAG']

/** Labels of an interviewer's turn (`记者：…？`, `问：…`): a question, not a credit, nor a subheading when bold. */
export const interviewerLabels = ['记者', '本报记者', '主持人', '问']

/** Elements whose text is a caption wherever they stand (`<figcaption>`). */
export const captionTags = ['figcaption']

/**
 * Class tokens of rich-text editors' content containers (`TRS_Editor`,
 * `ql-editor`): they hold the article, though they read as an editor's
 * credit box by {@link captionClassParts}.
 */
export const editorContentTokens = ['trs_editor', 'ql-editor', 'ueditor', 'editor-content', 'editor_content']

/** Class/id substrings of caption and credit elements (a gallery slide's text: `slide-txt`, `swiper-title`; a video's: `video-cap`). */
export const captionClassParts = ['pic', 'img', 'image-title', 'image_title', 'photo', 'caption', 'video-cap', 'video_cap', 'tuzhu', 'figcaption', 'note', 'desc', 'editor', 'author', 'zeren', 'bianji', 'source', 'slide-t', 'slide_t', 'swiper-t']

/**
 * Labels printed alone on a line over a transcript (`视频文字稿`): the label is
 * no paragraph; the transcript under it is.
 */
export const transcriptLabels = ['视频文字稿', '文字稿', '文字实录', '视频实录', '视频文稿', '同期声']
