/**
 * The two seed pages (copied from the shared corpus into test/fixtures/) give
 * the Article the corpus contract expects, field by field.
 *
 * seed-structured.html: GBK bytes, one <p> a paragraph, centred bold
 * headings on two lines, <meta name="PubDate">.
 * seed-flat.html: the same article on a content-farm mirror: one text
 * block, paragraphs and headings joined by spaces, half-width commas,
 * DESTOON footer.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import type { Article, Quote, Role, Section, Speaker } from '../src/index.js'

/**
 * Parse a fixture page from its raw bytes.
 *
 * @param name File name in test/fixtures/.
 * @returns The Article.
 */
function parseFixture(name: string): Article {
  return parseArticle(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))))
}

/**
 * Sections as [marker, index, keyword, paragraph count] rows.
 *
 * @param sections Sections.
 * @returns Rows.
 */
function headings(sections: readonly Section[]): Array<[string, number, string, number]> {
  return sections.map((section) => [section.marker, section.index, section.keyword, section.paragraphs.length])
}

const structured = parseFixture('seed-structured.html')
const flat = parseFixture('seed-flat.html')

const expectedHeadings: Array<[string, number, string, number]> = [
  ['热词1', 1, '高质量发展', 3],
  ['热词2', 2, '新能源之都首位区', 2],
  ['热词3', 3, '“两湖”创新区', 3],
  ['热词4', 4, '以人民为中心', 3],
  ['热词5', 5, '绿色可持续发展', 0]
]

