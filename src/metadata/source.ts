/**
 * The outlet credited by `来源：` on the article's info line, at the end of
 * the body or in an info box just above the headline, else source metadata
 * (`ContentSource`, `source`, `mediaid`). An outlet printed without a label
 * (`<a class="source">`, a script's `source: '…'`) is not taken: the contract
 * credits only labels and metadata. The label and the fields after it
 * (`作者：`, `浏览次数`) are cut off. An image or data credit
 * (`图片来源：`, `数据来源：`) is not the article's source.
 */
import type { Element } from 'hast'
import { isHan } from '../text/normalize.js'
import { foldText } from '../text/simplify.js'
import type { Block } from '../blocks/blocks.js'
import { counterLabels, datelineEndings, emptySourceValues, fieldLabels, infoLineSourcePrefixes, markedOnlySourceLabels, notSourcePrefixes, outletEditionEndings, outletNameEndings, personCreditLabels, slashCreditLabels, sourceLabels, sourceMetaNames, widgetWords } from '../data/metadata-labels.js'
import { metaValue, type PageHead } from './head.js'
import type { ArticleFrame } from './published.js'
import { wordAlternation } from '../text/patterns.js'

/** How many lines from the headline are searched. */
const infoWindow = 12

/** Most lines between the headline and the body read as the article's header. */
const headerReach = 40

/** How many of the body's last lines are searched (a WeChat body ends with credit lines, then related posts). */
const bodyTailLines = 10

/** How many lines after the body are searched. */
const trailingWindow = 14

/** How many lines above the headline are read, after every other place (an index table of a 信息公开 page holds a dozen). */
const aboveWindow = 12

/** Share of a line's text in links from which it is all link. */
const allLink = 0.9

/** Longest outlet name taken. */
const maxLength = 40

/** A source label with its colon (`来源：`, `来源 | `), or in square brackets (`【来源】`), and the space after it. */
const sourceLabel = new RegExp(`(?:(?:${wordAlternation(sourceLabels)})\\s?[:：丨|｜]|[【\\[](?:${wordAlternation(sourceLabels)})[】\\]][:：]?)\\s?`, 'g')

/**
 * The end of another field's short value, run into a source label by
 * adjacent spans (`作者：周游` + `来源：…` read as `作者：周游来源：…`; `记者 周游`).
 */
const fieldValueBefore = new RegExp(`(?:${wordAlternation(fieldLabels)})(?:\\s?[:：]\\s?|\\s)[^\\s:：]{1,12}$`)
/** A slash credit run into a source label the same way (`文｜江屿白` + `来源：…`). */
const slashCreditBefore = new RegExp(`(?:^|[\\s，,；;])(?:${wordAlternation(slashCreditLabels)})\\s?[/／|｜丨]\\s?[^\\s:：/／|｜丨]{1,12}$`)
const creditPrefix = new RegExp(`(?:${wordAlternation(notSourcePrefixes)})$`)
const infoLinePrefix = new RegExp(`(?:${wordAlternation(infoLineSourcePrefixes)})$`)
/** A date printed before a label on its line (`發布日期：2012/10/02　`). */
const dateBefore = /\d{4}[-/.年]\d{1,2}/

/** How far before a label a date of the same info line is looked for. */
const dateReach = 40
// A date or a time printed right after the outlet (`<span>央视新闻</span><span>2025-01-06</span>`) ends it too,
// and so do a widget's word (`求是网` + `参与互动`), a counter (`阅读 123`, or `阅读 --` before a script fills it in)
// and a gallery's count (`共6张`),
// and so do a person's credit (`天山网` + `记者 古丽米拉`, `青春梧川` + `文/梁夏`) and a relative time (`3小时前`). A space between
// Latin words does not (`Specs' Blog`).
const nextField = new RegExp(`(?<![A-Za-z'’.&])\\s|\\s(?![A-Za-z])|(?:${wordAlternation(widgetWords)})|(?:${wordAlternation(counterLabels)})\\s?(?:[\\d\\-—－]|$)|(?:${wordAlternation(fieldLabels)})\\s?[:：]|(?:${wordAlternation(personCreditLabels)})\\s|(?:${wordAlternation(slashCreditLabels)})[/／]|[|｜丨【\\[]|\\d{4}[-/.年]\\d{1,2}|\\d{1,2}:\\d{2}|\\d{1,3}\\s?(?:秒|分钟|小时|天|周)前|共\\d{1,4}[张幅页图]|刚刚|昨天|前天`)
/** An outlet's name, then a short label with a colon that adjacent spans ran into it (`岭海日报参与人数：`): group 1 is the outlet. */
const labelAfterOutlet = new RegExp(`^(.{2,}?[${outletNameEndings.join('')}])[\\u3400-\\u9fff]{2,6}[:：]`)
const emptyValues = new Set(emptySourceValues)
const bareLabels = new Set(sourceLabels)

