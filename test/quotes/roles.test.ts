import { describe, expect, it } from 'vitest'
import { readRoleChain, splitRole } from '../../src/quotes/roles.js'

describe('splitRole', () => {
  it('organisation + post, modifiers kept on the post', () => {
    expect(splitRole('区政协委员')).toEqual({ text: '区政协委员', organization: '区政协', title: '委员' })
    expect(splitRole('北京理想汽车有限公司副总裁')).toEqual({ text: '北京理想汽车有限公司副总裁', organization: '北京理想汽车有限公司', title: '副总裁' })
    expect(splitRole('金湾养老服务集团常务副总经理')).toEqual({ text: '金湾养老服务集团常务副总经理', organization: '金湾养老服务集团', title: '常务副总经理' })
    expect(splitRole('榕川芯源微电子有限公司执行总裁')?.title).toBe('执行总裁')
    expect(splitRole('云鹞航空科技有限公司前总裁')?.title).toBe('前总裁')
    expect(splitRole('澜湾智医科技有限公司CEO')).toEqual({ text: '澜湾智医科技有限公司CEO', organization: '澜湾智医科技有限公司', title: 'CEO' })
    // An acting post, as Hong Kong and Southeast Asian papers print it.
    expect(splitRole('海澄会馆署理会长')).toEqual({ text: '海澄会馆署理会长', organization: '海澄会馆', title: '署理会长' })
    expect(splitRole('瀚海科技有限公司联席CEO')).toEqual({ text: '瀚海科技有限公司联席CEO', organization: '瀚海科技有限公司', title: '联席CEO' })
  })
  it('party posts are whole titles; a committee seat splits', () => {
    expect(splitRole('江苏澄明半导体股份有限公司党委书记')?.title).toBe('党委书记')
    expect(splitRole('某镇党委副书记')?.title).toBe('党委副书记')
    expect(splitRole('中以常州创新园党工委委员')).toEqual({ text: '中以常州创新园党工委委员', organization: '中以常州创新园党工委', title: '委员' })
    expect(splitRole('澄湾镇芦墩村村委会主任')).toEqual({ text: '澄湾镇芦墩村村委会主任', organization: '澄湾镇芦墩村村委会', title: '主任' })
  })
  it('a post alone has organization null; text is always organization + title', () => {
    expect(splitRole('总经理')).toEqual({ text: '总经理', organization: null, title: '总经理' })
    for (const text of ['县人大代表', '管委会副主任', '县第二中学校长', '市政务服务管理办公室主任', '牛塘镇镇长']) {
      const role = splitRole(text)!
      expect((role.organization ?? '') + role.title).toBe(text)
    }
  })
  it('posts held together with 兼 make one title', () => {
    expect(splitRole('某公司董事长兼总经理')).toEqual({ text: '某公司董事长兼总经理', organization: '某公司', title: '董事长兼总经理' })
    expect(splitRole('高瓴资本集团创始人兼首席执行官')?.organization).toBe('高瓴资本集团')
    expect(splitRole('常务副总裁兼财务总监')).toEqual({ text: '常务副总裁兼财务总监', organization: null, title: '常务副总裁兼财务总监' })
    expect(splitRole('兼职教师')).toEqual({ text: '兼职教师', organization: null, title: '兼职教师' })
  })
  it('no post, no role', () => {
    expect(splitRole('发展态势')).toBeNull()
  })
})

