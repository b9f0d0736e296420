/**
 * Speech verbs and the words around them. Data only: the logic is in
 * `quotes/`.
 */
import { decorationBullets } from '../marks.js'

/**
 * Verbs that introduce speech (`NAME 表示，…`, `据 NAME 介绍，…`, `NAME 说：“…”`).
 * Longest first is not required: the matcher tries longer verbs first.
 */
export const speechVerbs = [
  '表示', '说', '说道', '说过', '指出', '认为', '介绍', '强调', '坦言', '称', '透露', '披露', '提到', '谈到', '谈道', '直言', '感慨', '感叹', '回忆', '解释', '补充',
  '告诉', '分析', '建议', '呼吁', '反映', '坦承', '承认', '回应', '表态', '寄语', '提醒', '警告', '重申', '坦陈', '笑言', '感言', '说明', '讲述', '讲道', '讲到',
  '分析称', '回应称', '解释称', '补充介绍', '补充表示', '威胁称', '表示称', '指出称', '透露称', '介绍称', '坦言称', '声称', '宣称', '对记者说', '介绍说', '表示说', '解释说', '补充说', '笑着说', '笑著说', '坦言说',
  '看来', '预计', '判断', '觉得', '相信', '希望', '提出', '如是说', '要求', '号召', '勉励', '叮嘱', '嘱咐', '倡议', '提议', '问道', '问记者', '答道', '反问', '追问', '说明道',
  '解读', '解读称', '解读说', '点评', '点评称', '点评说', '评价', '评价称', '评价说', '评论称',
  // Verbs that only speak with 道 after them (`笑道`, `写道`; `补充道` is `补充` and 道)
  '笑道', '写道', '叹道', '喊道', '回答道', '回答说', '回答', '打趣道', '打趣说', '调侃道', '调侃说',
  '举例', '举例说', '提醒说', '分享', '分享道', '建言', '宣布',
  '证实', '哭诉', '哭诉称', '哭诉说', '控诉', '回忆说', '回忆称', '嘟囔', '嘟囔着说', '记得', '感慨说', '感慨道', '总结说', '总结道', '总结称'
]

/**
 * Verbs that may take an audience before their mark (`告诉中国青年报记者，`), and
 * the words that close one: the audience is read as part of the verb.
 */
export const audienceVerbs = ['告诉']

/** Endings of an outlet's name as the audience (`对新京报说`, `告诉澎湃新闻，`, `对硅流观察表示`). */
export const outletEndings = ['新闻', '报', '网', '社', '台', '客户端', '杂志', '频道', '周刊', '财经', '观察']

/**
 * Words that close an audience after one of {@link audienceVerbs} (`…记者`,
 * `…媒体`, `我们`); a pronoun or a word for a person closes one too
 * (`告诉他，`, `告诉民警，`).
 */
export const audienceClosers = ['记者', '媒体', '笔者', '我们', '我', '你', '你们', '大家', '各位', ...outletEndings]

/** Longest audience between such a verb and its mark (`《华尔街日报》记者`). */
export const maxAudienceLength = 16

/** Verbs that also attribute a quote they follow (`“…”许健为…点赞`): any speech verb or these. */
export const afterQuoteVerbs = ['点赞', '赞叹', '感叹', '笑着说', '说', '表示', '希望', '告诉', '对', '为', '在', '向', '也', '还', '则', '就', '一边', '接受', '坦言', '看来']

/**
 * Openers of a short topic clause that may stand between a quote and its
 * speaker (`“…。”谈及未来，张三说`): the speaker is talking about the topic, not
 * answering the quote (`对此，` is not one of them).
 */
export const topicClauseOpeners = ['谈及', '谈到', '谈起', '说起', '说到', '提及', '提到', '提起', '聊起', '聊到', '回忆起', '回想起', '展望', '问及', '被问及', '问起', '被问到']

/** Words that may stand before a topic clause's opener (`在谈到…时，`, `当问及…时，`). */
export const topicClausePrefixes = ['在', '当']

/**
 * Words that end in one of {@link notSpeechBefore}'s contexts and still leave
 * the verb speech, by verb (`后来说`: not `来说` of `对我来说`).
 */
export const speechBeforeAfterAll: Record<string, readonly string[]> = {
  说: ['后来']
}