/** Longest info line read for a label with no colon. */
const maxInfoLine = 80

/** A source label with no colon right after a date or time of an info line (`09:30来源浙东日报`). */
const unmarkedLabel = new RegExp(`(?<=\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s?\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s?)(?:${wordAlternation(sourceLabels.filter((label) => !(markedOnlySourceLabels as readonly string[]).includes(label)))})(?![:：于自])`)

/**
 * Find the credited outlet.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param frame Where headline and body stand.
 * @returns The outlet or `null`.
 */
export function findSource(head: PageHead, blocks: readonly Block[], frame: ArticleFrame): string | null {
  const anchored = frame.titleIndex >= 0
  const start = anchored ? frame.titleIndex : Math.max(0, frame.bodyStart - 8)
  const end = Math.min(blocks.length, start + headerReach, Math.max(frame.bodyStart + 1, start + infoWindow))
  const chromeEnd = anchored ? Math.max(frame.bodyStart, start + 4) : start
  const tailStart = Math.max(frame.bodyStart, frame.bodyEnd - bodyTailLines)
  const tailFrom = Math.max(frame.bodyEnd, tailStart)
  const ranges: Array<[number, number, boolean]> = [
    [start, Math.min(end, chromeEnd), true],
    [Math.min(end, chromeEnd), end, false],
    [tailStart, Math.min(blocks.length, tailFrom + trailingWindow), false],
    // An info box printed above the headline (`<div class="source">来源：新华网</div><h1>…`).
    [anchored ? Math.max(0, start - aboveWindow) : start, start, false]
  ]
  const bodyArticle = frame.bodyEnd > 0 ? articleOf(blocks[frame.bodyEnd - 1]) : undefined
  for (const [from, to, anyZone] of ranges) {
    for (let index = from; index < to; index++) {
      const block = blocks[index]!
      if (!anyZone && block.zone !== 'none' && block.zone !== 'footer') continue
      // After the body, a line that is all link, or a list item that is mostly link, is another article's
      // headline (`<li><a>来源：…｜…</a> 2024-03-01</li>` in a related list), and so is any list item
      // holding a link, or a line inside one: its teaser (`<li><a>…</a><p>来源：澄屿日报 2024-12-26 …</p></li>`).
      if (index >= tailFrom && (block.linkDensity >= allLink || isListEntry(block))) continue
      // So is a line of another `<article>` (a teaser printed after the article's own).
      if (index >= tailFrom && isInOtherArticle(block, bodyArticle)) continue
      const value = sourceIn(block.text, blocks[index + 1]?.text)
      if (value) return value
    }
  }
  const meta = metaSource(head)
  if (meta) return meta
  return null
}

/**
 * The innermost `<article>` element a line stands in.
 *
 * @param block Block, if any.
 * @returns The element, or `undefined` when it stands in none.
 */
function articleOf(block: Block | undefined): Element | undefined {
  if (!block) return undefined
  if (block.element.tagName === 'article') return block.element
  for (let index = block.ancestors.length - 1; index >= 0; index--) if (block.ancestors[index]!.tagName === 'article') return block.ancestors[index]
  return undefined
}

/**
 * Whether a line stands in an `<article>` element the body does not stand in.
 *
 * @param block Block.
 * @param bodyArticle The body's own `<article>`, if any.
 * @returns Whether it does.
 */
function isInOtherArticle(block: Block, bodyArticle: Element | undefined): boolean {
  const own = articleOf(block)
  return own !== undefined && own !== bodyArticle
}

/**
 * Whether a line is an entry of a list: it stands inside a list item, or is
 * one holding a link (`<li><a>…</a><br><em>来源：琅桥发布 2024-01-11</em></li>`).
 *
 * @param block Block.
 * @returns Whether it is.
 */
function isListEntry(block: Block): boolean {
  return (block.element.tagName === 'li' && block.linkDensity > 0) || block.ancestors.some((element) => element.tagName === 'li')
}

