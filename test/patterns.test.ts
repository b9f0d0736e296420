import { describe, expect, it } from 'vitest'
import { escapeRegExp, wordAlternation } from '../src/text/patterns.js'

describe('escapeRegExp', () => {
  it('makes every pattern character literal', () => {
    const word = '(完)[图]+文.*?^$|{1}\\'
    expect(new RegExp(`^${escapeRegExp(word)}$`).test(word)).toBe(true)
    expect(new RegExp(`^${escapeRegExp('文.')}$`).test('文章')).toBe(false)
  })
})

describe('wordAlternation', () => {
  it('puts longer words first and escapes each', () => {
    expect(wordAlternation(['浏览', '浏览次数', 'C++'])).toBe('浏览次数|C\\+\\+|浏览')
    const label = new RegExp(`^(?:${wordAlternation(['浏览', '浏览次数'])})`)
    expect(label.exec('浏览次数：12')?.[0]).toBe('浏览次数')
  })

  it('leaves the word list as it was', () => {
    const words = ['文', '文/图']
    wordAlternation(words)
    expect(words).toEqual(['文', '文/图'])
  })
})