describe('seed-structured.html', () => {
  it('decodes the GBK bytes (no charset trouble in any text)', () => {
    expect(JSON.stringify(structured)).not.toContain('\ufffd')
  })

  it('has title, published, url, source and summary', () => {
    expect(structured.title).toBe('两会热词绘就武进高质量发展新画卷')
    expect(structured.published?.iso).toBe('2024-01-07T08:30:00+08:00')
    expect(structured.url).toBe('https://wjnews.example/html/news/2024/01/07/30521.html')
    expect(structured.source).toBe('武进日报')
    expect(structured.summary).toBe('两会，面向未来的观景台；热词，未来发展的蓝图描绘。')
  })

  it('has the lead', () => {
    expect(structured.lead).toEqual([
      '1月2日—6日，武进进入两会时间。“高质量发展”“新能源之都”“‘两湖’创新区”“未来产业”“新质生产力”等热词激荡在会场内外，勾勒出武进奋进的坐标，绘就着高质量发展的新画卷。'
    ])
  })

  it('has five keyword sections with their markers, indexes, keywords and paragraph counts', () => {
    expect(headings(structured.sections)).toEqual(expectedHeadings)
  })

  it('has the section paragraphs as printed', () => {
    expect(structured.sections).toEqual([
      {
        marker: '热词1',
        index: 1,
        keyword: '高质量发展',
        paragraphs: [
          '坚持高质量发展是新时代的硬道理。实现现代化，除了高质量发展别无他途。',
          '2023年，区委贯彻党的二十大精神，围绕“让中国式现代化在武进大地上率先展现出可观可感的现实图景”这一重大课题，提出一脉相承、蹄疾步稳推进“六个现代化强区”建设，力争把率先探索的“先发优势”进一步转化为争先进位的“发展态势”，高质量发展提质增速。',
          '开发区、产业园区作为经济发展主战场、产业强区主引擎、对外开放主平台，是高质量发展的主要支撑。“2023年，中以常州创新园立足自身优势，紧盯重大项目，聚力科技创新，加强资源集聚，增强园区硬实力，为武进高质量发展助力。”区政协委员，中以常州创新园党工委委员、管委会副主任周立平表示，2024年，中以园将继续链接更多高端资源，围绕合成生物新赛道和医疗器械、数字经济、绿色农业三大特色产业，锚定国际化引育标杆项目，招引一批具有标识度、创新性和未来感的国际化项目，为武进的高质量发展添砖加瓦。'
        ]
      },
      {
        marker: '热词2',
        index: 2,
        keyword: '新能源之都首位区',
        paragraphs: [
          '“新能源之都首位区”是武进响应全市新能源之都建设号召所提出的自身定位。作为全市7个县区中唯一一个发、储、送、用环节都有布局的板块，武进充分发挥主导产业协同优势，率先绘制了新能源产业发展规划，目标到2025年实现新能源产业规模和资本市场新能源武进板块市值超3000亿元，形成1个1500亿元以上、1个500亿元以上空间高度集聚、上下游紧密协同、供应链集约高效的优势产业链。',
          '“近年来，武进国家高新区持续构建新能源整车及相关核心零部件产业生态，持续抢占未来产业赛道，持续推动新能源汽车‘见车率’、充电设施‘见桩率’和光伏电池‘见板率’大幅提升。”区政协委员，北京理想汽车有限公司副总裁、常州制造基地总经理李斌对武进新能源之都首位区的发展态势表示赞赏。他表示，未来理想汽车将继续发挥整车企业的牵引带动作用，本着合作共赢的原则，加快新能源汽车核心零部件企业的招引和培育，助力武进在重点企业集聚度、产业链完整度、本地化配套率等方面取得更大突破。'
        ]
      },
      {
        marker: '热词3',
        index: 3,
        keyword: '“两湖”创新区',
        paragraphs: [
          '建设“两湖”创新区，是市委、市政府把握发展大势、着眼城市未来，在反复研究、周密考虑、充分论证基础上，作出的重大决策。坐拥核心区、先导区的武进，是当之无愧的主战场，也拥有着得天独厚的发展机遇。',
          '“‘两湖’创新区一年的发展进度让人振奋，一大波能级跃升的机遇正在向我们招手。”在区人大代表、牛塘镇镇长蒋雨晨看来，随着一批有集中度、显示度的阶段性成果加快形成，“两湖”创新区对周边区域的吸引力将大幅提升，特别是对资金、人才、项目等各类要素的吸引将呈指数级增长。',
          '一个好项目，就是一个经济增长点；一个好产业，就是一个经济增长极。“核心区目前布局合成生物产业，是武进大力发展新兴产业的生动缩影，相信通过加快培育产业创新集群，将为武进经济发展提供源源不断的新质生产力。”区人大代表、江苏凯达重工股份有限公司总经理许健为我区合成生物产业的蓬勃态势点赞。'
        ]
      },
      {
        marker: '热词4',
        index: 4,
        keyword: '以人民为中心',
        paragraphs: [
          '2023年，我区新增城镇就业4.4万人，完成公积金扩面5.2万人，落实慈善救助、公益事业补助金9000万元。新增学位近2.3万个，武进中医医院通过“三甲”创建评估，雪堰镇、西湖街道创成“15分钟医保服务圈”省级示范，在全省率先开展医防融合探索……',
          '政府工作报告明确，2024年，我们将牢固树立根植于民、依靠人民、履职为民的价值追求。始终同人民群众站在一起、想在一起、干在一起，以人民诉求标定工作方向，以群众评价检验工作成效，办实每件事、赢得万人心。',
          '“坚持心向人民、依靠人民、造福人民，是人大代表的使命所在。2023年，我区始终积极回应民生关切，始终坚持内外兼修，统筹推进城乡融合一体化发展，持续擦亮‘十个吾优’民生品牌，人民生活更有品质、更加幸福，城市承载力、吸引力持续提升。”区人大代表、区发改局局长祁斌表示，将带领区发改局继续聚焦群众“急难愁盼”，坚持到一线把脉问诊、解决问题，不断增强人民群众的获得感、幸福感、安全感。'
        ]
      },
      {
        marker: '热词5',
        index: 5,
        keyword: '绿色可持续发展',
        paragraphs: []
      }
    ])
  })

  it('has the footer links', () => {
    expect(structured.footerLinks).toEqual([
      {
        text: '关于我们',
        href: 'https://wjnews.example/html/about/'
      },
      {
        text: '联系我们',
        href: 'https://wjnews.example/html/contact/'
      },
      {
        text: '版权声明',
        href: 'https://wjnews.example/html/copyright/'
      },
      {
        text: '网站地图',
        href: 'https://wjnews.example/sitemap.html'
      },
      {
        text: '苏ICP备00000000号-1',
        href: 'https://beian.miit.gov.cn/'
      },
      {
        text: '苏公网安备 32041202000000号',
        href: 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32041202000000'
      }
    ])
  })
})

