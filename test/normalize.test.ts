/**
 * Whitespace folding: the one-pass `collapseWhitespace` gives what the
 * contract's definition gives (runs of whitespace, NBSP, the ideographic and
 * zero-width spaces made one space, ends trimmed).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseWhitespace, isWhitespaceCode } from '../src/text/normalize.js'

/**
 * The definition, written as a regular expression.
 *
 * @param value Text.
 * @returns Folded text.
 */
function reference(value: string): string {
  return value.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim()
}

/** Characters that make whitespace folding interesting: every kind of space, and printed text. */
const pieces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u3000\u3000', '\u200b', '\ufeff', '\u2003', '\u2028', 'a', 'b c', '正文', '“引语”', '，', 'x\u200by']

describe('collapseWhitespace', () => {
  it('folds runs and trims the ends', () => {
    expect(collapseWhitespace('\u3000\u3000正文第一句。\n  第二句。 ')).toBe('正文第一句。 第二句。')
    expect(collapseWhitespace('a b  c')).toBe('a b c')
    expect(collapseWhitespace('a \u00a0b')).toBe('a b')
    expect(collapseWhitespace(' \u200b ')).toBe('')
    expect(collapseWhitespace('')).toBe('')
    expect(collapseWhitespace('已折叠 的 文本')).toBe('已折叠 的 文本')
  })

  it('gives what the regular-expression definition gives, for any mix of spaces and text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const value = parts.join('')
        expect(collapseWhitespace(value)).toBe(reference(value))
      }),
      { numRuns: 3000 }
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        expect(collapseWhitespace(value)).toBe(reference(value))
      }),
      { numRuns: 3000 }
    )
  })

  it('counts as whitespace exactly what the definition does', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      if (isWhitespaceCode(code) !== /[\s\u00a0\u3000\u200b\ufeff]/.test(char)) throw new Error(`U+${code.toString(16)} differs`)
    }
  })
})
