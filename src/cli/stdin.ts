/**
 * Read all of standard input as bytes.
 */

/**
 * Collect a readable stream's bytes.
 *
 * @param stream Readable stream (standard input).
 * @returns All bytes.
 */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return new Uint8Array(Buffer.concat(chunks))
}
