import { describe, expect, it } from 'vitest'
import { parseArticle, type Quote } from '../../src/index.js'
import { articlePage } from '../helpers/page.js'

/** Quotes of a page made of these paragraphs. */
function quotesOf(...paragraphs: string[]): Quote[] {
  return parseArticle(articlePage(paragraphs)).quotes
}

/** Compact view: kind, speaker name, role texts, text. */
function brief(quotes: Quote[]): Array<[string, string | null, string[], string]> {
  return quotes.map((quote) => [quote.kind, quote.speaker?.name ?? null, quote.speaker?.roles.map((role) => role.text) ?? [], quote.text])
}

describe('quote first, speaker after the closing mark', () => {
  it('roles, name, 表示, then the same speaker’s indirect words', () => {
    const quotes = quotesOf('“今年园区新签约项目32个，总投资超百亿元。”区政协委员，中以常州创新园党工委委员、管委会副主任周立平表示，2024年园区将继续链接更多高端资源。')
    expect(brief(quotes)).toEqual([
      ['direct', '周立平', ['区政协委员', '中以常州创新园党工委委员', '管委会副主任'], '今年园区新签约项目32个，总投资超百亿元。'],
      ['indirect', '周立平', ['区政协委员', '中以常州创新园党工委委员', '管委会副主任'], '2024年园区将继续链接更多高端资源。']
    ])
  })
  it('a signature after a dash (“…。”——全国人大代表李四)', () => {
    const words = '要让更多年轻人回到乡村。'
    expect(brief(quotesOf(`“${words}”——全国人大代表、某村党支部书记李四`))).toEqual([['direct', '李四', ['全国人大代表', '某村党支部书记'], words]])
    expect(brief(quotesOf(`“${words}” —— 李四（全国人大代表）`))).toEqual([['direct', '李四', ['全国人大代表'], words]])
    // Not a term with a description after it, and not a quote that ends the paragraph alone.
    expect(brief(quotesOf('“新能源之都”——常州的新名片'))).toEqual([])
    expect(brief(quotesOf(`“${words}”`))).toEqual([])
    expect(brief(quotesOf(`“${words}”——`))).toEqual([])
  })
  it('a topic clause with 在…时 or 当被问及 between the quote and the speaker', () => {
    const words = '这是一次难得的机会。'
    expect(brief(quotesOf(`“${words}”在谈到此次培训时，市长李文华说。`))).toEqual([['direct', '李文华', ['市长'], words]])
    expect(brief(quotesOf(`“${words}”当被问及此事时，市长李文华说。`))).toEqual([['direct', '李文华', ['市长'], words]])
  })
  it('…李媛说。', () => {
    expect(brief(quotesOf('“社区食堂开到了家门口，老人吃饭方便多了。”市政协委员、社区服务中心主任李媛说。'))).toEqual([
      ['direct', '李媛', ['市政协委员', '社区服务中心主任'], '社区食堂开到了家门口，老人吃饭方便多了。']
    ])
  })
  it('在…看来，…', () => {
    expect(brief(quotesOf('“一年的变化让人振奋。”在区人大代表、牛塘镇镇长蒋雨晨看来，创新区的吸引力将大幅提升。'))).toEqual([
      ['direct', '蒋雨晨', ['区人大代表', '牛塘镇镇长'], '一年的变化让人振奋。'],
      ['indirect', '蒋雨晨', ['区人大代表', '牛塘镇镇长'], '创新区的吸引力将大幅提升。']
    ])
  })
  it('a topic clause between the quote and its speaker (谈及未来，…), but not 对此，', () => {
    expect(brief(quotesOf('“产业发展前景广阔。”谈及未来，市人大代表张三信心满满地说。'))).toEqual([
      ['direct', '张三', ['市人大代表'], '产业发展前景广阔。']
    ])
    expect(brief(quotesOf('“產業發展前景廣闊。”談及未來，市人大代表張三說。'))).toEqual([['direct', '張三', ['市人大代表'], '產業發展前景廣闊。']])
    expect(brief(quotesOf('“产业发展前景广阔。”对此，市人大代表张三表示，要抓住机遇。'))).toEqual([['indirect', '张三', ['市人大代表'], '要抓住机遇。']])
  })
  it('a description ending in 的 between the quote and its speaker (“…”家住城南的王先生说。)', () => {
    const words = '以前要跑好几趟，现在一次就办好了。'
    expect(brief(quotesOf(`“${words}”家住城南的王先生说。`))).toEqual([['direct', '王先生', [], words]])
    expect(brief(quotesOf(`“${words}”在现场排队的市民张女士高兴地说。`))).toEqual([['direct', '张女士', [], words]])
    expect(brief(quotesOf(`“${words}”今年65岁的王先生告诉记者。`))).toEqual([['direct', '王先生', [], words]])
    expect(brief(quotesOf(`“${words}”正在办事的市民说。`))).toEqual([['direct', null, [], words]])
    // A quoted term before a description is still a term; a clause with a comma is not a description.
    expect(brief(quotesOf('“一带一路”的建设者张三说，今年很好。'))).toEqual([['indirect', '张三', [], '今年很好。']])
    expect(brief(quotesOf(`“${words}”这是记者听到最多的话，张三说。`))).toEqual([])
  })
  it('…许健为…点赞。', () => {
    expect(brief(quotesOf('“这是新兴产业的生动缩影。”区人大代表、江苏凯达重工股份有限公司总经理许健为我区合成生物产业点赞。'))).toEqual([
      ['direct', '许健', ['区人大代表', '江苏凯达重工股份有限公司总经理'], '这是新兴产业的生动缩影。']
    ])
  })
})

describe('speaker first', () => {
  it('市人大代表孙磊说：“…”', () => {
    expect(brief(quotesOf('市人大代表孙磊说：“城市更新要把群众的意见放在前头。”'))).toEqual([
      ['direct', '孙磊', ['市人大代表'], '城市更新要把群众的意见放在前头。']
    ])
  })
  it('据…介绍，…', () => {
    expect(brief(quotesOf('据区商务局副局长吴芳介绍，今年全区将举办促消费活动120场。'))).toEqual([
      ['indirect', '吴芳', ['区商务局副局长'], '今年全区将举办促消费活动120场。']
    ])
  })
  it('…对本报记者表示，… / …在接受采访时坦言，… / …认为，…', () => {
    expect(brief(quotesOf('市发改委主任周涛对本报记者表示，重大项目开工率达到九成。'))).toEqual([
      ['indirect', '周涛', ['市发改委主任'], '重大项目开工率达到九成。']
    ])
    expect(brief(quotesOf('县农业农村局局长林海在接受采访时坦言，种粮收益仍然偏低。'))).toEqual([
      ['indirect', '林海', ['县农业农村局局长'], '种粮收益仍然偏低。']
    ])
    expect(brief(quotesOf('张伟认为，产业链协同还有很大空间。'))).toEqual([['indirect', '张伟', [], '产业链协同还有很大空间。']])
    expect(brief(quotesOf('张伟告诉本报记者，产业链协同还有很大空间。'))).toEqual([['indirect', '张伟', [], '产业链协同还有很大空间。']])
  })
  it('a quote that runs on over paragraphs (an opening mark on each, the closing one on the last)', () => {
    const quotes = quotesOf('区长张三说：“第一件事是抓项目，今年要新开工项目50个。', '“第二件事是抓民生，要新建学校10所。', '“第三件事是抓安全。”', '会议还研究了其他事项。')
    expect(brief(quotes)).toEqual([
      ['direct', '张三', ['区长'], '第一件事是抓项目，今年要新开工项目50个。'],
      ['direct', '张三', ['区长'], '第二件事是抓民生，要新建学校10所。'],
      ['direct', '张三', ['区长'], '第三件事是抓安全。']
    ])
    // A continued paragraph attributed to someone else is theirs; a closed quote carries nothing on.
    expect(brief(quotesOf('区长张三说：“第一件事是抓项目。', '“第二件事是抓民生。”李四说。'))[1]?.[1]).toBe('李四')
    expect(brief(quotesOf('区长张三说：“第一件事是抓项目。”', '“第二件事是抓民生。”'))).toHaveLength(1)
  })
  it('a paragraph that ends with a speech verb and a colon gives its speaker the quote opening the next one', () => {
    const quotes = quotesOf('区人大代表张三在发言中表示：', '“今年要抓好三件事。', '“一是项目，二是民生。”', '会议还研究了其他事项。')
    expect(brief(quotes)).toEqual([
      ['direct', '张三', ['区人大代表'], '今年要抓好三件事。'],
      ['direct', '张三', ['区人大代表'], '一是项目，二是民生。']
    ])
    expect(brief(quotesOf('区长王五出席会议并讲话。', '他在讲话中强调：', '“今年要抓好三件事。”'))).toEqual([['direct', '王五', ['区长'], '今年要抓好三件事。']])
    expect(brief(quotesOf('一位业主在接受采访时说：', '“房子终于交付了。”'))).toEqual([['direct', null, [], '房子终于交付了。']])
    // Only a quote opening the next paragraph; a document's colon gives nothing.
    expect(quotesOf('区人大代表张三在发言中表示：', '要抓好三件事，一是项目，二是民生。')).toEqual([])
    expect(quotesOf('政府工作报告指出：', '“今年要抓好三件事。”')).toEqual([])
  })
  it('split quote: two quotes, the words inside each pair of marks, one speaker', () => {
    expect(brief(quotesOf('“今年是关键一年，”赵明说，“我们不能松劲。”'))).toEqual([
      ['direct', '赵明', [], '今年是关键一年，'],
      ['direct', '赵明', [], '我们不能松劲。']
    ])
    expect(brief(quotesOf('“今年是关键一年”，赵明说，“我们不能松劲。”'))).toEqual([
      ['direct', '赵明', [], '今年是关键一年'],
      ['direct', '赵明', [], '我们不能松劲。']
    ])
  })
  it('a quote opened with 表示： stays its speaker’s when a pronoun and a verb follow it', () => {
    expect(brief(quotesOf('市人大代表、溧阳中学校长周敏表示：“我们将与高校合作。”她说，学校已开设人工智能课程。'))).toEqual([
      ['direct', '周敏', ['市人大代表', '溧阳中学校长'], '我们将与高校合作。'],
      ['indirect', '周敏', ['市人大代表', '溧阳中学校长'], '学校已开设人工智能课程。']
    ])
    expect(brief(quotesOf('王强说道：“要加快发展，”他说，“还要注意安全。”'))).toEqual([
      ['direct', '王强', [], '要加快发展，'],
      ['direct', '王强', [], '还要注意安全。']
    ])
  })
  it('a state of mind between the speaker and the colon (孙七充满信心：“…”)', () => {
    expect(brief(quotesOf('对于未来，省人大代表、某村党支部书记孙七充满信心：“乡亲们的日子一定会越过越红火。”'))).toEqual([
      ['direct', '孙七', ['省人大代表', '某村党支部书记'], '乡亲们的日子一定会越过越红火。']
    ])
    expect(brief(quotesOf('村民李四深有感触：“以前出门都是泥巴路。”'))).toEqual([['direct', '李四', [], '以前出门都是泥巴路。']])
  })
  it('a decoration bullet before a label or a speaker is part of neither (▶全国人大代表张三：…)', () => {
    expect(brief(quotesOf('▶全国人大代表、某村党支部书记张三：“要让更多年轻人回到乡村。”'))).toEqual([
      ['direct', '张三', ['全国人大代表', '某村党支部书记'], '要让更多年轻人回到乡村。']
    ])
    expect(brief(quotesOf('●全国人大代表张三：“要让更多年轻人回到乡村。”'))).toEqual([['direct', '张三', ['全国人大代表'], '要让更多年轻人回到乡村。']])
  })
  it('labelled form （委员语录）全国政协委员吴焰：“…”', () => {
    expect(brief(quotesOf('（委员语录）全国政协委员吴焰：“保险要回归保障本源。”'))).toEqual([
      ['direct', '吴焰', ['全国政协委员'], '保险要回归保障本源。']
    ])
  })
})

describe('speakers carried over', () => {
  it('a pronoun after a sentence that opens with roles and a name is that person (出席会议并讲话。他指出，…)', () => {
    expect(brief(quotesOf('区委书记王建军出席会议并讲话。他指出，全区经济运行稳中有进。'))).toEqual([['indirect', '王建军', ['区委书记'], '全区经济运行稳中有进。']])
    expect(brief(quotesOf('会上，市委常委、常务副市长周立新带队调研。他强调，要加快项目建设。'))).toEqual([
      ['indirect', '周立新', ['市委常委', '常务副市长'], '要加快项目建设。']
    ])
    // A two-character name before a word that follows a subject.
    expect(brief(quotesOf('区委书记王军出席会议。他强调，要狠抓落实。'))[0]?.[1]).toBe('王军')
    // It wins over an earlier speaker when that sentence is nearer.
    expect(brief(quotesOf('“我们有信心。”张三说。区长李红梅主持会议。她表示，要加快发展。'))[1]).toEqual(['indirect', '李红梅', ['区长'], '要加快发展。'])
    // Not a person named inside a speaker's own sentence.
    expect(brief(quotesOf('张三说，要向区委书记王建军学习。他表示，要加强合作。'))[1]?.[1]).toBe('张三')
  })
  it('a pronoun after a comma is the person its own sentence opens with (区长李红梅对…给予肯定，她指出，…)', () => {
    expect(brief(quotesOf('区长李红梅对全区工作给予充分肯定，她指出，今年以来成效明显。'))).toEqual([['indirect', '李红梅', ['区长'], '今年以来成效明显。']])
    // A bare name counts only when it was met before (a speaker, or printed after a post).
    expect(brief(quotesOf('“要抓紧。”区长张三说。', '张三对全区工作给予充分肯定，他指出，今年以来成效明显。'))[1]).toEqual(['indirect', '张三', ['区长'], '今年以来成效明显。'])
    expect(brief(quotesOf('张三对全区工作给予充分肯定，他指出，今年以来成效明显。'))).toEqual([['indirect', null, [], '今年以来成效明显。']])
  })
  it('a pronoun after a sentence that opens with a bare name met before is that person, with the roles printed earlier', () => {
    const quotes = quotesOf('市委书记张三来到某镇调研。', '张三还就下一步工作提出要求。他强调，要抓落实。')
    expect(brief(quotes)).toEqual([['indirect', '张三', ['市委书记'], '要抓落实。']])
    // It is not a name printed with a post only later in the article.
    expect(brief(quotesOf('张三还就下一步工作提出要求。他强调，要抓落实。', '市委书记张三出席。'))).toEqual([['indirect', null, [], '要抓落实。']])
  })
  it('a body after 代表 is no name and 代表 before it no role (王强代表市委、市政府致辞。他表示)', () => {
    expect(brief(quotesOf('市委书记王强代表市委致辞。他表示，要把民生实事办好。'))).toEqual([['indirect', '王强', ['市委书记'], '要把民生实事办好。']])
    expect(brief(quotesOf('市委书记王强主持会议。', '王强代表市委、市政府致辞。他表示，要把民生实事办好。'))).toEqual([['indirect', '王强', ['市委书记'], '要把民生实事办好。']])
    // Without roles printed before, the sentence names no one the pronoun can be.
    expect(brief(quotesOf('王强代表市政府致辞。他表示，要把民生实事办好。'))).toEqual([['indirect', null, [], '要把民生实事办好。']])
    // A deputy's post after a name is still a role.
    expect(brief(quotesOf('王芳代表指出，要把民生实事办好。'))).toEqual([['indirect', '王芳', ['代表'], '要把民生实事办好。']])
  })
  it('a name whose last character may open the word after a subject (邬清和指出) is read whole when the article prints it only so', () => {
    const quotes = quotesOf('8月21日下午，副市长邬清和到滨溪街道调研。', '邬清和指出，城市更新是一项系统工程。', '他强调，要把群众满意作为根本标准。')
    expect(brief(quotes)).toEqual([
      ['indirect', '邬清和', ['副市长'], '城市更新是一项系统工程。'],
      ['indirect', '邬清和', ['副市长'], '要把群众满意作为根本标准。']
    ])
    // Two people joined by 和 stay two: the first is the subject.
    expect(brief(quotesOf('区委书记张三和区长李四出席会议并讲话。张三和李四一同调研。他指出，要加快发展。'))).toEqual([['indirect', '张三', ['区委书记'], '要加快发展。']])
    // Not a longer word that opens at the last character (`贺兰舟认为`: `认为`, though `为` follows a subject).
    expect(brief(quotesOf('省游泳队主教练贺兰舟认为，她的技术动作很规范。', '“她最大的优势是心态好。”他说。'))[1]).toEqual(['direct', '贺兰舟', ['省游泳队主教练'], '她最大的优势是心态好。'])
  })
  it('a pronoun that opens a paragraph is the person the last sentence of the paragraph before opens with', () => {
    const quotes = quotesOf('1月5日，全区经济工作会议召开。区委书记王建军出席会议并讲话。', '他指出，全区经济运行稳中有进。')
    expect(brief(quotes)).toEqual([['indirect', '王建军', ['区委书记'], '全区经济运行稳中有进。']])
    // A name with a middle dot, read up to the word after it.
    const dotted = quotesOf('县政协委员、县第二中学校长古丽娜尔·哈斯木为新政策点赞。', '她表示，学校将开展结对帮扶。')
    expect(brief(dotted)).toEqual([['indirect', '古丽娜尔·哈斯木', ['县政协委员', '县第二中学校长'], '学校将开展结对帮扶。']])
  })
  it('a pronoun is the nearest earlier speaker of the section, with the earlier roles', () => {
    const quotes = quotesOf('“村里的路修好了。”县人大代表、阿克村村委会主任王建国说。', '他表示，今年还要发展乡村旅游。')
    expect(brief(quotes)[1]).toEqual(['indirect', '王建国', ['县人大代表', '阿克村村委会主任'], '今年还要发展乡村旅游。'])
  })
  it('她说 after a woman speaker', () => {
    const quotes = quotesOf('市政协委员、实验小学校长葛婉清表示，要推进集团化办学。', '她说：“让每个孩子在家门口上好学。”')
    expect(brief(quotes)[1]).toEqual(['direct', '葛婉清', ['市政协委员', '实验小学校长'], '让每个孩子在家门口上好学。'])
  })
  it('a repeated bare name keeps the earlier roles', () => {
    const quotes = quotesOf('区卫健委主任欧阳明远介绍，医联体覆盖全区。', '欧阳明远说，明年将新增家庭医生团队20个。')
    expect(brief(quotes)[1]).toEqual(['indirect', '欧阳明远', ['区卫健委主任'], '明年将新增家庭医生团队20个。'])
  })
  it('a name after a word for what the person is (村民张强) is the speaker, with no role', () => {
    expect(brief(quotesOf('“现在的日子真是越过越好了！”村民张强激动地说。'))).toEqual([['direct', '张强', [], '现在的日子真是越过越好了！']])
    expect(brief(quotesOf('“真没想到！”居民张桂兰说。'))).toEqual([['direct', '张桂兰', [], '真没想到！']])
    expect(brief(quotesOf('市民王女士表示，服务越来越好了。'))).toEqual([['indirect', '王女士', [], '服务越来越好了。']])
  })
  it('a family word is what someone is, not a name (张三的母亲说; 张三的妻子李四说 is 李四)', () => {
    expect(brief(quotesOf('张三的母亲说，家里的日子越来越好。'))).toEqual([['indirect', null, [], '家里的日子越来越好。']])
    expect(brief(quotesOf('张三的妻子李四说，家里的日子越来越好。'))).toEqual([['indirect', '李四', [], '家里的日子越来越好。']])
  })
  it('several unnamed people (村民们, 代表委员们纷纷) have speaker null; the reporters are nobody', () => {
    expect(brief(quotesOf('村民们说：“现在的日子越过越好了。”'))).toEqual([['direct', null, [], '现在的日子越过越好了。']])
    expect(brief(quotesOf('代表委员们纷纷表示，要抓好落实。'))).toEqual([['indirect', null, [], '要抓好落实。']])
    expect(quotesOf('记者们说，学校的饭菜很好吃。')).toEqual([])
  })
  it('an unnamed person has speaker null', () => {
    expect(brief(quotesOf('一位业主说：“房子终于交付了。”'))).toEqual([['direct', null, [], '房子终于交付了。']])
    expect(brief(quotesOf('该项目负责人表示，工程将于年底完工。'))).toEqual([['indirect', null, [], '工程将于年底完工。']])
  })
})

describe('names', () => {
  it('compound surnames', () => {
    expect(quotesOf('据区卫健委副主任端木青介绍，基层诊疗量占比达到62%。')[0]?.speaker?.name).toBe('端木青')
    expect(quotesOf('县政协委员诸葛文涛表示，企业办事更方便了。')[0]?.speaker?.name).toBe('诸葛文涛')
  })
  it('posts of Hong Kong and emergency commands (行政长官, 特首, 总指挥)', () => {
    expect(quotesOf('行政長官李家超指出：「香港會繼續發揮獨特優勢。」')[0]?.speaker).toEqual({ name: '李家超', roles: [{ text: '行政長官', organization: null, title: '行政長官' }] })
    expect(quotesOf('特首李家超表示，香港会继续发挥独特优势。')[0]?.speaker?.name).toBe('李家超')
    expect(quotesOf('防汛总指挥张三说，要严阵以待。')[0]?.speaker?.roles).toEqual([{ text: '防汛总指挥', organization: '防汛', title: '总指挥' }])
  })
  it('a name never opens with the last character of a post (理事长孙海 is 孙海, not 长孙海 after 理事)', () => {
    const chairman = [{ text: '合作社理事长', organization: '合作社', title: '理事长' }]
    expect(quotesOf('合作社理事长孙海说，水清了。')[0]?.speaker).toEqual({ name: '孙海', roles: chairman })
    // Also for the person a pronoun's sentence opens with.
    expect(quotesOf('合作社理事长孙大海出席会议。他表示，水清了。')[0]?.speaker).toEqual({ name: '孙大海', roles: chairman })
  })
  it('names with a middle dot', () => {
    expect(quotesOf('“路通了、灯亮了。”县人大代表、村委会主任买买提江·艾力表示，村里将发展农家乐。')[0]?.speaker?.name).toBe('买买提江·艾力')
    expect(quotesOf('市政协委员艾力•买买提说：“冰雪旅游正当时。”')[0]?.speaker?.name).toBe('艾力•买买提')
  })
  it('Latin names', () => {
    expect(quotesOf('公司首席执行官John Smith表示，中国市场仍是增长引擎。')[0]?.speaker?.name).toBe('John Smith')
  })
})

