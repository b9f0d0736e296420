import { describe, expect, it } from 'vitest'
import { findDate, findDates, fromUnixSeconds, parseDate } from '../../src/metadata/date.js'

describe('date grammar', () => {
  it('reads a date and minute with a dash (`2024-10-31 16:09`), seconds :00, China time', () => {
    expect(parseDate('2024-10-31 16:09')).toEqual({ iso: '2024-10-31T16:09:00+08:00', text: '2024-10-31 16:09' })
  })

  it('reads AM/PM after the time, and a bracketed zone after it (`09:40 PM (UTC+2)`); 12 AM is midnight', () => {
    expect(parseDate('2024-05-12 09:40 PM (UTC+2)')).toEqual({ iso: '2024-05-12T21:40:00+02:00', text: '2024-05-12 09:40 PM (UTC+2)' })
    expect(parseDate('2024-05-12 9:05 pm')?.iso).toBe('2024-05-12T21:05:00+08:00')
    expect(parseDate('2024-05-12 12:30 AM')?.iso).toBe('2024-05-12T00:30:00+08:00')
    expect(parseDate('2024年5月12日 凌晨12:30')?.iso).toBe('2024-05-12T00:30:00+08:00')
    expect(parseDate('2024年5月12日 中午12:30')?.iso).toBe('2024-05-12T12:30:00+08:00')
    // Not a word that opens with the letters (`AMD`).
    expect(parseDate('2024-03-05 10:30 AMD')?.iso).toBe('2024-03-05T10:30:00+08:00')
  })

  it('reads seconds when printed', () => {
    expect(parseDate('2019-09-07 13:43:45')?.iso).toBe('2019-09-07T13:43:45+08:00')
  })

  it('keeps a date alone as a date', () => {
    expect(parseDate('2019-05-17')).toEqual({ iso: '2019-05-17', text: '2019-05-17' })
  })

  it('reads 年月日 with a time run on after 日 (`2019年06月15日08:18`)', () => {
    expect(parseDate('2019年06月15日08:18 来源：人民网')).toEqual({ iso: '2019-06-15T08:18:00+08:00', text: '2019年06月15日08:18' })
  })

  it('reads 时 and 分 (`2019年6月5日 8时5分`), keeping 分 in the printed text', () => {
    expect(parseDate('2019年6月5日 8时5分')).toEqual({ iso: '2019-06-05T08:05:00+08:00', text: '2019年6月5日 8时5分' })
  })

  it('reads a period of the day before the hour (`上午9:30`, `下午3:30`, `晚上8时15分`)', () => {
    expect(parseDate('2025年1月6日 上午9:30')).toEqual({ iso: '2025-01-06T09:30:00+08:00', text: '2025年1月6日 上午9:30' })
    expect(parseDate('2025年1月6日 下午3:30')?.iso).toBe('2025-01-06T15:30:00+08:00')
    expect(parseDate('2025年1月6日晚上8时15分')?.iso).toBe('2025-01-06T20:15:00+08:00')
    expect(parseDate('2025-01-06 中午12:10')?.iso).toBe('2025-01-06T12:10:00+08:00')
    expect(parseDate('2025-01-06 下午13:10')?.iso).toBe('2025-01-06T13:10:00+08:00')
  })

  it('reads a weekday between date and time (`2024年10月31日 星期四 16:09`)', () => {
    expect(parseDate('2024年10月31日 星期四 16:09')?.iso).toBe('2024-10-31T16:09:00+08:00')
  })

  it('reads a date in Chinese numerals (`二〇二五年一月六日`, `二○二四年十二月三十一日`), in page order with printed dates', () => {
    expect(parseDate('发布日期：二〇二五年一月六日')).toEqual({ iso: '2025-01-06', text: '二〇二五年一月六日' })
    expect(parseDate('二○二四年十二月三十一日')?.iso).toBe('2024-12-31')
    expect(parseDate('二〇二五年十月二十日')?.iso).toBe('2025-10-20')
    expect(findDates('二〇二五年一月六日 转载于2025-01-07', 2).map((date) => date.stamp.iso)).toEqual(['2025-01-06', '2025-01-07'])
    expect(findDates('2025-01-07 二〇二五年一月六日', 1).map((date) => date.stamp.iso)).toEqual(['2025-01-07'])
    // Not a day the month does not have, nor numerals that read as no number.
    expect(parseDate('二〇二五年二月三十日')).toBeNull()
    expect(parseDate('二〇二五年十十月一日')).toBeNull()
  })

  it('reads the run-together form `2019-09-3007:42`', () => {
    expect(parseDate('2019-09-3007:42')).toEqual({ iso: '2019-09-30T07:42:00+08:00', text: '2019-09-3007:42' })
  })

  it('reads full-width digits and colons, keeping the printed text', () => {
    expect(parseDate('２０２４－１０－３１　１６：０９')).toEqual({ iso: '2024-10-31T16:09:00+08:00', text: '２０２４－１０－３１ １６：０９' })
  })

  it('reads single-digit months and days (`2024-3-5 8:05`)', () => {
    expect(parseDate('2024-3-5 8:05')?.iso).toBe('2024-03-05T08:05:00+08:00')
  })

  it('reads two-digit years (`24-3-5`, `19年6月5日`)', () => {
    expect(parseDate('24-3-5')?.iso).toBe('2024-03-05')
    expect(parseDate('19年6月5日')?.iso).toBe('2019-06-05')
  })

  it('reads slashes and dots (`2024/10/31`, `2024.10.31`)', () => {
    expect(parseDate('2024/10/31')?.iso).toBe('2024-10-31')
    expect(parseDate('2024.10.31')?.iso).toBe('2024-10-31')
  })

  it('reads ISO 8601 and keeps a stated offset', () => {
    expect(parseDate('2024-10-31T08:09:10Z')?.iso).toBe('2024-10-31T08:09:10Z')
    expect(parseDate('2024-10-31T16:09:10+0900')?.iso).toBe('2024-10-31T16:09:10+09:00')
    expect(parseDate('2024-10-31T16:09:10.123+08:00')?.iso).toBe('2024-10-31T16:09:10+08:00')
  })

  it('reads a date joined to its time by a dash (`2024-10-31-16:09:38`)', () => {
    expect(parseDate('2024-10-31-16:09:38')?.iso).toBe('2024-10-31T16:09:38+08:00')
  })

  it('reads a year set apart from month/day (`2023 10/31 16:09:38`)', () => {
    expect(parseDate('2023 10/31 16:09:38')?.iso).toBe('2023-10-31T16:09:38+08:00')
  })

  it('does not read a spaced year without a time, or a version number, as a date', () => {
    expect(parseDate('共 2023 10/31')).toBeNull()
    expect(parseDate('版本 10.5.3')).toBeNull()
  })

  it('refuses impossible dates and keeps the date when the time is impossible', () => {
    expect(parseDate('2023-02-30')).toBeNull()
    expect(parseDate('2024-13-01')).toBeNull()
    expect(parseDate('2024-10-31 25:70')?.iso).toBe('2024-10-31')
  })

  it('finds every date in a line, in order, with its position', () => {
    const dates = findDates('更新时间：2024-11-02 发布时间：2024-10-31 16:09', 5)
    expect(dates.map((date) => date.stamp.iso)).toEqual(['2024-11-02', '2024-10-31T16:09:00+08:00'])
    expect(findDate('发布时间：2024-10-31')?.index).toBe(5)
  })

  it('reads unix seconds and milliseconds in China time', () => {
    expect(fromUnixSeconds('1730362140')?.iso).toBe('2024-10-31T16:09:00+08:00')
    expect(fromUnixSeconds('1730362140000')?.iso).toBe('2024-10-31T16:09:00+08:00')
    expect(fromUnixSeconds('0')).toBeNull()
  })

  it('finds nothing in adversarial near-dates (its time is measured by npm run bench:hostile)', () => {
    const text = '2024-1 '.repeat(20000) + '2024年10月'.repeat(5000)
    expect(findDates(text, 5)).toEqual([])
  })
})

describe('dates printed day first (Hong Kong, Macau)', () => {
  it('reads D/M/YYYY with a time, and never reads its digits as a two-digit year', () => {
    expect(findDate('19/11/2024 17:05')?.stamp).toEqual({ iso: '2024-11-19T17:05:00+08:00', text: '19/11/2024 17:05' })
    expect(findDate('發佈於 5/11/2024')?.stamp.iso).toBe('2024-11-05')
    expect(findDate('31/02/2024')).toBeNull()
    // Year first keeps its reading, and a time run into the day too.
    expect(findDate('2024/11/19 17:05')?.stamp.iso).toBe('2024-11-19T17:05:00+08:00')
    expect(findDate('2019-09-3007:42')?.stamp.iso).toBe('2019-09-30T07:42:00+08:00')
  })
})
