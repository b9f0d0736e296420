/**
 * Reading Chinese numerals: counted (`十二`, `二十一`, for section numbers,
 * months and days) and spelled digit by digit (`二〇二五`, for years).
 */
import { chineseDigits } from '../data/numerals.js'

/**
 * Read a counted Chinese number (`三`, `十二`, `二十一`) at a position.
 *
 * @param text Text.
 * @param start Position.
 * @param maxLength Most characters read.
 * @returns Value and end, or `null` when no numeral stands there.
 */
export function countedNumberAt(text: string, start: number, maxLength: number): { value: number; end: number } | null {
  let cursor = start
  let value = 0
  let current = 0
  while (cursor < text.length && cursor - start < maxLength && chineseDigits[text[cursor]!] !== undefined) {
    const digit = chineseDigits[text[cursor]!]!
    if (digit === 10) {
      value += (current || 1) * 10
      current = 0
    } else {
      current = digit
    }
    cursor++
  }
  return cursor === start ? null : { value: value + current, end: cursor }
}

/**
 * The value of a number spelled digit by digit (`二〇二五` → 2025).
 *
 * @param digits Numerals, none of them `十`.
 * @returns The value, or `null` when a character is not a digit.
 */
export function spelledNumber(digits: string): number | null {
  let value = 0
  for (const char of digits) {
    const digit = chineseDigits[char]
    if (digit === undefined || digit > 9) return null
    value = value * 10 + digit
  }
  return value
}