/** Contexts that make a verb not speech, by verb: the text right before it (`也就是说`, `号称`). */
export const notSpeechBefore: Record<string, readonly string[]> = {
  说: ['想', '要', '敢', '能', '会', '该', '没', '不', '别', '也就是', '就是', '比如', '譬如', '可以', '应该', '总的来', '换句话', '不用', '据', '听', '所', '来', '再', '虽', '小', '传', '学', '演', '游', '难以', '不难', '好', '胡', '乱', '瞎', '直'],
  称: ['号', '堪', '人', '简', '统', '又', '被', '著', '俗', '职', '名', '相', '匀', '对', '自', '并'],
  表示: ['以'],
  认为: ['被', '一般', '普遍', '通常', '常'],
  介绍: ['作', '做', '简要', '自我'],
  提出: ['被', '首次', '率先', '明确', '报告', '规划', '方案', '意见', '文件', '通知'],
  // `一份新的建议：`: a proposal, not what someone says.
  建议: ['的', '份', '条', '项', '些', '个'],
  // `积极建言，一个个热词…`: what someone did, not what they said.
  建言: ['积极', '踊跃', '纷纷', '广泛', '热情', '主动']
}

/**
 * Speech verbs that are nouns too (`介绍`, `分析`): after a phrase with 的
 * between the subject and them (`他拿到的故宫博物院介绍，…`) they are the thing
 * described, and nobody speaks.
 */
export const nounLikeVerbs = ['介绍', '分析', '解释', '回应', '表态', '提醒', '要求', '说明', '评价', '点评', '解读', '建议', '感言', '寄语', '判断', '预计', '倡议', '提议']

/**
 * Circumstances that read like a speaker and a verb (`应受访者要求，`): by
 * verb, the words that open such a phrase. The verb is then no speech.
 */
export const circumstanceOpeners: Record<string, readonly string[]> = {
  要求: ['应']
}

/** Words that make a verb an object-taking verb, as the text that follows it (`表示感谢`). */
export const notSpeechAfter = ['感谢', '祝贺', '欢迎', '赞赏', '满意', '关注', '遗憾', '支持', '反对', '同意', '为', '作', '之为']

/** Words that may stand between a speaker and the verb (`对本报记者`, `也`, `进一步`). */
export const fillerWords = [
  '对本报记者', '对记者', '向记者', '告诉记者', '接受记者采访时', '在接受采访时', '接受采访时', '对此', '对外', '在会上', '会上', '在会议上', '在发言中', '在致辞中', '在致词中', '在讲话中', '致辞时', '致词时', '讲话时', '演讲时',
  '当天', '当日', '当晚', '同日', '当地时间', '北京时间', '纷纷', '赛后', '赛前', '会前', '课后', '事后', '节后', '很', '也会', '还会', '都会', '就会', '将会', '发表报告', '发布报告', '发表文章', '撰文', '发文', '发帖', '发表讲话', '发表演讲', '发表声明', '发表谈话', '发表视频讲话', '发表电视讲话', '发表书面讲话', '发表致辞', '发表致词', '分析', '进一步分析', '在', '正在', '也', '还', '则', '更', '就', '又', '并', '曾', '都', '同时', '再次', '一再', '多次', '曾经', '直接', '公开', '进一步', '明确', '表态', '随即', '随后', '最后', '当时', '当即', '当场', '现场', '此前', '近日', '日前', '昨天', '今天', '昨日', '今日', '前不久', '上月', '上个月', '本月', '这个月', '上周', '本周', '这周', '上周末', '本周末', '今年', '去年', '年初', '年底', '月初', '月底', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周末', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '上午', '下午', '晚间', '早些时候', '稍早前', '此间', '一直', '反复', '特别', '深有感触地', '笑着', '笑著', '动情地', '激动地', '情绪激动地', '坦率地', '郑重地', '自豪地', '兴奋地', '高兴地', '感慨地', '语重心长地', '意味深长地', '斩钉截铁地', '毫不讳言地', '不无担忧地',
  '信心满满地', '满怀信心地', '充满信心地', '自信地', '坚定地', '肯定地', '笑眯眯地', '乐呵呵地', '笑呵呵地', '骄傲地', '欣慰地', '欣喜地', '感激地', '深情地', '诚恳地',
  '认真地', '由衷地', '幽默地', '风趣地', '坦诚地', '直截了当地', '一针见血地', '开门见山地', '不假思索地', '若有所思地', '颇为自豪地', '略带遗憾地', '无奈地', '乐观地',
  '谨慎地', '平静地', '严肃地', '热情地', '感慨万千地', '深有体会地',
  // A pause or a gesture before speaking (`王强笑了笑说`, `顿了顿说`)
  '笑了笑', '想了想', '顿了顿', '停了停', '点了点头', '摇了摇头', '叹了口气', '沉默片刻', '沉思片刻', '略一思索', '想了一下',
  // Haste and sequence (`店主连忙表示`, `后来才说`)
  '连忙', '赶忙', '急忙', '赶紧', '立即', '马上', '立刻', '当即', '后来', '后来才', '这才', '最后才',
  '充满信心', '信心满满', '信心十足', '满怀信心', '感慨万千', '深有感触', '深有体会', '感触颇深',
  '难掩激动', '难掩兴奋', '难掩喜悦', '难掩自豪', '激动不已', '兴奋不已', '感慨万分',
  '笑逐颜开', '喜上眉梢', '眉飞色舞', '赞不绝口', '底气十足', '颇为自豪', '十分自豪', '喜滋滋', '乐呵呵', '笑呵呵', '笑眯眯', '算了一笔账', '给记者算了一笔账',
  '受访时', '发言时', '直言不讳地', '再三', '一致', '当面', '当着大家的面', '这样', '如此', '只', '均', '半天',
  // The particle of `正如…所说` (see `asSaidOpeners`)
  '所',
  // A form of address after a name in party reports (`区委书记王建军同志强调`)
  '同志',
  // How someone reached the newsroom (`不少网友留言说`, `一位市民来电说`)
  '留言', '来电', '来信', '发帖', '跟帖', '致电'
]

