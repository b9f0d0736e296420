/**
 * The publish time: the article's own printed publish line first, then
 * metadata (meta tags, JSON-LD, script variables, an e-paper's property
 * comment). Never a date from the body, a comment, a related list,
 * `最后更新`, a page-generation time or the URL path.
 *
 * Where a printed line is looked for, in order:
 * 1. the article's header: the lines under the headline up to the first
 *    prose line (40+ characters with sentence punctuation) or the body's end,
 *    any zone (info lines sit in `share_box`/`post-footer` boxes), any form:
 *    a strong label wins, else the first weakly labelled or bare date;
 * 2. further down the first twelve lines: strongly labelled dates only
 *    (`发布时间：`, `发布日期：`, not `发表于`);
 * 3. just above the headline: a labelled date or an e-paper's page line
 *    (`2024年02月27日 第03版`), or `发布日期` in a file table further up;
 * 4. after the body: a labelled line (not `发表于`, which comments carry);
 *    in chrome boxes (share bars) strong labels only, comment boxes never;
 * 5. a short date line right above the headline.
 */
import { foldText } from '../text/simplify.js'
import { toHalfWidth } from '../text/normalize.js'
import type { Block } from '../blocks/blocks.js'
import { classTokens } from '../blocks/zone.js'
import {
  bylinesHoldingNotPublishLabels,
  chinaTimeZoneNames,
  weekdayWords,
  commentClassParts,
  fieldLabels,
  headOnlyPublishLabels,
  notPublishLabels,
  paperEditionMarks,
  publishJsonKeys,
  publishLabels,
  publishMetaNames,
  publishScriptKeys,
  publishScriptVariables,
  dateRunOnWords,
  deckClassParts,
  summaryLabels,
  timeFieldLabels,
  sourceLabels,
  weakPublishLabels
} from '../data/metadata-labels.js'
import type { DateStamp } from '../types.js'
import { findDates, fromUnixSeconds, pad, type FoundDate } from './date.js'
import type { PageHead } from './head.js'
import { jsonLdString } from './json-ld.js'
import { escapeRegExp, wordAlternation } from '../text/patterns.js'

/** How many lines from the headline are searched for the publish line. */
const infoWindow = 12

/** Shortest line with sentence punctuation that ends the article's header. */
const proseLength = 40

/** Most lines between the headline and the body read as the article's header. */
const headerReach = 40

/** How many lines after the body are searched for a labelled publish line. */
const trailingWindow = 14

/** How many lines above the headline may hold an e-paper's page line. */
const aboveWindow = 4

/** How many lines above the headline may hold a government file table with `发布日期`. */
const tableWindow = 24

/** Most share of linked text on a bare date line above the headline. */
const maxDateLineLinks = 0.2

/** Where the article stands in the page, for the search windows. */
export interface ArticleFrame {
  /** Index of the headline block, or -1. */
  titleIndex: number
  /** Index of the first body block. */
  bodyStart: number
  /** Index after the last body block. */
  bodyEnd: number
}

/** How strongly a date is tied to a publish label. */
type Strength = 'strong' | 'weak' | 'bare'

/** A date read on one line, with how it is labelled. */
interface LineDate {
  stamp: DateStamp
  strength: Strength
  /** The label is one that a comment may carry too (`发表于`). */
  headOnly: boolean
}

const strongLabel = new RegExp(`(${wordAlternation(publishLabels)})\\s?[:：]?\\s?$`)
const weakLabel = new RegExp(`(?:^|[\\s|｜丨/·•\\]】）)>])(${wordAlternation(weakPublishLabels)})\\s?[:：]?\\s?$`)
const refusedLabel = new RegExp(wordAlternation(notPublishLabels))
const headOnly = new Set(headOnlyPublishLabels)
const followingField = new RegExp(`^(?:${wordAlternation([...fieldLabels, ...sourceLabels, ...weekdayWords, '来自', '本报', '特约记者'])})`)
const editionLine = new RegExp(`(?:${wordAlternation(paperEditionMarks)})|第\\s?[A-Za-z]?\\d{1,3}\\s?版`)
const prose = /[，。；！？]/
const sentence = /[，。！？][^，。！？]{0,200}[，。！？]/
const runOn = new RegExp(`^(?:[，,。；;、：:]|${wordAlternation(dateRunOnWords)})`)

