/**
 * A small date grammar for the forms Chinese pages print: `2024-10-31 16:09`,
 * `2019年06月15日08:18`, `2019-09-3007:42`, `24-3-5`, full-width digits and
 * colons, ISO 8601 with an offset, and unix seconds.
 *
 * A library (`chrono-node` has a Chinese parser) was weighed and left out: the
 * forms here are few and fixed, the grammar below reads all of them in one
 * linear regular expression, keeps the printed text, and adds no dependency.
 */
import type { DateStamp } from '../types.js'
import { toHalfWidth } from '../text/normalize.js'

/**
 * Year, month, day, then an optional time. Every part is bounded, so the
 * expression runs in linear time on any text.
 */
const datePattern =
  /(?<![\d])((?:19|20)\d{2}|\d{2})\s?(?:[-/.]|年)\s?(\d{1,2})\s?(?:[-/.]|月)\s?(\d{1,2})(?![\d]{3})\s?日?(?:\s{0,3}(?:[T\s]|星期.|周.)?\s{0,3}(\d{1,2})\s?[:时]\s?(\d{1,2})(?:\s?[:分]\s?(\d{1,2}))?(?:\.\d{1,6})?\s?(Z|[+-]\d{2}:?\d{2})?)?/

/** A date found in a text, with where it stands. */
export interface FoundDate {
  /** The stamp. */
  stamp: DateStamp
  /** Index of the match in the text. */
  index: number
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
  const half = toHalfWidth(text.length > 4000 ? text.slice(0, 4000) : text)
  const pattern = new RegExp(datePattern.source, 'g')
  let match: RegExpExecArray | null
  while ((match = pattern.exec(half))) {
    const stamp = toStamp(match, text)
    if (stamp) return stamp
    pattern.lastIndex = match.index + 1
  }
  return null
}

/**
 * Turn a match into a stamp, or `null` when it is not a real date.
 *
 * @param match Match of {@link datePattern}.
 * @param original The text as printed (same indexes as the half-width copy).
 * @returns The date or `null`.
 */
function toStamp(match: RegExpExecArray, original: string): FoundDate | null {
  let year = Number(match[1])
  if (match[1]!.length === 2) year += 2000
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  let hasTime = match[4] !== undefined
  let iso = date
  let end = match.index + match[0].length
  if (hasTime) {
    const hour = Number(match[4])
    const minute = Number(match[5])
    const second = match[6] === undefined ? 0 : Number(match[6])
    if (hour > 23 || minute > 59 || second > 59) {
      hasTime = false
      const dateOnly = /^[^]*?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?/.exec(match[0])
      end = match.index + (dateOnly ? dateOnly[0].length : match[0].length)
    } else {
      const zone = match[7]
      const offset = !zone ? '+08:00' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
      iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`
    }
  }
  const text = original.slice(match.index, end).replace(/\s+/g, ' ').trim()
  return { stamp: { iso, text }, index: match.index, hasTime }
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
function pad(value: number): string {
  return String(value).padStart(2, '0')
}