describe('seed-flat.html', () => {
  it('has title, published, url, source and summary', () => {
    expect(flat.title).toBe('两会热词绘就武进高质量发展新画卷')
    // Printed on the page; the body's 1月2日 and 2023年 are not the publish time.
    expect(flat.published?.iso).toBe('2024-10-31T16:09:00+08:00')
    // From the printed 文章地址 line.
    expect(flat.url).toBe('http://lianchengexpo.xrbh.cn/quote/7044.html')
    expect(flat.source).toBeNull()
    expect(flat.summary).toBe('两会,面向未来的观景台;热词,未来发展的蓝图描绘。')
  })

  it('has the lead (the repeated headline and the 以上就是本篇文章 line are not paragraphs)', () => {
    expect(flat.lead).toEqual([
      '1月2日—6日,武进进入两会时间。“高质量发展”“新能源之都”“‘两湖’创新区”“未来产业”“新质生产力”等热词激荡在会场内外,勾勒出武进奋进的坐标,绘就着高质量发展的新画卷。'
    ])
  })

  it('has the same five sections as the structured page, read from the flat text', () => {
    expect(headings(flat.sections)).toEqual(expectedHeadings)
  })

  it('has the section paragraphs as printed (half-width commas kept)', () => {
    expect(flat.sections).toEqual([
      {
        marker: '热词1',
        index: 1,
        keyword: '高质量发展',
        paragraphs: [
          '坚持高质量发展是新时代的硬道理。实现现代化,除了高质量发展别无他途。',
          '2023年,区委贯彻党的二十大精神,围绕“让中国式现代化在武进大地上率先展现出可观可感的现实图景”这一重大课题,提出一脉相承、蹄疾步稳推进“六个现代化强区”建设,力争把率先探索的“先发优势”进一步转化为争先进位的“发展态势”,高质量发展提质增速。',
          '开发区、产业园区作为经济发展主战场、产业强区主引擎、对外开放主平台,是高质量发展的主要支撑。“2023年,中以常州创新园立足自身优势,紧盯重大项目,聚力科技创新,加强资源集聚,增强园区硬实力,为武进高质量发展助力。”区政协委员,中以常州创新园党工委委员、管委会副主任周立平表示,2024年,中以园将继续链接更多高端资源,围绕合成生物新赛道和医疗器械、数字经济、绿色农业三大特色产业,锚定国际化引育标杆项目,招引一批具有标识度、创新性和未来感的国际化项目,为武进的高质量发展添砖加瓦。'
        ]
      },
      {
        marker: '热词2',
        index: 2,
        keyword: '新能源之都首位区',
        paragraphs: [
          '“新能源之都首位区”是武进响应全市新能源之都建设号召所提出的自身定位。作为全市7个县区中唯一一个发、储、送、用环节都有布局的板块,武进充分发挥主导产业协同优势,率先绘制了新能源产业发展规划,目标到2025年实现新能源产业规模和资本市场新能源武进板块市值超3000亿元,形成1个1500亿元以上、1个500亿元以上空间高度集聚、上下游紧密协同、供应链集约高效的优势产业链。',
          '“近年来,武进国家高新区持续构建新能源整车及相关核心零部件产业生态,持续抢占未来产业赛道,持续推动新能源汽车‘见车率’、充电设施‘见桩率’和光伏电池‘见板率’大幅提升。”区政协委员,北京理想汽车有限公司副总裁、常州制造基地总经理李斌对武进新能源之都首位区的发展态势表示赞赏。他表示,未来理想汽车将继续发挥整车企业的牵引带动作用,本着合作共赢的原则,加快新能源汽车核心零部件企业的招引和培育,助力武进在重点企业集聚度、产业链完整度、本地化配套率等方面取得更大突破。'
        ]
      },
      {
        marker: '热词3',
        index: 3,
        keyword: '“两湖”创新区',
        paragraphs: [
          '建设“两湖”创新区,是市委、市政府把握发展大势、着眼城市未来,在反复研究、周密考虑、充分论证基础上,作出的重大决策。坐拥核心区、先导区的武进,是当之无愧的主战场,也拥有着得天独厚的发展机遇。',
          '“‘两湖’创新区一年的发展进度让人振奋,一大波能级跃升的机遇正在向我们招手。”在区人大代表、牛塘镇镇长蒋雨晨看来,随着一批有集中度、显示度的阶段性成果加快形成,“两湖”创新区对周边区域的吸引力将大幅提升,特别是对资金、人才、项目等各类要素的吸引将呈指数级增长。',
          '一个好项目,就是一个经济增长点;一个好产业,就是一个经济增长极。“核心区目前布局合成生物产业,是武进大力发展新兴产业的生动缩影,相信通过加快培育产业创新集群,将为武进经济发展提供源源不断的新质生产力。”区人大代表、江苏凯达重工股份有限公司总经理许健为我区合成生物产业的蓬勃态势点赞。'
        ]
      },
      {
        marker: '热词4',
        index: 4,
        keyword: '以人民为中心',
        paragraphs: [
          '2023年,我区新增城镇就业4.4万人,完成公积金扩面5.2万人,落实慈善救助、公益事业补助金9000万元。新增学位近2.3万个,武进中医医院通过“三甲”创建评估,雪堰镇、西湖街道创成“15分钟医保服务圈”省级示范,在全省率先开展医防融合探索……',
          '政府工作报告明确,2024年,我们将牢固树立根植于民、依靠人民、履职为民的价值追求。始终同人民群众站在一起、想在一起、干在一起,以人民诉求标定工作方向,以群众评价检验工作成效,办实每件事、赢得万人心。',
          '“坚持心向人民、依靠人民、造福人民,是人大代表的使命所在。2023年,我区始终积极回应民生关切,始终坚持内外兼修,统筹推进城乡融合一体化发展,持续擦亮‘十个吾优’民生品牌,人民生活更有品质、更加幸福,城市承载力、吸引力持续提升。”区人大代表、区发改局局长祁斌表示,将带领区发改局继续聚焦群众“急难愁盼”,坚持到一线把脉问诊、解决问题,不断增强人民群众的获得感、幸福感、安全感。'
        ]
      },
      {
        marker: '热词5',
        index: 5,
        keyword: '绿色可持续发展',
        paragraphs: []
      }
    ])
  })

  it('has the footer links, resolved against the article URL', () => {
    expect(flat.footerLinks).toEqual([
      {
        text: '行业',
        href: 'http://lianchengexpo.xrbh.cn/news/'
      },
      {
        text: '资讯',
        href: 'http://lianchengexpo.xrbh.cn/news/list-1.html'
      },
      {
        text: '企业新闻',
        href: 'http://lianchengexpo.xrbh.cn/company/news/'
      },
      {
        text: '行情',
        href: 'http://lianchengexpo.xrbh.cn/quote/'
      },
      {
        text: '企业黄页',
        href: 'http://lianchengexpo.xrbh.cn/company/'
      },
      {
        text: '同类资讯',
        href: 'http://lianchengexpo.xrbh.cn/quote/list-12.html'
      },
      {
        text: '网站地图',
        href: 'http://lianchengexpo.xrbh.cn/sitemap/'
      },
      {
        text: '返回首页',
        href: 'http://lianchengexpo.xrbh.cn/'
      },
      {
        text: '迅博思语资讯移动站',
        href: 'http://lianchengexpo.xrbh.cn/mobile/'
      },
      {
        text: '查看更多',
        href: 'http://lianchengexpo.xrbh.cn/mobile/quote/list-12.html'
      }
    ])
  })
})