/**
 * Text before a date without the bylines that hold a refused label (`评论员`).
 *
 * @param text Text before a date.
 * @returns The text, such bylines removed.
 */
function withoutBylineWords(text: string): string {
  let cleaned = text
  for (const word of bylinesHoldingNotPublishLabels) if (cleaned.includes(word)) cleaned = cleaned.split(word).join(' ')
  return cleaned
}

/**
 * Find the publish time.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param frame Where headline and body stand.
 * @returns The stamp, or `null`.
 */
export function findPublished(head: PageHead, blocks: readonly Block[], frame: ArticleFrame): DateStamp | null {
  // A page with neither headline nor body (a list page, an error page) prints no article's date.
  const printed = frame.titleIndex >= 0 || frame.bodyStart < blocks.length ? printedDate(blocks, frame) : null
  if (printed) return printed
  const meta = metadataDate(head)
  const yearless = yearlessDate(head, blocks, frame)
  // A year-less publish line with a time (`发布时间：03-05 09:30`) beats metadata of that day with none.
  if (meta && yearless && yearless.iso.length > meta.iso.length && yearless.iso.startsWith(meta.iso)) return yearless
  // A date in the URL path (`/2024/0708/`) is no publish line and no metadata: the page gives none.
  return meta ?? yearless
}

/**
 * A publish line that prints no year (`发布时间：10-08 12:00`, app and portal
 * templates), with the year of a date in the page's metadata that has the
 * same month and day (modified and other dates too: they only give the
 * year). Read under the headline only.
 */
const yearlessLine = new RegExp(`(?:${wordAlternation(publishLabels)})\\s?[:：]?\\s?(\\d{1,2})\\s?[-/.月]\\s?(\\d{2}|\\d(?!\\d))\\s?日?\\s{0,3}(?:(\\d{1,2})\\s?[:：时]\\s?(\\d{2}))?`)

/**
 * The date of a year-less publish line (see {@link yearlessLine}).
 *
 * @param head Head values.
 * @param blocks All blocks.
 * @param frame Where headline and body stand.
 * @returns The stamp, or `null` when no such line or no year is found.
 */
function yearlessDate(head: PageHead, blocks: readonly Block[], frame: ArticleFrame): DateStamp | null {
  if (frame.titleIndex < 0) return null
  for (let index = frame.titleIndex + 1; index < Math.min(blocks.length, frame.titleIndex + infoWindow, Math.max(frame.bodyStart, frame.titleIndex + 2)); index++) {
    const text = blocks[index]!.text
    if (text.length > 200) continue
    const match = yearlessLine.exec(toHalfWidth(text))
    if (!match) continue
    const month = Number(match[1])
    const day = Number(match[2])
    const year = metadataYear(head, month, day)
    if (year === null) return null
    const date = `${year}-${pad(month)}-${pad(day)}`
    const hour = match[3] === undefined ? -1 : Number(match[3])
    const minute = Number(match[4])
    const iso = hour >= 0 && hour < 24 && minute < 60 ? `${date}T${pad(hour)}:${pad(minute)}:00+08:00` : date
    return { iso, text: match[0].slice(match[0].search(/\d/)).trim() }
  }
  return null
}

/**
 * The year of a date in the page's metadata (any `<meta>` or `itemprop`
 * value) with this month and day.
 *
 * @param head Head values.
 * @param month Month 1–12.
 * @param day Day of the month.
 * @returns The year, or `null`.
 */
function metadataYear(head: PageHead, month: number, day: number): number | null {
  const suffix = `-${pad(month)}-${pad(day)}`
  for (const values of [...head.meta.values(), ...head.itemprops.values()]) {
    for (const value of values) {
      const stamp = value.length <= 64 ? readValue(value) : null
      if (stamp && stamp.iso.slice(4, 10) === suffix) return Number(stamp.iso.slice(0, 4))
    }
  }
  return null
}


