/**
 * Synthetic Chinese news pages for the benchmark and the batch throughput
 * check: a header nav, a headline, a publish line, a lead, keyword sections
 * with quotes, a related list and a footer, padded to a target size with
 * varied paragraphs.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const people = [
  ['区政协委员', '王晓明'], ['市人大代表', '李红梅'], ['常州某科技有限公司总经理', '陈建国'],
  ['区发改局局长', '周立新'], ['街道党工委书记', '赵雅琴'], ['新能源企业副总裁', '欧阳帆']
]
const topics = ['高质量发展', '新能源之都', '未来产业', '新质生产力', '营商环境', '城乡融合', '科技创新', '民生福祉']
const clauses = [
  '全区上下围绕中心工作持续发力', '一批重大项目加快落地见效', '产业链供应链韧性不断增强',
  '创新平台建设取得新的突破', '群众的获得感幸福感安全感持续提升', '基层治理效能稳步提高',
  '绿色低碳转型步伐明显加快', '对外开放水平进一步提升', '重点领域改革纵深推进'
]

/**
 * A pseudo-random generator (mulberry32) so pages are the same every run.
 *
 * @param seed Seed.
 * @returns Next number in [0, 1).
 */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * One body paragraph, sometimes with a quote.
 *
 * @param next Random source.
 * @param n Paragraph number.
 * @returns HTML.
 */
function paragraph(next, n) {
  const pick = (list) => list[Math.floor(next() * list.length)]
  const text = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(clauses)).join('，') + `，第${n}项工作稳步推进。`
  if (next() < 0.3) {
    const [role, name] = pick(people)
    return `<p>　　“${pick(clauses)}，我们要把${pick(topics)}抓实抓细。”${role}${name}说。${text}</p>`
  }
  if (next() < 0.15) {
    const [role, name] = pick(people)
    return `<p>　　${role}${name}表示，${text}</p>`
  }
  return `<p>　　${text}</p>`
}

/**
 * Build one page of about `bytes` UTF-8 bytes.
 *
 * @param seed Page number (varies the content).
 * @param bytes Target size.
 * @returns HTML.
 */
export function makePage(seed, bytes) {
  const next = random(seed + 1)
  const title = `两会热词绘就高质量发展新画卷（第${seed}期）`
  const head = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}_武进新闻网</title>
<meta name="description" content="两会，面向未来的观景台；热词，未来发展的蓝图描绘。">
<link rel="canonical" href="https://news.example.cn/2024/01/${seed}.html"></head><body>
<div class="header"><ul class="nav">${['首页', '时政', '经济', '社会', '文化', '专题'].map((t, i) => `<li><a href="/c${i}/">${t}</a></li>`).join('')}</ul></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/sz/">时政</a> &gt; 正文</div>
<div class="main"><div class="article"><h1>${title}</h1>
<div class="info">2024-01-0${1 + (seed % 9)} 16:09 来源：武进日报 作者：本报记者</div>
<div class="content" id="content">
<p>　　1月2日—6日，武进进入两会时间。“高质量发展”“新能源之都”等热词激荡在会场内外，勾勒出奋进的坐标。</p>\n`
  const tail = `</div><div class="editor">责任编辑：张三</div></div>
<div class="related"><h3>相关新闻</h3><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/r/${seed}-${i}.html">热词解读之${i + 1}：${topics[i % topics.length]}</a></li>`).join('')}</ul></div></div>
<div class="footer"><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="https://beian.miit.gov.cn/">苏ICP备12345678号</a> | <a href="https://m.example.cn/">手机版</a>
<p>Copyright © 2024 武进新闻网 版权所有</p></div></body></html>\n`
  const parts = [head]
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail)
  let section = 0
  let n = 0
  const sectionCount = Math.max(2, Math.min(8, Math.round(bytes / 6000)))
  const perSection = Math.max(1, Math.floor((bytes - size) / 300 / sectionCount))
  while (size < bytes || section < 2) {
    if (n % perSection === 0 && section < sectionCount) {
      section++
      const heading = `<p style="text-align:center"><strong>热词${section}</strong></p><p style="text-align:center"><strong>${topics[(seed + section) % topics.length]}</strong></p>\n`
      parts.push(heading)
      size += Buffer.byteLength(heading)
    }
    const p = paragraph(next, ++n) + '\n'
    parts.push(p)
    size += Buffer.byteLength(p)
  }
  parts.push(tail)
  return parts.join('')
}

/**
 * Write `count` pages into `dir` (in subfolders of 500), sizes cycling
 * around `bytes`.
 *
 * @param dir Target directory.
 * @param count Number of pages.
 * @param bytes Typical page size.
 * @returns Number of bytes written.
 */
export function writePages(dir, count, bytes = 30000) {
  let total = 0
  for (let index = 0; index < count; index++) {
    const sub = join(dir, `part${String(Math.floor(index / 500)).padStart(3, '0')}`)
    if (index % 500 === 0) mkdirSync(sub, { recursive: true })
    const page = makePage(index, Math.round(bytes * (0.5 + ((index * 7919) % 100) / 100)))
    writeFileSync(join(sub, `page${String(index).padStart(5, '0')}.html`), page)
    total += Buffer.byteLength(page)
  }
  return total
}