/**
 * The outlet named by source metadata; a value that carries its own label
 * (`来源：人民网`) is read like a printed line.
 *
 * @param head Head values.
 * @returns The outlet or `null`.
 */
function metaSource(head: PageHead): string | null {
  const meta = metaValue(head, sourceMetaNames)
  // A URL or an account number (`<meta name="mediaid" content="121234567">`) is no outlet.
  if (!meta || /^(?:https?:|www\.)/i.test(meta) || /^[\d\s_-]+$/.test(meta)) return null
  const labelled = sourceIn(meta)
  if (labelled) return labelled
  return meta.length <= maxLength && !emptyValues.has(meta) ? meta : null
}

/**
 * The outlet after a source label in one line (`来源：人民网 作者：…`). A
 * label that ends the line takes the next line (a table cell) as its value.
 *
 * @param text Line.
 * @param next The next line, if any.
 * @returns The outlet or `null`.
 */
export function sourceIn(text: string, next?: string): string | null {
  const line = text.length > 300 ? text.slice(0, 300) : text
  const folded = foldText(line)
  // A label alone in its cell or span, with no colon (`<td>来源</td><td>…</td>`), labels the next line.
  if (bareLabels.has(folded.trim())) return next && next.length <= maxLength ? cleanValue(next) : null
  // `2024-03-05 09:30来源浙东日报编辑：赵敏`: spans of an info line printed with no colon and no space.
  const unmarked = folded.length <= maxInfoLine ? unmarkedLabel.exec(folded) : null
  if (unmarked) {
    const outlet = cleanValue(line.slice(unmarked.index + unmarked[0].length))
    if (outlet) return outlet
  }
  sourceLabel.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = sourceLabel.exec(folded))) {
    // A label inside a word (`资金来源：`) is none, unless another field's value runs into it, or it is
    // an info line's (`發布日期：2012/10/02　資料來源：`).
    const infoLineLabel = isInfoLineLabel(folded, match.index)
    if (match.index > 0 && isHan(folded[match.index - 1]!) && folded[match.index] !== '【' && folded[match.index] !== '[' && !infoLineLabel && !runsIntoLabel(folded.slice(Math.max(0, match.index - 24), match.index))) continue
    if (!infoLineLabel && creditPrefix.test(folded.slice(Math.max(0, match.index - 4), match.index))) continue
    let value = line.slice(match.index + match[0].length)
    if (value.trim() === '' && next && next.length <= maxLength) value = next
    const outlet = cleanValue(value)
    if (outlet) return outlet
  }
  return null
}

/**
 * Whether another field's short value ends a text, run into the source label
 * after it by adjacent spans (`作者：周游`, `记者 周游`, `文｜江屿白`).
 *
 * @param before Folded text before the label (a couple of dozen characters).
 * @returns Whether it does.
 */
function runsIntoLabel(before: string): boolean {
  return fieldValueBefore.test(before) || slashCreditBefore.test(before)
}

/**
 * Where a value repeats its own opening (`北洲日报北洲日报全媒体`: at 4), so
 * that what follows is another field that opens with the same name.
 *
 * @param value Value (short: at most a few dozen characters are compared).
 * @returns Index of the repeat, or the value's length when there is none.
 */
function repeatedOpening(value: string): number {
  const limit = Math.min(value.length, maxLength)
  for (let at = minOutletRepeat; at * 2 <= limit; at++) {
    if (value.startsWith(value.slice(0, at), at)) return at
  }
  return value.length
}

/** Shortest outlet name looked for repeated (`新华社` is three characters). */
const minOutletRepeat = 2

/**
 * Whether a source label inside a word is an info line's own after all: a
 * word of {@link infoLineSourcePrefixes} before it, and a date before that on
 * the line (`發布日期：2012/10/02　資料來源：`).
 *
 * @param folded Folded line.
 * @param at Index of the label (`来源`).
 * @returns Whether it is.
 */
function isInfoLineLabel(folded: string, at: number): boolean {
  return infoLinePrefix.test(folded.slice(Math.max(0, at - 4), at)) && dateBefore.test(folded.slice(Math.max(0, at - dateReach), at))
}

/**
 * Cut a source value at the next field and trim its punctuation.
 *
 * @param raw Text after the label.
 * @returns The outlet or `null`.
 */
