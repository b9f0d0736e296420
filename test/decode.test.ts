/**
 * Bytes → string: BOM, then valid UTF-8 whatever is declared, then the
 * declared charset (gb2312/gbk read as GB18030), then GB18030.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { declaredCharset, decodeBytes } from '../src/decode/decode.js'
import { bytes, hex, utf16 } from './helpers/bytes.js'

/** `热词：镕基` in GBK (`镕` is in GBK but not in GB2312). */
const gbkHotWords = hex('c8 c8 b4 ca a3 ba e9 46 bb f9')
/** `两会热词` in GB2312. */
const gb2312TwoSessions = hex('c1 bd bb e1 c8 c8 b4 ca')
/** `臺灣熱詞` in Big5. */
const big5Taiwan = hex('bb 4f c6 57 bc f6 b5 fc')
/** U+20000 `𠀀`: a four-byte GB18030 sequence. */
const gb18030FourByte = hex('95 32 82 36')

describe('decodeBytes: byte order marks', () => {
  it('strips a UTF-8 BOM and decodes UTF-8, whatever the page declares', () => {
    const page = bytes(hex('ef bb bf'), '<meta charset="gb2312"><p>两会热词</p>')
    expect(decodeBytes(page)).toBe('<meta charset="gb2312"><p>两会热词</p>')
  })

  it('decodes UTF-16LE after an FF FE BOM', () => {
    const page = bytes(hex('ff fe'), utf16('<p>两会热词 “高质量发展”</p>', 'le'))
    expect(decodeBytes(page)).toBe('<p>两会热词 “高质量发展”</p>')
  })

  it('decodes UTF-16BE after an FE FF BOM', () => {
    const page = bytes(hex('fe ff'), utf16('<p>熱詞2 新能源</p>', 'be'))
    expect(decodeBytes(page)).toBe('<p>熱詞2 新能源</p>')
  })

  it('lets the BOM win over valid UTF-8 reading', () => {
    // FF FE then ASCII: as UTF-16LE the ASCII pairs become CJK-range code units, not `ab`.
    expect(decodeBytes(bytes(hex('ff fe'), utf16('ab', 'le')))).toBe('ab')
  })
})

describe('decodeBytes: UTF-8 first', () => {
  it('reads valid UTF-8 as UTF-8 under a stale gb2312 declaration', () => {
    const page = bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>热词1 高质量发展</p></body></html>')
    expect(decodeBytes(page)).toContain('<p>热词1 高质量发展</p>')
  })

  it('reads pure ASCII unchanged', () => {
    expect(decodeBytes(bytes('<p>hello</p>'))).toBe('<p>hello</p>')
  })

  it('turns a multi-byte character cut off at the end into U+FFFD instead of switching charset', () => {
    // `中文` then the first two bytes of `字` (e5 ad 97): a truncated download.
    const page = bytes('<meta charset="gbk"><p>', hex('e4 b8 ad e6 96 87 e5 ad'))
    expect(decodeBytes(page)).toBe('<meta charset="gbk"><p>中文\ufffd')
  })

  it('does not treat an invalid sequence in the middle as a cut tail', () => {
    // `中` then a lone continuation byte then more text: not UTF-8, and undeclared, so GB18030.
    const page = bytes('<p>', hex('e4 b8 ad 80'), 'x')
    expect(decodeBytes(page)).not.toContain('中')
  })

  it('reads a page declared utf-8 with a few stray bytes as UTF-8, as declared', () => {
    const page = bytes('<meta charset="utf-8"><p>', hex('e4 b8 ad a0 e6 96 87'), '</p>')
    expect(decodeBytes(page)).toBe('<meta charset="utf-8"><p>中\ufffd文</p>')
  })
})

