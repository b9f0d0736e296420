/**
 * Fold a character to the form the word lists use (traditional →
 * simplified). Length-preserving, one character at a time, so an index found
 * in the folded form holds in the text as printed.
 */
import { simplifiedCharacters, traditionalCharacters } from '../data/traditional.js'

/**
 * The fold of every UTF-16 code unit (itself when it has none): one array
 * read per character, which the word matchers do for most characters of a
 * page. Built once, never changed.
 */
const foldTable = buildFoldTable()

/**
 * Build {@link foldTable}.
 *
 * @returns The table.
 */
function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(65536)
  for (let code = 0; code < table.length; code++) table[code] = code
  for (let index = 0; index < traditionalCharacters.length; index++) table[traditionalCharacters.charCodeAt(index)] = simplifiedCharacters.charCodeAt(index)
  return table
}

/**
 * The matching form of one UTF-16 code unit (no string is made: for hot loops).
 *
 * @param code Code unit (`NaN` past the ends of a string).
 * @returns Its folded code unit.
 */
export function foldCode(code: number): number {
  return foldTable[code] ?? code
}

/**
 * The matching form of one character.
 *
 * @param char A character (or `undefined`).
 * @returns Its folded form (`''` for `undefined`).
 */
export function foldChar(char: string | undefined): string {
  if (char === undefined) return ''
  if (char.length !== 1) return char
  const code = char.charCodeAt(0)
  const folded = foldTable[code]!
  return folded === code ? char : String.fromCharCode(folded)
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
    const code = text.charCodeAt(index)
    if (foldTable[code] !== code) {
      first = index
      break
    }
  }
  if (first === -1) return text
  const codes: number[] = []
  for (let index = first; index < text.length; index++) codes.push(foldTable[text.charCodeAt(index)]!)
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
  return [code, ...(unfoldTable.get(code) ?? [])]
}

/** The traditional code units of each simplified one that has some. Built once, never changed. */
const unfoldTable = buildUnfoldTable()

/**
 * Build {@link unfoldTable}.
 *
 * @returns The table.
 */
function buildUnfoldTable(): Map<number, number[]> {
  const table = new Map<number, number[]>()
  for (let index = 0; index < traditionalCharacters.length; index++) {
    const simplified = simplifiedCharacters.charCodeAt(index)
    const traditional = traditionalCharacters.charCodeAt(index)
    if (simplified === traditional) continue
    const codes = table.get(simplified)
    if (codes) codes.push(traditional)
    else table.set(simplified, [traditional])
  }
  return table
}
