/**
 * Traditional → simplified characters, for matching only: word lists are
 * written in simplified characters, and a traditional page (`熱詞`, `總經理`,
 * `諸葛明遠介紹`) is matched through this map while every value keeps the
 * characters as printed. The map is OpenCC's character table
 * (`TSCharacters`, Apache-2.0, as `opencc-js` ships it), kept to the pairs of
 * one UTF-16 code unit each so that folding never changes a text's length.
 */
import tableImport from 'opencc-js/dict/TSCharacters'

/**
 * The table. `opencc-js` is ESM-only: in the CJS build the bundler hands over
 * the module namespace (`{ default: table }`) as the default import (as with
 * `rehype-parse`, see `parse/parse.ts`). Take the string either way.
 */
const table: string = typeof tableImport === 'string' ? tableImport : (tableImport as unknown as { default: string }).default

/** Traditional characters, in the same order as {@link simplifiedCharacters}. */
export const traditionalCharacters: string = pairs(0)

/** Their simplified forms (the first OpenCC gives). */
export const simplifiedCharacters: string = pairs(1)

/**
 * One side of the table's one-unit pairs (`traditional simplified[ …]`
 * entries joined by `|`).
 *
 * @param side 0 for the traditional side, 1 for the simplified one.
 * @returns The characters of that side, pair by pair.
 */
function pairs(side: 0 | 1): string {
  let characters = ''
  for (const entry of table.split('|')) {
    const [traditional, simplified] = entry.split(' ')
    if (traditional?.length === 1 && simplified?.length === 1) characters += side === 0 ? traditional : simplified
  }
  return characters
}
