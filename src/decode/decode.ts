/**
 * Bytes → string, as the corpus contract says: a BOM when there is one; else
 * UTF-8 when the bytes are valid UTF-8 (whatever the page declares); else the
 * charset the page declares (gb2312/gbk read as GB18030; a page declared
 * UTF-8 whose bytes are mostly not, GBK falsely declared, as GB18030); else
 * GB18030.
 */

/** Labels that name a subset of GB18030 and are read as GB18030. */
const gbFamily = new Set(['gb2312', 'gbk', 'x-gbk', 'gb_2312-80', 'csgb2312', 'chinese', 'iso-ir-58', 'euc-cn', 'cp936', 'ms936', 'windows-936', 'gb18030'])

/** How many leading bytes are searched for a charset declaration. */
const sniffLength = 4096

/**
 * Decode a page's bytes to a string.
 *
 * @param bytes The page exactly as the server sent it.
 * @returns The decoded text (never throws; undecodable bytes become U+FFFD).
 */
export function decodeBytes(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes)
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length))

  const utf8 = decodeStrictUtf8(bytes)
  if (utf8 !== undefined) return utf8

  const declared = declaredCharset(bytes)
  if (declared === 'utf-8' || declared === 'utf8') {
    // A UTF-8 page with a few stray bytes is read as declared; GBK bytes falsely declared UTF-8 (whole
    // runs of undecodable bytes) are read as GB18030.
    const text = new TextDecoder('utf-8').decode(bytes)
    if (countReplacements(text) <= maxStrayBytes) return text
  } else if (declared && !gbFamily.has(declared)) {
    const decoder = createDecoder(declared)
    if (decoder) return decoder.decode(bytes)
  }
  return new TextDecoder('gb18030').decode(bytes)
}

/** Most undecodable sequences a page declared UTF-8 may hold and still be read as UTF-8. */
const maxStrayBytes = 16

/**
 * How many replacement characters (U+FFFD) a text holds, counted up to one
 * more than {@link maxStrayBytes}.
 *
 * @param text Decoded text.
 * @returns The count.
 */
function countReplacements(text: string): number {
  let count = 0
  for (let at = text.indexOf('\ufffd'); at !== -1 && count <= maxStrayBytes; at = text.indexOf('\ufffd', at + 1)) count++
  return count
}

/**
 * Find the encoding named by a byte order mark.
 *
 * @param bytes Page bytes.
 * @returns Encoding and BOM length, or `undefined`.
 */
function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

/**
 * Decode as UTF-8 when the bytes are valid UTF-8. A multi-byte character cut
 * off at the very end (a truncated download) does not make the page invalid:
 * it becomes U+FFFD.
 *
 * @param bytes Page bytes.
 * @returns The text, or `undefined` when the bytes are not UTF-8.
 */
function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    const text = decoder.decode(bytes, { stream: true })
    try {
      return text + decoder.decode()
    } catch {
      return text + '\ufffd'
    }
  } catch {
    return undefined
  }
}

/**
 * Read the charset declared by `<meta charset>` or `<meta http-equiv content>`
 * in the first bytes of the page.
 *
 * @param bytes Page bytes.
 * @returns Lower-cased label, or `undefined`.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, sniffLength))
  const match = /<meta[^>]{0,512}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head)
  return match ? match[1]!.toLowerCase() : undefined
}

/**
 * A decoder for a label, or `undefined` when the runtime does not know it.
 *
 * @param label Encoding label.
 * @returns Decoder or `undefined`.
 */
function createDecoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label)
  } catch {
    return undefined
  }
}