/**
 * Words that open a short action between a speaker and the verb (`李秀兰指着大棚说`,
 * `郑秀英一边剥着笋一边说`): the action, up to the verb, is skipped like a bare place after `在`.
 */
export const actionOpeners = ['指着', '拿着', '拿起', '举着', '举起', '打开', '翻开', '接过', '看着', '望着', '摸着', '抱着', '握着', '捧着', '端着', '擦了擦', '拉着', '牵着', '拍着', '扶着', '搂着', '攥着', '盯着', '一边', '边走边', '边', '满脸', '面带', '用流利的', '用中文', '用英语', '用方言', '笑得', '乐得', '竖起', '连连', '一脸', '脸上', '掰着', '坐在', '站在', '蹲在', '靠在', '躺在', '倚在']

/** The action opener printed twice around a comma (`德吉央宗一边倒茶，一边笑着说`). */
export const pairedActionOpener = '一边'

/**
 * Words that open the words of someone else a writer quotes (`引用…的话说`,
 * `援引…的话称`, `用村民王强的话说`): when no person quotes them (a medium or
 * the writer does), the person inside is the speaker.
 */
export const quotingOpeners = ['引用', '援引', '借用', '用']

/** The word that closes such a phrase (`…的话说`). */
export const quotingCloser = '的话'

/** Markers that open a filler phrase ending in a place, time or audience (`在业绩会上`, `向《红周刊》记者`). */
export const fillerOpeners = ['在', '向', '对', '接受', '于', '当', '引用', '借用', '援引', '作为']

/** Endings of such filler phrases. */
export const fillerClosers = ['上', '中', '时', '后', '期间', '之际', '记者', '媒体', '采访', '表示', '现场', '会', '的话', '讲话', '致辞', '致词', '演讲', '发言', '声明', '文章', '署名文章',
  // Outlets as the audience (`向澎湃新闻表示`, `对新京报说`)
  ...outletEndings,
  // Visitors as the audience (`向调研组介绍`, `向市委书记张立新一行介绍`, `向与会市领导介绍`)
  '组', '团', '一行', '领导', '嘉宾', '来宾', '客人']

/**
 * Characters of a bracketed position note after a name in a photo-like
 * sentence (`张三（右）说`, `李四（左二）介绍`): the note is skipped.
 */
export const positionNoteChars = '左右中前后排起第一二三四五六七八九十'

/** Other bracketed notes after a name that are skipped (`李华（化名）说`); a Latin spelling is one too. */
export const nameNotes = ['化名', '音', '音译', '译音', '女', '男']

/** Pronouns that refer to the nearest earlier speaker (`其` as in `其还表示`). */
export const pronouns = ['他们', '她们', '他', '她', '其']

/** Pronouns that stand only right before a verb (`其表示`): a clause opening with them is another word (`其中`, `其实`). */
export const boundPronouns = ['其']

/** Characters that, before a pronoun, make it part of another word (`其他`, `利他`, `尤其`, `极其`). */
export const notPronounBefore = ['其', '利', '吉', '无', '排', '异', '自', '尤', '极', '与', '及', '何', '莫', '任', '若', '如']

/**
 * People named by what they are, not by name (`业主说`, `负责人表示`): quotes
 * by them have `speaker: null`.
 */
