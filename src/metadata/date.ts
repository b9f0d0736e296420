/**
 * A small date grammar for the forms Chinese pages print: `2024-10-31 16:09`,
 * `2019年06月15日08:18`, `2019-09-3007:42`, `24-3-5`, full-width digits and
 * colons, ISO 8601 with an offset, unix seconds, and dates in Chinese
 * numerals (`二〇二五年一月六日`).
 *
 * A library (`chrono-node` has a Chinese parser) was weighed and left out: the
 * forms here are few and fixed, the grammar below reads all of them in one
 * linear regular expression, keeps the printed text, and adds no dependency.
 */
import type { DateStamp } from '../types.js'
import { toHalfWidth } from '../text/normalize.js'
import { countedNumberAt, spelledNumber } from '../text/numerals.js'
import { wordAlternation } from '../text/patterns.js'
import { chinaTimeZoneNames, weekdayWords } from '../data/metadata-labels.js'

/**
 * Year, month, day, then an optional time. Every part is bounded, so the
 * expression runs in linear time on any text. Groups: year, year–month
 * separator, month, month–day separator, day, period of the day (`下午`),
 * hour, minute, second, `AM`/`PM` after the time, zone. A weekday may stand
 * between date and time, in brackets or not (`2024年3月12日（星期二）`), and so
 * may the name of a time zone at China's offset (`2024-03-05 HKT 18:32`,
 * `香港時間16時05分`).
 * A whitespace year–month separator (`2023 10/31 16:09`, a split date line)
 * is checked in {@link toStamp}.
 */
const datePattern = new RegExp(
  String.raw`(?<!\d)((?:19|20)\d{2}|\d{2})\s?([-/.]|年|\s)\s?(\d{1,2})\s?([-/.]|月)\s?(\d{1,2})(?!\d{3}|\d{2}(?![:时\d]))\s?日?` +
    String.raw`(?:\s{0,3}(?:[T\s-]|[(（]?(?:${wordAlternation(weekdayWords)}).[)）]?)?\s{0,3}(?:${wordAlternation(chinaTimeZoneNames)})?\s{0,3}(上午|下午|中午|晚上|凌晨|早上)?\s?(\d{1,2})\s?[:时時]\s?(\d{1,2})` +
    String.raw`(?:\s?[:分]\s?(\d{1,2})秒?|分)?(?:\.\d{1,6})?\s?([AaPp]\.?[Mm]\.?(?![A-Za-z]))?\s?(Z|[+-]\d{2}:?\d{2}|[（(]?(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?[）)]?)?)?`
)

/**
 * A date printed day first with slashes and a four-digit year, as Hong Kong
 * and Macau pages print it (`19/11/2024 17:05`), with an optional time.
 * Groups: day, month, year, hour, minute, second. Bounded, so linear.
 */