/**
 * The printed publish line, looked for in the places listed in the module
 * comment.
 *
 * @param blocks All blocks.
 * @param frame Where headline and body stand.
 * @returns The stamp or `null`.
 */
function printedDate(blocks: readonly Block[], frame: ArticleFrame): DateStamp | null {
  const anchored = frame.titleIndex >= 0
  const start = anchored ? frame.titleIndex : Math.max(0, frame.bodyStart - 8)
  const end = Math.min(blocks.length, start + headerReach, Math.max(frame.bodyStart + 1, start + infoWindow))
  const proseIndex = proseStart(blocks, start + (anchored ? 1 : 0), Math.min(end, Math.max(frame.bodyEnd, start + 1)))
  // Info lines often sit in boxes whose class reads as chrome (`share_box`,
  // `post-footer`): between the headline and the body every zone is read.
  const chromeEnd = anchored ? Math.max(frame.bodyStart, start + 4) : start
  const first = start + (anchored ? 1 : 0)
  const header = scan(blocks, first, Math.max(first, Math.min(proseIndex, chromeEnd)), 'any', 'all') ?? scan(blocks, Math.min(proseIndex, chromeEnd), proseIndex, 'content', 'all')
  if (header) return header
  const later = scan(blocks, proseIndex, end, 'content', 'strong')
  if (later) return later
  if (anchored) {
    const above =
      scan(blocks, Math.max(0, start - aboveWindow), start, 'content', 'edition') ??
      scan(blocks, Math.max(0, start - tableWindow), start, 'content', 'strong') ??
      // An e-paper's masthead line (`2024年01月12日 星期五 第A03版：两会特刊`) above the page list, in any zone.
      scan(blocks, Math.max(0, start - tableWindow), start, 'any', 'editionLine')
    if (above) return above
  }
  const after = Math.max(frame.bodyStart, frame.bodyEnd)
  const trailing = scan(blocks, after, Math.min(blocks.length, after + trailingWindow), 'notComment', 'trailing')
  if (trailing || !anchored) return trailing
  return scan(blocks, Math.max(0, start - 2), start, 'content', 'shortBare')
}

/**
 * Index of the first prose paragraph (a long line with sentence punctuation,
 * not an editor's summary box) in a range, or the range's end.
 *
 * @param blocks All blocks.
 * @param from First index.
 * @param to Index after the last.
 * @returns Index.
 */
function proseStart(blocks: readonly Block[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const block = blocks[index]!
    const text = block.text
    if (text.length >= proseLength && prose.test(text) && !summaryLabels.some((label) => text.startsWith(label)) && !isDeck(block)) return index
  }
  return to
}

/**
 * Whether a line is a deck or subtitle under the headline, by its element's
 * class (`entry-dek`, `subtitle`).
 *
 * @param block Block.
 * @returns Whether it is.
 */
function isDeck(block: Block): boolean {
  return classTokens(block.element).some((token) => deckClassParts.some((part) => token.includes(part)))
}

/**
 * Which page zones a scan reads: every zone, content only, or (after the
 * body) every zone but comment boxes, chrome lines giving strong labels only.
 */
type ZonePolicy = 'any' | 'content' | 'notComment'

/** Which dates a scan takes. */
type Take = 'all' | 'strong' | 'edition' | 'editionLine' | 'trailing' | 'shortBare'

/**
 * Scan a range of lines for a publish date: a strongly labelled date wins,
 * else the first weakly labelled or bare one (as `take` allows).
 *
 * @param blocks All blocks.
 * @param from First index.
 * @param to Index after the last.
 * @param zones Zones read.
 * @param take Dates taken.
 * @returns The stamp or `null`.
 */