export const unnamedPeople = [
  '负责人', '相关负责人', '业主', '村民', '居民', '市民', '民众', '里民', '乡亲', '老板娘', '摊商', '业者', '工作人员', '游客', '家长', '患者', '专家', '学生', '网友', '员工', '司机', '店主', '老板', '摊主',
  '申请人', '被申请人', '群众', '师傅', '老人', '男子', '女子', '女士', '先生', '志愿者', '商户', '农户', '职工', '教师', '老师', '民警', '消费者', '投资者', '投资人', '参加者', '参与者', '街坊', '长者', '人士', '业内人士', '知情人士', '发言人',
  '官员', '医生', '护士', '工人', '农民', '律师', '分析师', '知情人', '当事人', '受访者', '高管', '网民', '大叔', '研究者', '研究人员', '科研人员', '工作者', '医务工作者', '用户', '乘客', '租户', '房东', '经营者', '从业者', '创业者', '小伙', '姑娘', '大爷', '大妈', '阿姨', '大姐', '大哥', '老乡', '村干部', '干部', '社工', '网格员', '代表', '委员', '主任', '经理', '校长', '院长', '局长',
  // Family (`张三的母亲说`, `其妻子李四说`)
  '父亲', '母亲', '妈妈', '爸爸', '宝妈', '妻子', '丈夫', '儿子', '女儿', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '哥哥', '姐姐', '弟弟', '妹妹', '孩子', '老伴', '老公', '老婆', '爱人', '家属', '家人', '亲属', '邻居', '同事', '同学', '朋友',
  // Farming, trades and daily life (`果农张建军说`, `一位骑手说`)
  '艺人', '手艺人', '匠人', '果农', '菜农', '茶农', '花农', '蔗农', '棉农', '渔民', '牧民', '养殖户', '种植户', '种粮大户', '大户', '骑手', '外卖骑手', '快递小哥', '外卖小哥', '驾驶员', '个体户', '农技员',
  '阿嬷', '阿公', '阿伯', '阿婆', '阿叔', '观众', '听众', '读者', '顾客', '食客', '对方', '台胞', '台湾青年', '港澳青年', '侨胞', '华侨', '考生', '考生家长', '学生家长', '公诉人', '辩护人', '被告人', '被告', '原告', '代理人', '诉讼代理人', '证人', '球迷', '歌迷', '影迷', '戏迷', '书迷', '粉丝', '网友们', '受害人', '被害人', '患儿', '病人', '病患', '伤者', '遇难者家属', '目击者', '当事人家属', '嫌疑人', '犯罪嫌疑人', '交警', '辅警', '店员', '环卫工', '环卫工人', '保安', '旅客', '女孩', '男孩', '车主', '村官', '大学生村官', '返乡青年', '新农人', '农场主', '货车司机', '出租车司机',
  '大学生', '毕业生', '应届生', '学员', '白领', '上班族', '研究生', '博士生', '硕士生', '本科生', '留学生', '中学生', '小学生', '博士研究生', '硕士研究生', '初中生', '高中生',
  // Victims and staff named by their part (`事主说：`, `火灾调查人员介绍`)
  '事主', '受害者', '报警人', '求助者', '人员', '住户', '加盟商', '商家', '商人', '台商', '港商', '澳商', '侨商', '客商', '参展商', '采购商', '经销商', '批发商', '零售商', '退休商人', '生意人', '退休教师', '退休工人', '退休职工', '退休干部'
]

/**
 * Counters that open a phrase naming someone by what they are, whatever the
 * words after them (`一位一楼住户说`, `一位正在补网的渔嫂说`): an unnamed person.
 */
export const unnamedCounters = ['一位', '一名', '一个', '有位', '有名', '有个', '几位', '多位', '有的']

/**
 * One-character fillers that need several people before them (`他们都表示`):
 * after one person's name the character is the name's (`古丽米热·阿不都表示`).
 */
export const pluralFillers = '都均皆'

/**
 * Measure words for things: after a number, a word for a person and a
 * speech verb are a noun (`3件代表建议`, `两条委员提案`), no one speaking.
 */
export const thingCounters = '件条项份篇批'

/**
 * Demonstratives that open a phrase pointing back to someone already
 * presented (`这位老站长说`, `这名90后姑娘说`): the phrase refers back like a
 * pronoun.
 */
export const referringDemonstratives = ['这位', '那位', '这名']

/**
 * Words of address printed after a full name (`王德贵老人说`, `庞桂芝阿姨说`):
 * the person is the name, and the word no role.
 */
export const addressWords = ['老人', '大爷', '大妈', '阿姨', '大姐', '大哥', '老汉', '婆婆', '老大爷', '老奶奶']

