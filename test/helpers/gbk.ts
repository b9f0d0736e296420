/**
 * A GBK encoder for tests (the runtime's `TextEncoder` only writes UTF-8):
 * ASCII as is, every other character by its two-byte GBK code, read off the
 * runtime's own GB18030 decoder.
 */

/**
 * Build the character → two-byte code table once.
 *
 * @returns The table.
 */
function buildTable(): Map<string, [number, number]> {
  const table = new Map<string, [number, number]>()
  const decoder = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(new Uint8Array([lead, trail]))
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail])
    }
  }
  return table
}

/** Character → GBK bytes. */
const table = buildTable()

/**
 * Encode text as GBK.
 *
 * @param text Text made of ASCII and GBK characters.
 * @returns The bytes.
 * @throws {RangeError} On a character GBK cannot write.
 */
export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code < 0x80) {
      bytes.push(code)
      continue
    }
    const pair = table.get(char)
    if (!pair) throw new RangeError(`not in GBK: ${char}`)
    bytes.push(pair[0], pair[1])
  }
  return new Uint8Array(bytes)
}
