/**
 * Fold a character to the form the word lists use (traditional →
 * simplified). Length-preserving, one character at a time, so an index found
 * in the folded form holds in the text as printed.
 */
import { simplifiedCharacters, traditionalCharacters } from '../data/traditional.js'

const fold = new Map<string, string>()
const foldCodes = new Map<number, number>()
for (let index = 0; index < traditionalCharacters.length; index++) {
  fold.set(traditionalCharacters[index]!, simplifiedCharacters[index]!)
  foldCodes.set(traditionalCharacters.charCodeAt(index), simplifiedCharacters.charCodeAt(index))
}

/**
 * The matching form of one UTF-16 code unit (no string is made: for hot loops).
 *
 * @param code Code unit (`NaN` past the ends of a string).
 * @returns Its folded code unit.
 */
export function foldCode(code: number): number {
  return foldCodes.get(code) ?? code
}

/**
 * The matching form of one character.
 *
 * @param char A character (or `undefined`).
 * @returns Its folded form (`''` for `undefined`).
 */
export function foldChar(char: string | undefined): string {
  if (char === undefined) return ''
  return fold.get(char) ?? char
}

/**
 * The matching form of a text (same length).
 *
 * @param text Text.
 * @returns Folded text.
 */
export function foldText(text: string): string {
  let first = -1
  for (let index = 0; index < text.length; index++) {
    if (foldCodes.has(text.charCodeAt(index))) {
      first = index
      break
    }
  }
  if (first === -1) return text
  const codes: number[] = []
  for (let index = first; index < text.length; index++) codes.push(foldCode(text.charCodeAt(index)))
  let folded = text.slice(0, first)
  for (let start = 0; start < codes.length; start += 8192) folded += String.fromCharCode(...codes.slice(start, start + 8192))
  return folded
}

/**
 * The code units that fold to `code` (itself included).
 *
 * @param code A code unit in simplified form.
 * @returns Code units that fold to it.
 */
export function codesFoldingTo(code: number): number[] {
  const codes = [code]
  for (const [traditional, simplified] of foldCodes) if (simplified === code) codes.push(traditional)
  return codes
}