function scan(blocks: readonly Block[], from: number, to: number, zones: ZonePolicy, take: Take): DateStamp | null {
  let first: DateStamp | null = null
  for (let index = from; index < to; index++) {
    const block = blocks[index]!
    if (!zoneRead(block, zones)) continue
    const strongOnly = zones === 'notComment' && block.zone !== 'none'
    for (const found of lineDates(blocks, index)) {
      if (found.strength === 'strong' && !((take === 'trailing' || take === 'strong') && found.headOnly)) return found.stamp
      if (first || strongOnly) continue
      if (take === 'all') first = found.stamp
      else if (take === 'trailing' && found.strength === 'weak' && !found.headOnly) first = found.stamp
      else if (take === 'edition' && (found.strength === 'weak' || editionLine.test(block.text))) first = found.stamp
      else if (take === 'editionLine' && (editionLine.test(block.text) || editionCellAfter(blocks, index))) first = found.stamp
      // A date line, not an item of a linked list (`<li><a>…</a> 2025-03-04</li>`).
      else if (take === 'shortBare' && block.text.length <= 40 && block.linkDensity < maxDateLineLinks) first = found.stamp
    }
  }
  return first
}

/**
 * Whether the next line is an edition label in the same row as a line
 * (an e-paper masthead printed in cells: `<td>2024年09月12日 星期四</td><td>第01版：要闻 …</td>`).
 *
 * @param blocks All blocks.
 * @param index Index of the line.
 * @returns Whether it is.
 */
function editionCellAfter(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index]!
  const next = blocks[index + 1]
  if (!next || !editionLine.test(next.text)) return false
  return next.ancestors[next.ancestors.length - 1] === block.ancestors[block.ancestors.length - 1]
}

/**
 * Whether a scan reads a block's zone.
 *
 * @param block Block.
 * @param zones Policy.
 * @returns Whether it is read.
 */
function zoneRead(block: Block, zones: ZonePolicy): boolean {
  if (zones === 'any') return true
  if (zones === 'notComment') return block.zone === 'none' || ![block.element, ...block.ancestors.slice(-6)].some(isCommentBox)
  return block.zone === 'none'
}

/**
 * Whether an element's class or id names a comment or reply box.
 *
 * @param element Element.
 * @returns Whether it does.
 */
function isCommentBox(element: Block['element']): boolean {
  return classTokens(element).some((token) => commentClassParts.some((part) => token.includes(part)))
}

/**
 * The dates a line offers as a publish time, in order, each with its label
 * strength. Refused dates (`最后更新`, `产生日期`, a comment stamp), dates
 * that run on in a sentence (`2019年9月10日，…`) and unlabelled dates in a
 * line of links (a related list) are left out.
 *
 * @param blocks All blocks.
 * @param index The line.
 * @returns Dates.
 */
function lineDates(blocks: readonly Block[], index: number): LineDate[] {
  const block = blocks[index]!
  const text = block.text.length > 400 ? block.text.slice(0, 400) : block.text
  const dates: LineDate[] = []
  const foundDates = findDates(text, 6)
  if (foundDates.length === 0) {
    const split = splitDate(blocks, index)
    if (split) dates.push({ stamp: split, strength: 'bare', headOnly: false })
    return dates
  }
  const folded = foldText(text)
  for (const found of foundDates) {
    let before = folded.slice(0, found.index)
    // A label on the line before (`发布时间：` / `2024-03-05`), not a headline that ends in a word like 更新.
    if (before.trim() === '' && index > 0 && isLabelLine(blocks[index - 1]!.text)) before = foldText(blocks[index - 1]!.text.slice(-24))
    const near = before.slice(-14)
    if (refusedLabel.test(withoutBylineWords(near))) continue
    const strong = strongLabel.exec(near)
    if (strong) {
      dates.push({ stamp: withFieldTime(found, text), strength: 'strong', headOnly: headOnly.has(strong[1]!) })
      continue
    }
    if (mostlyLinks(block, found)) continue
    const weak = weakLabel.exec(before.slice(-16))
    if (weak) {
      dates.push({ stamp: withFieldTime(found, text), strength: 'weak', headOnly: headOnly.has(weak[1]!) })
      continue
    }
    if (isBare(text, found)) {
      const stamp = withNextLineTime(found, text, blocks[index + 1])
      // A zone's name labels the line as the article's time stamp as a label would, after the body and in its
      // footer box too (`<div class="itemFooter">2024-03-05 HKT 18:32</div>`).
      dates.push({ stamp, strength: zoneName.test(stamp.text) ? 'strong' : 'bare', headOnly: false })
    }
  }
  return dates
}

