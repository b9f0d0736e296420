/**
 * Section markers and the numbers they carry (Chinese numerals are in
 * `numerals.ts`). Data only: the logic is in `sections/heading.ts`.
 */

/** Words that open a keyword heading (`热词1 高质量发展`). Extend with `options.sectionMarkers`. */
export const sectionMarkers = ['热词', '关键词', '熱詞', '關鍵詞', '热词榜', '关键字', '關鍵字'] as const


/** Circled and parenthesised number ranges: first character and the value it stands for. */
export const numberRanges: ReadonlyArray<{ first: number; last: number; value: number }> = [
  { first: 0x2460, last: 0x2473, value: 1 }, // ①–⑳
  { first: 0x2474, last: 0x2487, value: 1 }, // ⑴–⒇
  { first: 0x2488, last: 0x249b, value: 1 }, // ⒈–⒛
  { first: 0x2776, last: 0x277f, value: 1 }, // ❶–❿
  { first: 0x2780, last: 0x2789, value: 1 }, // ➀–➉
  { first: 0x278a, last: 0x2793, value: 1 }, // ➊–➓
  { first: 0x3251, last: 0x325f, value: 21 }, // ㉑–㉟
  { first: 0x2160, last: 0x216b, value: 1 } // Ⅰ–Ⅻ
]

/** Characters that may stand between a marker and its keyword (`丨` is the Han stroke sites print for `｜`). */
export const keywordSeparators = ' :：｜|丨·•・、.．-—_/／'

/** Brackets that may wrap a marker (`【热词】`), as open → close. */
export const markerBrackets: Record<string, string> = { '【': '】', '[': ']', '〖': '〗', '［': '］', '《': '》', '「': '」', '〔': '〕' }

/** Separators that may follow a marker with neither number nor brackets (`热词：…`, `关键词 …`). */
export const bareMarkerSeparators = ' :：｜|丨·'

/**
 * Words before a marker's number that make it an ordinal (`关键词之一：…`):
 * such a heading needs a separator (or the end of its line) after the number,
 * as `关键词之一是…` is a sentence.
 */
export const ordinalPrefixes = ['之']