function cleanValue(raw: string): string | null {
  let value = raw.trimStart()
  // An outlet in square brackets (`来源：【东湖日报】`): the brackets are not a next field.
  const bracketed = /^[【[［〔]([^【】[\]［］〔〕]{2,40})[】\]］〕]/.exec(value)
  if (bracketed) value = bracketed[1]!
  const cut = nextField.exec(foldText(value))
  if (cut) {
    value = value.slice(0, cut.index)
    // A byline opening with the outlet's own name run into it (`北洲日报` + `北洲日报全媒体记者 程砚`).
    value = value.slice(0, repeatedOpening(value))
  }
  // A label of any other field run into the outlet (`岭海日报` + `参与人数：`).
  const labelled = labelAfterOutlet.exec(foldText(value))
  if (labelled) value = value.slice(0, labelled[1]!.length)
  // A credit in brackets after the outlet (`东湖日报（记者 张三）`) was cut inside: drop its opening.
  const open = Math.max(value.lastIndexOf('（'), value.lastIndexOf('('))
  if (open > 0 && !/[）)]/.test(value.slice(open))) value = value.slice(0, open)
  value = unquote(value.replace(/[\]】。，,;；]+$/, '').trim())
  value = dropDateline(dropCityNote(unwrap(value)))
  if (emptyValues.has(value)) return null
  return value.length >= 2 && value.length <= maxLength ? value : null
}

/** A dateline run into an outlet's name (`海峤通讯社海宁报道`): group 1 is the outlet. */
const datelineAfterOutlet = new RegExp(`^(.{2,}?[${outletNameEndings.join('')}])[\\u3400-\\u9fff]{2,3}(?:${wordAlternation(datelineEndings)})$`)

/**
 * Drop a dateline that adjacent spans ran into an outlet's name
 * (`海嶠通訊社` + `海寧報導`); a name that only ends in `报道`
 * (`21世纪经济报道`) is kept.
 *
 * @param value Value.
 * @returns Value without the dateline.
 */
function dropDateline(value: string): string {
  const dateline = datelineAfterOutlet.exec(foldText(value))
  return dateline ? value.slice(0, dateline[1]!.length) : value
}

/** A short note in brackets ending a value (`(北京)`, `（广州）`); group 1 is the note. */
const bracketNote = /[（(]([\u3400-\u9fff]{2,4})[）)]$/

/**
 * Drop the city an outlet filed from, printed in brackets after it
 * (`21世纪经济报道(广州)`), but not an edition (`人民日报（海外版）`, see
 * `outletEditionEndings`).
 *
 * @param value Value.
 * @returns Value without the note.
 */
function dropCityNote(value: string): string {
  const note = bracketNote.exec(value)
  if (!note || note.index < 2 || outletEditionEndings.some((ending) => note[1]!.endsWith(ending))) return value
  return value.slice(0, note.index).trim()
}

/** Quotation marks and title marks that may wrap an outlet, as open → close. */
const outletWrappers: Record<string, string> = { '“': '”', '"': '"', '《': '》', '「': '」' }

/**
 * Drop quotation or title marks around a whole value (`“东湖日报”`, `《东湖日报》`)
 * and a stray one at either end, keeping marks inside the name as printed
 * (`“东湖发布”微信公众号`).
 *
 * @param value Value.
 * @returns Value without wrapping marks.
 */
function unquote(value: string): string {
  const close = outletWrappers[value[0] ?? '']
  if (close) {
    const at = value.indexOf(close, 1)
    if (at === value.length - 1) return value.slice(1, -1).trim()
    if (at === -1) return value.slice(1).trim()
    return value
  }
  const last = value[value.length - 1] ?? ''
  const opener = Object.keys(outletWrappers).find((mark) => outletWrappers[mark] === last)
  return opener !== undefined && !value.includes(opener) ? value.slice(0, -1).trim() : value
}

/**
 * Drop brackets around a whole value (`（青禾日报）`) and an unbalanced closing
 * bracket at its end (`青禾日报）`), keeping a balanced one (`人民日报（海外版）`).
 *
 * @param value Value.
 * @returns Value without stray brackets.
 */
function unwrap(value: string): string {
  let text = value
  if (/^[（(][^（()）]*[）)]$/.test(text)) text = text.slice(1, -1)
  if (/^[（(]/.test(text) && !/[）)]/.test(text)) text = text.slice(1)
  const opens = (text.match(/[（(]/g) ?? []).length
  const closes = (text.match(/[）)]/g) ?? []).length
  if (closes > opens && /[）)]$/.test(text)) text = text.slice(0, -1)
  return text.trim()
}