describe('word lists found short by a probe of made-up pages', () => {
  const words = '今年要抓好落实。'
  it.each([
    ['果农张建军说，', '张建军', []],
    ['一位果农说，', null, []],
    ['外卖骑手张建军说，', '张建军', []],
    ['施工方负责人表示，', null, []],
    ['博士研究生易晨说，', '易晨', ['博士研究生']],
    ['县长助理、县招商局局长戴一帆说，', '戴一帆', ['县长助理', '县招商局局长']],
    ['支队政治委员李强说，', '李强', ['支队政治委员']],
    ['王海涛在受访时表示，', '王海涛', []],
    ['王海涛举例说，', '王海涛', []],
    ['王海涛提醒说，', '王海涛', []],
    ['張三呼籲，', '張三', []]
  ])('%s gives the speaker %s', (speaker, name, roles) => {
    expect(brief(quotesOf(`${speaker}${words}`))).toEqual([['indirect', name, roles, words]])
  })
  it('an assistant to a head is one post (县长助理), not 县长 + 助理', () => {
    expect(quotesOf(`县长助理、县招商局局长戴一帆说，${words}`)[0]?.speaker?.roles[0]).toEqual({ text: '县长助理', organization: null, title: '县长助理' })
    expect(quotesOf(`项目助理张强说，${words}`)[0]?.speaker?.roles[0]).toEqual({ text: '项目助理', organization: '项目', title: '助理' })
  })
  it('splits a party committee seat (镇党委委员 → 镇党委 + 委员)', () => {
    expect(quotesOf(`镇党委委员、副镇长邱晓东说，${words}`)[0]?.speaker?.roles).toEqual([
      { text: '镇党委委员', organization: '镇党委', title: '委员' },
      { text: '副镇长', organization: null, title: '副镇长' }
    ])
  })
  it('bodies that meet or review (常委会会议强调, 常委会审议认为, 专家组一致认为) are no speakers', () => {
    for (const body of ['市委常委会会议强调，', '市人大常委会审议认为，', '专家组一致认为，']) expect(quotesOf(`${body}${words}`), body).toEqual([])
  })
})