/**
 * Roles from [organization, title] pairs; text is their concatenation.
 *
 * @param pairs Pairs.
 * @returns Roles.
 */
function roles(...pairs: Array<[string | null, string]>): Role[] {
  return pairs.map(([organization, title]) => ({ text: (organization ?? '') + title, organization, title }))
}

const zhouLiping: Speaker = { name: '周立平', roles: roles(['区政协', '委员'], ['中以常州创新园党工委', '委员'], ['管委会', '副主任']) }
const liBin: Speaker = { name: '李斌', roles: roles(['区政协', '委员'], ['北京理想汽车有限公司', '副总裁'], ['常州制造基地', '总经理']) }
const jiangYuchen: Speaker = { name: '蒋雨晨', roles: roles(['区人大', '代表'], ['牛塘镇', '镇长']) }
const xuJian: Speaker = { name: '许健', roles: roles(['区人大', '代表'], ['江苏凯达重工股份有限公司', '总经理']) }
const qiBin: Speaker = { name: '祁斌', roles: roles(['区人大', '代表'], ['区发改局', '局长']) }

const structuredQuotes: Quote[] = [
  { kind: 'direct', text: '2023年，中以常州创新园立足自身优势，紧盯重大项目，聚力科技创新，加强资源集聚，增强园区硬实力，为武进高质量发展助力。', speaker: zhouLiping, section: '高质量发展' },
  { kind: 'indirect', text: '2024年，中以园将继续链接更多高端资源，围绕合成生物新赛道和医疗器械、数字经济、绿色农业三大特色产业，锚定国际化引育标杆项目，招引一批具有标识度、创新性和未来感的国际化项目，为武进的高质量发展添砖加瓦。', speaker: zhouLiping, section: '高质量发展' },
  { kind: 'direct', text: '近年来，武进国家高新区持续构建新能源整车及相关核心零部件产业生态，持续抢占未来产业赛道，持续推动新能源汽车‘见车率’、充电设施‘见桩率’和光伏电池‘见板率’大幅提升。', speaker: liBin, section: '新能源之都首位区' },
  { kind: 'indirect', text: '未来理想汽车将继续发挥整车企业的牵引带动作用，本着合作共赢的原则，加快新能源汽车核心零部件企业的招引和培育，助力武进在重点企业集聚度、产业链完整度、本地化配套率等方面取得更大突破。', speaker: liBin, section: '新能源之都首位区' },
  { kind: 'direct', text: '‘两湖’创新区一年的发展进度让人振奋，一大波能级跃升的机遇正在向我们招手。', speaker: jiangYuchen, section: '“两湖”创新区' },
  { kind: 'indirect', text: '随着一批有集中度、显示度的阶段性成果加快形成，“两湖”创新区对周边区域的吸引力将大幅提升，特别是对资金、人才、项目等各类要素的吸引将呈指数级增长。', speaker: jiangYuchen, section: '“两湖”创新区' },
  { kind: 'direct', text: '核心区目前布局合成生物产业，是武进大力发展新兴产业的生动缩影，相信通过加快培育产业创新集群，将为武进经济发展提供源源不断的新质生产力。', speaker: xuJian, section: '“两湖”创新区' },
  { kind: 'direct', text: '坚持心向人民、依靠人民、造福人民，是人大代表的使命所在。2023年，我区始终积极回应民生关切，始终坚持内外兼修，统筹推进城乡融合一体化发展，持续擦亮‘十个吾优’民生品牌，人民生活更有品质、更加幸福，城市承载力、吸引力持续提升。', speaker: qiBin, section: '以人民为中心' },
  { kind: 'indirect', text: '将带领区发改局继续聚焦群众“急难愁盼”，坚持到一线把脉问诊、解决问题，不断增强人民群众的获得感、幸福感、安全感。', speaker: qiBin, section: '以人民为中心' }
]