const dayFirstPattern = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])(?:\s{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?)?/g

/**
 * {@link datePattern}, global, for {@link findDates} (which sets `lastIndex`
 * before each use and calls nothing that uses it).
 */
const datePatternAll = new RegExp(datePattern.source, 'g')

/** A date found in a text, with where it stands. */
export interface FoundDate {
  /** The stamp. */
  stamp: DateStamp
  /** Index of the match in the text. */
  index: number
  /** Length of the printed date in the text. */
  length: number
  /** Whether a time of day was printed. */
  hasTime: boolean
}

/**
 * Find the first valid date in a text.
 *
 * @param text Text to search (any width).
 * @returns The date, or `null`.
 */
export function findDate(text: string): FoundDate | null {
  return findDates(text, 1)[0] ?? null
}

/**
 * Find the valid dates in a text, in order (the first 4,000 characters are read).
 *
 * @param text Text to search (any width).
 * @param limit Most dates returned.
 * @returns The dates.
 */
export function findDates(text: string, limit: number): FoundDate[] {
  const original = text.length > 4000 ? text.slice(0, 4000) : text
  const spelled = original.includes('年') ? findNumeralDates(original, limit) : []
  // Every other date opens with a digit: most lines hold none and cost one scan.
  if (!hasDigit(original)) return spelled
  const dates = findDigitDates(original, limit)
  if (spelled.length === 0) return dates
  return [...dates, ...spelled].sort((a, b) => a.index - b.index).slice(0, limit)
}

/**
 * A date in Chinese numerals (`二〇二五年一月六日`, `二○二四年十二月三十一日`): a
 * year spelled digit by digit, a month and a day counted. Every part is
 * bounded, so the expression runs in linear time.
 */
const numeralDatePattern = /([〇○零一二三四五六七八九]{4})\s?年\s?([一二三四五六七八九十]{1,3})\s?月\s?([一二三四五六七八九十]{1,3})\s?日/g

/**
 * The dates printed in Chinese numerals in a text, in order (no time of day).
 *
 * @param original Text as printed.
 * @param limit Most dates returned.
 * @returns The dates.
 */
function findNumeralDates(original: string, limit: number): FoundDate[] {
  const dates: FoundDate[] = []
  numeralDatePattern.lastIndex = 0
  let match: RegExpExecArray | null
  while (dates.length < limit && (match = numeralDatePattern.exec(original))) {
    const year = spelledNumber(match[1]!)
    const month = countedNumberAt(match[2]!, 0, 3)
    const day = countedNumberAt(match[3]!, 0, 3)
    // The whole of each part must read as one number (`十十` does not).
    if (year === null || !month || !day || month.end !== match[2]!.length || day.end !== match[3]!.length) continue
    if (year < 1990 || year > 2100 || month.value < 1 || month.value > 12 || day.value < 1 || day.value > daysIn(year, month.value)) continue
    const iso = `${year}-${pad(month.value)}-${pad(day.value)}`
    dates.push({ stamp: { iso, text: match[0].replace(/\s+/g, ' ') }, index: match.index, length: match[0].length, hasTime: false })
  }
  return dates
}

/**
 * The dates printed with digits in a text, in order.
 *
 * @param original Text as printed.
 * @param limit Most dates returned.
 * @returns The dates.
 */
function findDigitDates(original: string, limit: number): FoundDate[] {
  const half = toHalfWidth(original)
  const pattern = datePatternAll
  pattern.lastIndex = 0
  const dates: FoundDate[] = []
  let match: RegExpExecArray | null
  while (dates.length < limit && (match = pattern.exec(half))) {
    const found = toStamp(match, original)
    if (found) {
      dates.push(found)
      pattern.lastIndex = match.index + Math.max(1, found.length)
    } else pattern.lastIndex = match.index + 1
  }
  if (!half.includes('/')) return dates
  const dayFirst = findDayFirstDates(half, original, limit).filter((found) => !dates.some((date) => found.index < date.index + date.length && date.index < found.index + found.length))
  return dayFirst.length === 0 ? dates : [...dates, ...dayFirst].sort((a, b) => a.index - b.index).slice(0, limit)
}

/**
 * The dates printed day first (see {@link dayFirstPattern}), in order.
 *
 * @param half Text with full-width forms made half-width.
 * @param original Text as printed (same indexes).
 * @param limit Most dates returned.
 * @returns The dates.
 */
function findDayFirstDates(half: string, original: string, limit: number): FoundDate[] {
  const dates: FoundDate[] = []
  dayFirstPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while (dates.length < limit && (match = dayFirstPattern.exec(half))) {
    const day = Number(match[1])
    const month = Number(match[2])
    const year = Number(match[3])
    if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) continue
    const date = `${year}-${pad(month)}-${pad(day)}`
    const hour = match[4] === undefined ? -1 : Number(match[4])
    const minute = Number(match[5])
    const second = match[6] === undefined ? 0 : Number(match[6])
    const hasTime = hour >= 0 && hour < 24 && minute < 60 && second < 60
    const length = hasTime ? match[0].length : match[0].indexOf(match[3]!) + match[3]!.length
    const iso = hasTime ? `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00` : date
    dates.push({ stamp: { iso, text: original.slice(match.index, match.index + length).replace(/\s+/g, ' ') }, index: match.index, length, hasTime })
  }
  return dates
}

/**
 * Whether a text holds an ASCII or full-width digit.
 *
 * @param text Text.
 * @returns Whether it does.
 */
function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return true
  }
  return false
}

/**
 * Turn a match into a stamp, or `null` when it is not a real date.
 *
 * @param match Match of {@link datePattern}.
 * @param original The text as printed (same indexes as the half-width copy).
 * @returns The date or `null`.
 */