/**
 * Labels of a broadcast line before its speaker's label (`同期：市人大代表…韦佳佳：…`): the
 * speaker's label follows them.
 */
export const spokenLineLabels = ['同期声', '现场同期', '同期']

/**
 * Labels of an on-screen caption that names a speaker, name first and roles after
 * (`（字幕：范书瑶 市政协委员、…副院长）`).
 */
export const onScreenCaptionLabels = ['字幕']

/** The article's own reporters (`据记者介绍`): never the speaker of a quote, named or not. */
export const reporterWords = ['记者', '通讯员']

/** Marks that end a role or name search (clause ends, quotation marks, decoration bullets such as `▶`): no role spans them. */
export const clauseStops = `。！？!?；;：:“”「」『』"\n${decorationBullets}`

/** Brackets that end a role chain (a label like \`（委员语录）\` is not a role). */
export const roleStops = '（）()【】[]〔〕'

/**
 * The character that ends a manner phrase before a speech verb
 * (`半开玩笑地说`): any short phrase ending in it stands between a speaker and
 * the verb, as the listed fillers (`认真地`) do.
 */
export const mannerEnd = '地'

/**
 * The mark that ends a description printed before a role (`来自基层的全国人大代表`,
 * `年过六旬的村党支部书记`): what stands before it is not part of the role.
 */
export const descriptionEnd = '的'

/** The unit of an age (`81岁`, `今年29岁的`): an age before `的` describes someone, it owns no post. */
export const ageUnit = '岁'

/** Words of position that close a place phrase between a quote and its speaker (`首班车上，`, `车间里，`). */
export const locativeEndings = '上里内旁边'

/** Words that close a time phrase between a quote and its speaker (`散场时，`, `冲过终点后，`, `开赛前，`). */
export const timeClauseEndings = ['时', '后', '前', '之际', '期间']

/** The word that opens a place phrase (`在柏林`, `在…候诊区，`), which may stand between a speaker and the verb or a quote and its speaker. */
export const placeOpener = '在'

/**
 * Characters before a short quotation that make it a term, a place or a thing (`河畔的“口袋公园”`,
 * `在“口袋公园”`, a rating or a name given `评级为“与大盘持平”`).
 */
export const termOpeners = '的在为'

/**
 * Characters never found inside a role: a role part that holds one starts
 * after it (`记者采访了全国人大代表` → `全国人大代表`).
 */
export const notInRoles = '了着是让把被'

/** Words of roles that hold a character of {@link notInRoles} all the same (`火把节组委会`, `一把手`). */
export const roleWordsWithClauseChars = ['火把', '一把手']

/**
 * Quantities that open a phrase about several people (`不少代表委员`,
 * `多位委员`): no role of one person opens with them.
 */
export const groupQuantifiers = ['不少', '很多', '许多', '众多', '多位', '多名', '部分', '一些', '各位', '诸位', '广大']

/**
 * Words that end a dateline (`新华社石家庄7月31日电 `, `本报讯 `), printed
 * with a space after them.
 */
export const datelineEnds = ['讯 ', '电 ']

/**
 * Words that end a clause before a role (`本报记者连线全国人大代表`, a generation
 * `90后全国人大代表`, a description of a party to a case `涉事企业`, a dateline
 * `本报讯　区委书记`, `新华社北京3月6日电　全国人大代表`): a role part that holds
 * one starts after it (a dateline's `讯`/`电` only before a space).
 */
export const clausesBeforeRoles = ['连线', '专访', '采访', '对话', '出自', '走访', '拜访', '涉事企业', '涉事单位', '涉事公司', ...datelineEnds, '60后', '70后', '80后', '85后', '90后', '95后', '00后', '05后']

/**
 * Characters that, right after a name opening a clause, make the name no
 * subject of the clause's verb: a possessive or another person
 * (`马莉的女儿说`, `马莉和母亲说`, `小刚家说`).
 */
export const notAfterSubject = '的和与及、跟同家'

/** Hyphens between the parts of a double transliterated name (`约翰·米勒-怀特`, `让-巴蒂斯特·洛朗斯`). */
export const nameHyphens = '-－'

/** Middle dots between the parts of a transliterated name (`古丽娜尔·哈斯木`). */
export const nameDots = '·•・‧'

/** Marks that end a sentence (a pronoun after one may refer to the sentence before). */
export const sentenceEnds = '。！？!?'

/**
 * Words that often follow the person a sentence opens with (`区长李红梅主持会议`,
 * `书记王军出席`): where one starts at a name's third character, the name has two.
 */
