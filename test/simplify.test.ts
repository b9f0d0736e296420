/**
 * Folding traditional characters to the simplified forms the word lists use:
 * OpenCC's character table, one code unit for one, so indexes hold.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { codesFoldingTo, foldChar, foldText } from '../src/text/simplify.js'

describe('foldText', () => {
  it('folds characters a short hand list missed (諸, 負, 參, 聞) and keeps the length', () => {
    const text = '一位參加發佈會的企業負責人、副局長諸葛明遠、主任聞人策'
    expect(foldText(text)).toBe('一位参加发布会的企业负责人、副局长诸葛明远、主任闻人策')
    expect(foldText(text)).toHaveLength(text.length)
  })
  it('leaves simplified text and other scripts as they are', () => {
    expect(foldText('区政协委员李斌表示，ABC 123')).toBe('区政协委员李斌表示，ABC 123')
    expect(foldChar('著')).toBe('著')
  })
  it('knows the traditional forms of a simplified character', () => {
    expect(codesFoldingTo('说'.charCodeAt(0))).toContain('說'.charCodeAt(0))
  })
})

describe('traditional pages', () => {
  it('reads speakers and roles whose characters only the full table folds', () => {
    const html = '<html><body><h1>發佈會</h1><div class="content"><p>市自然資源和規劃局副局長諸葛明遠介紹，去年全市共有47個工業項目實現「拿地即開工」。</p>' +
      '<p>「去年我們拿地後第3天就領到了施工許可證，比原計劃提前了兩個多月。」一位參加發佈會的企業負責人說。</p></div></body></html>'
    const quotes = parseArticle(html).quotes
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.name ?? null, quote.speaker?.roles.map((role) => role.text) ?? []])).toEqual([
      ['indirect', '諸葛明遠', ['市自然資源和規劃局副局長']],
      ['direct', null, []]
    ])
  })
})
