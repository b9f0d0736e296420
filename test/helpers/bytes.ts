/**
 * Build page bytes for tests: ASCII markup, UTF-8 text and raw byte runs
 * (given as hex) joined together.
 */

/** A run of raw bytes written as hex pairs (`'c8 c8 b4 ca'`). */
export interface Hex {
  hex: string
}

/**
 * Raw bytes from hex pairs.
 *
 * @param hex Hex pairs, spaces allowed.
 * @returns A part for {@link bytes}.
 */
export function hex(hex: string): Hex {
  return { hex }
}

/**
 * Join parts into one byte array: strings are UTF-8 encoded, {@link Hex}
 * parts are copied as they are.
 *
 * @param parts Strings and raw byte runs.
 * @returns The bytes.
 */
export function bytes(...parts: Array<string | Hex | Uint8Array>): Uint8Array {
  const chunks = parts.map((part) => {
    if (typeof part === 'string') return new TextEncoder().encode(part)
    if (part instanceof Uint8Array) return part
    const pairs = part.hex.replace(/\s+/g, '')
    const out = new Uint8Array(pairs.length / 2)
    for (let index = 0; index < out.length; index++) out[index] = Number.parseInt(pairs.slice(index * 2, index * 2 + 2), 16)
    return out
  })
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/**
 * Encode a string as UTF-16 (no BOM).
 *
 * @param text Text.
 * @param endian `le` or `be`.
 * @returns The bytes.
 */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    out[index * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff
    out[index * 2 + (endian === 'le' ? 1 : 0)] = code >> 8
  }
  return out
}