/** A line holding only a year (`<div class="year">2019</div>`). */
const yearOnly = /^(\d{4})$/

/** A line holding only a month and day (`<div class="md">09/07</div>`). */
const monthDayOnly = /^(\d{1,2})[/.-](\d{1,2})$/

/**
 * A date printed over lines of its own: a year, then month and day, then
 * perhaps a time (`<div>2019</div><div>09/07</div><div>19:02</div>`).
 *
 * @param blocks All blocks.
 * @param index The year's line.
 * @returns The stamp, or `null` when the lines do not read so.
 */
function splitDate(blocks: readonly Block[], index: number): DateStamp | null {
  const year = yearOnly.exec(blocks[index]!.text)
  const monthDay = year ? monthDayOnly.exec(blocks[index + 1]?.text ?? '') : null
  if (!year || !monthDay) return null
  const found = findDates(`${year[1]}-${monthDay[1]}-${monthDay[2]}`, 1)[0]
  if (!found) return null
  const stamp = { ...found.stamp, text: `${year[1]} ${monthDay[0]}` }
  return withNextLineTime({ ...found, stamp }, stamp.text, blocks[index + 2])
}

/** Longest line read as a label for the date on the next line. */
const maxLabelLine = 6

/**
 * Whether a line may be the label of a date printed on the next line: short,
 * or ending in a colon.
 *
 * @param text The line before the date.
 * @returns Whether it may.
 */
function isLabelLine(text: string): boolean {
  return text.length <= maxLabelLine || /[:：]\s?$/.test(text)
}

/**
 * Whether a line is mostly link text other than the date itself (a related
 * list's `<a>title</a> 2024-11-01`, not a linked date).
 *
 * @param block The line.
 * @param found The date in it.
 * @returns Whether it is.
 */
function mostlyLinks(block: Block, found: FoundDate): boolean {
  if (block.linkDensity <= 0.5) return false
  const total = block.text.replace(/\s/g, '').length
  const linked = block.linkDensity * total - found.length
  return linked / Math.max(1, total - found.length) > 0.5
}

/**
 * A date that ends its line, completed by a time that opens the next line
 * (`<div>2024-10-31</div><div>16:09</div>`).
 *
 * @param found The date.
 * @param text Its line.
 * @param next The next block, if any.
 * @returns The stamp, with the time when one follows.
 */
function withNextLineTime(found: FoundDate, text: string, next: Block | undefined): DateStamp {
  const rest = text.slice(found.index + found.length).trim()
  if (found.hasTime || !next || (rest !== '' && !weekdayOnly.test(rest))) return found.stamp
  return withTime(found.stamp, nextLineTime.exec(next.text))
}

/** A weekday alone after a date, in brackets or not (`（星期二）`). */
const weekdayOnly = new RegExp(`^[(（]?(?:${wordAlternation(weekdayWords)}).[)）]?$`)

/** A time opening the next line, a zone's name before it allowed (`香港時間16時05分`, `16:05`). */
const nextLineTime = new RegExp(`^(?:${wordAlternation(chinaTimeZoneNames)})?\\s?(\\d{1,2})[:：时時](\\d{2})(?:[:：](\\d{2}))?分?(?!\\d)`)

/** A zone's name at China's offset in a date's text (`HKT`, `香港時間`). */
const zoneName = new RegExp(wordAlternation(chinaTimeZoneNames))

/** A time in a field of its own right after a date (`日期：2024-01-16　时间：15:20`). */
const fieldTime = new RegExp(`^\\s{0,3}(?:${wordAlternation(timeFieldLabels)})\\s?[:：]\\s?(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?!\\d)`)

/**
 * A date completed by a time printed in a field of its own right after it
 * (`日期：2024-01-16　时间：15:20`).
 *
 * @param found The date.
 * @param text Its line.
 * @returns The stamp, with the time when one follows.
 */
function withFieldTime(found: FoundDate, text: string): DateStamp {
  if (found.hasTime) return found.stamp
  return withTime(found.stamp, fieldTime.exec(text.slice(found.index + found.length)))
}