describe('names and quote forms found by a probe of made-up pages', () => {
  it('the surname 于 after a post, or printed after one elsewhere (于 is otherwise a preposition)', () => {
    expect(brief(quotesOf('市人大代表、华星公司董事长于洪涛说：“今年订单增长了两成。”'))).toEqual([['direct', '于洪涛', ['市人大代表', '华星公司董事长'], '今年订单增长了两成。']])
    expect(brief(quotesOf('董事长于洪涛出席。', '于洪涛表示，将继续努力。'))).toEqual([['indirect', '于洪涛', ['董事长'], '将继续努力。']])
    expect(quotesOf('会议于今年表示，要增长。')).toEqual([])
  })
  it('the surname 和 between two words for people joins them (人士和专家, 市民和老师): no name', () => {
    expect(quotesOf('业内人士和专家均认为，这一政策来得及时。').map((quote) => quote.speaker?.name ?? null)).toEqual([null])
    expect(quotesOf('市民和老师都表示，这一政策来得及时。').map((quote) => quote.speaker?.name ?? null)).toEqual([null])
    expect(brief(quotesOf('家住城东的和先生表示，这一政策来得及时。'))).toEqual([['indirect', '和先生', [], '这一政策来得及时。']])
  })
  it('a post before 联合会 or 协会 names an organisation’s members, not a role before a name (董事联合会总会主席刘振华)', () => {
    expect(brief(quotesOf('马来西亚华校董事联合会总会主席刘振华出席活动。他强调，华文教育要传承。'))).toEqual([['indirect', '刘振华', ['马来西亚华校董事联合会总会主席'], '华文教育要传承。']])
    expect(brief(quotesOf('省作家协会主席王蒙出席会议。他说，要多读书。'))).toEqual([['indirect', '王蒙', ['省作家协会主席'], '要多读书。']])
  })
  it('minority names of four or five characters after a post, read forwards too (扎西多吉, 乌云毕力格, 萨仁高娃)', () => {
    expect(brief(quotesOf('据林芝市文化和旅游局局长扎西多吉介绍，全市共接待游客58.3万人次。'))).toEqual([['indirect', '扎西多吉', ['林芝市文化和旅游局局长'], '全市共接待游客58.3万人次。']])
    expect(brief(quotesOf('牧场党委书记乌云毕力格表示，要懂政策。'))).toEqual([['indirect', '乌云毕力格', ['牧场党委书记'], '要懂政策。']])
    expect(brief(quotesOf('“现在放牧靠手机。”合作社理事长萨仁高娃说。'))).toEqual([['direct', '萨仁高娃', ['合作社理事长'], '现在放牧靠手机。']])
    // A three-character name before a word that follows a subject stays three characters.
    expect(brief(quotesOf('市文旅局局长马丽娜来到现场。她说，游客很多。'))).toEqual([['indirect', '马丽娜', ['市文旅局局长'], '游客很多。']])
  })
  it('a minority name without a surname right after a closing mark (”额尔敦说, ”其其格说)', () => {
    expect(brief(quotesOf('“羊少了，膘好了，价钱也上去了。”额尔敦说。'))).toEqual([['direct', '额尔敦', [], '羊少了，膘好了，价钱也上去了。']])
    expect(brief(quotesOf('“我翻了好几遍。”其其格说，希望书屋能多添一些书。'))).toEqual([
      ['direct', '其其格', [], '我翻了好几遍。'],
      ['indirect', '其其格', [], '希望书屋能多添一些书。']
    ])
    // Not a word of other characters (`”大家说`).
    expect(quotesOf('“这是一件好事。”大家说。').some((quote) => quote.speaker !== null)).toBe(false)
  })
  it('common surnames the list lacked (傅, 洪, 赖, 萧, 阎, 贝)', () => {
    for (const name of ['傅晓雯', '洪晓雯', '赖晓雯', '萧晓雯', '阎晓雯', '贝晓雯']) {
      expect(brief(quotesOf(`“每天能省下20多分钟。”${name}说。`)), name).toEqual([['direct', name, [], '每天能省下20多分钟。']])
    }
  })
  it('a Latin name with accented letters (Anna Müller, François Dupont)', () => {
    expect(brief(quotesOf('德国基尔应用经济研究所研究员Anna Müller表示，欧盟分歧明显。'))).toEqual([['indirect', 'Anna Müller', ['德国基尔应用经济研究所研究员'], '欧盟分歧明显。']])
    expect(brief(quotesOf('“我们很满意。”法国厨师François Dupont说。'))).toEqual([['direct', 'François Dupont', ['法国厨师'], '我们很满意。']])
  })
  it('an age in brackets after a name (赵女士（35岁）说), 解释称 as a verb (not the name 解释), a post before 事务所', () => {
    expect(brief(quotesOf('“这个月门就锁了。”市民赵女士（35岁）说。'))).toEqual([['direct', '赵女士', [], '这个月门就锁了。']])
    expect(brief(quotesOf('一名工作人员解释称，泵房设备使用已超过12年。'))).toEqual([['indirect', null, [], '泵房设备使用已超过12年。']])
    expect(brief(quotesOf('“要保存好证据。”临岚正衡律师事务所律师苏婉清说。', '她指出，发卡企业应当备案。'))[1]).toEqual(['indirect', '苏婉清', ['临岚正衡律师事务所律师'], '发卡企业应当备案。'])
  })
  it('craftspeople and parents named by what they are (竹编艺人说, 年轻妈妈说)', () => {
    expect(brief(quotesOf('“徒弟一下子多了十几个。”竹编艺人说。'))).toEqual([['direct', null, [], '徒弟一下子多了十几个。']])
    expect(brief(quotesOf('“真希望小区里能有托育点。”在县城上班的年轻妈妈说。'))).toEqual([['direct', null, [], '真希望小区里能有托育点。']])
  })
  it('a village clerk (村委会文书) and a teasing remark (打趣道, 调侃说)', () => {
    expect(brief(quotesOf('村委会文书王晓雨说：“陈书记天天泡在茶园里。”'))).toEqual([['direct', '王晓雨', ['村委会文书'], '陈书记天天泡在茶园里。']])
    expect(brief(quotesOf('“认准的事八头牛都拉不回来。”同事小王打趣道。'))).toEqual([['direct', '小王', [], '认准的事八头牛都拉不回来。']])
  })
  it('a name of several dotted or hyphened parts read forwards whole (叶尔兰·努尔兰诺维奇·扎克瑟别科夫, 卡鲁阿纳-格雷奇)', () => {
    expect(brief(quotesOf('哈萨克斯坦驻成都总领事叶尔兰·努尔兰诺维奇·扎克瑟别科夫出席开幕式。他说，贸易额突破410亿美元。'))).toEqual([
      ['indirect', '叶尔兰·努尔兰诺维奇·扎克瑟别科夫', ['哈萨克斯坦驻成都总领事'], '贸易额突破410亿美元。']
    ])
    expect(brief(quotesOf('孔子学院院长玛丽亚·卡鲁阿纳-格雷奇出席。她说，学员超过1200人。'))).toEqual([['indirect', '玛丽亚·卡鲁阿纳-格雷奇', ['孔子学院院长'], '学员超过1200人。']])
  })
  it('a Japanese name after a post (社长佐藤健一), a winery owner (酒庄庄主)', () => {
    expect(brief(quotesOf('日本精工株式会社社长佐藤健一介绍，研发中心已投入运营。'))).toEqual([['indirect', '佐藤健一', ['日本精工株式会社社长'], '研发中心已投入运营。']])
    expect(brief(quotesOf('“七年前我们第一次来。”圣雅克酒庄庄主让-皮埃尔·杜兰德说。'))).toEqual([['direct', '让-皮埃尔·杜兰德', ['圣雅克酒庄庄主'], '七年前我们第一次来。']])
    // A place named like one stays a place (`高桥镇镇长李明`).
    expect(brief(quotesOf('高桥镇镇长李明表示，要加快发展。'))).toEqual([['indirect', '李明', ['高桥镇镇长'], '要加快发展。']])
  })
  it('补充介绍 and 补充表示 are speech verbs (处长龙晓棠补充介绍，)', () => {
    expect(brief(quotesOf('市医保局待遇保障处处长龙晓棠补充介绍，全市已有1362家机构开通结算。'))).toEqual([['indirect', '龙晓棠', ['市医保局待遇保障处处长'], '全市已有1362家机构开通结算。']])
  })
  it('someone unnamed right before a colon and a quote (【街采】学生家长：“…”, 一位外国记者用中文提问：“…”); not the reporter', () => {
    expect(brief(quotesOf('【街采】学生家长：“孩子的课后服务现在搞得很好。”'))).toEqual([['direct', null, [], '孩子的课后服务现在搞得很好。']])
    expect(brief(quotesOf('【街采】大学毕业生：“我最关心就业。”'))).toEqual([['direct', null, [], '我最关心就业。']])
    expect(brief(quotesOf('委员通道现场，一位外国记者用中文提问：“新能源汽车为什么能发展这么快？”'))).toEqual([['direct', null, [], '新能源汽车为什么能发展这么快？']])
    expect(quotesOf('记者：“今年有哪些新变化？”')).toEqual([])
  })
  it('traditional 著 for 着 in a manner before the verb (蔣阿婆笑著說：「…」)', () => {
    expect(brief(quotesOf('今年81歲的蔣阿婆笑著說：「在幸福院吃飯，比一個人在家熱鬧多了。」'))).toEqual([['direct', '蔣阿婆', [], '在幸福院吃飯，比一個人在家熱鬧多了。']])
  })
  it('a full name with a word of address after it (王德贵老人说, …的庞桂芝阿姨说)', () => {
    expect(brief(quotesOf('“出门买菜方便多了。”家住东门坊社区的庞桂芝老人说。'))).toEqual([['direct', '庞桂芝', [], '出门买菜方便多了。']])
    expect(brief(quotesOf('王德贵老人说，出门买菜方便多了。'))).toEqual([['indirect', '王德贵', [], '出门买菜方便多了。']])
    expect(brief(quotesOf('“方便多了。”一位老人说。'))).toEqual([['direct', null, [], '方便多了。']])
  })
  it('a phrase that refers back may hold a quoted term (这位“娘家人”代表说)', () => {
    const quotes = quotesOf('区人大代表、东湖社区党委书记郑晓雯出席。“大家随时可以留言。”郑晓雯说。', '谈及未来，这位“娘家人”代表说：“群众的每一条心声，都是代表的‘必答题’。”')
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(['郑晓雯', '郑晓雯'])
  })
  it('street interviews: 白领, 学员 before a colon, and 问记者 after a quote', () => {
    expect(brief(quotesOf('【街采】年轻白领：“希望夜市和商圈的活动再多一些。”'))).toEqual([['direct', null, [], '希望夜市和商圈的活动再多一些。']])
    expect(brief(quotesOf('“能不能让社区医院也能开更多种类的药？”一位拿着药盒的老人问记者。'))).toEqual([['direct', null, [], '能不能让社区医院也能开更多种类的药？']])
  })
  it('a compound surname is not cut (上官明轩 is not 官明轩; 令狐嘉宁 after a pronoun)', () => {
    expect(brief(quotesOf('上官明轩坦言，压力很大。'))).toEqual([['indirect', '上官明轩', [], '压力很大。']])
    expect(brief(quotesOf('“压力很大。”上官明轩说。'))).toEqual([['direct', '上官明轩', [], '压力很大。']])
    expect(quotesOf('园区副主任令狐嘉宁一直关注产业转型。他表示，要加快发展。')[0]?.speaker?.name).toBe('令狐嘉宁')
    expect(quotesOf('园区副主任欧阳明出席会议。他表示，要加快发展。')[0]?.speaker?.name).toBe('欧阳明')
  })
  it('a name with a post after 在 or 据 (在黄丽萍代表看来, 据王海涛代表介绍)', () => {
    expect(brief(quotesOf('在黄丽萍代表看来，职业教育是一种类型。'))).toEqual([['indirect', '黄丽萍', ['代表'], '职业教育是一种类型。']])
    expect(brief(quotesOf('据王海涛代表介绍，今年增长了两成。'))).toEqual([['indirect', '王海涛', ['代表'], '今年增长了两成。']])
  })
  it('a note in brackets after a name (（化名）, a Latin spelling), but not a post (（CEO）)', () => {
    expect(brief(quotesOf('李华（化名）告诉记者，今年收成好。'))).toEqual([['indirect', '李华', [], '今年收成好。']])
    expect(quotesOf('世界银行首席经济学家英德米特·吉尔（Indermit Gill）表示，增长放缓。')[0]?.speaker?.name).toBe('英德米特·吉尔')
    expect(quotesOf('张三（CEO）表示，增长放缓。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['CEO'])
  })
  it('a name never ends in a speech verb (邓思齐表示：…)', () => {
    expect(brief(quotesOf('市科技局副局长邓思齐表示：今年将实施重大科技专项。'))).toEqual([['indirect', '邓思齐', ['市科技局副局长'], '今年将实施重大科技专项。']])
  })
  it('a quoted nickname right before a name is no quote (“新农人”李强说); a short quote needs a comma before its speaker', () => {
    expect(brief(quotesOf('“新农人”李强告诉记者，今年收成好。'))).toEqual([['indirect', '李强', [], '今年收成好。']])
    expect(brief(quotesOf('“小巷总理”王桂芳说：“社区的事，再小也是大事。”'))).toEqual([['direct', '王桂芳', [], '社区的事，再小也是大事。']])
    expect(brief(quotesOf('“没问题”，村支书陈大勇说。'))).toEqual([['direct', '陈大勇', ['村支书'], '没问题']])
  })
  it('a short action between speaker and verb (指着大棚说, 满脸笑容地说, 一边…一边说)', () => {
    expect(brief(quotesOf('村民李秀兰指着大棚说：“路修好了。”'))).toEqual([['direct', '李秀兰', [], '路修好了。']])
    expect(brief(quotesOf('村民李秀兰满脸笑容地说：“路修好了。”'))).toEqual([['direct', '李秀兰', [], '路修好了。']])
    expect(quotesOf('“这条路修通了。”郑秀英一边剥着笋一边说。')[0]?.speaker?.name).toBe('郑秀英')
  })
  it('a look or a gesture between a speaker and a colon (笑得合不拢嘴：, 竖起大拇指：, 喜滋滋：)', () => {
    expect(brief(quotesOf('谈起变化，村民王建国笑得合不拢嘴：“日子越过越好了！”'))).toEqual([['direct', '王建国', [], '日子越过越好了！']])
    expect(brief(quotesOf('游客张丽竖起了大拇指：“这里的服务真贴心。”'))).toEqual([['direct', '张丽', [], '这里的服务真贴心。']])
    expect(brief(quotesOf('村民王建国喜滋滋：“今年多收了两万元。”'))).toEqual([['direct', '王建国', [], '今年多收了两万元。']])
    expect(brief(quotesOf('种植户王建国给记者算了一笔账：“一亩地能多挣三千元。”'))).toEqual([['direct', '王建国', [], '一亩地能多挣三千元。']])
  })
  it('a quote that is all the speaker says after 说， is direct (说，“…”。)', () => {
    expect(brief(quotesOf('区长石振东说，“今年要干成几件群众看得见、摸得着的实事”。'))).toEqual([['direct', '石振东', ['区长'], '今年要干成几件群众看得见、摸得着的实事']])
    // Not a term the sentence goes on after.
    expect(brief(quotesOf('区长石振东说，“新能源之都”是我们的目标。'))).toEqual([['indirect', '石振东', ['区长'], '“新能源之都”是我们的目标。']])
  })
})

describe('straight quotation marks', () => {
  it('reads "…" as “…” (content-farm and half-width copies)', () => {
    const words = '今年园区新签约项目32个。'
    const roles = ['区政协委员']
    expect(brief(quotesOf(`"${words}"区政协委员周立平表示,园区将继续链接资源。`))).toEqual([
      ['direct', '周立平', roles, words],
      ['indirect', '周立平', roles, '园区将继续链接资源。']
    ])
    expect(brief(quotesOf(`区政协委员周立平说:＂${words}＂`))).toEqual([['direct', '周立平', roles, words]])
    expect(brief(quotesOf(`【同期声】区政协委员周立平："${words}"`))).toEqual([['direct', '周立平', roles, words]])
  })
  it('keeps a quoted term in straight marks inside the indirect quote, and an unpaired mark is no quote', () => {
    expect(brief(quotesOf('区政协委员周立平说,园区打造"新能源之都",今年新签约项目32个。'))).toEqual([
      ['indirect', '周立平', ['区政协委员'], '园区打造"新能源之都",今年新签约项目32个。']
    ])
    expect(brief(quotesOf('屏幕为6.1" ,区政协委员周立平说,今年新签约项目32个。'))).toEqual([['indirect', '周立平', ['区政协委员'], '今年新签约项目32个。']])
  })
})

describe('not quotes', () => {
  it('quoted terms, slogans and titles', () => {
    expect(quotesOf('武进全力打造“新能源之都”，推进“六个现代化强区”建设。')).toEqual([])
  })
  it('the words of documents and bodies', () => {
    expect(quotesOf('政府工作报告明确，今年将新建学校22所。')).toEqual([])
    expect(quotesOf('政府工作报告提出，今年将新建学校22所。')).toEqual([])
    expect(quotesOf('龙湖方面于27日对外回应称，公司将积极改进相关产品。')).toEqual([])
  })
  it('bodies and parties whose first character is a surname’s (林业局, 韩方, 车企, 白宫), but not names like them', () => {
    for (const body of ['林业局', '教育厅', '韩方', '车企', '银行', '白宫', '欧盟', '宋代']) expect(quotesOf(`${body}表示，将继续推进。`)).toEqual([])
    expect(brief(quotesOf('王方表示，将继续推进。'))).toEqual([['indirect', '王方', [], '将继续推进。']])
    expect(brief(quotesOf('陆知行表示，将继续推进。'))).toEqual([['indirect', '陆知行', [], '将继续推进。']])
  })
  it('verbs that take an object or idioms with 说/称', () => {
    expect(quotesOf('区长王军对此表示感谢，并向全体代表表示祝贺。')).toEqual([])
    expect(quotesOf('也就是说，今年的任务更重了。比如说，新建道路就有30公里。')).toEqual([])
    expect(quotesOf('这里号称“江南第一村”，堪称乡村振兴的样板。')).toEqual([])
  })
  it('quotes in sidebars and comments', () => {
    const html = articlePage(['今年全区经济运行稳中向好，主要指标好于预期。']).replace(
      '<div class="footer">',
      '<div class="sidebar"><p>“这是一条评论。”网友张三说。</p></div><div class="comment"><p>李四表示，写得好。</p></div><div class="footer">'
    )
    expect(parseArticle(html).quotes).toEqual([])
  })
})

describe('roles by section', () => {
  it('a speaker keeps only the roles printed in the lead or section the quote stands in', () => {
    const quotes = quotesOf(
      '热词1 匠心',
      '市政协委员、临江竹韵工艺品有限公司总经理沈竹君从小跟着父亲学竹编。',
      '“竹编是慢功夫。”沈竹君说。',
      '热词2 创新',
      '“年轻人喜欢新花样。”沈竹君说。',
      '她认为，传统手艺要走进生活。'
    )
    expect(quotes.map((quote) => [quote.section, quote.speaker?.name, quote.speaker?.roles.map((role) => role.text)])).toEqual([
      ['匠心', '沈竹君', ['市政协委员', '临江竹韵工艺品有限公司总经理']],
      ['创新', '沈竹君', []],
      ['创新', '沈竹君', []]
    ])
    // Roles printed after the name in the section count too (`王芳代表`, `张晓东（市交通局副局长）`).
    expect(quotesOf('王芳代表说，要多听群众意见。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['代表'])
  })
  it('a quote left open over paragraphs before anyone is named is the speaker’s named where it closes', () => {
    expect(brief(quotesOf('“种粮的账，我算了一辈子。粮价跟不上，积极性就会受影响。', '“所以今年我还是要呼吁，完善收益保障机制。”王大山说。'))).toEqual([
      ['direct', '王大山', [], '种粮的账，我算了一辈子。粮价跟不上，积极性就会受影响。'],
      ['direct', '王大山', [], '所以今年我还是要呼吁，完善收益保障机制。']
    ])
    // Not across a paragraph that does not go on with the quote.
    expect(brief(quotesOf('“种粮的账，我算了一辈子。粮价跟不上，积极性就会受影响。', '合作社去年增收两成。', '“今年还要呼吁。”王大山说。')).map((quote) => quote[3])).toEqual(['今年还要呼吁。'])
  })
})

describe('speaker headings and labels', () => {
  it('a heading paragraph names the speaker of the quoted paragraphs after it; unmarked words are no quote', () => {
    const quotes = quotesOf('区人大代表、区交通局局长 钱峰：', '“今年我们将新开通公交线路12条，优化线路30条。”', '“同时推进智慧停车建设，新增泊位5000个。”')
    expect(brief(quotes)).toEqual([
      ['direct', '钱峰', ['区人大代表', '区交通局局长'], '今年我们将新开通公交线路12条，优化线路30条。'],
      ['direct', '钱峰', ['区人大代表', '区交通局局长'], '同时推进智慧停车建设，新增泊位5000个。']
    ])
    expect(quotesOf('区人大代表、区交通局局长 钱峰：', '今年我们将新开通公交线路12条，优化线路30条。')).toEqual([])
  })
  it('a label (【同期声】, an interview’s answer) before words in marks gives a quote; unmarked words give none', () => {
    expect(brief(quotesOf('【同期声】县长张建军：“今年要让群众办事少跑腿。”'))).toEqual([['direct', '张建军', ['县长'], '今年要让群众办事少跑腿。']])
    expect(quotesOf('【同期声】县长张建军：今年要让群众办事少跑腿。')).toEqual([])
    // A quote inside an unmarked answer is still read (`贺岩：…写信说：“…”`).
    expect(brief(quotesOf('贺岩：这个问题我们非常重视。有位老跑友赛后专门给组委会写信说：“最怕的就是在终点排队。”'))).toEqual([['direct', null, [], '最怕的就是在终点排队。']])
  })
  it('李强是区政协委员，他认为，… gives 李强 that role', () => {
    expect(brief(quotesOf('李强是区政协委员，他认为，基层治理要多听群众意见。'))).toEqual([
      ['indirect', '李强', ['区政协委员'], '基层治理要多听群众意见。']
    ])
  })
  it('a name and its roles in apposition (张红梅，城东社区党委书记。她说), or a word of address (李桂兰老人今年78岁，她…)', () => {
    expect(brief(quotesOf('张红梅，城东社区党委书记。她说：“我们要让老人吃得好。”'))).toEqual([['direct', '张红梅', ['城东社区党委书记'], '我们要让老人吃得好。']])
    expect(brief(quotesOf('李桂兰老人今年78岁，她告诉记者：“现在日子好了。”'))).toEqual([['direct', '李桂兰', [], '现在日子好了。']])
    // Names in a row are no roles.
    expect(brief(quotesOf('张红梅，王强，李明三人一起走来。她说：“我们要让老人吃得好。”'))).toEqual([['direct', null, [], '我们要让老人吃得好。']])
  })
})

describe('more speaker forms', () => {
  it('a post after the name (王芳代表说)', () => {
    expect(brief(quotesOf('王芳代表说，今年要在托育服务上多下功夫。'))).toEqual([['indirect', '王芳', ['代表'], '今年要在托育服务上多下功夫。']])
  })
  it('a word before a post is a name only when it reads as one (车间主任说 is nobody’s name)', () => {
    const words = '今年要在托育服务上多下功夫。'
    for (const speaker of ['相关负责人介绍', '车间主任说', '景区负责人表示', '项目经理介绍', '全体代表表示', '许多专家指出', '高校教师说']) {
      expect(brief(quotesOf(`${speaker}，${words}`)), speaker).toEqual([['indirect', null, [], words]])
    }
    // A post named after an administrative level follows a place.
    expect(brief(quotesOf(`柳州市长说，${words}`))).toEqual([['indirect', null, [], words]])
    // A rare surname before a post counts when the name is printed after a post elsewhere.
    expect(brief(quotesOf('全国人大代表、车间主任车辉介绍，村里建起了托育点。', `车辉代表说，${words}`))[1]).toEqual(['indirect', '车辉', ['全国人大代表', '车间主任'], words])
    expect(brief(quotesOf(`欧阳明远委员说，${words}`))).toEqual([['indirect', '欧阳明远', ['委员'], words]])
  })
  it('解读称 is a speech verb, not a name; a meeting (全会强调) is no speaker', () => {
    expect(brief(quotesOf('国家统计局相关负责人解读称，经济运行总体平稳。'))).toEqual([['indirect', null, [], '经济运行总体平稳。']])
    expect(brief(quotesOf('“数据总体向好。”国家统计局首席统计师付凌晖解读称。'))).toEqual([['direct', '付凌晖', ['国家统计局首席统计师'], '数据总体向好。']])
    expect(brief(quotesOf('全会强调，要狠抓落实。'))).toEqual([])
  })
  it('someone named by a post alone has speaker null; the reporter is nobody’s speaker', () => {
    expect(brief(quotesOf('公司董事长表示，工程将于年底完工。'))).toEqual([['indirect', null, [], '工程将于年底完工。']])
    expect(brief(quotesOf('村党支部书记说，工程将于年底完工。'))).toEqual([['indirect', null, [], '工程将于年底完工。']])
    expect(brief(quotesOf('据记者介绍，工程将于年底完工。'))).toEqual([])
  })
  it('a post after a name printed with roles earlier keeps the earlier roles', () => {
    const quotes = quotesOf('全国人大代表、某村党支部书记王芳介绍，村里建起了托育点。', '王芳代表说，今年要在托育服务上多下功夫。')
    expect(brief(quotes)[1]).toEqual(['indirect', '王芳', ['全国人大代表', '某村党支部书记'], '今年要在托育服务上多下功夫。'])
  })
  it('roles in brackets after the name', () => {
    expect(brief(quotesOf('张晓东（市交通局副局长）表示，地铁三号线年内通车。'))).toEqual([['indirect', '张晓东', ['市交通局副局长'], '地铁三号线年内通车。']])
  })
  it('verb + 道', () => {
    expect(brief(quotesOf('市政协委员刘洋感叹道：“这几年变化太大了！”'))).toEqual([['direct', '刘洋', ['市政协委员'], '这几年变化太大了！']])
    // Verbs that speak only with 道 (笑道, 写道), before or after the quote.
    expect(brief(quotesOf('村民张强笑道：“今年的收成不错。”'))).toEqual([['direct', '张强', [], '今年的收成不错。']])
    expect(brief(quotesOf('“今年的收成不错。”村民张强笑道。'))).toEqual([['direct', '张强', [], '今年的收成不错。']])
    expect(brief(quotesOf('他在信中写道：“春天来了。”'))).toEqual([['direct', null, [], '春天来了。']])
    // A quote split around verb + 道.
    expect(brief(quotesOf('“这是第一次，”市长李文华补充道，“但不会是最后一次。”'))).toEqual([
      ['direct', '李文华', ['市长'], '这是第一次，'],
      ['direct', '李文华', ['市长'], '但不会是最后一次。']
    ])
  })
  it('an audience after 告诉 (告诉中国青年报记者，…; 告诉《华尔街日报》记者：“…”)', () => {
    const words = '今年销量增长了三成。'
    expect(brief(quotesOf(`公司总经理张强告诉中国青年报记者，${words}`))).toEqual([['indirect', '张强', ['公司总经理'], words]])
    expect(brief(quotesOf(`公司总经理张强告诉《华尔街日报》记者：“${words}”`))).toEqual([['direct', '张强', ['公司总经理'], words]])
    // The closing colon of a paragraph opens the next one's quote.
    expect(brief(quotesOf('公司总经理张强告诉南都记者：', `“${words}”`))).toEqual([['direct', '张强', ['公司总经理'], words]])
    // The writer as audience (告诉我们, 告诉笔者); not an audience across a sentence end.
    expect(brief(quotesOf(`公司总经理张强告诉我们，${words}`))).toEqual([['indirect', '张强', ['公司总经理'], words]])
    expect(brief(quotesOf(`一位工人告诉笔者，${words}`))).toEqual([['indirect', null, [], words]])
    expect(quotesOf(`公司总经理张强告诉家人。记者，${words}`)).toEqual([])
  })
  it('a position note after the name (张三（右）说) is skipped', () => {
    expect(brief(quotesOf('市长李文华（右）说：“这是我们的新产品。”'))).toEqual([['direct', '李文华', ['市长'], '这是我们的新产品。']])
    expect(brief(quotesOf('市长李文华（左二）向记者介绍，产品已经出口。'))).toEqual([['indirect', '李文华', ['市长'], '产品已经出口。']])
    // Roles in brackets are still roles, not a note.
    expect(brief(quotesOf('张晓东（副局长）表示，地铁年内通车。'))).toEqual([['indirect', '张晓东', ['副局长'], '地铁年内通车。']])
  })
})

describe('quotes after a speaker in the same paragraph', () => {
  it('a quote that starts its own sentence is the paragraph speaker’s', () => {
    expect(brief(quotesOf('市长李文华介绍，今年将新建学校12所。“教育是最大的民生。”'))).toEqual([
      ['indirect', '李文华', ['市长'], '今年将新建学校12所。'],
      ['direct', '李文华', ['市长'], '教育是最大的民生。']
    ])
  })
  it('a quoted phrase inside the reported sentence stays in the indirect quote', () => {
    expect(brief(quotesOf('市长李文华介绍，新城区被称为“创新之城，活力之城”，今年将新建学校12所。'))).toEqual([
      ['indirect', '李文华', ['市长'], '新城区被称为“创新之城，活力之城”，今年将新建学校12所。']
    ])
  })
})

describe('short quotes', () => {
  it('a short quote is a quote when a named speaker and a speech verb follow it', () => {
    expect(brief(quotesOf('“没问题”，村支书陈大勇说。'))).toEqual([['direct', '陈大勇', ['村支书'], '没问题']])
  })
  it('a short quote after a colon is a quote', () => {
    expect(brief(quotesOf('村支书陈大勇说：“没问题”。'))).toEqual([['direct', '陈大勇', ['村支书'], '没问题']])
  })
  it('a term followed by a name and a non-speech word is not a quote', () => {
    expect(quotesOf('“新能源之都”李斌为此点赞。')).toEqual([])
  })
})

describe('news-agency forms', () => {
  it('a time and a place with a speech before the verb', () => {
    expect(brief(quotesOf('美国总统拜登当天在白宫发表讲话称，美方将继续推进相关谈判。'))).toEqual([
      ['indirect', '拜登', ['美国总统'], '美方将继续推进相关谈判。']
    ])
  })
  it('a split quote with an expert’s roles', () => {
    expect(brief(quotesOf('“这是一个好消息，”中国人民大学教授刘元春说，“说明内需正在恢复。”'))).toEqual([
      ['direct', '刘元春', ['中国人民大学教授'], '这是一个好消息，'],
      ['direct', '刘元春', ['中国人民大学教授'], '说明内需正在恢复。']
    ])
  })
  it('a bare place after 在 between the speaker and the verb (普京在莫斯科表示，拜登26日在白宫对记者说)', () => {
    expect(brief(quotesOf('俄罗斯总统普京在莫斯科表示，俄方欢迎这一倡议。'))).toEqual([['indirect', '普京', ['俄罗斯总统'], '俄方欢迎这一倡议。']])
    expect(brief(quotesOf('美国总统拜登26日在白宫对记者说，美方正在评估局势。'))).toEqual([['indirect', '拜登', ['美国总统'], '美方正在评估局势。']])
    expect(brief(quotesOf('张三在北京说，要抓好落实。'))).toEqual([['indirect', '张三', [], '要抓好落实。']])
    // Not a name inside a phrase that ends in a word for people (包括…在内的代表).
    expect(brief(quotesOf('包括张三在内的代表表示，要抓好落实。'))).toEqual([['indirect', null, [], '要抓好落实。']])
  })
  it('a transliterated name of four or five characters right after a post, and 发表声明 before the verb', () => {
    expect(brief(quotesOf('联合国秘书长古特雷斯当天发表声明说，他对这一事件深感震惊。'))).toEqual([
      ['indirect', '古特雷斯', ['联合国秘书长'], '他对这一事件深感震惊。']
    ])
    expect(brief(quotesOf('以色列总理内塔尼亚胡表示，将继续行动。'))).toEqual([['indirect', '内塔尼亚胡', ['以色列总理'], '将继续行动。']])
    // 里 stands in transliterations (哈里斯) though never in a Han given name (这里, 村里).
    expect(brief(quotesOf('美国副总统哈里斯说，美方愿意谈判。'))).toEqual([['indirect', '哈里斯', ['美国副总统'], '美方愿意谈判。']])
    expect(quotesOf('镇长村里说，要抓好落实。')).toEqual([])
    const envoy = quotesOf('美国国务卿布林肯说，美方愿意谈判。')[0]?.speaker
    expect(envoy?.name).toBe('布林肯')
    expect(envoy?.roles).toEqual([{ text: '美国国务卿', organization: '美国', title: '国务卿' }])
  })
  it('a citation of someone unnamed (正如一位网友所说) is not a quote; one of a named person is (see 正如县委书记王强所说)', () => {
    expect(quotesOf('正如一位网友所说：“这才是真正的为民办实事。”')).toEqual([])
  })
})

describe('forms found on real portal pages', () => {
  it('如此/这样 before the verb after a quote (“…”张严如此评价。)', () => {
    const words = '这些芯片均属于一个起步产品，它的好处是快。'
    expect(brief(quotesOf(`“${words}”张严如此评价。`))).toEqual([['direct', '张严', [], words]])
  })
  it('unnamed speakers: businesspeople from elsewhere and exhibitors (参会台商, 港商, 参展商)', () => {
    expect(brief(quotesOf('「我們不只是來投資，更是來紮根的。」現場一位參會台商說。'))).toEqual([['direct', null, [], '我們不只是來投資，更是來紮根的。']])
    expect(brief(quotesOf('“订单比去年多了三成。”参展商说。'))).toEqual([['direct', null, [], '订单比去年多了三成。']])
    expect(brief(quotesOf('港商李嘉明表示，将追加投资2亿元。'))).toEqual([['indirect', '李嘉明', [], '将追加投资2亿元。']])
  })
  it('unnamed speakers: 高管, and 告诉 with any person or pronoun as audience (告诉民警，告诉他，)', () => {
    expect(brief(quotesOf('另一位小米高管对记者透露，红米新机肯定支持5G。'))).toEqual([['indirect', null, [], '红米新机肯定支持5G。']])
    expect(brief(quotesOf('小男孩告诉民警，他的同学周末都可以休息。'))).toEqual([['indirect', null, [], '他的同学周末都可以休息。']])
    expect(brief(quotesOf('民警告诉他，写字条扔出窗外是一个很好的自救措施。'))).toEqual([['indirect', null, [], '写字条扔出窗外是一个很好的自救措施。']])
    // A document or a body is still no speaker.
    expect(brief(quotesOf('数据告诉我们，经济正在恢复。'))).toEqual([])
  })
  it('宣布 is a speech verb for people, not for bodies', () => {
    expect(brief(quotesOf('拼多多全球购相关负责人宣布，未来3年内将引入10000个国际品牌。'))).toEqual([['indirect', null, [], '未来3年内将引入10000个国际品牌。']])
    expect(brief(quotesOf('公司宣布，将推出新款手机。'))).toEqual([])
  })
  it('其 as a pronoun (其还表示) ends the quote before it at its last sentence end', () => {
    const quotes = quotesOf('小米集团红米品牌总经理卢伟冰表示，5G芯片组成器件众多，集成度还不够。不过，卢伟冰对未来较为积极，其还表示，明年的5G手机肯定会降价。')
    expect(brief(quotes)).toEqual([
      ['indirect', '卢伟冰', ['小米集团红米品牌总经理'], '5G芯片组成器件众多，集成度还不够。'],
      ['indirect', '卢伟冰', ['小米集团红米品牌总经理'], '明年的5G手机肯定会降价。']
    ])
    // 其 inside a word is no pronoun.
    expect(brief(quotesOf('尤其值得一提的是，园区新签约项目32个。'))).toEqual([])
  })
  it('one Latin word is a firm in capitals or before a firm’s verb, else a person; an upper-case post is not part of the name', () => {
    expect(brief(quotesOf('Canalys分析，到2020年5G手机出货量将大增。'))).toEqual([])
    expect(brief(quotesOf('BBC称，伦敦也开始效仿中国。'))).toEqual([])
    expect(brief(quotesOf('Redrain在爆料中透露，黑产大致分为五类。'))).toEqual([['indirect', 'Redrain', [], '黑产大致分为五类。']])
    expect(brief(quotesOf('“黑产大致分为五类。”Redrain说。'))).toEqual([['direct', 'Redrain', [], '黑产大致分为五类。']])
    expect(brief(quotesOf('苹果公司CEO Cook表示，中国市场很重要。'))).toEqual([['indirect', 'Cook', ['苹果公司CEO'], '中国市场很重要。']])
    expect(brief(quotesOf('苹果CEO Tim Cook说，中国市场很重要。'))).toEqual([['indirect', 'Tim Cook', ['苹果CEO'], '中国市场很重要。']])
  })
  it('an outlet as the audience (向澎湃新闻表示，对新京报回忆说) is skipped, not read as the speaker', () => {
    expect(brief(quotesOf('官方人士向澎湃新闻表示，此事正在调查。'))).toEqual([['indirect', null, [], '此事正在调查。']])
    expect(brief(quotesOf('该院副主任医师杨国禹对澎湃新闻回忆说，当时检查没有发现异常。'))).toEqual([['indirect', '杨国禹', ['该院副主任医师'], '当时检查没有发现异常。']])
    expect(brief(quotesOf('张三向区委汇报说，工程进展顺利。'))).toEqual([['indirect', '张三', [], '工程进展顺利。']])
  })
  it('verbs 哭诉, 证实, 回忆说 and the adverbs 只, 均 before a verb', () => {
    expect(brief(quotesOf('小花母亲哭诉称，女儿的眼睛被塞了纸。'))).toEqual([['indirect', null, [], '女儿的眼睛被塞了纸。']])
    expect(brief(quotesOf('“我们长了一百张嘴也说不清。”小花母亲哭诉说。'))).toEqual([['direct', null, [], '我们长了一百张嘴也说不清。']])
    expect(brief(quotesOf('小花奶奶证实，此事属实。'))).toEqual([['indirect', null, [], '此事属实。']])
    expect(brief(quotesOf('小花奶奶、小刚奶奶均表示，愿意配合调查。'))).toEqual([['indirect', null, [], '愿意配合调查。']])
    expect(brief(quotesOf('校长王尚普只称，学校正配合调查。'))).toEqual([['indirect', '王尚普', ['校长'], '学校正配合调查。']])
  })
  it('a name without a known surname counts once the article prints it with a note (小丽（化名）)', () => {
    expect(brief(quotesOf('学生小丽（化名）向澎湃新闻称，看到讲桌上的小纸片。', '小丽说，她很害怕。'))).toEqual([
      ['indirect', '小丽', [], '看到讲桌上的小纸片。'],
      ['indirect', '小丽', [], '她很害怕。']
    ])
    // Without the note, such a word is no name.
    expect(brief(quotesOf('小丽说，她很害怕。'))).toEqual([])
  })
  it('a quote opened with a name, a verb and a comma is theirs when a pronoun follows it (刘颖表示，“…”她坦言，…)', () => {
    const words = '来电近期并没有明显涨价。'
    expect(brief(quotesOf('雷越岚回忆，去年租金5元每小时。', `高级市场总监刘颖表示，“${words}”她坦言，不愿看到涨价。`))).toEqual([
      ['indirect', '雷越岚', [], '去年租金5元每小时。'],
      ['direct', '刘颖', ['高级市场总监'], words],
      ['indirect', '刘颖', ['高级市场总监'], '不愿看到涨价。']
    ])
  })
  it('a name right after the closing mark, with no speech verb (“…。”彭静旋想…), not a name that owns what follows', () => {
    const words = '我的知识储备太少了，我充其量只是会弹。'
    expect(brief(quotesOf(`“${words}”彭静旋想学习更多技能。`))).toEqual([['direct', '彭静旋', [], words]])
    expect(brief(quotesOf(`“${words}”张三的妻子说。`))).toEqual([['direct', null, [], words]])
    expect(brief(quotesOf('“这里风景很好。”张家界的游客很多。'))).toEqual([])
  })
  it('网民 as an unnamed speaker, 表示 right before the mark', () => {
    expect(brief(quotesOf('有年轻网民表示“没见过也没用过”。'))).toEqual([['direct', null, [], '没见过也没用过']])
  })
  it('a name after a connective that opens its clause (结果潘振声说：), 记得 and 感慨说 as verbs', () => {
    const words = '孩子把一分钱交给警察叔叔，一分钱不要！'
    expect(brief(quotesOf(`结果潘振声说：“${words}”`))).toEqual([['direct', '潘振声', [], words]])
    expect(brief(quotesOf('马莉还记得，“老爷子不落伍，时尚的东西他都能接受。”'))).toEqual([['direct', '马莉', [], '老爷子不落伍，时尚的东西他都能接受。']])
    expect(brief(quotesOf('结果表明，今年增长较快。', '我记得，那年冬天很冷。'))).toEqual([])
  })
  it('gestures and labels are no names (挥手喊道, 原创：)', () => {
    expect(brief(quotesOf('孩子们还回头和交警挥手喊道，“叔叔再见！叔叔再见！”')).map((quote) => quote[1])).not.toContain('挥手')
    expect(brief(quotesOf('原创： 路闻卓立编译 人民币交易与研究'))).toEqual([])
  })
  it('one Latin word printed after a word for a person is a name there and after (加拿大大叔Gweilo … Gweilo感慨说)', () => {
    const words = '大家看起来都很灵巧，连老年人都非常有活力。'
    expect(brief(quotesOf('这位加拿大大叔Gweilo发布了一段视频。', `Gweilo感慨说：“${words}”`))).toEqual([['direct', 'Gweilo', [], words]])
  })
  it('a verb with no one before it after a comma is the sentence’s person (张建锋拿出…展示，称“…”), or no quote', () => {
    expect(brief(quotesOf('阿里巴巴集团首席技术官张建锋表示，今年将发布新芯片。张建锋拿出一张芯片展示，称“这个芯片真的非常大”。'))).toEqual([
      ['indirect', '张建锋', ['阿里巴巴集团首席技术官'], '今年将发布新芯片。'],
      ['direct', '张建锋', ['阿里巴巴集团首席技术官'], '这个芯片真的非常大']
    ])
    expect(brief(quotesOf('区长李红梅到企业调研，强调，要抓好安全生产。'))).toEqual([['indirect', '李红梅', ['区长'], '要抓好安全生产。']])
    expect(brief(quotesOf('公司发布公告，称今年利润大增。'))).toEqual([])
  })
  it('adverbs may stand between that comma and the verb (…此事，只称，…)', () => {
    expect(brief(quotesOf('大涧学校校长王尚普在家。王尚普不愿细谈此事，只称，学校正配合调查。'))).toEqual([['indirect', '王尚普', ['大涧学校校长'], '学校正配合调查。']])
  })
  it('a quote after a comma inside reported words is the speaker’s direct quote, and ends the indirect one', () => {
    expect(brief(quotesOf('该院副主任医师杨国禹回忆说，当时检查没发现纸片，“开了些眼药，病人就回去了”。'))).toEqual([
      ['indirect', '杨国禹', ['该院副主任医师'], '当时检查没发现纸片，'],
      ['direct', '杨国禹', ['该院副主任医师'], '开了些眼药，病人就回去了']
    ])
    // A quoted term after a comma is no quote.
    expect(brief(quotesOf('该院副主任医师杨国禹回忆说，当时检查没发现纸片，“问题”不大。'))).toEqual([['indirect', '杨国禹', ['该院副主任医师'], '当时检查没发现纸片，“问题”不大。']])
  })
  it('a pronoun after an unnamed speaker is that unnamed speaker (speaker null), not the named one before', () => {
    expect(brief(quotesOf('华坚董事长张华荣表示，订单稳定。', '某高管表示，5G时代美国技术不占优势。当然，他承认，笔记本电脑受到的影响会大一些。'))).toEqual([
      ['indirect', '张华荣', ['华坚董事长'], '订单稳定。'],
      ['indirect', null, [], '5G时代美国技术不占优势。'],
      ['indirect', null, [], '笔记本电脑受到的影响会大一些。']
    ])
  })
  it('a Latin name opening the sentence before a pronoun is read whole (Gweilo, not Gwe)', () => {
    const words = '这里的空气和别处一样好，很干净。'
    expect(brief(quotesOf('这位加拿大大叔Gweilo发布了视频。', `Gweilo来到公园。他说：“${words}”`))).toEqual([['direct', 'Gweilo', [], words]])
  })
  it('a post printed after a name with roles before it is not part of the name (…校长韦丽娟委员表示)', () => {
    expect(brief(quotesOf('全国政协委员、桂北民族中学校长韦丽娟委员表示，要支持寄宿制学校。'))).toEqual([['indirect', '韦丽娟', ['全国政协委员', '桂北民族中学校长'], '要支持寄宿制学校。']])
    expect(brief(quotesOf('以色列总理内塔尼亚胡表示，要加强合作。'))).toEqual([['indirect', '内塔尼亚胡', ['以色列总理'], '要加强合作。']])
  })
  it('a quote that runs on over paragraphs ending in ；', () => {
    expect(brief(quotesOf('区人大代表方明远说：“今年做好三件事：第一，新建学校6所；', '“第二，推进集团化办学；', '“第三，招聘教师300名。”'))).toEqual([
      ['direct', '方明远', ['区人大代表'], '今年做好三件事：第一，新建学校6所；'],
      ['direct', '方明远', ['区人大代表'], '第二，推进集团化办学；'],
      ['direct', '方明远', ['区人大代表'], '第三，招聘教师300名。']
    ])
  })
  it('研究者 as an unnamed speaker', () => {
    expect(brief(quotesOf('研究者表示，常规检测能力仍然不够。'))).toEqual([['indirect', null, [], '常规检测能力仍然不够。']])
  })
  it('no quote in a circumstance (应受访者要求，) or an advisory label (温馨提醒：)', () => {
    expect(brief(quotesOf('（应受访者要求，文中张严为化名。）'))).toEqual([])
    expect(brief(quotesOf('温馨提醒：本周气温持续低迷，公众需注意防寒保暖。'))).toEqual([])
    expect(brief(quotesOf('应急管理局局长张三表示，今年安全形势平稳。'))).toEqual([['indirect', '张三', ['应急管理局局长'], '今年安全形势平稳。']])
  })
})

describe('forms found by a third round of made-up pages (meetings, visits, interviews)', () => {
  it('roles and a name right after the closing mark, with no speech verb (“…”区长李红梅语气坚定)', () => {
    const words = '必须把安全放在第一位！'
    expect(brief(quotesOf(`“${words}”区长李红梅语气坚定。`))).toEqual([['direct', '李红梅', ['区长'], words]])
    expect(brief(quotesOf('“订单已经排到了明年三月。”公司总经理陈建华掰着指头算起了账。'))).toEqual([['direct', '陈建华', ['公司总经理'], '订单已经排到了明年三月。']])
    expect(brief(quotesOf('“我们一定把预案落实到每家每户。”镇党委书记刘洋当场表态。'))).toEqual([['direct', '刘洋', ['镇党委书记'], '我们一定把预案落实到每家每户。']])
  })
  it('a long name is a transliteration only when made of its characters (难掩激动, 边干活边 are no names)', () => {
    expect(brief(quotesOf('看着新建成的厂房，企业负责人难掩激动：“从签约到投产只用了8个月。”')).map((quote) => quote[1])).not.toContain('难掩激动')
    expect(brief(quotesOf('村民张大姐边干活边说：“在家门口上班，一个月能挣4000多元。”')).map((quote) => quote[1])).not.toContain('边干活边')
    expect(brief(quotesOf('联合国秘书长古特雷斯表示，要加强合作。'))).toEqual([['indirect', '古特雷斯', ['联合国秘书长'], '要加强合作。']])
  })
  it('an audience of visitors between the name and the verb (向调研组介绍, 向市委书记张立新一行介绍)', () => {
    expect(brief(quotesOf('青山公司总经理李振华向调研组介绍，今年公司将投资2亿元。'))).toEqual([['indirect', '李振华', ['青山公司总经理'], '今年公司将投资2亿元。']])
    expect(brief(quotesOf('青山公司总经理李振华向市委书记张立新一行介绍，今年公司将投资2亿元。'))).toEqual([['indirect', '李振华', ['青山公司总经理'], '今年公司将投资2亿元。']])
  })
  it('a pronoun after 董事长兼总经理…坦言 or …称 is that person, name read whole', () => {
    expect(brief(quotesOf('市政协委员、嘉兴智造科技股份有限公司董事长兼总经理顾明轩坦言，转型仍有难题。他建议，由政府牵头搭建平台。')).map((quote) => quote[1])).toEqual(['顾明轩', '顾明轩'])
    expect(brief(quotesOf('街道党工委副书记马丽坦言，管护好难。她透露，已有12家企业认养了绿地。')).map((quote) => quote[1])).toEqual(['马丽', '马丽'])
    expect(brief(quotesOf('区政协委员王芳称，管护好难。', '她说，已有12家企业认养了绿地。')).map((quote) => quote[1])).toEqual(['王芳', '王芳'])
  })
  it('同志 after a name', () => {
    expect(brief(quotesOf('区委书记王建军同志强调，要抓好项目建设。'))).toEqual([['indirect', '王建军', ['区委书记'], '要抓好项目建设。']])
  })
  it('a note in brackets after a post stays on the title and does not break the chain (副区长（挂职）)', () => {
    const quotes = quotesOf('区委常委、副区长（挂职）陈思远表示，要深化东西部协作。')
    expect(brief(quotes)).toEqual([['indirect', '陈思远', ['区委常委', '副区长（挂职）'], '要深化东西部协作。']])
    expect(quotes[0]?.speaker?.roles[1]).toEqual({ text: '副区长（挂职）', organization: null, title: '副区长（挂职）' })
  })
  it('rank prefixes stay on the post (二级巡视员, 区政府一级调研员)', () => {
    expect(quotesOf('区政府一级调研员张伟说，要抓好落实。')[0]?.speaker?.roles).toEqual([{ text: '区政府一级调研员', organization: '区政府', title: '一级调研员' }])
  })
  it('anyone before a colon once a state of mind is skipped (企业负责人难掩激动：“…”), not a label', () => {
    expect(brief(quotesOf('企业负责人难掩激动：“去年企业完成了自动化改造。”'))).toEqual([['direct', null, [], '去年企业完成了自动化改造。']])
    expect(brief(quotesOf('公司董事长孙海燕难掩激动：“从签约到投产只用了8个月。”'))).toEqual([['direct', '孙海燕', ['公司董事长'], '从签约到投产只用了8个月。']])
    expect(brief(quotesOf('医务工作者们纷纷表示，要把更多资源投向基层。'))).toEqual([['indirect', null, [], '要把更多资源投向基层。']])
  })
  it('minority names after a post (次仁旺堆, 阿西阿呷)', () => {
    expect(brief(quotesOf('村党支部书记次仁旺堆说，村里将发展高原特色旅游。'))).toEqual([['indirect', '次仁旺堆', ['村党支部书记'], '村里将发展高原特色旅游。']])
    expect(brief(quotesOf('“日子越过越红火。”全国人大代表、三河村党支部书记阿西阿呷说。'))).toEqual([['direct', '阿西阿呷', ['全国人大代表', '三河村党支部书记'], '日子越过越红火。']])
  })
  it('a name with a character of the supplementary planes (陈𬞟)', () => {
    expect(brief(quotesOf('区人大代表、区人民医院院长陈𬞟表示，要加强学科建设。'))).toEqual([['indirect', '陈𬞟', ['区人大代表', '区人民医院院长'], '要加强学科建设。']])
  })
  it('a dateline or a reporter’s clause before the first role is not part of it', () => {
    expect(brief(quotesOf('本报讯　区委书记王建军强调，要抓好项目建设。'))).toEqual([['indirect', '王建军', ['区委书记'], '要抓好项目建设。']])
    expect(brief(quotesOf('新华社北京3月6日电　全国人大代表、青山镇镇长陈晓燕表示，镇里将新建厂房。'))).toEqual([['indirect', '陈晓燕', ['全国人大代表', '青山镇镇长'], '镇里将新建厂房。']])
  })
})

describe('words a medium quotes (引用…的话说)', () => {
  it('the person inside is the speaker when no person quotes them, else the quoter', () => {
    expect(brief(quotesOf('BBC援引城市规划学者的话说，中国许多公园的设施针对的都是老年人。'))).toEqual([['indirect', null, [], '中国许多公园的设施针对的都是老年人。']])
    expect(brief(quotesOf('英国前首相施志安就引用丘吉尔的话说：“这是不幸之始。”'))).toEqual([['direct', '施志安', ['英国前首相'], '这是不幸之始。']])
  })
  it('a dotted name inside the phrase is read up to 的话 (援引…卡洛斯·门多萨-里维拉的话说)', () => {
    expect(brief(quotesOf('北方通讯社援引世界贸易组织前副总干事卡洛斯·门多萨-里维拉的话说，贸易占比上升。'))).toEqual([['indirect', '卡洛斯·门多萨-里维拉', ['世界贸易组织前副总干事'], '贸易占比上升。']])
  })
})

describe('how someone reached the newsroom', () => {
  it('留言说, 来电说 after an unnamed speaker', () => {
    expect(brief(quotesOf('不少网友留言说，希望进一步明确物业服务收费标准。'))).toEqual([['indirect', null, [], '希望进一步明确物业服务收费标准。']])
    expect(brief(quotesOf('一位市民来电说，小区门口的路灯坏了。'))).toEqual([['indirect', null, [], '小区门口的路灯坏了。']])
  })
})

describe('forms found by a fifth round of made-up pages and by real pages from other extractors’ tests', () => {
  it('familiar names: 小 or 老 and a surname (小李, 老张), after 的 or a descriptor too', () => {
    expect(brief(quotesOf('“没想到在家门口就能就业。”正在锁边的小李感叹道。'))).toEqual([['direct', '小李', [], '没想到在家门口就能就业。']])
    expect(brief(quotesOf('“活儿不重，一个月能拿三千多。”老张笑着说。'))).toEqual([['direct', '老张', [], '活儿不重，一个月能拿三千多。']])
    expect(brief(quotesOf('小王说：“在家门口上班，每月能拿五千多元。”'))).toEqual([['direct', '小王', [], '在家门口上班，每月能拿五千多元。']])
    expect(brief(quotesOf('老张告诉记者，今年收成不错。'))).toEqual([['indirect', '老张', [], '今年收成不错。']])
    expect(brief(quotesOf('她的老公说，今年收成不错。'))).toEqual([['indirect', null, [], '今年收成不错。']])
  })
  it('several words for what the speaker is before the name (患者家属陈女士, 观众刘女士)', () => {
    expect(brief(quotesOf('“多亏医生抢救及时。”患者家属陈女士说。'))).toEqual([['direct', '陈女士', [], '多亏医生抢救及时。']])
    expect(brief(quotesOf('“演出太精彩了。”观众刘女士说。'))).toEqual([['direct', '刘女士', [], '演出太精彩了。']])
  })
  it('a slogan that describes what follows it (“…！”的标语) is no quote, and no role or name reaches over a sentence end', () => {
    expect(brief(quotesOf('在村委会门口，“宁愿苦干，不愿苦熬！”的标语格外醒目。村党支部书记李强告诉记者，村里修了路。'))).toEqual([['indirect', '李强', ['村党支部书记'], '村里修了路。']])
    expect(brief(quotesOf('全体党员干部喊出了“不获全胜、决不收兵！”的口号。镇党委书记张华表示，要抓好落实。'))).toEqual([['indirect', '张华', ['镇党委书记'], '要抓好落实。']])
    expect(brief(quotesOf('“宁愿苦干，不愿苦熬！”村里到处是标语。村党支部书记李强带领村民修路架桥。'))).toEqual([])
  })
  it('a reporter’s question before the answer is nobody’s quote (有记者提问：…？), and 当场 between speaker and verb', () => {
    expect(brief(quotesOf('有记者提问：如何端牢中国人的饭碗？全国人大代表、省农业科学院院长马国庆回应道：“种子是农业的‘芯片’，必须握在自己手里。”'))).toEqual([
      ['direct', '马国庆', ['全国人大代表', '省农业科学院院长'], '种子是农业的‘芯片’，必须握在自己手里。']
    ])
    expect(brief(quotesOf('区委书记彭伟当场表态：“企业提出的用地问题，一周内必须拿出解决方案。”'))).toEqual([['direct', '彭伟', ['区委书记'], '企业提出的用地问题，一周内必须拿出解决方案。']])
  })
  it('a word for what someone is ends a chain of roles or follows a place: it is a role then (…正镶白旗牧民巴特尔), not on its own (村民张强)', () => {
    expect(brief(quotesOf('全国政协委员、锡林郭勒盟正镶白旗牧民巴特尔认为，草原生态保护要兼顾牧民增收。'))).toEqual([
      ['indirect', '巴特尔', ['全国政协委员', '锡林郭勒盟正镶白旗牧民'], '草原生态保护要兼顾牧民增收。']
    ])
    expect(quotesOf('全国政协委员、锡林郭勒盟正镶白旗牧民巴特尔认为，草原要保护好。')[0]?.speaker?.roles[1]).toEqual({ text: '锡林郭勒盟正镶白旗牧民', organization: '锡林郭勒盟正镶白旗', title: '牧民' })
    expect(brief(quotesOf('全国人大代表、种粮大户李秀兰说，今年收成好。'))).toEqual([['indirect', '李秀兰', ['全国人大代表', '种粮大户'], '今年收成好。']])
    expect(brief(quotesOf('青山村村民李秀兰说，今年收成好。'))).toEqual([['indirect', '李秀兰', ['青山村村民'], '今年收成好。']])
    expect(brief(quotesOf('当地村民张强说，今年收成好。'))).toEqual([['indirect', '张强', [], '今年收成好。']])
  })
  it('posts: 场长, 审判长, chief officers (首席人力资源官); a generation before the first role is not part of it (90后全国人大代表)', () => {
    expect(brief(quotesOf('本案审判长、南湖区人民法院民一庭庭长潘雅琴表示，调解结案率明显提升。')).map((quote) => quote[2])).toEqual([['本案审判长', '南湖区人民法院民一庭庭长']])
    expect(brief(quotesOf('90后全国人大代表、江城县青山镇青年农场场长刘欣表示，要支持青年返乡创业。'))).toEqual([
      ['indirect', '刘欣', ['全国人大代表', '江城县青山镇青年农场场长'], '要支持青年返乡创业。']
    ])
    expect(quotesOf('阿里巴巴集团首席人力资源官彭蕾说，集团有近120人。')[0]?.speaker?.roles).toEqual([{ text: '阿里巴巴集团首席人力资源官', organization: '阿里巴巴集团', title: '首席人力资源官' }])
  })
  it('an organisation with Latin letters, or a brokerage, before a profession stays the organisation (Lazard Capital Markets驻纽约分析师, 南湖证券首席经济学家)', () => {
    expect(quotesOf('南湖证券首席经济学家连平川认为，消费将回暖。')[0]?.speaker?.roles).toEqual([{ text: '南湖证券首席经济学家', organization: '南湖证券', title: '首席经济学家' }])
    expect(quotesOf('Lazard Capital Markets驻纽约分析师乔伊·费什伯恩表示，交易前景不明。')[0]?.speaker?.roles).toEqual([
      { text: 'Lazard Capital Markets驻纽约分析师', organization: 'Lazard Capital Markets驻纽约', title: '分析师' }
    ])
  })
  it('a pronoun’s person is read whole: a dotted name ends before a manner (艾买提笑着说), a post inside an organisation’s name is not the post (市律师协会副会长)', () => {
    expect(brief(quotesOf('“我们村的葡萄干卖到了全国。”全国人大代表、党委副书记阿依古丽·艾买提笑着说。她透露，镇里将新建冷链仓储中心。')).map((quote) => quote[1])).toEqual(['阿依古丽·艾买提', '阿依古丽·艾买提'])
    expect(brief(quotesOf('“有的托育点收费太高，普通家庭‘托不起’。”市政协委员、市律师协会副会长孙晓梅直言。她呼吁，加快出台认定办法。'))).toEqual([
      ['direct', '孙晓梅', ['市政协委员', '市律师协会副会长'], '有的托育点收费太高，普通家庭‘托不起’。'],
      ['indirect', '孙晓梅', ['市政协委员', '市律师协会副会长'], '加快出台认定办法。']
    ])
    // A post after the name is no longer role (`总经理邹斌在接受记者采访时`).
    expect(brief(quotesOf('区政协委员、江城建工集团有限公司总经理邹斌在接受记者采访时表示，企业将抢抓机遇。', '他告诉记者，集团已组建专业团队。')).map((quote) => quote[1])).toEqual(['邹斌', '邹斌'])
  })
  it('a name right after the closing mark does not take a verb an aspect particle follows (马云挑了挑眉毛)', () => {
    expect(brief(quotesOf('“难道老陆懂啊？”马云挑了挑眉毛。'))).toEqual([['direct', '马云', [], '难道老陆懂啊？']])
  })
  it('times between the speaker and the verb (上月, 周五), which are no names', () => {
    expect(brief(quotesOf('俄罗斯反垄断机构发言人周五表示，甲骨文已撤回交易通知。'))).toEqual([['indirect', null, [], '甲骨文已撤回交易通知。']])
    expect(brief(quotesOf('公司总经理张强上个月表示，新厂将在年内投产。'))).toEqual([['indirect', '张强', ['公司总经理'], '新厂将在年内投产。']])
    // A one-word Latin name before a time and a firm's verb is a firm.
    expect(quotesOf('Sun本周宣布，年度股东大会将在12月17日召开。')).toEqual([])
  })
  it('short forms stand for the person printed in full before: surname and post (王书记), the last part of a dotted name (埃里森)', () => {
    expect(brief(quotesOf('3月8日，青山镇党委书记王建明带队走访辖区重点企业。', '“企业的事就是我们自己的事。”王书记说。'))).toEqual([
      ['direct', '王建明', ['青山镇党委书记'], '企业的事就是我们自己的事。']
    ])
    expect(brief(quotesOf('区人大代表陈立说，要抓好民生。', '“要让群众满意。”陈代表说。')).map((quote) => quote[1])).toEqual(['陈立', '陈立'])
    expect(brief(quotesOf('“要让群众满意。”陈代表说。')).map((quote) => quote[1])).toEqual(['陈代表'])
    expect(brief(quotesOf('甲骨文CEO拉里·埃里森上个月在一次行业会议上说，公司每月耗资1亿美元。', '埃里森上月表示，甲骨文不会分拆MySQL业务。')).map((quote) => quote[1])).toEqual(['拉里·埃里森', '拉里·埃里森'])
    expect(brief(quotesOf('分析师乔伊·费什伯恩预计，交易会完成。', '费什伯恩说：“现在是一个僵局。”')).map((quote) => quote[1])).toEqual(['乔伊·费什伯恩', '乔伊·费什伯恩'])
  })
  it('a hyphen inside the last part of a dotted name (约翰·米勒-怀特)', () => {
    expect(brief(quotesOf('美中合作基金会执行主席约翰·米勒-怀特认为，这是两国面临的抉择。'))).toEqual([['indirect', '约翰·米勒-怀特', ['美中合作基金会执行主席'], '这是两国面临的抉择。']])
  })
  it('a quoted term inside an occasion or an organisation’s name (在谈及“双减”工作时说, 瑞典“一带一路”研究所副所长)', () => {
    expect(brief(quotesOf('区人大代表、区实验小学校长冯雪梅在谈及“双减”工作时说，学校今年将开设课后服务课程30门。'))).toEqual([
      ['indirect', '冯雪梅', ['区人大代表', '区实验小学校长'], '学校今年将开设课后服务课程30门。']
    ])
    expect(brief(quotesOf('区人大代表冯雪梅在谈到“数字乡村”建设时表示，要加快建设。'))).toEqual([['indirect', '冯雪梅', ['区人大代表'], '要加快建设。']])
    expect(quotesOf('瑞典“一带一路”研究所副所长侯赛因·阿斯卡里指出，合作是大势所趋。')[0]?.speaker?.roles).toEqual([
      { text: '瑞典“一带一路”研究所副所长', organization: '瑞典“一带一路”研究所', title: '副所长' }
    ])
  })
  it('a pronoun after a sentence that introduces someone with 是 (李强是区政协委员，也是…。他认为), and later pronouns of that person', () => {
    expect(brief(quotesOf('李强是区政协委员，也是一名退役军人。他认为，退役军人是基层治理的宝贵力量。', '据他介绍，全区已组建志愿服务队42支。', '在他看来，要让更多退役军人参与应急救援。'))).toEqual([
      ['indirect', '李强', ['区政协委员'], '退役军人是基层治理的宝贵力量。'],
      ['indirect', '李强', ['区政协委员'], '全区已组建志愿服务队42支。'],
      ['indirect', '李强', ['区政协委员'], '要让更多退役军人参与应急救援。']
    ])
  })
  it('a pronoun right after a quote refers back from where the quote opens (…林建华最近也在关注电商。“…。”他说。)', () => {
    expect(brief(quotesOf('“我是新农人。”返乡青年何小龙笑言。', '区人大代表、江城智造科技有限公司总经理林建华最近也在关注农产品电商。“我们可以把工业互联网的经验用到农业上。”他说。')).map((quote) => quote[1])).toEqual(['何小龙', '林建华'])
  })
  it('modal adverbs and a report between speaker and verb (也会很坚定地告诉他，“…”; 她本周发表报告说，…)', () => {
    expect(brief(quotesOf('马云也会很坚定地告诉他，“这个公司是你的，全是你的责任。”'))).toEqual([['direct', '马云', [], '这个公司是你的，全是你的责任。']])
    expect(brief(quotesOf('高盛分析师沙拉·费拉尔表示，问题是欧盟将如何作出反应。她本周发表报告说，甲骨文可能会同意授权。')).map((quote) => quote[3])).toEqual([
      '问题是欧盟将如何作出反应。',
      '甲骨文可能会同意授权。'
    ])
  })
  it('a quote’s pronoun refers to the person a sentence presents after an occasion or after ，是; a reporter or a quotation mark is no role', () => {
    expect(brief(quotesOf('第一位走上“代表通道”的，是全国人大代表、青山村党总支书记顾春燕。', '“去年我们村的稻米卖到了每斤12元。”她说。'))).toEqual([
      ['direct', '顾春燕', ['全国人大代表', '青山村党总支书记'], '去年我们村的稻米卖到了每斤12元。']
    ])
    expect(brief(quotesOf('记者赶到县防汛指挥中心时，南湖县应急管理局局长康建业已经守了一整夜。', '“全县已转移安置群众1260人。”他说。'))).toEqual([
      ['direct', '康建业', ['南湖县应急管理局局长'], '全县已转移安置群众1260人。']
    ])
  })
  it('a pronoun refers to the person after a place clause, or after two opening clauses (但是事与愿违，在之前的一次会议中，)', () => {
    expect(brief(quotesOf('在之前的一次会议中，点评网联合创始人龙伟谈了看法，他说，期望值太高了。'))).toEqual([['indirect', '龙伟', ['点评网联合创始人'], '期望值太高了。']])
    expect(brief(quotesOf('但是事与愿违，在之前的一次会议中，点评网联合创始人龙伟谈了看法，他说，期望值太高了。'))).toEqual([['indirect', '龙伟', ['点评网联合创始人'], '期望值太高了。']])
    expect(quotesOf('据悉，在上周召开的会议上，谈了看法的人不多，他说，期望值太高了。').map((quote) => quote.speaker)).toEqual([null])
  })
  it('a quote without sentence punctuation, a comma and someone unnamed whose verb ends the sentence (“…”，当地官员表示。)', () => {
    expect(brief(quotesOf('“目前还没有确定上报项目的时间”，当地发改系统官员表示。'))).toEqual([['direct', null, [], '目前还没有确定上报项目的时间']])
    expect(quotesOf('“双减”，家长表示很满意。')).toEqual([])
  })
  it('说过 is a speech verb and 曾经 a word between the speaker and the verb (任正非曾经说过：)', () => {
    expect(brief(quotesOf('任正非曾经说过：“我们可以千军万马压上去。”'))).toEqual([['direct', '任正非', [], '我们可以千军万马压上去。']])
    expect(brief(quotesOf('王强说过，要压上去。'))).toEqual([['indirect', '王强', [], '要压上去。']])
  })
  it('a space between a Latin name and its verb (设计师 Michael Kruzeniski 说：)', () => {
    expect(brief(quotesOf('微软设计师 Michael Kruzeniski 说：“我们打造了很多出色的东西。”'))).toEqual([['direct', 'Michael Kruzeniski', ['微软设计师'], '我们打造了很多出色的东西。']])
  })
  it('a quoted term inside a counted phrase for someone unnamed (一名…的“新梧川人”说：)', () => {
    expect(brief(quotesOf('一名在梧川工作了三年的“新梧川人”说：“希望青年公寓能多建在地铁站附近。”'))).toEqual([['direct', null, [], '希望青年公寓能多建在地铁站附近。']])
  })
  it('a person the sentence before presents with a middle dot, after a description (打入制胜球的卢卡斯·费雷拉成为…), for a pronoun or 这位 and a post', () => {
    expect(brief(quotesOf('打入制胜球的卢卡斯·费雷拉成为全场焦点。“这个进球属于所有球迷。”这位巴西前锋赛后说。'))).toEqual([['direct', '卢卡斯·费雷拉', [], '这个进球属于所有球迷。']])
    expect(brief(quotesOf('卢卡斯·费雷拉成为全场焦点。“这个进球属于所有球迷。”他赛后说。'))).toEqual([['direct', '卢卡斯·费雷拉', [], '这个进球属于所有球迷。']])
    // A person presented with other posts is not one described by a post they do not hold.
    expect(quotesOf('区长李红梅出席会议。“这是一件好事。”这位老站长说。').map((quote) => quote.speaker)).toEqual([null])
  })
  it('a rare surname after a description (经常往返两地出差的宓书航说)', () => {
    expect(brief(quotesOf('“前台直接扫了我的网证。”经常往返两地出差的宓书航说。'))).toEqual([['direct', '宓书航', [], '前台直接扫了我的网证。']])
  })
  it('Malaysian honorifics between roles and name are neither (总会长丹斯里陈友明, 拿督斯里林国华)', () => {
    expect(brief(quotesOf('马来西亚华总总会长丹斯里陈友明说：“华社要团结。”'))).toEqual([['direct', '陈友明', ['马来西亚华总总会长'], '华社要团结。']])
    expect(brief(quotesOf('拿督斯里林国华表示，华社要团结。'))).toEqual([['indirect', '林国华', [], '华社要团结。']])
    expect(brief(quotesOf('“我们会继续办好华教。”拿汀黄美玲说。'))).toEqual([['direct', '黄美玲', [], '我们会继续办好华教。']])
  })
  it('致词, the variant of 致辞, opens an occasion (致词时说, 在致词中表示), after a dotted name too', () => {
    expect(brief(quotesOf('泰国商业部副部长巴颂·猜耶蓬致词时说，泰国政府欢迎华商扩大投资。'))).toEqual([['indirect', '巴颂·猜耶蓬', ['泰国商业部副部长'], '泰国政府欢迎华商扩大投资。']])
    expect(brief(quotesOf('会长王志强在致词中表示，总商会将协助会员企业把握商机。'))).toEqual([['indirect', '王志强', ['会长'], '总商会将协助会员企业把握商机。']])
    // An occasion's verb is never read into a dotted name (`巴颂·猜耶蓬致词`).
    expect(quotesOf('泰国商业部副部长巴颂·猜耶蓬致词说，泰国政府欢迎华商扩大投资。').map((quote) => quote.speaker?.name)).not.toContain('巴颂·猜耶蓬致词')
  })
  it('an occasion that is speech itself needs no 时 before the verb (讲话指出, 致辞表示, 致词说)', () => {
    expect(brief(quotesOf('县长王强讲话指出，要把民生实事办好。'))).toEqual([['indirect', '王强', ['县长'], '要把民生实事办好。']])
    expect(brief(quotesOf('泰国商业部副部长巴颂·猜耶蓬致词说，泰国政府欢迎华商扩大投资。'))).toEqual([['indirect', '巴颂·猜耶蓬', ['泰国商业部副部长'], '泰国政府欢迎华商扩大投资。']])
    expect(brief(quotesOf('“今年要把产业做强。”刘德胜发言表示。'))).toEqual([['direct', '刘德胜', [], '今年要把产业做强。']])
    // A document or a crowd is still no speaker.
    expect(quotesOf('政府工作报告指出，要把民生实事办好。')).toEqual([])
    expect(brief(quotesOf('大家踊跃发言表示，要把民生实事办好。')).map((quote) => quote[1])).not.toContain('大家踊跃')
  })
  it('someone unnamed opens an occasion when no one named does (發言人回覆本報查詢時表示), and no name ends in 时', () => {
    expect(brief(quotesOf('房屋署發言人回覆本報查詢時表示，署方已安排承辦商加快維修。'))).toEqual([['indirect', null, [], '署方已安排承辦商加快維修。']])
    expect(brief(quotesOf('县长王强回应群众关切时表示，要把民生实事办好。'))).toEqual([['indirect', '王强', ['县长'], '要把民生实事办好。']])
  })
  it('the person of an occasion goes to its place first (到据点视察时表示, 赴北京参加会议时)', () => {
    expect(brief(quotesOf('鹿溪區區長賴文彬上週到據點視察時表示，區公所明年將爭取市府經費。'))).toEqual([['indirect', '賴文彬', ['鹿溪區區長'], '區公所明年將爭取市府經費。']])
    expect(brief(quotesOf('区长赖文彬赴北京参加会议时表示，区里将争取更多经费。'))).toEqual([['indirect', '赖文彬', ['区长'], '区里将争取更多经费。']])
  })
  it('the person of an occasion of several verbs ends before the first of them (作总结讲话时强调)', () => {
    expect(brief(quotesOf('县长王强作总结讲话时强调，要把民生实事办好。'))).toEqual([['indirect', '王强', ['县长'], '要把民生实事办好。']])
    expect(brief(quotesOf('县长王强作总结讲话强调，要把民生实事办好。'))).toEqual([['indirect', '王强', ['县长'], '要把民生实事办好。']])
  })
  it('a time phrase between a quote and its speaker (“…”冲过终点后，车文博说; 散场时，)', () => {
    expect(brief(quotesOf('“我跑到后半程一直在提速。”冲过终点后，车文博说。'))).toEqual([['direct', '车文博', [], '我跑到后半程一直在提速。']])
    expect(brief(quotesOf('“今天这场最过瘾！”散场时，一位身披围巾的球迷激动地说。'))).toEqual([['direct', null, [], '今天这场最过瘾！']])
    // Not a clause that goes on the sentence (`后来，`).
    expect(quotesOf('“光明桥”后来，王强说起这座桥。')).toEqual([])
  })
  it('a verb of two characters may take 说 (回应说：, 补充说，)', () => {
    expect(brief(quotesOf('市营商办主任严志强回应说：“我们将推行‘综合查一次’，同一企业原则上只查一次。”'))).toEqual([
      ['direct', '严志强', ['市营商办主任'], '我们将推行‘综合查一次’，同一企业原则上只查一次。']
    ])
    expect(brief(quotesOf('市营商办主任严志强回应说，将推行综合查一次。'))).toEqual([['indirect', '严志强', ['市营商办主任'], '将推行综合查一次。']])
  })
  it('more words for what someone is (受害人王女士, 患儿母亲刘女士), and reports that are no names (接群众报警称)', () => {
    expect(brief(quotesOf('“对方准确说出了我的订单号。”受害人王女士说。'))).toEqual([['direct', '王女士', [], '对方准确说出了我的订单号。']])
    expect(brief(quotesOf('“医生说是支原体感染。”患儿母亲刘女士说。'))).toEqual([['direct', '刘女士', [], '医生说是支原体感染。']])
    expect(brief(quotesOf('城东派出所接群众报警称，有人冒充快递客服实施诈骗。')).map((quote) => quote[1])).not.toContain('报警')
  })
  it('小 and a given name after the closing mark (小雨说), not a word that opens with 小 (小区)', () => {
    expect(brief(quotesOf('初二学生小雨选了两门课。“现在每周都盼着周三下午。”小雨说。'))).toEqual([['direct', '小雨', [], '现在每周都盼着周三下午。']])
    expect(brief(quotesOf('“路灯修好了。”小区居民说。'))).toEqual([['direct', null, [], '路灯修好了。']])
  })
  it('quotes printed back to back after one speaker (他说：“…。”“…。”)', () => {
    expect(brief(quotesOf('区长张三说：“要抓好落实。”“要加强管理。”'))).toEqual([
      ['direct', '张三', ['区长'], '要抓好落实。'],
      ['direct', '张三', ['区长'], '要加强管理。']
    ])
  })
  it('a short form whose post is in an earlier role of the person (市人大代表、…护士长施雨薇 … 施代表说)', () => {
    expect(brief(quotesOf('市人大代表、南湖市中心医院护士长施雨薇关注的是“一老一小”。“我们上门为老人换药。”施代表说。'))).toEqual([
      ['direct', '施雨薇', ['市人大代表', '南湖市中心医院护士长'], '我们上门为老人换药。']
    ])
  })
  it('a pronoun as the audience (向他介绍) and a time and place after a dotted name (科恩当天在柏林对媒体说, 5日在柏林说)', () => {
    expect(brief(quotesOf('省委书记萧建国详细了解建设情况。南湖实验室主任、中国工程院院士方岳平向他介绍，实验室去年孵化企业23家。'))).toEqual([
      ['indirect', '方岳平', ['南湖实验室主任', '中国工程院院士'], '实验室去年孵化企业23家。']
    ])
    expect(brief(quotesOf('德国总理马蒂亚斯·科恩当天在柏林对媒体说，欧洲愿意发挥作用。')).map((quote) => quote[1])).toEqual(['马蒂亚斯·科恩'])
    expect(brief(quotesOf('德国总理马蒂亚斯·科恩5日在柏林说，欧洲愿意发挥作用。')).map((quote) => quote[1])).toEqual(['马蒂亚斯·科恩'])
    expect(brief(quotesOf('在张三看来，这是好事。')).map((quote) => quote[1])).toEqual(['张三'])
  })
  it('a surname and a post opening a sentence is the short form of a name, not a role before one (习书记结合…。他说)', () => {
    expect(brief(quotesOf('王书记结合自己在基层的经历谈了很多。他说：“要把山区的发展抓好。”'))).toEqual([['direct', '王书记', [], '要把山区的发展抓好。']])
    expect(brief(quotesOf('时任县委书记王建国来到青山村调研。', '王书记重点讲了生态保护。他说：“绿水青山就是金山银山。”')).map((quote) => quote[1])).toEqual(['王建国'])
  })
  it('反映 is a speech verb, and 对方 someone unnamed', () => {
    expect(brief(quotesOf('另一位消费者朱女士向记者反映，5月初收到的花令其非常失望。'))).toEqual([['indirect', '朱女士', [], '5月初收到的花令其非常失望。']])
    expect(brief(quotesOf('记者联系到客服，对方称，产品都是本地就近发货。'))).toEqual([['indirect', null, [], '产品都是本地就近发货。']])
    expect(quotesOf('数据反映，消费正在回暖。')).toEqual([])
  })
  it('sports and culture posts and times (主教练杜锋赛后表示, 门将, 主演, 楼栋长, 助理署长, 一位球迷)', () => {
    expect(brief(quotesOf('“我们拼到了最后一秒！”江城队主教练杜锋赛后表示。江城队队长、后卫赵睿说：“感谢球迷的支持。”'))).toEqual([
      ['direct', '杜锋', ['江城队主教练'], '我们拼到了最后一秒！'],
      ['direct', '赵睿', ['江城队队长', '后卫'], '感谢球迷的支持。']
    ])
    expect(brief(quotesOf('“守住了！”江城队门将王大雷说。')).map((quote) => quote[2])).toEqual([['江城队门将']])
    expect(brief(quotesOf('城南社区12栋楼栋长陈桂英说，楼里的老人都照顾到了。')).map((quote) => quote[1])).toEqual(['陈桂英'])
    expect(quotesOf('康乐及文化事务署助理署长陈慧玲介绍，活动将持续一个月。')[0]?.speaker?.roles).toEqual([{ text: '康乐及文化事务署助理署长', organization: '康乐及文化事务署', title: '助理署长' }])
    expect(brief(quotesOf('“太精彩了！”一位球迷激动地说。'))).toEqual([['direct', null, [], '太精彩了！']])
  })
  it('an occasion closed by 时 with no 在 before it (王䶮作…报告时介绍, 刘德胜交流发言时说)', () => {
    expect(brief(quotesOf('副镇长王䶮作镇政府工作报告时介绍，今年全镇将新建道路12公里。'))).toEqual([['indirect', '王䶮', ['副镇长'], '今年全镇将新建道路12公里。']])
    expect(brief(quotesOf('“今年要把产业做强。”刘德胜交流发言时说，合作社将扩大种植面积。'))).toEqual([
      ['direct', '刘德胜', [], '今年要把产业做强。'],
      ['indirect', '刘德胜', [], '合作社将扩大种植面积。']
    ])
  })
  it('a post after a repeated name gives way to the roles printed before the name earlier (李红梅区长指出)', () => {
    expect(brief(quotesOf('区委副书记、区长李红梅同志主持会议。', '李红梅区长在总结讲话中指出，要把全会精神转化为发展动力。'))).toEqual([
      ['indirect', '李红梅', ['区委副书记', '区长'], '要把全会精神转化为发展动力。']
    ])
  })
  it('reported words that are a short lead-in and the speaker’s own words in marks are a direct quote (这是因为“…”。), a term is not', () => {
    expect(brief(quotesOf('《金融时报》引用国家安全委员会前亚洲事务主管的话说，这是因为“中国哄骗、胁迫、收买了可能反对自己的国家”。'))).toEqual([
      ['direct', null, [], '中国哄骗、胁迫、收买了可能反对自己的国家']
    ])
    expect(brief(quotesOf('区长张强表示，要打造“新能源之都”。'))).toEqual([['indirect', '张强', ['区长'], '要打造“新能源之都”。']])
    expect(brief(quotesOf('区长张强表示，要加快建设“长三角一体化示范区”。'))).toEqual([['indirect', '张强', ['区长'], '要加快建设“长三角一体化示范区”。']])
  })
  it('court, wire and school forms (公诉人, 张某, 台胞, 高三（5）班, 董秘, a dateline with one reporter, 首席策略分析师)', () => {
    expect(brief(quotesOf('庭审中，公诉人指出，被告人已构成诈骗罪。'))).toEqual([['indirect', null, [], '被告人已构成诈骗罪。']])
    expect(brief(quotesOf('被告人张某在最后陈述中说：“我知道错了。”'))).toEqual([['direct', '张某', [], '我知道错了。']])
    expect(brief(quotesOf('“我愿意赔偿。”王某某说。')).map((quote) => quote[1])).toEqual(['王某某'])
    expect(brief(quotesOf('在厦门创业的台胞林佳颖说：“在大陆创业很安心。”')).map((quote) => quote[1])).toEqual(['林佳颖'])
    expect(quotesOf('江城中学高三（5）班班主任王丽说：“孩子们都很努力。”')[0]?.speaker?.roles).toEqual([{ text: '江城中学高三（5）班班主任', organization: '江城中学高三（5）班', title: '班主任' }])
    expect(brief(quotesOf('江城电子股份有限公司董秘李娜回应称，越南工厂已投产。')).map((quote) => quote[2])).toEqual([['江城电子股份有限公司董秘']])
    expect(brief(quotesOf('新华社北京8月1日电（记者许可）外交部发言人汪文斌表示，中方坚决反对。')).map((quote) => quote[2])).toEqual([['外交部发言人']])
    expect(quotesOf('中金公司首席策略分析师刘刚说：“市场会回暖。”')[0]?.speaker?.roles).toEqual([{ text: '中金公司首席策略分析师', organization: '中金公司', title: '首席策略分析师' }])
    expect(brief(quotesOf('德国政府发言人施特雷布18日在柏林表示，德方欢迎合作。')).map((quote) => quote[1])).toEqual(['施特雷布'])
  })
  it('a surname and a long post (方研究员说) stands for the person printed in full; a capacity clause (作为…，王磊…) gives a quote’s pronoun its person', () => {
    expect(brief(quotesOf('江城市农业科学院研究员方淑贞今年72岁。', '“只要还走得动，我就要往田里跑。”方研究员说。'))).toEqual([
      ['direct', '方淑贞', ['江城市农业科学院研究员'], '只要还走得动，我就要往田里跑。']
    ])
    expect(brief(quotesOf('作为省派科技特派员，王磊已经在青山镇驻点5年。', '“葡萄种得好不好，关键看土和水。”他说。')).map((quote) => quote[1])).toEqual(['王磊'])
    expect(brief(quotesOf('高级工程师说，要抓好落实。'))).toEqual([['indirect', null, [], '要抓好落实。']])
  })
  it('a pronoun whose sentence before opens with a pronoun itself refers further back (他对…表示感谢。他强调)', () => {
    expect(brief(quotesOf('学会专业委员会主任方创琳研究员作了总结发言。他对承办单位和志愿者细致而周到的服务表示感谢。他强调，学者需要共同努力。'))).toEqual([
      ['indirect', '方创琳', ['学会专业委员会主任'], '学者需要共同努力。']
    ])
    expect(brief(quotesOf('区长李红梅作了发言。他对志愿者细致周到的服务表示感谢，表示，这是一次成功的会议。')).map((quote) => quote[1])).toEqual(['李红梅'])
  })
  it('words in marks that end the sentence after a comma are the speaker’s when long enough', () => {
    expect(brief(quotesOf('张凡透露，一台租赁设备的成本是2000元到3000元不等，“设备成本和渠道成本几乎各占一半”。'))).toEqual([
      ['indirect', '张凡', [], '一台租赁设备的成本是2000元到3000元不等，'],
      ['direct', '张凡', [], '设备成本和渠道成本几乎各占一半']
    ])
    expect(brief(quotesOf('张凡透露，今年的目标只有一个，“双千亿”。'))).toEqual([['indirect', '张凡', [], '今年的目标只有一个，“双千亿”。']])
  })
  it('a function before 总监 or 经理 is part of the post; 的 after the company stays on the role', () => {
    expect(quotesOf('来电科技的高级市场总监刘颖表示，“来电近期并没有明显涨价。”')[0]?.speaker?.roles).toEqual([{ text: '来电科技的高级市场总监', organization: '来电科技的', title: '高级市场总监' }])
  })
  it('names with grammar characters: 甘如海, 单于晴; a verb that follows a subject ends a name (李明接受采访)', () => {
    expect(brief(quotesOf('据镇水利站站长甘如海介绍，两条河道整治工程已完成设计招标。')).map((quote) => quote[1])).toEqual(['甘如海'])
    expect(brief(quotesOf('市就业服务中心主任单于晴介绍，零工市场累计服务求职者12.6万人次。')).map((quote) => quote[1])).toEqual(['单于晴'])
    expect(brief(quotesOf('全国人大代表李明接受采访。他说：“很好。”')).map((quote) => quote[1])).toEqual(['李明'])
  })
  it('a pronoun after 在ROLES，ROLES NAME看来 takes all the roles; 不少代表委员 and a clause with 让 are no roles', () => {
    expect(brief(quotesOf('在省政协委员，省人民医院党委副书记、院长符晓岚看来，发展银发经济要先补齐短板。', '“老年人需要的不只是一张床。”她说。'))[1]).toEqual([
      'direct', '符晓岚', ['省政协委员', '省人民医院党委副书记', '院长'], '老年人需要的不只是一张床。'
    ])
    expect(brief(quotesOf('政府工作报告中写道：“把每一分财政资金都花在刀刃上、紧要处。”这句话让不少代表委员印象深刻。'))).toEqual([])
  })
  it('a clause that opens with someone quoted before, or a pronoun, and an action before the verb (马莉回忆起…的故事说，)', () => {
    expect(brief(quotesOf('“经典就是经典。”马莉说。', '马莉回忆起《一分钱》的故事说，因为这首歌太有名了，他有了一个雅号。'))[1]).toEqual(['indirect', '马莉', [], '因为这首歌太有名了，他有了一个雅号。'])
    expect(brief(quotesOf('“要抓紧。”区长王刚说。', '他回忆起这段往事说，当时条件很艰苦。'))[1]).toEqual(['indirect', '王刚', ['区长'], '当时条件很艰苦。'])
    expect(brief(quotesOf('“经典就是经典。”马莉说。', '马莉的女儿回忆起往事说，当时条件很艰苦。'))).toHaveLength(1)
    expect(brief(quotesOf('“经典就是经典。”小刚说。', '小刚家说，事发次日，班主任不让小刚进教室。'))).toHaveLength(1)
    // Not quoted before: where the name ends before an action is unsure (`王刚看完…`).
    expect(brief(quotesOf('区长王刚看完这份材料后说，要抓紧落实。'))).toEqual([])
    // `其` opens no clause as a pronoun (`其中`).
    expect(brief(quotesOf('“要抓紧。”区长王刚说。', '其中有位老人回忆往事说，当时条件很艰苦。'))).toHaveLength(1)
  })
  it('a quote right after a speech verb whose speaker was not found is no one’s, not the last speaker’s', () => {
    expect(brief(quotesOf('马莉说，那时孩子们经常走出校门很远了，还回头和交警挥手喊道，“叔叔再见！叔叔再见！”'))).toEqual([
      ['indirect', '马莉', [], '那时孩子们经常走出校门很远了，还回头和交警挥手喊道，'],
      ['direct', null, [], '叔叔再见！叔叔再见！']
    ])
  })
  it('roles of artists and ranks (国家一级作曲家), after 出自; 披露 is a speech verb', () => {
    expect(brief(quotesOf('这些歌曲都出自国家一级作曲家、著名音乐家潘振声之手。', '结果潘振声说：“一分钱不要！”'))).toEqual([
      ['direct', '潘振声', ['国家一级作曲家', '著名音乐家'], '一分钱不要！']
    ])
    expect(quotesOf('国家一级作曲家潘振声说：“一分钱不要！”')[0]?.speaker?.roles).toEqual([{ text: '国家一级作曲家', organization: null, title: '国家一级作曲家' }])
    expect(brief(quotesOf('华为院士艾伟参加了发布会。', '据艾伟披露，华为在5G芯片研发上的累计投入已超过10亿美元。'))).toEqual([
      ['indirect', '艾伟', ['华为院士'], '华为在5G芯片研发上的累计投入已超过10亿美元。']
    ])
  })
  it('an outlet as the audience (对硅流观察表示，); a short quotation after 的 or 在 is a term; 委员会 holds no role 委员', () => {
    expect(brief(quotesOf('一位接近云岫智能的人士对硅流观察表示，公司内部并不担心短期亏损。'))).toEqual([['indirect', null, [], '公司内部并不担心短期亏损。']])
    expect(brief(quotesOf('在滨溪河畔的“口袋公园”，滨溪街道办事处主任卓文静介绍，街道建成口袋公园7个。'))).toEqual([
      ['indirect', '卓文静', ['滨溪街道办事处主任'], '街道建成口袋公园7个。']
    ])
    expect(brief(quotesOf('市发展和改革委员会党组书记、主任闻人策出席会议。他坦言，问题还没有根本解决。'))).toEqual([
      ['indirect', '闻人策', ['市发展和改革委员会党组书记', '主任'], '问题还没有根本解决。']
    ])
  })
  it('someone a counter introduces by what they are, whatever the words (一位一楼住户说, 一位正在补网的渔嫂说), is unnamed', () => {
    expect(brief(quotesOf('“后来设计方案改了三稿，我们也就签字了。”一位一楼住户说。'))).toEqual([['direct', null, [], '后来设计方案改了三稿，我们也就签字了。']])
    expect(brief(quotesOf('一位排隊買菠蘿包的街坊說：「呢度仲係舊時個價錢，老人家食得起。」'))).toEqual([['direct', null, [], '呢度仲係舊時個價錢，老人家食得起。']])
    expect(brief(quotesOf('“阿月姐嗓门大，整个码头都听得见。”一位正在补网的渔嫂说。'))).toEqual([['direct', null, [], '阿月姐嗓门大，整个码头都听得见。']])
  })
  it('a phrase that refers back (这位老站长说) is the person presented before who holds the post, else no one', () => {
    expect(brief(quotesOf('石门镇农技站站长周德明今年58岁，在农技站干了30年。', '“种地要讲科学，更要讲良心。”这位老站长说。'))).toEqual([
      ['direct', '周德明', ['石门镇农技站站长'], '种地要讲科学，更要讲良心。']
    ])
    expect(brief(quotesOf('“今年收成好。”村民李四说。', '“种地要讲科学。”这位老站长说。'))[1]).toEqual(['direct', null, [], '种地要讲科学。'])
  })
  it('court, police and Taiwan forms: 公诉人、… roles, 事主说, …调查人员介绍, an unnamed dash signature, 回电 is no name, 经济… is no opener', () => {
    expect(quotesOf('庭审中，公诉人、霁州市人民检察院第二检察部检察官顾清禾指出，被告人张某某具有非法占有的目的。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['公诉人', '霁州市人民检察院第二检察部检察官'])
    expect(brief(quotesOf('事主说：“本来以为钱追不回来了，没想到这么快就到账了。”'))).toEqual([['direct', null, [], '本来以为钱追不回来了，没想到这么快就到账了。']])
    expect(brief(quotesOf('据栖梧县消防救援大队火灾调查人员介绍，起火原因初步判断为电池热失控。'))).toEqual([['indirect', null, [], '起火原因初步判断为电池热失控。']])
    expect(brief(quotesOf('“法官阿姨还帮我找回了上学的信心。”——一名接受帮教的初中生'))).toEqual([['direct', null, [], '法官阿姨还帮我找回了上学的信心。']])
    expect(brief(quotesOf('一名自称是该机构股东的男子回电称，机构因经营困难暂停营业。'))).toEqual([['indirect', null, [], '机构因经营困难暂停营业。']])
    expect(quotesOf('經濟財政司司長上官嘉樂表示，明年經濟預計增長。')[0]?.speaker?.roles).toEqual([{ text: '經濟財政司司長', organization: '經濟財政司', title: '司長' }])
    expect(brief(quotesOf('有里長表示，部分低窪地區每逢大雨就淹水。'))).toEqual([['indirect', null, [], '部分低窪地區每逢大雨就淹水。']])
    expect(brief(quotesOf('一名在客運站候車的阿嬤說：「一天只有三班車。」'))).toEqual([['direct', null, [], '一天只有三班車。']])
  })
  it('发言， opens no reported speech (作为新生代表发言，分享了…)', () => {
    expect(brief(quotesOf('许知夏作为新生代表发言，分享了自己立志学医的经历。'))).toEqual([])
  })
  it('a hyphen before the dot of a name (让-巴蒂斯特·洛朗斯), and a manner after it (…博纳尔用流利的中文说)', () => {
    expect(brief(quotesOf('“中国经济的韧性令人印象深刻，”澜诺共和国驻华大使让-巴蒂斯特·洛朗斯说，“我们看到了合作机会。”')).map((quote) => quote[1])).toEqual(['让-巴蒂斯特·洛朗斯', '让-巴蒂斯特·洛朗斯'])
    expect(brief(quotesOf('公使玛丽-克莱尔·博纳尔用流利的中文说：“我在中国生活了十二年。”'))).toEqual([['direct', '玛丽-克莱尔·博纳尔', ['公使'], '我在中国生活了十二年。']])
    expect(brief(quotesOf('澜诺共和国驻华大使让-巴蒂斯特·洛朗斯出席了会议。他表示，愿同中方加强合作。')).map((quote) => quote[1])).toEqual(['让-巴蒂斯特·洛朗斯'])
  })
  it('surnames that are also particles after a quote (理事长向云飞说), names ending in 来 (韦东来表示), longer counted phrases, 积极建言', () => {
    expect(brief(quotesOf('“稻子不打农药，两样都能卖上好价钱。”合作社理事长向云飞说。'))).toEqual([['direct', '向云飞', ['合作社理事长'], '稻子不打农药，两样都能卖上好价钱。']])
    expect(brief(quotesOf('南苑街道党工委书记韦东来表示，街道将把建议逐条梳理。')).map((quote) => quote[1])).toEqual(['韦东来'])
    expect(brief(quotesOf('一位在江南地区经营三家门店的加盟商坦言，门店日均出杯量下降了近两成。'))).toEqual([['indirect', null, [], '门店日均出杯量下降了近两成。']])
    expect(brief(quotesOf('“开始我是反对的，我就签字了。”一楼住户说。'))).toEqual([['direct', null, [], '开始我是反对的，我就签字了。']])
    expect(brief(quotesOf('连日来，他围绕制造业转型升级积极建言，一个个热词贯穿其中。'))).toEqual([])
  })
  it('a name right after the mark that owns a face or a voice is the speaker, one that owns a person is not (何静澜的眼眶…, 张三的母亲…); 一份新的建议： is no speech', () => {
    expect(brief(quotesOf('“一个老师在岛上坚持十年。”何静澜的眼眶有些湿润。'))).toEqual([['direct', '何静澜', [], '一个老师在岛上坚持十年。']])
    expect(brief(quotesOf('“我们要加油。”张三的母亲说。'))).toEqual([['direct', null, [], '我们要加油。']])
    expect(brief(quotesOf('今年，她带来了一份新的建议：设立海岛教师专项津贴。'))).toEqual([])
  })
  it('a source line break (a space) between the closing mark and the speaker', () => {
    expect(brief(quotesOf('“数据要素怎么确权，企业心里还没底。”\n邓晓雯说。'))).toEqual([['direct', '邓晓雯', [], '数据要素怎么确权，企业心里还没底。']])
    expect(brief(quotesOf('“数据要素怎么确权，企业心里还没底。” 区人大代表邓晓雯表示，要加快立法。')).map((quote) => quote[0])).toEqual(['direct', 'indirect'])
  })
})

describe('forms found by round 20 of made-up pages (sports, culture, legacy templates)', () => {
  it('a time filler after the name (赛后) is no `对…后` phrase reaching back over a comma', () => {
    const quotes = quotesOf('对于第67分钟的一次禁区内争议判罚，主裁判孔维赛后表示，经视频助理裁判提示并回看录像，没有判罚点球。')
    expect(brief(quotes)).toEqual([['indirect', '孔维', ['主裁判'], '经视频助理裁判提示并回看录像，没有判罚点球。']])
  })
  it('honours, heritage bearers and critics are roles (全国劳动模范、国家级非遗项目代表性传承人; 剧评人)', () => {
    const quotes = quotesOf('“一窑青瓷，少一道都不行。”全国劳动模范、国家级非遗项目代表性传承人叶守拙说。', '在省戏剧家协会副主席、剧评人顾清远看来，这部戏值得借鉴。')
    expect(brief(quotes)).toEqual([
      ['direct', '叶守拙', ['全国劳动模范', '国家级非遗项目代表性传承人'], '一窑青瓷，少一道都不行。'],
      ['indirect', '顾清远', ['省戏剧家协会副主席', '剧评人'], '这部戏值得借鉴。']
    ])
    expect(quotes[0]!.speaker!.roles.map((role) => [role.organization, role.title])).toEqual([['全国', '劳动模范'], ['国家级非遗项目', '代表性传承人']])
  })
  it('a long name made of a transliteration’s characters right after the closing mark is read whole (普布扎西, 索南才让, 哈力木拉提)', () => {
    const quotes = quotesOf('“路再难走，也要走到。”普布扎西说。', '“冬天牛犊再也不会冻死了。”索南才让说，他打算明年再建一座储备棚。', '“今年接的羊羔一只没丢。”哈力木拉提说。')
    expect(brief(quotes).map((quote) => quote[1])).toEqual(['普布扎西', '索南才让', '索南才让', '哈力木拉提'])
  })
  it('a pastoral village head is a role (嘎查党支部书记、嘎查长巴特尔)', () => {
    const quotes = quotesOf('“现在打开手机一看就知道羊在哪儿。”呼和嘎查党支部书记、嘎查长巴特尔表示，嘎查今年为32户牧民安装了智能围栏。')
    expect(brief(quotes)).toEqual([
      ['direct', '巴特尔', ['呼和嘎查党支部书记', '嘎查长'], '现在打开手机一看就知道羊在哪儿。'],
      ['indirect', '巴特尔', ['呼和嘎查党支部书记', '嘎查长'], '嘎查今年为32户牧民安装了智能围栏。']
    ])
  })
  it('a two-character word after 的 in a phrase a counter opens is what the person is (一位正在排队的边民说), not a name', () => {
    const quotes = quotesOf('“一天跑两趟，一个月能多挣两千来块。”一位正在排队的边民说。', '“今年收成好。”一位戴着草帽的老汉说。', '“今年收成好。”一位来自安徽的张小强说。')
    expect(brief(quotes).map((quote) => quote[1])).toEqual([null, null, '张小强'])
  })
  it('a pronoun refers back to a sentence opened by several roles whose posts stand inside words (…技师学院党委书记、院长谭明远)', () => {
    const quotes = quotesOf('区政协委员、望川技师学院党委书记、院长谭明远认为，职业教育要围绕产业需求设置专业。', '“学生有一半时间在企业车间里实训。”他说，学院今年将新增专业。')
    expect(brief(quotes).map((quote) => [quote[1], quote[2]])).toEqual(Array(3).fill(['谭明远', ['区政协委员', '望川技师学院党委书记', '院长']]))
  })
  it('a museum rank is a role (柘川博物馆研究馆员), so a quote running on into the next paragraph keeps its speaker', () => {
    const quotes = quotesOf('策展人、柘川博物馆研究馆员沈知微说：“这次展览最难的是把文物串成一条线。我们花了整整两年时间。', '“观众可以沿着展线，从一枚铜钱看到一座城。”')
    expect(brief(quotes).map((quote) => [quote[1], quote[2]])).toEqual(Array(2).fill(['沈知微', ['策展人', '柘川博物馆研究馆员']]))
  })
  it('a pronoun refers back past a dateline to the person it introduces (新华社石家庄7月31日电 国务委员、…王勇…。他强调，)', () => {
    const quotes = quotesOf('新华社石家庄7月31日电 国务委员、国家防总总指挥王勇31日在河北检查指导防汛减灾工作。他强调，要深入贯彻重要指示精神。')
    expect(brief(quotes)).toEqual([['indirect', '王勇', ['国务委员', '国家防总总指挥'], '要深入贯彻重要指示精神。']])
  })
  it('a dotted name starts after a post or a profession word, not at the clause start (前NASA宇航员巴兹·奥尔德林, 美国著名登山家巴兹·奥尔德林)', () => {
    expect(brief(quotesOf('前NASA宇航员巴兹·奥尔德林在采访中表示，他喝了少量葡萄酒。')).map((quote) => [quote[1], quote[2]])).toEqual([['巴兹·奥尔德林', ['前NASA宇航员']]])
    expect(brief(quotesOf('美国著名登山家巴兹·奥尔德林表示，登顶并不轻松。')).map((quote) => [quote[1], quote[2]])).toEqual([['巴兹·奥尔德林', []]])
  })
  it('international and emergency forms: 当地时间 after a dotted name, a credit in brackets after a dateline, 并…表示 after the subject’s clause, a date before an occasion, a live update’s time stamp', () => {
    expect(brief(quotesOf('塔林加共和国总统埃米利奥·萨尔达尼亚当地时间11日在总统府会见中方代表团时表示，塔方高度重视对华关系。'))).toEqual([['indirect', '埃米利奥·萨尔达尼亚', ['塔林加共和国总统'], '塔方高度重视对华关系。']])
    expect(brief(quotesOf('新华社北京3月5日电（记者 张三）国务院总理李强5日在会上作政府工作报告。他表示，今年经济增长目标为5%左右。'))).toEqual([['indirect', '李强', ['国务院总理'], '今年经济增长目标为5%左右。']])
    expect(brief(quotesOf('维尔丹首相奥斯卡·林德伯格5日宣誓就职，并在就职演说中表示，新政府将把稳定经济作为首要任务。'))).toEqual([['indirect', '奥斯卡·林德伯格', ['维尔丹首相'], '新政府将把稳定经济作为首要任务。']])
    expect(brief(quotesOf('区长李红梅5日调研时表示，要把稳定经济作为首要任务。'))).toEqual([['indirect', '李红梅', ['区长'], '要把稳定经济作为首要任务。']])
    expect(brief(quotesOf('09时30分 省应急管理厅副厅长严立衡表示，全省已累计转移群众18.6万人。'))).toEqual([['indirect', '严立衡', ['省应急管理厅副厅长'], '全省已累计转移群众18.6万人。']])
    expect(brief(quotesOf('“火头顺着风往村子方向蹿。”市消防救援支队指挥员、战勤保障处处长邹铁军说。'))).toEqual([['direct', '邹铁军', ['市消防救援支队指挥员', '战勤保障处处长'], '火头顺着风往村子方向蹿。']])
    // A declaration is no speaker.
    expect(brief(quotesOf('宣言指出，各方应加快行动，扭转海洋健康持续恶化的趋势。')).map((quote) => quote[1])).not.toContain('宣言')
  })
  it('a post starting inside another (总统 in 总统计师) gives way to it when a pronoun refers back', () => {
    const quotes = quotesOf('“数据背后，都是企业在奋力奔跑。”市统计局新闻发言人、总统计师百里青说。', '她表示，今年市统计局将加强统计监测。')
    expect(brief(quotes).map((quote) => quote[1])).toEqual(['百里青', '百里青'])
  })
  it('more compound surnames (赫连, 完颜)', () => {
    expect(brief(quotesOf('省财政厅党组书记、厅长赫连承舟表示，全省财政运行总体平稳。')).map((quote) => quote[1])).toEqual(['赫连承舟'])
    expect(brief(quotesOf('“财政运行总体平稳。”完颜明说。')).map((quote) => quote[1])).toEqual(['完颜明'])
  })
  it('paired actions around a comma (一边…，一边…说) stand between the speaker and the verb', () => {
    expect(brief(quotesOf('“客房经常要提前一周预订。”德吉央宗一边给客人倒酥油茶，一边笑着说。'))).toEqual([['direct', '德吉央宗', [], '客房经常要提前一周预订。']])
    expect(brief(quotesOf('张大爷一边剥着笋，一边说，今年收成好。')).map((quote) => quote[1])).toEqual(['张大爷'])
  })
  it('a plenum’s words are no one’s quote (“…”全会提出的这句话); 贺兰 is a compound surname', () => {
    expect(brief(quotesOf('“干部作风好不好，群众最有发言权。”全会提出的这句话，让许多基层干部深有感触。')).map((quote) => quote[1])).not.toContain('全会提')
    expect(brief(quotesOf('“项目是县域发展的生命线。”县发改局局长贺兰知远表示，要实行“一线工作法”。')).map((quote) => quote[1])).toEqual(['贺兰知远', '贺兰知远'])
  })
  it('a word for what the person is after an organisation is printed as a role (老码头米粉店店主毛秀贞)', () => {
    expect(brief(quotesOf('“改造后客流比原来多了一倍。”老码头米粉店店主毛秀贞说。'))).toEqual([['direct', '毛秀贞', ['老码头米粉店店主'], '改造后客流比原来多了一倍。']])
    // On its own it is not (`村民张强`).
    expect(brief(quotesOf('“今年收成好。”村民张强说。'))).toEqual([['direct', '张强', [], '今年收成好。']])
  })
  it('a way to reach an office printed as a label is no speaker (（二）信函：寄至…)', () => {
    expect(quotesOf('（二）信函：寄至槐安市白鹭区市民大道18号区住房和城乡建设局（邮编：361000），信封上请注明“征求意见”字样。')).toEqual([])
  })
  it('a surname and 太 or 生 is a familiar name (陳太說); an experts’ consensus is no speaker (共识建议，…)', () => {
    expect(brief(quotesOf('「這次副作用輕很多。」陳太說。'))).toEqual([['direct', '陳太', [], '這次副作用輕很多。']])
    expect(brief(quotesOf('共识建议，大多数成年患者应将血糖控制在目标以下。')).map((quote) => quote[1])).not.toContain('共识')
  })
  it('overseas posts and names (柔佛州州务大臣, 首席执行员, 苏巴马廉)', () => {
    expect(quotesOf('柔佛州州务大臣翁哈飞表示，州政府将推动经济特区建设。')[0]?.speaker?.roles[0]).toEqual({ text: '柔佛州州务大臣', organization: '柔佛州', title: '州务大臣' })
    expect(brief(quotesOf('“购物券对我们帮助很大。”苏巴马廉说。')).map((quote) => quote[1])).toEqual(['苏巴马廉'])
  })
  it('a given name ending in 为 after a post (党工委书记严可为看来)', () => {
    expect(brief(quotesOf('在市人大代表、滨湖街道党工委书记严可为看来，便民生活圈建设要算好“民生账”。')).map((quote) => quote[1])).toEqual(['严可为'])
  })
  it('a short quoted term inside the role after the closing mark is passed over (碧溪大学“银龄守护”志愿服务队队长简一诺说)', () => {
    expect(brief(quotesOf('“很多老人是怕麻烦别人。”碧溪大学“银龄守护”志愿服务队队长简一诺说。'))).toEqual([['direct', '简一诺', ['碧溪大学“银龄守护”志愿服务队队长'], '很多老人是怕麻烦别人。']])
  })
})

describe('forms found by made-up pages on courts, schools, finance and two-sessions coverage', () => {
  it('a word for a student after a school year or a cohort is printed as a role (高三学生, 2020级本科生)', () => {
    expect(brief(quotesOf('“拨穗的那一刻，我突然觉得四年过去了。”机械工程学院2020级本科生韩露晞说。'))).toEqual([['direct', '韩露晞', ['机械工程学院2020级本科生'], '拨穗的那一刻，我突然觉得四年过去了。']])
    expect(brief(quotesOf('“这个结果我们等了整整两年。”2023级硕士研究生宁书瑶说。')).map((quote) => quote[1])).toEqual(['宁书瑶'])
    // The title is printed as the page prints it, in traditional characters.
    const [quote] = quotesOf('「我想去廣州讀醫。」濠江中學高三學生何穎琳說。')
    expect(quote?.speaker).toEqual({ name: '何穎琳', roles: [{ text: '濠江中學高三學生', organization: '濠江中學高三', title: '學生' }] })
    expect(quotesOf('嘉思小學六年級學生馮子朗說：「我們拿了二等獎。」')[0]?.speaker?.roles).toEqual([{ text: '嘉思小學六年級學生', organization: '嘉思小學六年級', title: '學生' }])
  })
  it('`在` before such a role opens the phrase (在文学院2024级本科生贝若溪看来)', () => {
    expect(quotesOf('在文学院2024级本科生贝若溪看来，选择师范专业是实现梦想的第一步。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['文学院2024级本科生'])
  })
  it('an occasion opened by 作为 or closed by 致辞时 stands between speaker and verb', () => {
    expect(brief(quotesOf('外国语学院2020级本科生苏念禾作为毕业生代表发言时说：“感谢母校。”')).map((quote) => quote[1])).toEqual(['苏念禾'])
    // `致辞时` is no name after the post `代表`.
    expect(brief(quotesOf('嘉宾代表致辞时说：“感谢母校。”')).map((quote) => quote[1])).toEqual([null])
  })
  it('a verb that follows a subject or an action is no name after a post (代表走上通道, 记者用中文提问)', () => {
    const quotes = quotesOf('3位全国人大代表走上通道，讲述履职故事。', '走上“代表通道”，全国人大代表、白沙镇中心小学校长覃玉兰带来了画作。她说：“孩子们画的是未来学校。”')
    expect(brief(quotes).map((quote) => quote[1])).toEqual(['覃玉兰'])
    expect(brief(quotesOf('一位外国记者用中文提问：“为什么能发展这么快？”', '东岳汽车董事长卢启明笑着回答：“靠的是创新。”')).map((quote) => quote[1])).not.toContain('用中文')
  })
  it('回答 with a colon is speech', () => {
    expect(brief(quotesOf('东岳汽车董事长卢启明笑着回答：“靠的是完整的产业链。”'))).toEqual([['direct', '卢启明', ['东岳汽车董事长'], '靠的是完整的产业链。']])
  })
  it('a number and a measure word for things make a noun of a person and a verb (3件代表建议)', () => {
    expect(quotesOf('今天，我们选取3件代表建议，看看它们是怎样从“纸面”走到“地面”的。')).toEqual([])
    expect(brief(quotesOf('一位代表建议，今年要加大投入。'))).toEqual([['indirect', null, [], '今年要加大投入。']])
  })
  it('a reckoning is no speech (他算了一笔账：…)', () => {
    expect(quotesOf('合作社理事长石宝田说，托管很好。', '他算了一笔账：托管后，每亩地的农资成本降低了80元。').map((quote) => quote.text)).toEqual(['托管很好。'])
  })
  it('a white paper is no speaker (白皮书介绍，…)', () => {
    expect(brief(quotesOf('白皮书介绍，全市两级法院全面推行“一站式”取证机制。')).map((quote) => quote[1])).not.toContain('白皮书')
  })
  it('after a comma, a word that goes on the sentence attributes a quote only before a speech verb', () => {
    expect(quotesOf('“小病在社区，大病到医院，康复回社区”，分级诊疗的蓝图正在一步步变为现实。')).toEqual([])
    expect(brief(quotesOf('“小病在社区，大病到医院”，王小明在发言中说。')).map((quote) => quote[1])).toEqual(['王小明'])
  })
  it('a transliterated name may end in 都 (古丽米热·阿不都表示), not in 则', () => {
    expect(brief(quotesOf('执行局副局长古丽米热·阿不都表示，善意文明执行要降低对企业经营的影响。')).map((quote) => quote[1])).toEqual(['古丽米热·阿不都'])
    expect(brief(quotesOf('约翰·史密斯则表示，今年会好。')).map((quote) => quote[1])).toEqual(['约翰·史密斯'])
  })
  it('posts of funds, insurers, courts and police (基金经理, 总精算师, 检察官助理, 接警员)', () => {
    const roleOf = (text: string) => quotesOf(text)[0]?.speaker?.roles[0]
    expect(roleOf('同泰基金基金经理王明表示，今年会好。')).toEqual({ text: '同泰基金基金经理', organization: '同泰基金', title: '基金经理' })
    expect(roleOf('瑞丰人寿总精算师邬晓岚说：“要尽早开始积累。”')).toEqual({ text: '瑞丰人寿总精算师', organization: '瑞丰人寿', title: '总精算师' })
    expect(roleOf('检察官助理柯一帆表示，今年会好。')).toEqual({ text: '检察官助理', organization: null, title: '检察官助理' })
    expect(roleOf('“我接了400多个电话。”市公安局指挥中心接警员聂小满说。')).toEqual({ text: '市公安局指挥中心接警员', organization: '市公安局指挥中心', title: '接警员' })
  })
})

describe('forms found on real pages of foreign news in Chinese', () => {
  it('a rating in quotation marks after 为 is a term, not a quote (评级为“与大盘持平”，他认为，…)', () => {
    expect(brief(quotesOf('分析师马克·苏（Mark Sue）将RIM股票评级为“与大盘持平”，他认为，RIM业绩会低于华尔街预期。'))).toEqual([['indirect', '马克·苏', ['分析师'], 'RIM业绩会低于华尔街预期。']])
  })
  it('a middle initial between dots is part of a name (马克·P·琼斯), and the bare last part refers to it', () => {
    const quotes = quotesOf('莱斯大学(Rice University)政治学家马克·P·琼斯(Mark P. Jones)指出，克鲁兹拥有出众才智。琼斯说，“他有潜力成为一个全国著名的人物。”')
    expect(brief(quotes)).toEqual([
      ['indirect', '马克·P·琼斯', ['莱斯大学(Rice University)政治学家'], '克鲁兹拥有出众才智。'],
      ['direct', '马克·P·琼斯', ['莱斯大学(Rice University)政治学家'], '他有潜力成为一个全国著名的人物。']
    ])
  })
  it('a word for what someone is ends what stands before a dotted name (退休商人肯·尤韦尔)', () => {
    expect(brief(quotesOf('69岁的退休商人肯·尤韦尔(Ken Yowell)说，“我很高兴。”')).map((quote) => quote[1])).toEqual(['肯·尤韦尔'])
  })
})

describe('forms found by made-up pages on hospitals, heritage and ecology', () => {
  it('nursing, Chinese-medicine, guide, owner and ranger posts (副主任护师, 副主任中医师, 导游, 東主, 巡护员)', () => {
    expect(brief(quotesOf('“很多家长赶紧止泻。”湄江市妇幼保健院儿科护士长、副主任护师阮晴岚说。'))).toEqual([['direct', '阮晴岚', ['湄江市妇幼保健院儿科护士长', '副主任护师'], '很多家长赶紧止泻。']])
    expect(quotesOf('“空调温度不宜低于26℃。”市中医院治未病中心副主任、副主任中医师郝听雨说。')[0]?.speaker?.roles[1]).toEqual({ text: '副主任中医师', organization: null, title: '副主任中医师' })
    expect(brief(quotesOf('青岚旅行社导游蓝晓芸说：“以前游客逛完古镇就走。”')).map((quote) => quote[1])).toEqual(['蓝晓芸'])
    expect(quotesOf('「紮作最難是骨架。」西灣紮作坊東主何耀祖說。')[0]?.speaker).toEqual({ name: '何耀祖', roles: [{ text: '西灣紮作坊東主', organization: '西灣紮作坊', title: '東主' }] })
    expect(brief(quotesOf('“山上本没有路。”东坡管护站巡护员贺青山说。'))).toEqual([['direct', '贺青山', ['东坡管护站巡护员'], '山上本没有路。']])
  })
  it('sport and honour roles: 世界冠军 whole, 配速员, 劳模', () => {
    expect(quotesOf('“靠的是日复一日的坚持。”世界冠军、县青少年射击队总教练蓝晓芸说。')[0]?.speaker).toEqual({
      name: '蓝晓芸',
      roles: [
        { text: '世界冠军', organization: null, title: '世界冠军' },
        { text: '县青少年射击队总教练', organization: '县青少年射击队', title: '总教练' }
      ]
    })
    expect(brief(quotesOf('“我们的任务是让大家顺利完赛。”配速员、汐城跑步协会副会长宁远舟说。'))).toEqual([['direct', '宁远舟', ['配速员', '汐城跑步协会副会长'], '我们的任务是让大家顺利完赛。']])
  })
  it('craft honours and shift posts: 大国工匠, 技术能手, 首席技师, 值长', () => {
    expect(brief(quotesOf('“手上的功夫是一点一点磨出来的。”大国工匠、集团首席技师宋国梁说。'))).toEqual([['direct', '宋国梁', ['大国工匠', '集团首席技师'], '手上的功夫是一点一点磨出来的。']])
    expect(brief(quotesOf('“以前巡检靠腿。”发电运行部集控一值值长费立新说。'))).toEqual([['direct', '费立新', ['发电运行部集控一值值长'], '以前巡检靠腿。']])
  })
  it('investment and founding posts read whole (董事总经理, 管理合伙人, 研究总监, 创办人)', () => {
    expect(quotesOf('“估值回归理性。”鼎恒资本董事总经理李明说。')[0]?.speaker?.roles).toEqual([{ text: '鼎恒资本董事总经理', organization: '鼎恒资本', title: '董事总经理' }])
    expect(quotesOf('“市场很大。”芯港半導體創辦人、首席技術官麥梓朗說。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['芯港半導體創辦人', '首席技術官'])
  })
  it('a manner phrase ending in 地 between the speaker and the verb (妻子李秀芝半开玩笑地说)', () => {
    expect(brief(quotesOf('“他一年有大半年不着家。”妻子李秀芝半开玩笑地说。'))).toEqual([['direct', '李秀芝', [], '他一年有大半年不着家。']])
    expect(brief(quotesOf('“麦子要防冻。”合作社理事长王大山慢条斯理地说。'))).toEqual([['direct', '王大山', ['合作社理事长'], '麦子要防冻。']])
  })
  it('a graduate student is a post before a name (博士研究生许沐阳), unnamed alone (一名博士研究生)', () => {
    expect(quotesOf('“团队一起熬出来的。”博士研究生许沐阳说。')[0]?.speaker?.roles).toEqual([{ text: '博士研究生', organization: null, title: '博士研究生' }])
    expect(brief(quotesOf('“团队一起熬出来的。”一名硕士研究生说。'))).toEqual([['direct', null, [], '团队一起熬出来的。']])
  })
  it('员额 stays on the post (员额检察官, 员额法官)', () => {
    expect(quotesOf('“办案要有温度。”区人民检察院第二检察部员额检察官柯蔓说。')[0]?.speaker?.roles).toEqual([{ text: '区人民检察院第二检察部员额检察官', organization: '区人民检察院第二检察部', title: '员额检察官' }])
  })
  it('an action with 拉着 and the filler 当面 between speaker and verb', () => {
    expect(brief(quotesOf('“没想到这么快就能下地走路。”李阿姨拉着医生的手说。'))).toEqual([['direct', '李阿姨', [], '没想到这么快就能下地走路。']])
    expect(brief(quotesOf('“这书不是白读了？”有村民当面说。'))).toEqual([['direct', null, [], '这书不是白读了？']])
  })
  it('a name before an 一…就 clause keeps two characters (庞祎一开口就…), a given name with 一 stays whole', () => {
    expect(brief(quotesOf('“企业最怕的是不确定。”楚泽华拓公司董事长庞祎一开口就引起了共鸣。'))).toEqual([['direct', '庞祎', ['楚泽华拓公司董事长'], '企业最怕的是不确定。']])
    expect(brief(quotesOf('“企业最怕的是不确定。”楚泽华拓公司董事长李一鸣说。'))).toEqual([['direct', '李一鸣', ['楚泽华拓公司董事长'], '企业最怕的是不确定。']])
  })
  it('首席投资官 is a post (投资官 with its modifier)', () => {
    expect(quotesOf('“市场呈现哑铃特征。”恒溪基金副总经理、首席投资官甘泽远表示。')[0]?.speaker?.roles.map((role) => role.title)).toEqual(['副总经理', '首席投资官'])
  })
  it('traditional pages: an occasion closed by 時, 回應時, 督察 before a Latin name, 參加者 and 街坊 unnamed', () => {
    expect(brief(quotesOf('民生事務司司長容家儀出席立法會全體會議時表示，今年施政以穩就業為主軸。'))).toEqual([['indirect', '容家儀', ['民生事務司司長'], '今年施政以穩就業為主軸。']])
    expect(brief(quotesOf('社會工作局局長甘志輝回應時指出，當局正研究可行性。'))).toEqual([['indirect', '甘志輝', ['社會工作局局長'], '當局正研究可行性。']])
    expect(brief(quotesOf('霧港警察局督察Jason Lee指出，騙徒多冒充銀行職員。'))).toEqual([['indirect', 'Jason Lee', ['霧港警察局督察'], '騙徒多冒充銀行職員。']])
    expect(brief(quotesOf('有參加者表示，希望增設眼科檢查服務。'))).toEqual([['indirect', null, [], '希望增設眼科檢查服務。']])
    expect(brief(quotesOf('有街坊說：「夜晚小朋友發燒，最怕無地方睇。」'))).toEqual([['direct', null, [], '夜晚小朋友發燒，最怕無地方睇。']])
  })
  it('a membership body is no person, though printed after a post (市青年志愿者协会 … 协会表示)', () => {
    expect(brief(quotesOf('市青年志愿者协会组织开展了暑期服务活动。', '协会表示，下一步将联合更多爱心企业。'))).toEqual([])
  })
  it('the post that opens 委员会 introduces no name (专家委员会委员司徒蕙: no 会委), so a pronoun after refers to 司徒蕙', () => {
    const quotes = quotesOf('在澄湾大学建筑学院教授、区城市更新专家委员会委员司徒蕙看来，历史风貌保护不是冻结老房子。', '“老房子有人住、有人用，才是最好的保护。”她说。')
    expect(brief(quotes).map((quote) => quote[1])).toEqual(['司徒蕙', '司徒蕙'])
  })
  it('a post inside an organisation’s name introduces no name (教师发展中心教研员: no 发展中), so a pronoun after refers to the speaker', () => {
    const quotes = quotesOf('“幼小衔接要衔在习惯上。”汐阳县教师发展中心教研员邝予宁说。', '她认为，家长在暑假里可以多陪孩子读绘本。')
    expect(brief(quotes).map((quote) => quote[1])).toEqual(['邝予宁', '邝予宁'])
    // A word that is no organisation's ending before a later post leaves the name as it is (`向记者`).
    expect(brief(quotesOf('市医疗保障局党组书记、局长杜明远接受了记者专访。', '“这是一个误解。”杜明远说。'))[0]?.[2]).toEqual(['市医疗保障局党组书记', '局长'])
  })
  it('an applicant (申请人) is someone unnamed', () => {
    expect(brief(quotesOf('一周后，法官回访时，申请人说：“他再也没有来闹过。”'))).toEqual([['direct', null, [], '他再也没有来闹过。']])
  })
  it('a unit of a force is no person (支队提醒), and duty and inspection staff hold posts (值班员, 安检员)', () => {
    expect(quotesOf('支队提醒，冬春季节天干物燥，市民群众要做到人走断电。')).toEqual([])
    expect(brief(quotesOf('县森林防火指挥中心值班员梅晓棠说，无人机能在夜间发现异常热源。'))).toEqual([['indirect', '梅晓棠', ['县森林防火指挥中心值班员'], '无人机能在夜间发现异常热源。']])
    expect(quotesOf('“问题主要集中在软管老化。”澜州燃气有限公司安检员谢知远说。')[0]?.speaker?.roles).toEqual([{ text: '澜州燃气有限公司安检员', organization: '澜州燃气有限公司', title: '安检员' }])
  })
  it('station, shop, warehouse and care staff hold posts (客运员, 理货员, 护工)', () => {
    expect(brief(quotesOf('“看到旅客顺利上车，心里就踏实了。”霞州站客运车间客运员喻晓棠说。'))).toEqual([['direct', '喻晓棠', ['霞州站客运车间客运员'], '看到旅客顺利上车，心里就踏实了。']])
    expect(quotesOf('“今年进口水果多了三成。”南湾港理货员江一鸣说。')[0]?.speaker?.roles).toEqual([{ text: '南湾港理货员', organization: '南湾港', title: '理货员' }])
    expect(brief(quotesOf('护工刘桂芳说：“老人们都很配合。”'))).toEqual([['direct', '刘桂芳', ['护工'], '老人们都很配合。']])
  })
  it('于 in a given name after a word for a person or from a boundary (负责人曾于庭说, ”曾于庭说), not an adverb (张再次强调)', () => {
    expect(brief(quotesOf('「我們希望孩子知道。」稻香食農教室負責人曾于庭說，她去年接待了三千名學生。'))).toEqual([
      ['direct', '曾于庭', ['稻香食農教室負責人'], '我們希望孩子知道。'],
      ['indirect', '曾于庭', ['稻香食農教室負責人'], '她去年接待了三千名學生。']
    ])
    expect(brief(quotesOf('“我们希望孩子知道。”曾于庭说。'))).toEqual([['direct', '曾于庭', [], '我们希望孩子知道。']])
    expect(brief(quotesOf('“要发展产业。”张再次强调。')).map((quote) => quote[1])).not.toContain('张再次')
  })
  it('a spot is no name (楼梯口), and a posture opens a place between a speaker and the verb (坐在…说)', () => {
    expect(brief(quotesOf('“真系舍唔得。”甄美好坐在唐楼的楼梯口说，她最担心邻居。'))).toEqual([
      ['direct', '甄美好', [], '真系舍唔得。'],
      ['indirect', '甄美好', [], '她最担心邻居。']
    ])
    expect(brief(quotesOf('王大妈站在田埂上说：“今年收成好。”'))).toEqual([['direct', '王大妈', [], '今年收成好。']])
  })
  it('the words of someone the writer quotes (正如…所说, 用…的话说), not a relative clause (他所说的话)', () => {
    expect(brief(quotesOf('正如县委书记王强所说：“发展是第一要务。”'))).toEqual([['direct', '王强', ['县委书记'], '发展是第一要务。']])
    expect(brief(quotesOf('正如王强所说，发展是第一要务。'))).toEqual([['indirect', '王强', [], '发展是第一要务。']])
    expect(brief(quotesOf('用村民王强的话说：“日子越来越好了。”'))).toEqual([['direct', '王强', [], '日子越来越好了。']])
    expect(quotesOf('王强所说的情况属实，他说的话也很有道理。')).toEqual([])
    expect(quotesOf('用一句话说，发展是第一要务。')).toEqual([])
  })
  it('a Japanese name with a given name of three characters or with 太, 也, 由 (佐藤健太郎, 山本由纪)', () => {
    expect(brief(quotesOf('“以前要跑三四个部门。”青川东洋精工有限公司技术部部长佐藤健太郎对此深有体会。'))).toEqual([['direct', '佐藤健太郎', ['青川东洋精工有限公司技术部部长'], '以前要跑三四个部门。']])
    expect(brief(quotesOf('部长佐藤健太郎说：“以前要跑三四个部门。”'))).toEqual([['direct', '佐藤健太郎', ['部长'], '以前要跑三四个部门。']])
    expect(quotesOf('“以前最担心孩子的中文跟不上。”带着两个孩子在澄湖生活的山本由纪说。')[0]?.speaker?.name).toBe('山本由纪')
  })
  it('a document\'s verb is no name (…《十条》，明确：“…”)', () => {
    expect(quotesOf('今年，海州出台《外商投资企业服务十条》，明确：“对外资企业反映的问题，实行首问负责。”')).toEqual([])
  })
  it('a Vietnamese woman\'s name with 氏 (阮氏秋恒, 黎氏芳)', () => {
    expect(brief(quotesOf('在越南河内新能源投资股份公司CEO阮氏秋恒看来，越南光伏市场需求很大。'))).toEqual([['indirect', '阮氏秋恒', ['越南河内新能源投资股份公司CEO'], '越南光伏市场需求很大。']])
    expect(quotesOf('越南驻华大使馆商务参赞黎氏芳表示，双边贸易增长迅速。')[0]?.speaker?.name).toBe('黎氏芳')
  })
  it('a place or a time before the word for the person after a quote (”北京游客王晓明说, ”现场市民…)', () => {
    expect(brief(quotesOf('“服务比去年更好了。”北京游客王晓明说。'))).toEqual([['direct', '王晓明', [], '服务比去年更好了。']])
    expect(brief(quotesOf('“中国的产品很有竞争力。”泰国采购商王晓明说。'))).toEqual([['direct', '王晓明', [], '中国的产品很有竞争力。']])
    expect(brief(quotesOf('“服务比去年更好了。”现场游客王晓明说。'))).toEqual([['direct', '王晓明', [], '服务比去年更好了。']])
    // The place is no name read right after the mark (`南京游` of `南京游客`).
    expect(brief(quotesOf('“服务比去年更好了。”南京游客王晓明笑了。')).map((quote) => quote[1])).not.toContain('南京游')
    expect(brief(quotesOf('“服务比去年更好了。”王芳老人笑了。'))).toEqual([['direct', '王芳', [], '服务比去年更好了。']])
  })
  it('a word for a person\'s work the lists lack may stand before the name after a quote (”农技推广员王晓明说); 监考员 is a post', () => {
    expect(brief(quotesOf('“今年收成好。”农技推广员王晓明说。'))).toEqual([['direct', '王晓明', [], '今年收成好。']])
    expect(brief(quotesOf('“请考生把手表摘下来。”监考员钟晓岚一边核对准考证，一边轻声提醒。'))).toEqual([['direct', '钟晓岚', ['监考员'], '请考生把手表摘下来。']])
  })
  it('haste and sequence between a speaker and the verb (连忙表示, 后来才说, 后来说), a beginning after a name (一开始)', () => {
    expect(brief(quotesOf('这家店的店主王强连忙表示：“我们马上改。”'))).toEqual([['direct', '王强', [], '我们马上改。']])
    expect(brief(quotesOf('这家店的店主连忙表示：“我们马上改。”'))).toEqual([['direct', null, [], '我们马上改。']])
    expect(brief(quotesOf('市委书记王强一开始拒不承认，后来才说：“房租太贵了。”'))).toEqual([['direct', '王强', ['市委书记'], '房租太贵了。']])
    expect(brief(quotesOf('王强后来说，今年收成好。'))).toEqual([['indirect', '王强', [], '今年收成好。']])
    expect(quotesOf('对我来说，今年收成好。')).toEqual([])
    // A name ending in such a character keeps it (`王才`).
    expect(brief(quotesOf('王才说，今年收成好。'))).toEqual([['indirect', '王才', [], '今年收成好。']])
  })
  it('a pause or a gesture before speaking (笑了笑说, 顿了顿说), and no name ends in a verb said twice (王强想了想)', () => {
    expect(brief(quotesOf('市委书记王强笑了笑说：“今年收成好。”'))).toEqual([['direct', '王强', ['市委书记'], '今年收成好。']])
    expect(brief(quotesOf('“今年收成好。”王强点了点头说。'))).toEqual([['direct', '王强', [], '今年收成好。']])
    expect(brief(quotesOf('市委书记王强想了想，说：“今年收成好。”'))).toEqual([['direct', '王强', ['市委书记'], '今年收成好。']])
  })
  it('Taiwan and civic posts and people (立委, 發起人, 護理師, 民眾)', () => {
    expect(brief(quotesOf('立委朱映潔說：「中央的地方創生計畫應該放寬申請門檻。」'))).toEqual([['direct', '朱映潔', ['立委'], '中央的地方創生計畫應該放寬申請門檻。']])
    expect(quotesOf('「錢不是唯一的問題。」木棧基金會執行長、澄溪縣青年返鄉聯盟發起人范子謙表示。')[0]?.speaker).toEqual({
      name: '范子謙',
      roles: [
        { text: '木棧基金會執行長', organization: '木棧基金會', title: '執行長' },
        { text: '澄溪縣青年返鄉聯盟發起人', organization: '澄溪縣青年返鄉聯盟', title: '發起人' }
      ]
    })
    expect(quotesOf('「藥袋上的字太小了。」社區護理師林佩君說。')[0]?.speaker?.name).toBe('林佩君')
    expect(quotesOf('「心裡就踏實了。」民眾王曉明說。')[0]?.speaker?.name).toBe('王曉明')
  })
  it('an office is no person (金灣市長辦公室…指出)', () => {
    expect(quotesOf('金灣市長辦公室當晚發表聲明指出，市府今年撥款二十萬元。')).toEqual([])
  })
  it('a kind of body before a named one is no part of the role (项目建设单位南岭交通…副总经理), before a bare post it is', () => {
    expect(quotesOf('据项目建设单位南岭交通建设集团有限公司副总经理邬慧敏介绍，项目实现了实时监测。')[0]?.speaker?.roles).toEqual([{ text: '南岭交通建设集团有限公司副总经理', organization: '南岭交通建设集团有限公司', title: '副总经理' }])
    expect(quotesOf('施工单位负责人王五说，工期提前了。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['施工单位负责人'])
  })
  it('the minutes of a live update’s time stamp are no part of a role (19:40 市文化广电旅游局党组书记…)', () => {
    expect(quotesOf('19:40 市文化广电旅游局党组书记、局长闻人朗在致辞中表示，本届灯会以龙腾为主题。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['市文化广电旅游局党组书记', '局长'])
  })
  it('a long minority name read forwards after a quote, then a speech verb and a comma: the words after are theirs too', () => {
    expect(brief(quotesOf('“村子美了。”村委会主任此里卓玛说,村里今年准备改造民宿。'))).toEqual([
      ['direct', '此里卓玛', ['村委会主任'], '村子美了。'],
      ['indirect', '此里卓玛', ['村委会主任'], '村里今年准备改造民宿。']
    ])
  })
  it('a TV caption names a person first and their roles after (（字幕：许嘉禾 …）): no quote, but their roles and a pronoun after', () => {
    const quotes = quotesOf(
      '（字幕：许嘉禾 市人大代表、桐溪安居置业有限公司总经理）我们今年会在高铁新城片区建两个保障房小区。',
      '许嘉禾表示，保障房要尽量靠近产业园区。',
      '（字幕：范书瑶 市政协委员、桐溪市妇幼保健院副院长）现在双职工家庭最大的难题就是孩子没人带。',
      '她认为，可以由政府提供场地。'
    )
    expect(brief(quotes)).toEqual([
      ['indirect', '许嘉禾', ['市人大代表', '桐溪安居置业有限公司总经理'], '保障房要尽量靠近产业园区。'],
      ['indirect', '范书瑶', ['市政协委员', '桐溪市妇幼保健院副院长'], '可以由政府提供场地。']
    ])
  })
  it('a broadcast line’s label before a speaker’s (同期：…经理 韦佳佳：…): unmarked words are no quote; the roles stay with the name', () => {
    const quotes = quotesOf('同期：市人大代表、桐溪纺织集团有限公司人力资源部经理 韦佳佳：我们今年计划招300多人。', '韦佳佳说，企业还开设了订单班。')
    expect(brief(quotes)).toEqual([['indirect', '韦佳佳', ['市人大代表', '桐溪纺织集团有限公司人力资源部经理'], '企业还开设了订单班。']])
  })
  it('six-character Mongolian names after a post (额尔敦毕力格, 图门吉日嘎拉), read backwards and forwards', () => {
    expect(brief(quotesOf('旗民族事务委员会主任额尔敦毕力格指出，今年将继续推进建设。'))).toEqual([['indirect', '额尔敦毕力格', ['旗民族事务委员会主任'], '今年将继续推进建设。']])
    expect(brief(quotesOf('“一列班列就是一条流动的丝绸之路。”满都拉铁路口岸站站长图门吉日嘎拉表示，车站今年将新增换装线。')).map((quote) => quote[1])).toEqual(['图门吉日嘎拉', '图门吉日嘎拉'])
    // Without a post before it, six characters are a name only when all of them are a transliteration's, from a boundary.
    expect(quotesOf('“很好。”乌力吉巴雅尔说。')[0]?.speaker?.name).toBe('乌力吉巴雅尔')
    expect(quotesOf('“很好。”村里老老少少说。')[0]?.speaker?.name).not.toBe('村里老老少少')
  })
  it('a volunteer (義工) is a post before a name', () => {
    expect(brief(quotesOf('「兩周太短了，我想用一年時間做成一件事。」義工黎卓賢說。'))).toEqual([['direct', '黎卓賢', ['義工'], '兩周太短了，我想用一年時間做成一件事。']])
  })
  it('band posts (乐队主唱)', () => {
    expect(brief(quotesOf('野径乐队主唱蓝溪说：“拿到冠军的那一刻，我想到的是排练。”'))).toEqual([['direct', '蓝溪', ['野径乐队主唱'], '拿到冠军的那一刻，我想到的是排练。']])
  })
  it('a compound surname before a given name holding a grammar character given names use (司马婉如)', () => {
    expect(brief(quotesOf('据全国人大代表、省妇联主席司马婉如介绍，全省已建成服务点1300多个。'))).toEqual([['indirect', '司马婉如', ['全国人大代表', '省妇联主席'], '全省已建成服务点1300多个。']])
    expect(quotesOf('“很好。”主席司马婉如说。')[0]?.speaker?.name).toBe('司马婉如')
  })
  it('a compound surname holding a grammar character, with no post, read from a closing mark (”鲜于泰说)', () => {
    expect(brief(quotesOf('“龙年的‘龙’最好卖，一天要画三四百条。”鲜于泰说，他从16岁开始学糖画。'))).toEqual([
      ['direct', '鲜于泰', [], '龙年的‘龙’最好卖，一天要画三四百条。'],
      ['indirect', '鲜于泰', [], '他从16岁开始学糖画。']
    ])
  })
  it('创始 stays on the post it founds (创始合伙人, 创始会长)', () => {
    expect(quotesOf('“估值回归理性。”北辰创投创始合伙人周明远说。')[0]?.speaker?.roles).toEqual([{ text: '北辰创投创始合伙人', organization: '北辰创投', title: '创始合伙人' }])
    expect(quotesOf('“协会要办实事。”汀澜商会创始会长王海潮说。')[0]?.speaker?.roles).toEqual([{ text: '汀澜商会创始会长', organization: '汀澜商会', title: '创始会长' }])
  })
  it('an executive committee seat (市工商联执委) is a post', () => {
    expect(brief(quotesOf('“门槛降低了。”市工商联执委、汀澜公司董事长邬嘉禾说。'))).toEqual([['direct', '邬嘉禾', ['市工商联执委', '汀澜公司董事长'], '门槛降低了。']])
  })
  it('`代表性项目` holds no name after the post 代表 (a pronoun later does not point to 性项目)', () => {
    const quotes = quotesOf('“竹编最难的是耐得住性子。”国家级非物质文化遗产代表性项目青溪竹编技艺代表性传承人柯守义说。', '他说，自己13岁跟着父亲学艺。')
    expect(brief(quotes).map((quote) => quote[1])).toEqual(['柯守义', '柯守义'])
  })
  it('a description of a party to a case opens no role (涉事企业…环保部经理)', () => {
    expect(quotesOf('涉事企业澄平瑞祥化工有限公司环保部经理常亦凡坦言，企业此前重视不够。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['澄平瑞祥化工有限公司环保部经理'])
  })
  it('称 after a word for a person or a post ending in 人 is speech (负责人称, 合伙人称, 投资人称), after 人 alone it is not (人称)', () => {
    expect(brief(quotesOf('该公司一位负责人称，企业下一步还将投资建设中水回用系统。'))).toEqual([['indirect', null, [], '企业下一步还将投资建设中水回用系统。']])
    expect(brief(quotesOf('一位不愿具名的美元基金合伙人称，部分公司估值已超过20亿元。'))).toEqual([['indirect', null, [], '部分公司估值已超过20亿元。']])
    expect(brief(quotesOf('一位投资人称，行业泡沫正在形成。'))).toEqual([['indirect', null, [], '行业泡沫正在形成。']])
    expect(quotesOf('他被人称，“小诸葛”。')).toEqual([])
  })
  it('`河长制办公室` holds no name after the post 河长; a pronoun later points to the speaker', () => {
    const quotes = quotesOf('镜湖区水利局局长、区河长制办公室主任程雪松认为，镜湖治理的经验在于“一湖一策”。', '“湖长不是挂个名。”他说。')
    expect(brief(quotes).map((quote) => quote[1])).toEqual(['程雪松', '程雪松'])
  })
  it('a counted phrase may hold digits (一位在鼓楼街道住了50多年的老街坊说)', () => {
    expect(brief(quotesOf('“巷子口那家面馆千万别拆。”一位在鼓楼街道住了50多年的老街坊说。'))).toEqual([['direct', null, [], '巷子口那家面馆千万别拆。']])
  })
  it('where a quote was said may stand between it and its speaker (“…”在…候诊区，一位年轻母亲说)', () => {
    expect(brief(quotesOf('“晚上孩子发烧，县医院就能看。”在枫林县人民医院儿科候诊区，一位抱着孩子的年轻母亲说。'))).toEqual([['direct', null, [], '晚上孩子发烧，县医院就能看。']])
    expect(brief(quotesOf('“以后去青岚上班不用再倒两趟车了。”首班车上，一位乘客说。'))).toEqual([['direct', null, [], '以后去青岚上班不用再倒两趟车了。']])
    // A two-character place (`会上，`).
    expect(brief(quotesOf('“今年要再建十家智能工厂。”会上，区长王强说。'))).toEqual([['direct', '王强', ['区长'], '今年要再建十家智能工厂。']])
    // Then a description of the speaker (`58岁的`).
    expect(brief(quotesOf('“家门口就能吃上热饭。”在东湖小区，58岁的居民王强说，他每天中午都来。'))).toEqual([
      ['direct', '王强', [], '家门口就能吃上热饭。'],
      ['indirect', '王强', [], '他每天中午都来。']
    ])
    expect(brief(quotesOf('“家门口就能吃上热饭。”谈及变化，刚退休的王强说。'))).toEqual([['direct', '王强', [], '家门口就能吃上热饭。']])
  })
})

describe('forms found by made-up pages of Hong Kong, Taiwan and Malaysian media', () => {
  it('a date in brackets after a day word stands between speaker and verb (今日（5日）表示)', () => {
    expect(brief(quotesOf('財政司司長譚家明今日（5日）表示，今年本港經濟增長預測為2.5%至3.5%。'))).toEqual([['indirect', '譚家明', ['財政司司長'], '今年本港經濟增長預測為2.5%至3.5%。']])
    expect(brief(quotesOf('發展局局長甯俊賢今日（三月十二日）表示，北環都會區是重中之重。')).map((quote) => quote[1])).toEqual(['甯俊賢'])
  })
  it('a verb that is also a noun after a phrase with 的 is no speech (他拿到的故宫博物院介绍，…)', () => {
    expect(quotesOf('那时，他拿到的故宫博物院介绍，写了这座博物馆诸多的“世界之最”。')).toEqual([])
    expect(brief(quotesOf('马莉说，今年会好。', '马莉回忆起《一分钱》的故事说，那时很难。')).map((quote) => quote[1])).toEqual(['马莉', '马莉'])
  })
  it('a province is no speaker (江西省则表示)', () => {
    expect(quotesOf('江西省则表示，将出台江西省“互联网+”行动计划。')).toEqual([])
  })
  it('執行長 is a post (語文推廣基金會執行長)', () => {
    expect(quotesOf('語文推廣基金會執行長蘇怡萍表示，今年共有超過5萬名民眾參與投票。')[0]?.speaker?.roles).toEqual([{ text: '語文推廣基金會執行長', organization: '語文推廣基金會', title: '執行長' }])
  })
})

describe('forms found by made-up pages on returnee scientists and start-ups', () => {
  it('a pronoun after an opening clause refers to the sentence before (谈起…，他表示; 2019年，她…)', () => {
    const words = '补贴让我们敢在28纳米工艺上多试一次。'
    expect(brief(quotesOf(`南湖微芯科技有限公司CTO贺临风是在硅谷工作了15年的芯片架构师。谈起流片补贴，他表示：“${words}”`))).toEqual([
      ['direct', '贺临风', ['南湖微芯科技有限公司CTO'], words]
    ])
    expect(brief(quotesOf('澄海量芯科技有限公司创始人、CEO苗思源就是其中之一。2019年，她从美国一家国家实验室回国，在澄海高新区创办了这家公司。', `“${words}”她说。`))).toEqual([
      ['direct', '苗思源', ['澄海量芯科技有限公司创始人', 'CEO'], words]
    ])
    // A sentence of its own with someone in it still comes first (`会上，区长李红梅…，她指出`).
    expect(brief(quotesOf(`区委书记王建军出席会议。会上，区长李红梅作报告，她指出，${words}`)).map((quote) => quote[1])).toEqual(['李红梅'])
    // With a Latin post before the name (`首席科学家、CSO季远帆`).
    expect(brief(quotesOf('在生命科学园的小楼里，启元生物医药有限公司首席科学家、CSO季远帆正在调试电镜。2019年，他辞去美国药企的职位回国。', `“${words}”他说。`))).toEqual([
      ['direct', '季远帆', ['启元生物医药有限公司首席科学家', 'CSO'], words]
    ])
    // No one opens the sentence before (`智能客服偶尔也会…`: 偶尔 is no name): the last speaker.
    expect(brief(quotesOf('东川市12345热线中心主任邬子墨介绍，智能语音助手可以解答约40%的咨询。', '不过，智能客服偶尔也会“答非所问”。对此，她坦言，目前系统对方言的识别仍有不足。')).map((quote) => quote[1])).toEqual(['邬子墨', '邬子墨'])
  })
  it('a name after an age (今年29岁的符一鸣在…) is who a pronoun after refers to', () => {
    const words = '企业给了我独立负责一个项目的机会。'
    expect(brief(quotesOf('今年29岁的符一鸣在美国密歇根大学获得博士学位后，进入云溪高新区一家企业的博士后工作站。', `“${words}”他说。`))).toEqual([['direct', '符一鸣', [], words]])
  })
  it('words after 回忆说 or 笑着说 following a quote are one indirect quote, not two', () => {
    expect(brief(quotesOf('南湖创新资本合伙人宁嘉树说，估值低。', '“我们投的第一个项目，创始人是博士后。”他回忆说，这家企业如今已成长为“隐形冠军”。'))).toEqual([
      ['indirect', '宁嘉树', ['南湖创新资本合伙人'], '估值低。'],
      ['direct', '宁嘉树', ['南湖创新资本合伙人'], '我们投的第一个项目，创始人是博士后。'],
      ['indirect', '宁嘉树', ['南湖创新资本合伙人'], '这家企业如今已成长为“隐形冠军”。']
    ])
    expect(brief(quotesOf('“我们投的第一个项目。”王强笑着说，这家企业如今已成长为冠军。'))).toEqual([
      ['direct', '王强', [], '我们投的第一个项目。'],
      ['indirect', '王强', [], '这家企业如今已成长为冠军。']
    ])
  })
  it('an age before 的 owns no post (81岁的退休教师吴淑珍); 退休 stays on its post like 原', () => {
    expect(quotesOf('81岁的退休教师吴淑珍说：“现在每天晚上不来跳一跳，浑身不自在。”')[0]?.speaker?.roles).toEqual([{ text: '退休教师', organization: null, title: '退休教师' }])
    expect(quotesOf('八十一岁的退休教师吴淑珍说：“现在每天晚上不来跳一跳，浑身不自在。”')[0]?.speaker?.roles).toEqual([{ text: '退休教师', organization: null, title: '退休教师' }])
  })
  it('成长 after a post is no name (从一名普通钳工成长为…，他); 安全总监 is one post', () => {
    const words = '机器再智能，也需要人去调试。'
    expect(brief(quotesOf(`“${words}”集团首席技师宋国梁说。从一名普通钳工成长为行业顶尖技能人才，他用了整整32年。`, '“工作室今年还将培养技师10名。”他说。')).map((quote) => quote[1])).toEqual(['宋国梁', '宋国梁'])
    expect(quotesOf('集团副总经理、安全总监鲍春雷表示，今年将开展安全管理强化年活动。')[0]?.speaker?.roles).toEqual([
      { text: '集团副总经理', organization: '集团', title: '副总经理' },
      { text: '安全总监', organization: null, title: '安全总监' }
    ])
  })
  it('凤, 庹 and 郄 are surnames (“…”凤玉霞说)', () => {
    const words = '每次去医院复查，都要儿子把我‘抬’下去。'
    expect(brief(quotesOf(`住在5楼的凤玉霞今年81岁。“${words}”凤玉霞说。`))).toEqual([['direct', '凤玉霞', [], words]])
    expect(brief(quotesOf(`“${words}”庹明说。`)).map((quote) => quote[1])).toEqual(['庹明'])
  })
  it('a description before 的 is no part of a word for what someone is printed as a role (去年入校的数学科学学院学生)', () => {
    const words = '刚入学时有些担心跟不上。'
    expect(brief(quotesOf(`去年入校的数学科学学院学生邬晓禾说：“${words}”`))).toEqual([['direct', '邬晓禾', ['数学科学学院学生'], words]])
    expect(brief(quotesOf(`来自山区的澄海书院考生区卓霖说：“${words}”`))).toEqual([['direct', '区卓霖', ['澄海书院考生'], words]])
  })
  it('随身 after a post is no name (这位80后女代表随身带着…。她说)', () => {
    const words = '每一封信背后，都是一个想找到位置的年轻人。'
    expect(quotesOf('区人大代表梁咏芝今年履职第二年。这位80后女代表随身带着三样东西：手机、笔记本和一叠信。', `“${words}”她说。`)[0]?.speaker?.name).toBe('梁咏芝')
  })
  it('a counter after 是 is no organisation of the role (符一鸣是一名博士。他说)', () => {
    const words = '企业给了我独立负责一个项目的机会。'
    expect(quotesOf('符一鸣是一名博士。', `“${words}”他说。`)[0]?.speaker?.roles).toEqual([{ text: '博士', organization: null, title: '博士' }])
  })
  it('职位 after a post is no name (辞去…高级研究员职位)', () => {
    const words = '国外的平台很好，但我想做的是从零到一的原创。'
    expect(brief(quotesOf('启元生物医药有限公司首席科学家季远帆正在调试一台冷冻电镜。2019年，他辞去美国一家大型药企的高级研究员职位，带着团队回国。', `“${words}”他说。`))).toEqual([
      ['direct', '季远帆', ['启元生物医药有限公司首席科学家'], words]
    ])
  })
  it('曾 after a given name is the adverb (林澈曾在…工作12年)', () => {
    const words = '封装不再是产业链的末端。'
    expect(brief(quotesOf(`南屿芯联半导体有限公司创办人、CEO林澈曾在美国一家芯片巨头工作12年。他说：“${words}”`))).toEqual([
      ['direct', '林澈', ['南屿芯联半导体有限公司创办人', 'CEO'], words]
    ])
  })
})

describe('forms found by made-up pages on minority festivals', () => {
  it('Tibetan, Yi and Tu names with 四, 郎, 绒, 且, 支, 更, 藏, 降 (村委会主任四郎多吉表示; ”沙马拉且说)', () => {
    expect(quotesOf('甲拉村村委会主任四郎多吉表示，全村已有37户开办民宿。')[0]?.speaker?.name).toBe('四郎多吉')
    expect(quotesOf('县文化广播电视和旅游局副局长格绒卓玛指出，全县已有星级民宿58家。')[0]?.speaker?.name).toBe('格绒卓玛')
    const words = '火把节就是我们的狂欢节。'
    for (const name of ['沙马拉且', '俄木阿支', '更藏卓玛']) expect(brief(quotesOf(`“${words}”${name}说。`)).map((quote) => quote[1])).toEqual([name])
  })
  it('火把 inside a role is no clause (据阿觉县火把节组委会办公室副主任吉克阿依介绍)', () => {
    expect(quotesOf('据阿觉县火把节组委会办公室副主任吉克阿依介绍，火把节3天，全县共接待游客34.8万人次。')[0]?.speaker?.roles).toEqual([
      { text: '阿觉县火把节组委会办公室副主任', organization: '阿觉县火把节组委会办公室', title: '副主任' }
    ])
    // A clause before a role still ends before it (`记者把话筒递给了区长王强`).
    expect(quotesOf('记者把话筒递给了区长王强，王强说，今年要再建十家工厂。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['区长'])
  })
  it('当 in a given name after a closing mark (”龙当久一边錾刻银片一边说), not a word that follows a subject (市长王当选后说)', () => {
    const words = '一套盛装银饰要敲几万锤，急不得。'
    expect(brief(quotesOf(`龙当久从14岁开始跟父亲学打银。“${words}”龙当久一边錾刻银片一边说。`))).toEqual([['direct', '龙当久', [], words]])
    expect(quotesOf(`“${words}”市长王当选后说。`)[0]?.speaker?.name).not.toBe('王当选')
  })
  it('a name of six transliteration characters from a boundary (」额尔敦毕力格表示)', () => {
    expect(brief(quotesOf('「以前养马是为了放牧，现在收入多了好几倍。」额尔敦毕力格表示。')).map((quote) => quote[1])).toEqual(['额尔敦毕力格'])
  })
  it('a name right after a quote that ends inside inner marks, before a laugh (”岩温哈哈大笑)', () => {
    expect(brief(quotesOf('“被泼的人不能生气，还要喊‘水！水！水！’”岩温哈哈大笑。'))).toEqual([['direct', '岩温', [], '被泼的人不能生气，还要喊‘水！水！水！’']])
  })
})

describe('forms found by made-up pages on youth science contests', () => {
  it('评委 is a post (大赛评委、…副教授邢知远指出; 」大賽評委、…教授衛晨光說)', () => {
    expect(quotesOf('大赛评委、岚川理工大学机械工程学院副教授邢知远指出，临场应变能力最值得考察。')[0]?.speaker?.roles.map((role) => role.text)).toEqual(['大赛评委', '岚川理工大学机械工程学院副教授'])
    expect(brief(quotesOf('「我們會問很多很細的問題。」大賽評委、嵐川師範大學物理與電子工程學院教授衛晨光說。')).map((quote) => quote[1])).toEqual(['衛晨光'])
  })
  it('roles ending in a word for what someone is, right after the closing mark (”天文社社长、高二年级学生程一苒第一个喊了出来)', () => {
    const words = '找到了！彗尾朝上，像一把扫帚！'
    expect(brief(quotesOf(`“${words}”天文社社长、高二年级学生程一苒第一个喊了出来。`))).toEqual([['direct', '程一苒', ['天文社社长', '高二年级学生'], words]])
  })
})