describe('readRoleChain', () => {
  it('splits at 、，, and stops at the clause start', () => {
    const text = '。”区政协委员，北京理想汽车有限公司副总裁、常州制造基地总经理李斌'
    const chain = readRoleChain(text, text.indexOf('李斌'), 2)
    expect(chain.roles.map((role) => role.text)).toEqual(['区政协委员', '北京理想汽车有限公司副总裁', '常州制造基地总经理'])
    const flat = '市人大代表,云港高新区党工委委员、管委会副主任韩松涛'
    expect(readRoleChain(flat, flat.indexOf('韩'), 0).roles.map((role) => role.text)).toEqual(['市人大代表', '云港高新区党工委委员', '管委会副主任'])
  })
  it('drops a description before a role that names its own organisation, not a possessive 的', () => {
    const text = '来自基层的全国人大代表、青川县石门村党支部书记孙明亮'
    const chain = readRoleChain(text, text.indexOf('孙明亮'), 0)
    expect(chain.roles.map((role) => [role.organization, role.title])).toEqual([['全国人大', '代表'], ['青川县石门村', '党支部书记']])
    expect(text.slice(chain.start)).toBe('全国人大代表、青川县石门村党支部书记孙明亮')
    const possessive = '未来论坛理事会的轮值主席张磊'
    expect(readRoleChain(possessive, possessive.indexOf('张磊'), 0).roles).toEqual([{ text: '未来论坛理事会的轮值主席', organization: '未来论坛理事会的', title: '轮值主席' }])
  })
  it('drops a scene before 的 and a bare post (座谈尾声到场的市长), traditional too', () => {
    const text = '在座谈尾声到场的市长冯启东'
    expect(readRoleChain(text, text.indexOf('冯启东'), 0).roles).toEqual([{ text: '市长', organization: null, title: '市长' }])
    const traditional = '在座談尾聲到場的市長馮啟東'
    expect(readRoleChain(traditional, traditional.indexOf('馮啟東'), 0).roles).toEqual([{ text: '市長', organization: null, title: '市長' }])
  })
  it('drops a clause before a role (记者采访了全国人大代表)', () => {
    const text = '记者采访了全国人大代表张三'
    const chain = readRoleChain(text, text.indexOf('张三'), 0)
    expect(chain.roles).toEqual([{ text: '全国人大代表', organization: '全国人大', title: '代表' }])
    expect(text.slice(chain.start)).toBe('全国人大代表张三')
  })
  it('drops an opener (据, 在) and a leading clause that is not a role', () => {
    const text = '会上，据区卫健委副主任端木青'
    const chain = readRoleChain(text, text.indexOf('端木青'), 0)
    expect(chain.roles.map((role) => role.text)).toEqual(['区卫健委副主任'])
    expect(text.slice(chain.start)).toBe('区卫健委副主任端木青')
  })
  it('stays bounded on a very long chain', () => {
    const text = '区政协委员、'.repeat(20000) + '某局局长张三'
    const chain = readRoleChain(text, text.length - 2, 0)
    expect(chain.roles.length).toBeLessThanOrEqual(12)
    expect(chain.roles.at(-1)?.text).toBe('某局局长')
  })
})

describe('professional posts', () => {
  it('a specialty before a profession is part of the title', () => {
    expect(splitRole('房屋查验咨询师')).toEqual({ text: '房屋查验咨询师', organization: null, title: '房屋查验咨询师' })
    expect(splitRole('著名经济学家')).toEqual({ text: '著名经济学家', organization: null, title: '著名经济学家' })
  })
  it('an organisation before a profession stays the organisation', () => {
    expect(splitRole('名仕宜居验房公司高级工程师')).toEqual({ text: '名仕宜居验房公司高级工程师', organization: '名仕宜居验房公司', title: '高级工程师' })
    expect(splitRole('高级工程师')).toEqual({ text: '高级工程师', organization: null, title: '高级工程师' })
  })
  it('an officer’s post (总工程师, 副总设计师) takes what stands before it as the organisation, whatever it ends with', () => {
    expect(splitRole('江城重工总工程师')).toEqual({ text: '江城重工总工程师', organization: '江城重工', title: '总工程师' })
    expect(splitRole('江城重工副总设计师')).toEqual({ text: '江城重工副总设计师', organization: '江城重工', title: '副总设计师' })
    expect(splitRole('总会计师')).toEqual({ text: '总会计师', organization: null, title: '总会计师' })
    expect(splitRole('资深分析师')).toEqual({ text: '资深分析师', organization: null, title: '资深分析师' })
    expect(splitRole('江城公司财务总监')).toEqual({ text: '江城公司财务总监', organization: '江城公司', title: '财务总监' })
    expect(splitRole('来电科技市场总监')).toEqual({ text: '来电科技市场总监', organization: '来电科技', title: '市场总监' })
    expect(splitRole('澄海国际首席策略师')).toEqual({ text: '澄海国际首席策略师', organization: '澄海国际', title: '首席策略师' })
    expect(splitRole('业内资深分析师')).toEqual({ text: '业内资深分析师', organization: null, title: '业内资深分析师' })
    // A school's short name (`县一中`) is an organisation before a profession.
    expect(splitRole('县一中教师')).toEqual({ text: '县一中教师', organization: '县一中', title: '教师' })
    // An organisation's Latin name in brackets, a comma inside, belongs to the role.
    expect(readRoleChain('纽约州立大学（State University of New York，SUNY）社会学荣誉教授', 48, 0).roles.map((role) => role.text)).toEqual(['纽约州立大学（State University of New York，SUNY）社会学荣誉教授'])
    // A post never repeats the modifier it opens with: `国家防总` + `总指挥`; `国务委员` is one post.
    expect(splitRole('国家防总总指挥')).toEqual({ text: '国家防总总指挥', organization: '国家防总', title: '总指挥' })
    expect(splitRole('国务委员')).toEqual({ text: '国务委员', organization: null, title: '国务委员' })
    // A post word that opens with a modifier (`首席科学家`) marks where the title starts too.
    expect(splitRole('星衡半导体首席科学家')).toEqual({ text: '星衡半导体首席科学家', organization: '星衡半导体', title: '首席科学家' })
    expect(splitRole('星衡科技首席科学家')).toEqual({ text: '星衡科技首席科学家', organization: '星衡科技', title: '首席科学家' })
  })
})