export const subjectFollowers = [
  '出席', '主持', '参加', '讲话', '致辞', '致词', '作报告', '调研', '视察', '带队', '率队', '一行', '来到', '深入', '走访', '慰问', '检查', '督导',
  '会见', '会晤', '听取', '宣布', '介绍', '表示', '指出', '强调', '认为', '说', '在', '对', '到', '与', '和', '同', '等', '也', '还', '就', '是', '为', '向', '从', '以', '于',
  '代表', '接受', '发言', '回答', '作了', '提出', '告诉', '谈到', '谈及', '谈了', '带领', '当选', '获得', '成为', '成了', '一直', '已经', '正在', '曾经', '今年', '去年', '近日', '日前', '此前', '随后', '同时',
  '当地时间', '北京时间', '看完', '看到', '听完', '听到', '拿着', '拿出', '指着', '带着', '拿著', '指著', '带著', '回忆', '谈起', '说起', '翻开', '打开', '走进', '走到', '站在', '坐在',
  '走上', '登上', '走出', '走向', '走过', '带来', '带回', '提交', '提出了',
  // `曾` as the adverb 'once' right after a name (`CEO林澈曾在美国…工作`: the name is 林澈)
  '曾在', '曾任', '曾是', '曾获', '曾于', '曾为', '曾多次', '曾先后', '曾担任', '曾参与',
  // `一…就` clauses right after a name (`…董事长庞祎一开口就…`: the name is 庞祎), and beginnings (`王强一开始拒不承认`)
  '一开始', '起初', '最初', '一开口', '一上任', '一进门', '一见面', '一落座', '一上台', '一回到', '一听说'
]

/**
 * Verbs of a firm's report right after a one-word Latin name (`Canalys分析`,
 * `Gartner预计`, `Counterpoint数据显示`): the name is a firm, not a person.
 */
export const firmReportVerbs = ['分析', '预计', '预测', '数据', '报告', '发布', '研究', '统计', '调查', '显示', '估计', '测算', '监测', '宣布', '公布']

/**
 * Words that open `…所说` as someone's words (`正如县委书记王强所说：“…”`): there
 * `所` before the verb makes no relative clause (`他所说的话`). They are
 * connectives and phrase openers too.
 */
export const asSaidOpeners = ['正如', '正像', '诚如', '恰如']

/** Connectives that may open a clause right before a name (`结果潘振声说`, `随后李华表示`, `正如王强所说`). */
export const clauseConnectives = [
  '结果', '随后', '然后', '于是', '后来', '最后', '对此', '同时', '如今', '当时', '此后', '另外', '此外', '不过', '可是', '但是', '因此', '所以', '接着', '之后', '事后',
  ...asSaidOpeners
]

/** Words that may open a speaker phrase and are not part of the roles (`据`, `在…看来`, `是`). */
export const phraseOpeners = ['据', '在', '由', '是', '经', '即', '系', '而', '但', ...asSaidOpeners]

/** Words that open with a phrase opener and are no opener (`经济财政司司长`, `经开区管委会主任`). */
export const notPhraseOpeners = ['经济', '经营', '经贸', '经开', '经信', '经管', '经纪', '经理', '经销', '经民联', '系主任', '由于', '是否', '系统', '即将', '而且', '但是', '在线']

/** Characters that may stand right before a name without being part of it (a role ends, or a clause). */
export const nameBoundaries = '，,、。！？；：“”「」（）()【】的者日时上 '

/**
 * Words that look like a surname and a given name but name a document, a
 * body or a medium: never a speaker (`文章指出`, `公司表示`).
 */
