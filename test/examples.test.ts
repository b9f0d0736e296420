/**
 * The example scripts, run against examples/demo.html through the built
 * package, print who said what as the Article contract says they should.
 *
 * The expected lines follow the contract for demo.html (direct quotes,
 * speaker-first quotes, `据…介绍`, a pronoun follow-up); they need the quote
 * stage.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const demo = fileURLToPath(new URL('../examples/demo.html', import.meta.url))

/**
 * Run an example script on the demo page.
 *
 * @param script File name in examples/.
 * @returns Its stdout.
 */
function runExample(script: string): string {
  return execFileSync(process.execPath, [fileURLToPath(new URL(`../examples/${script}`, import.meta.url)), demo], { cwd: root, encoding: 'utf8' })
}

beforeAll(() => {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' })
  }
}, 120_000)

const chen = '陈嘉禾 (区人大代表、东川精密机械有限公司总经理) [智造强区]'
const zhao = '赵明轩 (区政协委员、东川区第一人民医院院长) [“一老一小”]'

describe('examples/demo.html', () => {
  it('parses to the documented Article (everything but quotes)', async () => {
    const { parseArticle } = (await import('../dist/index.js')) as typeof import('../src/index.js')
    const article = parseArticle(new Uint8Array(readFileSync(demo)))
    expect(article.title).toBe('两会热词勾勒东川区高质量发展新图景')
    expect(article.published).toEqual({ iso: '2024-01-08T09:30:00+08:00', text: '2024-01-08 09:30' })
    expect(article.url).toBe('https://dcnews.example/html/2024/01/08/10086.html')
    expect(article.source).toBe('某某日报')
    expect(article.summary).toBe('区两会期间，代表委员围绕智造强区、乡村振兴、“一老一小”等热词建言献策，为东川区新一年发展凝聚共识。')
    expect(article.lead).toHaveLength(1)
    expect(article.lead[0]).toMatch(/^1月5日—7日，东川区召开/)
    expect(article.sections.map((section) => [section.marker, section.index, section.keyword, section.paragraphs.length])).toEqual([
      ['热词1', 1, '智造强区', 2],
      ['热词2', 2, '乡村振兴', 3],
      ['热词3', 3, '“一老一小”', 2]
    ])
    expect(article.sections.flatMap((section) => section.paragraphs).some((text) => text.includes('责任编辑'))).toBe(false)
    expect(article.footerLinks.map((link) => link.text)).toEqual(['关于我们', '联系我们', '版权声明', '网站地图', '示ICP备00000000号-1', '示公网安备 00000000000000号'])
    expect(article.footerLinks[0]).toEqual({ text: '关于我们', href: 'https://dcnews.example/html/about/' })
  })

  it('has the documented quotes (needs the quote stage)', async () => {
    const { parseArticle } = (await import('../dist/index.js')) as typeof import('../src/index.js')
    const article = parseArticle(new Uint8Array(readFileSync(demo)))
    const chenRoles = [
      { text: '区人大代表', organization: '区人大', title: '代表' },
      { text: '东川精密机械有限公司总经理', organization: '东川精密机械有限公司', title: '总经理' }
    ]
    const zhaoRoles = [
      { text: '区政协委员', organization: '区政协', title: '委员' },
      { text: '东川区第一人民医院院长', organization: '东川区第一人民医院', title: '院长' }
    ]
    expect(article.quotes).toEqual([
      { kind: 'direct', text: '今年我们将再投入1.2亿元建设数字化车间，让‘东川制造’向‘东川智造’加速转变。', speaker: { name: '陈嘉禾', roles: chenRoles }, section: '智造强区' },
      { kind: 'indirect', text: '企业将与高校共建联合实验室，力争三年内攻克一批关键零部件技术。', speaker: { name: '陈嘉禾', roles: chenRoles }, section: '智造强区' },
      { kind: 'direct', text: '乡村振兴，关键在人。要让懂技术、会经营的年轻人愿意回来、留得下来。', speaker: { name: '林晓燕', roles: [{ text: '市政协委员', organization: '市政协', title: '委员' }] }, section: '乡村振兴' },
      { kind: 'indirect', text: '全区今年将新建高标准农田2万亩，培育特色农产品品牌10个。', speaker: { name: '王志远', roles: [{ text: '区农业农村局局长', organization: '区农业农村局', title: '局长' }] }, section: '乡村振兴' },
      { kind: 'direct', text: '家门口的养老服务站多了，老人们心里更踏实了。', speaker: { name: '赵明轩', roles: zhaoRoles }, section: '“一老一小”' },
      { kind: 'indirect', text: '下一步将推动优质医疗资源下沉社区，让群众看病少跑路。', speaker: { name: '赵明轩', roles: zhaoRoles }, section: '“一老一小”' }
    ])
  })
})

describe('examples/who-said-what.mjs (needs the quote stage)', () => {
  it('prints one line a quote: name (roles) [section]: text', () => {
    const lines = runExample('who-said-what.mjs').trimEnd().split('\n')
    expect(lines).toEqual([
      '两会热词勾勒东川区高质量发展新图景',
      `${chen}: 今年我们将再投入1.2亿元建设数字化车间，让‘东川制造’向‘东川智造’加速转变。`,
      `${chen}: 企业将与高校共建联合实验室，力争三年内攻克一批关键零部件技术。`,
      '林晓燕 (市政协委员) [乡村振兴]: 乡村振兴，关键在人。要让懂技术、会经营的年轻人愿意回来、留得下来。',
      '王志远 (区农业农村局局长) [乡村振兴]: 全区今年将新建高标准农田2万亩，培育特色农产品品牌10个。',
      `${zhao}: 家门口的养老服务站多了，老人们心里更踏实了。`,
      `${zhao}: 下一步将推动优质医疗资源下沉社区，让群众看病少跑路。`
    ])
  })
})

describe('examples/speaker-table.mjs (needs the quote stage)', () => {
  it('prints the speakers of each section with their roles, in page order', () => {
    const output = runExample('speaker-table.mjs')
    expect(output.startsWith('两会热词勾勒东川区高质量发展新图景\n')).toBe(true)
    expect(output).not.toContain('(no quotes found)')
    // No quote stands in the lead, so it gets no table.
    expect(output).not.toContain('== 导语')
    const headings = [...output.matchAll(/^== (.+) ==$/gm)].map((match) => match[1])
    expect(headings).toEqual(['热词1 智造强区', '热词2 乡村振兴', '热词3 “一老一小”'])
    // First line of each speaker's row: `| name | roles | …` (header rows hold spaces, so do not match).
    const rows = [...output.matchAll(/^\| (\S+) +\| (\S+) +\| /gm)].map((match) => [match[1], match[2]])
    expect(rows).toEqual([
      ['陈嘉禾', '区人大代表、东川精密机械有限公司总经理'],
      ['林晓燕', '市政协委员'],
      ['王志远', '区农业农村局局长'],
      ['赵明轩', '区政协委员、东川区第一人民医院院长']
    ])
    const said = output.replace(/\s*\|\s*/g, '').replace(/\s+/g, '')
    expect(said).toContain('“今年我们将再投入1.2亿元')
    expect(said).toContain('让群众看病少跑路。')
    expect(said).not.toContain('政府工作报告明确')
  })
})