describe('decodeBytes: declared charset, then GB18030', () => {
  it('reads GBK bytes declared gb2312 as GB18030 (GBK-only characters survive)', () => {
    const page = bytes('<meta charset="gb2312"><h1>', gbkHotWords, '</h1>')
    expect(decodeBytes(page)).toBe('<meta charset="gb2312"><h1>热词：镕基</h1>')
  })

  it('reads bytes declared gbk (http-equiv form) as GB18030, four-byte sequences included', () => {
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>', gb2312TwoSessions, gb18030FourByte, '</p>')
    expect(decodeBytes(page)).toBe('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>两会热词𠀀</p>')
  })

  it('reads undeclared non-UTF-8 bytes as GB18030', () => {
    const page = bytes('<html><body><p>', gbkHotWords, '</p></body></html>')
    expect(decodeBytes(page)).toBe('<html><body><p>热词：镕基</p></body></html>')
  })

  it('reads GBK bytes falsely declared utf-8 (whole runs undecodable as UTF-8) as GB18030', () => {
    const runs = Array.from({ length: 8 }, () => gb2312TwoSessions)
    const page = bytes('<meta charset="utf-8"><p>', ...runs, '</p>')
    expect(decodeBytes(page)).toBe(`<meta charset="utf-8"><p>${'两会热词'.repeat(8)}</p>`)
  })

  it('honours a declared big5', () => {
    const page = bytes("<meta charset='big5'><p>", big5Taiwan, '</p>')
    expect(decodeBytes(page)).toBe("<meta charset='big5'><p>臺灣熱詞</p>")
    // The same bytes read as GB18030 would be different text: the declaration mattered.
    expect(new TextDecoder('gb18030').decode(bytes(big5Taiwan))).not.toBe('臺灣熱詞')
  })

  it('honours another declared single-byte charset (windows-1252)', () => {
    expect(decodeBytes(bytes('<meta charset="windows-1252"><p>caf', hex('e9'), '</p>'))).toBe('<meta charset="windows-1252"><p>café</p>')
  })

  it('falls back to GB18030 for an unknown declared label', () => {
    const page = bytes('<meta charset="x-no-such-charset"><p>', gb2312TwoSessions, '</p>')
    expect(decodeBytes(page)).toBe('<meta charset="x-no-such-charset"><p>两会热词</p>')
  })

  it('never throws on garbage', () => {
    const garbage = new Uint8Array(512)
    for (let index = 0; index < garbage.length; index++) garbage[index] = (index * 131 + 7) & 0xff
    expect(typeof decodeBytes(garbage)).toBe('string')
    expect(decodeBytes(new Uint8Array(0))).toBe('')
  })
})

describe('declaredCharset', () => {
  it('reads <meta charset> with and without quotes, lower-cased', () => {
    expect(declaredCharset(bytes('<meta charset="GB2312">'))).toBe('gb2312')
    expect(declaredCharset(bytes("<meta charset='utf-8' />"))).toBe('utf-8')
    expect(declaredCharset(bytes('<META CHARSET=Big5>'))).toBe('big5')
  })

  it('reads the http-equiv content form', () => {
    expect(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'))).toBe('gbk')
  })

  it('returns undefined when nothing is declared, or only past the sniffed head', () => {
    expect(declaredCharset(bytes('<html><p>charset=gbk is text, not a meta</p>'))).toBeUndefined()
    expect(declaredCharset(bytes(`<!--${'x'.repeat(5000)}--><meta charset="big5">`))).toBeUndefined()
  })
})

describe('parseArticle decodes before it parses', () => {
  const page = bytes(
    '<html><head><meta charset="gb2312"><title>',
    gb2312TwoSessions,
    '_site</title></head><body><div class="content"><h1>',
    gb2312TwoSessions,
    '</h1><p>',
    gbkHotWords,
    hex('a3 ac'), // ，
    gb2312TwoSessions,
    hex('a1 a3'), // 。
    '</p></div></body></html>'
  )

  it('takes GBK bytes as a Uint8Array', () => {
    const article = parseArticle(page)
    expect(article.title).toBe('两会热词')
    expect(article.lead).toEqual(['热词：镕基，两会热词。'])
  })

  it('takes the same bytes as an ArrayBuffer and as a Node Buffer', () => {
    const buffer = page.buffer.slice(page.byteOffset, page.byteOffset + page.byteLength) as ArrayBuffer
    expect(parseArticle(buffer).title).toBe('两会热词')
    expect(parseArticle(Buffer.from(page)).lead).toEqual(['热词：镕基，两会热词。'])
  })

  it('takes a string as already decoded', () => {
    expect(parseArticle('<meta charset="gbk"><h1>两会热词</h1><p>正文第一段，内容。</p>').title).toBe('两会热词')
  })

  it('rejects other input types with a TypeError', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseArticle(null as unknown as string)).toThrow(/expected input/)
  })
})