function toStamp(match: RegExpExecArray, original: string): FoundDate | null {
  if (!separatorsAgree(match)) return null
  let year = Number(match[1])
  if (match[1]!.length === 2) year += 2000
  const month = Number(match[3])
  const day = Number(match[5])
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  let hasTime = match[7] !== undefined
  let iso = date
  let end = match.index + match[0].trimEnd().length
  if (hasTime) {
    const hour = toDayHour(Number(match[7]), match[6] ?? meridiemPeriod(match[10]))
    const minute = Number(match[8])
    const second = match[9] === undefined ? 0 : Number(match[9])
    if (hour > 23 || minute > 59 || second > 59) {
      if (/\s/.test(match[2]!)) return null
      hasTime = false
      const dateOnly = /^[^]*?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?/.exec(match[0])
      end = match.index + (dateOnly ? dateOnly[0] : match[0]).trimEnd().length
    } else {
      const zone = match[11]
      const offset = !zone ? '+08:00' : zone === 'Z' ? 'Z' : /UTC|GMT/.test(zone) ? namedOffset(zone) : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
      iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`
    }
  }
  const text = original.slice(match.index, end).replace(/\s+/g, ' ').trim()
  return { stamp: { iso, text }, index: match.index, length: end - match.index, hasTime }
}

/**
 * An hour on the 24-hour clock from one printed with a period of the day
 * (`下午3:30` → 15, `晚上8时` → 20, `中午12:10` → 12, `凌晨12:30` → 0).
 *
 * @param hour Hour as printed.
 * @param period `上午`, `下午`, … or `undefined`.
 * @returns The hour (out of range stays out of range).
 */
function toDayHour(hour: number, period: string | undefined): number {
  // Twelve in the small hours is midnight (`凌晨12:30`, `12:30 AM`).
  if (period === smallHours && hour === 12) return 0
  if (period === undefined || hour >= 12) return hour
  return afternoonPeriods.includes(period) || (period === '中午' && hour < 11) ? hour + 12 : hour
}

/**
 * The period of the day an `AM`/`PM` after the time names (`09:40 PM`).
 *
 * @param meridiem `AM`, `p.m.`, … or `undefined`.
 * @returns `凌晨` (whose twelve is midnight; its other hours stay as printed), `下午` or `undefined`.
 */
function meridiemPeriod(meridiem: string | undefined): string | undefined {
  if (meridiem === undefined) return undefined
  return /^[Pp]/.test(meridiem) ? '下午' : smallHours
}

/** The period of the day before dawn: its 12 o'clock is midnight, like `AM`'s. */
const smallHours = '凌晨'

/** Periods of the day whose hours are after noon. */
const afternoonPeriods = ['下午', '晚上']

/**
 * Whether the separators of a match make a date: a two-digit year needs `-`,
 * `/` or `年` and the same mark twice (so `10.5.3` is no date); a year set off
 * by a space needs a `/` day and a printed time (`2023 10/31 16:09:38`).
 *
 * @param match Match of {@link datePattern}.
 * @returns Whether the match is a date.
 */
function separatorsAgree(match: RegExpExecArray): boolean {
  const first = match[2]!
  const second = match[4]!
  if (/\s/.test(first)) return match[1]!.length === 4 && second === '/' && match[7] !== undefined
  if (match[1]!.length === 2) return first !== '.' && (first === second || (first === '年' && second === '月'))
  return true
}

/**
 * The first date in a text as a stamp (the grammar alone, no context).
 *
 * @param text Text to read.
 * @returns The stamp, or `null`.
 */
export function parseDate(text: string): DateStamp | null {
  return findDate(text)?.stamp ?? null
}

/**
 * A stamp from unix seconds (or milliseconds), in China time.
 *
 * @param value Seconds since the epoch.
 * @returns The stamp or `null`.
 */
export function fromUnixSeconds(value: string): DateStamp | null {
  let seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0) return null
  if (seconds > 1e11) seconds = Math.floor(seconds / 1000)
  const china = new Date(seconds * 1000 + 8 * 3600 * 1000)
  const year = china.getUTCFullYear()
  if (year < 1990 || year > 2100) return null
  const iso = `${year}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())}T${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}:${pad(china.getUTCSeconds())}+08:00`
  return { iso, text: value }
}

/**
 * Days in a month.
 *
 * @param year Year.
 * @param month Month 1–12.
 * @returns Number of days.
 */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Two-digit zero padding.
 *
 * @param value Number.
 * @returns Padded string.
 */
export function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * The offset of a printed `UTC`/`GMT` zone (`UTC` is `+00:00`, `UTC+9` is
 * `+09:00`, `GMT-5:30` is `-05:30`), brackets allowed.
 *
 * @param zone The zone as printed.
 * @returns ISO 8601 offset.
 */
function namedOffset(zone: string): string {
  const shift = /([+-])(\d{1,2})(?::?(\d{2}))?/.exec(zone)
  if (!shift) return '+00:00'
  return `${shift[1]}${shift[2]!.padStart(2, '0')}:${shift[3] ?? '00'}`
}