describe('roles found by a probe of made-up two-sessions pages', () => {
  it('front-line posts and trades, and deputy party posts whole', () => {
    expect(splitRole('国网安庆供电公司带电作业班班长')).toEqual({ text: '国网安庆供电公司带电作业班班长', organization: '国网安庆供电公司带电作业班', title: '班长' })
    expect(splitRole('江淮重工集团有限公司焊工')?.title).toBe('焊工')
    expect(splitRole('江淮公交集团有限公司驾驶员')?.title).toBe('驾驶员')
    expect(splitRole('江淮县人民医院主治医师')).toEqual({ text: '江淮县人民医院主治医师', organization: '江淮县人民医院', title: '主治医师' })
    expect(splitRole('吴江实验中学党支部副书记')).toEqual({ text: '吴江实验中学党支部副书记', organization: '吴江实验中学', title: '党支部副书记' })
  })
  it('a short bracket inside an organisation’s name is part of it, a label in brackets is not a role', () => {
    const text = '市人大代表、江苏恒远（集团）股份有限公司董事长朱永康'
    expect(readRoleChain(text, text.indexOf('朱永康'), 0).roles.map((role) => [role.organization, role.title])).toEqual([['市人大', '代表'], ['江苏恒远（集团）股份有限公司', '董事长']])
    const labelled = '（委员语录）全国政协委员吴焰'
    expect(readRoleChain(labelled, labelled.indexOf('吴焰'), 0).roles.map((role) => role.text)).toEqual(['全国政协委员'])
  })
})

describe('a firm before its profession', () => {
  it('an analyst, a strategist or an economist has the firm before the post (高盛分析师)', () => {
    expect(splitRole('高盛分析师')).toEqual({ text: '高盛分析师', organization: '高盛', title: '分析师' })
    expect(splitRole('宏峰環球分析師')).toEqual({ text: '宏峰環球分析師', organization: '宏峰環球', title: '分析師' })
    expect(splitRole('摩根士丹利经济学家')).toEqual({ text: '摩根士丹利经济学家', organization: '摩根士丹利', title: '经济学家' })
  })
  it('a field or a word for renown before it is part of the title', () => {
    expect(splitRole('数据分析师')).toEqual({ text: '数据分析师', organization: null, title: '数据分析师' })
    expect(splitRole('军事分析师')).toEqual({ text: '军事分析师', organization: null, title: '军事分析师' })
    expect(splitRole('著名经济学家')).toEqual({ text: '著名经济学家', organization: null, title: '著名经济学家' })
    expect(splitRole('国内知名经济学家')).toEqual({ text: '国内知名经济学家', organization: null, title: '国内知名经济学家' })
    // Other professions keep their specialty as before.
    expect(splitRole('房屋查验咨询师')).toEqual({ text: '房屋查验咨询师', organization: null, title: '房屋查验咨询师' })
  })
  it('a works\' unit before it is its organisation (焊装车间工程师)', () => {
    expect(splitRole('远航公司焊装车间工程师')).toEqual({ text: '远航公司焊装车间工程师', organization: '远航公司焊装车间', title: '工程师' })
    expect(splitRole('总装工段技师')).toEqual({ text: '总装工段技师', organization: '总装工段', title: '技师' })
  })
})

describe('an opener before a profession read whole', () => {
  it('drops 在 before a profession without an organisation (在马来西亚籍工程师陈德辉看来)', () => {
    const text = '在马来西亚籍工程师'
    expect(readRoleChain(text, text.length, 0).roles).toEqual([{ text: '马来西亚籍工程师', organization: null, title: '马来西亚籍工程师' }])
  })
})

describe('words that open with a phrase opener', () => {
  it('keeps 经 in 经民联 (no opener there)', () => {
    const text = '立法会议员、经民联副主席'
    expect(readRoleChain(text, text.length, 0).roles.map((role) => role.text)).toEqual(['立法会议员', '经民联副主席'])
  })
})