const flatQuotes: Quote[] = [
  { kind: 'direct', text: '2023年,中以常州创新园立足自身优势,紧盯重大项目,聚力科技创新,加强资源集聚,增强园区硬实力,为武进高质量发展助力。', speaker: zhouLiping, section: '高质量发展' },
  { kind: 'indirect', text: '2024年,中以园将继续链接更多高端资源,围绕合成生物新赛道和医疗器械、数字经济、绿色农业三大特色产业,锚定国际化引育标杆项目,招引一批具有标识度、创新性和未来感的国际化项目,为武进的高质量发展添砖加瓦。', speaker: zhouLiping, section: '高质量发展' },
  { kind: 'direct', text: '近年来,武进国家高新区持续构建新能源整车及相关核心零部件产业生态,持续抢占未来产业赛道,持续推动新能源汽车‘见车率’、充电设施‘见桩率’和光伏电池‘见板率’大幅提升。', speaker: liBin, section: '新能源之都首位区' },
  { kind: 'indirect', text: '未来理想汽车将继续发挥整车企业的牵引带动作用,本着合作共赢的原则,加快新能源汽车核心零部件企业的招引和培育,助力武进在重点企业集聚度、产业链完整度、本地化配套率等方面取得更大突破。', speaker: liBin, section: '新能源之都首位区' },
  { kind: 'direct', text: '‘两湖’创新区一年的发展进度让人振奋,一大波能级跃升的机遇正在向我们招手。', speaker: jiangYuchen, section: '“两湖”创新区' },
  { kind: 'indirect', text: '随着一批有集中度、显示度的阶段性成果加快形成,“两湖”创新区对周边区域的吸引力将大幅提升,特别是对资金、人才、项目等各类要素的吸引将呈指数级增长。', speaker: jiangYuchen, section: '“两湖”创新区' },
  { kind: 'direct', text: '核心区目前布局合成生物产业,是武进大力发展新兴产业的生动缩影,相信通过加快培育产业创新集群,将为武进经济发展提供源源不断的新质生产力。', speaker: xuJian, section: '“两湖”创新区' },
  { kind: 'direct', text: '坚持心向人民、依靠人民、造福人民,是人大代表的使命所在。2023年,我区始终积极回应民生关切,始终坚持内外兼修,统筹推进城乡融合一体化发展,持续擦亮‘十个吾优’民生品牌,人民生活更有品质、更加幸福,城市承载力、吸引力持续提升。', speaker: qiBin, section: '以人民为中心' },
  { kind: 'indirect', text: '将带领区发改局继续聚焦群众“急难愁盼”,坚持到一线把脉问诊、解决问题,不断增强人民群众的获得感、幸福感、安全感。', speaker: qiBin, section: '以人民为中心' }
]

describe('seed quotes (need the quote stage)', () => {
  it('seed-structured.html: every quotation with speaker, roles and section', () => {
    expect(structured.quotes).toEqual(structuredQuotes)
  })

  it('seed-flat.html: the same quotations, as printed with half-width commas', () => {
    expect(flat.quotes).toEqual(flatQuotes)
  })

  it('a document (政府工作报告明确) is not a speaker, and a quoted term is not a quote', () => {
    for (const article of [structured, flat]) {
      expect(article.quotes.some((quote) => quote.text.includes('牢固树立根植于民'))).toBe(false)
      expect(article.quotes.some((quote) => quote.text === '新能源之都首位区' || quote.text === '六个现代化强区')).toBe(false)
    }
  })

  it('a pronoun (他表示) is the nearest speaker before it in the section', () => {
    const pronoun = structured.quotes.find((quote) => quote.text.startsWith('未来理想汽车将继续发挥'))
    expect(pronoun?.speaker?.name).toBe('李斌')
    expect(pronoun?.kind).toBe('indirect')
  })
})