/**
 * A date stamp with a time read apart from it (hour, minute, optional second).
 *
 * @param stamp The date alone.
 * @param time The time's match (groups 1–3), or `null`.
 * @returns The stamp with the time in China time, or the date alone.
 */
function withTime(stamp: DateStamp, time: RegExpExecArray | null): DateStamp {
  if (!time) return stamp
  const [hour, minute, second] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)]
  if (hour > 23 || minute > 59 || second > 59) return stamp
  const pad = (value: number): string => String(value).padStart(2, '0')
  return { iso: `${stamp.iso}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`, text: `${stamp.text} ${time[0].trim()}` }
}

/**
 * Whether an unlabelled date stands as an info line's date: it opens a short
 * line or stands among fields, the line is no sentence, and nothing runs on
 * after it (`2019年9月10日上午，…`, `…日16时许`).
 *
 * @param text Line.
 * @param found The date.
 * @returns Whether the date may be taken.
 */
function isBare(text: string, found: FoundDate): boolean {
  const before = text.slice(0, found.index)
  if (found.index >= 8 && (text.length >= 80 || prose.test(before))) return false
  if (text.length >= 60 && sentence.test(text)) return false
  const rest = text.slice(found.index + found.length)
  const next = rest.charAt(0)
  if (next === '' || /\s/.test(next)) return !runOn.test(rest.trimStart())
  if (/[\d，,。；;、：:]/.test(next)) return false
  if (/[\u3400-\u9fff]/.test(next)) return followingField.test(rest) || (found.hasTime && !runOn.test(rest))
  return true
}

/**
 * A publish time from metadata (`article:published_time`, `PubDate`, …,
 * itemprop/JSON-LD `datePublished`, Baidu cambrian `pubDate`, WeChat's `var ct`).
 *
 * @param head Head values.
 * @returns The stamp or `null`.
 */
function metadataDate(head: PageHead): DateStamp | null {
  for (const name of publishMetaNames) {
    for (const value of [...(head.meta.get(name) ?? []), ...(head.itemprops.get(name) ?? [])]) {
      const stamp = readValue(value)
      if (stamp) return stamp
    }
  }
  for (const key of publishJsonKeys) {
    const value = jsonLdString(head.jsonLd, key)
    const stamp = value ? readValue(value) : null
    if (stamp) return stamp
  }
  // A Founder e-paper names its issue date in its property comment (`<date>2024-03-06</date>`).
  const paper = head.paperDate ? readValue(head.paperDate) : null
  return paper ?? scriptDate(head.scripts)
}

/** The script variables and JSON keys {@link scriptDate} reads, in order of preference. */
const scriptDatePatterns = [
  ...publishScriptVariables.map((name) => new RegExp(`(?:^|[\\s;,{(])(?:var\\s+|let\\s+|const\\s+)?${escapeRegExp(name)}\\s{0,3}=\\s{0,3}["']([^"'\\n]{4,40})["']`)),
  ...publishScriptKeys.map((key) => new RegExp(`["']${escapeRegExp(key)}["']\\s{0,3}:\\s{0,3}["']([^"'\\n]{4,40})["']`))
]

/**
 * A publish time from inline scripts: a variable such as WeChat's
 * `var ct = "1571234567"`, or a `"pubDate": "…"` key of a JSON block that
 * did not parse.
 *
 * @param scripts Script texts.
 * @returns The stamp or `null`.
 */
function scriptDate(scripts: readonly string[]): DateStamp | null {
  for (const pattern of scriptDatePatterns) {
    for (const script of scripts) {
      const match = pattern.exec(script)
      const stamp = match ? readValue(match[1]!) : null
      if (stamp) return stamp
    }
  }
  return null
}

/**
 * Read a metadata value: unix seconds (or milliseconds), else a printed date.
 *
 * @param value Raw value.
 * @returns The stamp or `null`.
 */
function readValue(value: string): DateStamp | null {
  const trimmed = value.trim()
  if (/^\d{10}(?:\d{3})?$/.test(trimmed)) return fromUnixSeconds(trimmed)
  return findDates(trimmed, 1)[0]?.stamp ?? null
}