export const notNames = [
  '文章', '报道', '报告', '文件', '通知', '公告', '声明', '宣言', '全会', '会议', '大会', '意见', '方案', '规划', '纲要', '条例', '决定', '公报', '社论', '评论', '消息', '数据', '研究', '调查',
  '分析', '统计', '资料', '信息', '舆论', '外界', '业内', '市场', '官方', '方面', '媒体', '公司', '集团', '企业', '政府', '部门', '单位', '机构', '组织', '团队',
  '法院', '警方', '法律', '文中', '书中', '信中', '文献', '史料', '华商', '钱包', '金融', '高层', '宋体', '常委会', '万家', '万人', '于是', '于此', '江湖', '石油', '黄金',
  '明确', '明显', '明年', '明天', '明日', '马上', '白天', '申请', '叶片', '小时', '小区', '小康', '老年', '小吃', '老龄', '老城', '江苏', '广东', '湖南', '湖北', '云南', '贵州', '海南', '甘肃', '宁夏', '安徽', '山东', '山西', '河南', '河北', '江西', '福建', '浙江',
  '国家', '国务院', '全国', '我国', '本报', '本台', '记者', '作者', '编者', '笔者', '温馨', '原创', '编译',
  // Documents (`共识建议，…`, `指南指出`, `白皮书介绍`)
  '共识', '指南', '标准', '规范', '倡议', '白皮书', '蓝皮书', '绿皮书', '年鉴', '简报', '通报', '通告', '公示', '答复', '批复', '回复', '回函',
  // Offices and working groups (`金湾市长办公室…指出`, `督察组指出`)
  '办公室', '办事处', '指挥部', '工作组', '督察组', '调查组', '专家组', '专班', '新闻办',
  // Party committees and governments of a level, after `代表` read as a post (`王强代表市委、市政府致辞`)
  '市委', '县委', '区委', '省委', '州委', '盟委', '旗委', '镇委', '乡委', '村委', '党委', '市政府', '县政府', '区政府', '省政府', '州政府', '镇政府', '乡政府', '市府', '县府', '区府',
  // Units of a force, a bank or a party (`支队提醒，…`: 支 is a surname)
  '支队', '总队', '中队', '大队', '分队', '支行', '分行', '分局', '总局', '支部',
  // Ways to reach an office, printed as labels (`信函：寄至…`, `传真：…`)
  '信函', '传真', '邮箱', '电话', '地址', '网址', '邮编', '热线',
  // Modifiers of a post (`高级工程师说`: 高 is a surname)
  '高级', '资深', '首席', '特聘', '知名', '著名',
  // Words that open with 成 (`从一名普通钳工成长为…`: 成 is a surname)
  '成长', '成功', '成立', '成绩', '成果', '成本', '成员', '成效', '成熟', '成交', '成就',
  // Adverbs of frequency (`智能客服偶尔也会…`: 偶, 常 and 时 are surnames), and words that open with 随 (`女代表随身带着…`)
  '偶尔', '偶然', '常常', '时常', '时时', '经常', '随身', '随即', '随时', '随着', '随手',
  // Words for a post or a degree itself (`辞去…高级研究员职位`: 职 is a surname; `获得博士学位`: so is 学)
  '职位', '职务', '职称', '职级', '学位', '学历',
  // Familiar words for elders (`一名…的阿嬤說`)
  '阿嬷', '阿公', '阿伯', '阿婆', '阿叔', '阿妈', '阿爸',
  // Turns of an interview (`记者提问：`)
  '提问', '追问', '发问', '回答', '答问',
  // Reports that reach the police or a newsroom (`接群众报警称`, `…的男子回电称`)
  '报警', '举报', '来信', '来电', '回电', '回复', '反映', '投诉', '求助',
  // Words that open with 小 (`小区`): no familiar names
  '小组', '小学', '小姐', '小孩', '小编', '小店', '小镇', '小城', '小院', '小微', '小型', '小偷', '小贩', '小将', '小麦', '小米', '小说', '小品', '小数', '小平', '小龙虾',
  // Days (`发言人周五表示`: 周 is a surname)
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周末', '周内',
  // Gestures before a verb (`挥手喊道`)
  '挥手', '招手', '拍手', '举手', '握手', '点头', '摇头', '回头', '转身', '抬头', '低头',
  // Before a post (`许多专家`, `高校教师`, `周边居民`), with a common surname's character first
  '许多', '高校', '高中', '高管', '高铁', '周边', '周围', '张家', '李家', '王家', '刘家', '陈家',
  // Meetings (`全会强调`, `党代会提出`)
  '全会', '党代会', '党委会', '常务会', '党组会', '全体会议',
  // Parties and bodies that speak (`韩方表示`, `车企表示`, `白宫表示`), and periods (`宋代`)
  '韩方', '乌方', '英方', '法方', '巴方', '伊方', '印方', '朝方', '欧方', '台方', '港方', '澳方', '甲方', '乙方', '校方', '院方', '厂方', '资方', '劳方', '军方', '双方', '各方', '多方',
  '施工方', '建设方', '主办方', '承办方', '投资方', '合作方', '运营方', '管理方', '项目方', '开发商', '物业方',
  '车企', '房企', '药企', '国企', '央企', '民企', '外企', '银行', '平台', '白宫', '海关', '欧盟', '东盟', '北约', '宋代', '唐代', '明代', '清代', '汉代', '唐朝', '宋朝', '明朝', '清朝', '汉朝'
]

/** Words that take a clause as their object: the speaker's own words in marks may follow them (`这是因为“…”`). */
export const clauseIntroducers = ['因为', '由于', '称', '说', '认为', '觉得', '表示', '直言', '坦言']

/** Aspect particles: the character before one is a verb (`马云挑了挑眉毛`), not the end of a name. */
export const aspectParticles = '了着过'

/**
 * Verbs that open an occasion closed by `时` with no `在` before it (`王䶮作…报告时介绍`, `刘德胜交流发言时说`),
 * and verbs of going to its place (`赖文彬到据点视察时表示`).
 */
export const occasionVerbs = ['作', '做', '交流', '发言', '讲话', '致辞', '致词', '主持', '汇报', '出席', '参加', '视察', '调研', '考察', '走访', '回答', '答复', '回复', '回覆', '回应', '谈到', '谈及', '接见', '会见', '看望', '慰问', '听取', '部署', '总结', '到', '赴', '前往', '来到', '深入']

/**
 * Occasions that are speech themselves (`讲话`, `致辞`): a speech verb may
 * follow one without `时` (`县长王强讲话指出`, `李红致辞表示`), and the person
 * ends before the verb that opens the occasion.
 */
export const speechOccasions = ['讲话', '发言', '致辞', '致词']

/** Words that open a clause naming someone's capacity before the sentence's person (`作为省派科技特派员，王磊…`). */
export const capacityOpeners = ['作为', '身为']

/** Words that close an occasion opened by `在` and a verb (`在谈到…时表示`). */
export const occasionClosers = ['时', '之际', '期间', '之时']

/**
 * Prefixes of familiar names made of one surname (`小李`, `老张`): a name on
 * their own, as papers print ordinary people.
 */
export const familiarNamePrefixes = ['小', '老']

/**
 * Suffixes of familiar names after one surname, as Hong Kong and Guangdong
 * papers print them (`陈太`: Mrs Chan; `陈生`: Mr Chan).
 */
export const familiarNameSuffixes = ['太', '生']

/**
 * Last characters of an office or body (`林业局`, `教育厅`, `文联办`), a
 * province (`江西省则表示`) or a spot (`楼梯口`, `巷口`): a three-character
 * candidate that ends in one is not a personal name.
 */
export const bodyEndings = '局厅委办院部署厂社站馆司所网报处议组省口'

/**
 * Characters of transliterated and minority names (`古特雷斯`, `内塔尼亚胡`,
 * `阿依古丽`): a name of four to six characters without a compound surname
 * is read only when it is made of these (`难掩激动`, `边干活边` are not names).
 */
export const transliterationNameChars =
  '日阿埃艾爱安奥巴拜班邦保鲍贝本比彼宾波伯布查达戴丹道德迪蒂丁东杜多厄恩尔法菲费芬丰弗福伏富伽盖甘冈戈格葛古瓜圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利莉丽连列林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米密明莫墨姆穆纳娜奈南内尼努诺欧帕潘佩彭皮普齐奇契恰乔切琴丘萨塞桑瑟森沙尚舍什史舒斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌伍西希谢辛休雅亚扬耶伊依因英尤于约扎泽詹兹佐买热娜次仁卓旦增央宗措才让买提江古丽木罕别克夏旺堆扎顿珠平玛嘎曲强白朗贡觉群培却确琼努肉孜吐逊都曼森玉素甫吾满合迪呷果俄底苦各来初色其火娃额敦施力云芝育则廉毕高花仓珍宝音根朝敖登益牛乃边此岩块四郎绒且支更藏降'

/**
 * Characters of {@link notNameChars} that transliterated names do use
 * (`哈里斯`, `里根`): allowed in a name of three or more characters right
 * after a post.
 */
export const transliterationChars = '里'

/**
 * Characters of {@link notNameChars} that given names use too (`甘如海`,
 * `王日新`, `李再兴`, `严可为`, `曾于庭`): allowed after a known surname in a name of three
 * characters right after a post, a word for a person or a boundary, or one the article prints after a post.
 */
export const givenNameGrammarChars = '如日再为于当'

/**
 * Characters of {@link notNameChars} that are also surnames (`于洪涛`): allowed
 * as the first character of a name right after a post, or of one the
 * article prints after a post.
 */
export const grammarSurnames = '于'

/**
 * Surnames that are also conjunctions (`和`): right after a word for a
 * person, one before another such word joins the two (`人士和专家`,
 * `市民和老师`), not a name (`和先生` stays one after a clause boundary).
 */
export const conjunctionSurnames = '和'

/** Characters never found in a Han personal name (grammar words; `性` and `制` after a post: `代表性项目`, `河长制办公室`). */
export const notNameChars = '的了是在与及等为对说将也就还把被着过这那个们我你他她它于所而且但或如虽因由此该各每某请让使已再又更最很太不没无要得地下里外前后日号第当性制'
