/**
 * `--resume`: find the pages an earlier (possibly killed) run already wrote
 * to the output file, and cut off a trailing half-written line. The file is
 * read in chunks: the output of a million pages is gigabytes, more than one
 * buffer (or the memory) holds.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync } from 'node:fs'

/** How a record line starts: `{"file":"…"`. */
const recordStart = /^\{"file":("(?:[^"\\]|\\.)*")/

/** How much of a line is read for its `file` field (the rest of the record is skipped). */
const headLimit = 16384

/** Bytes read at a time. */
const defaultChunkSize = 1 << 20

/**
 * Read the recorded file paths of an NDJSON output file and truncate it
 * after its last complete line. A missing file is an empty record.
 *
 * @param path Output file.
 * @param chunkSize Bytes read at a time (tests pass small sizes).
 * @returns Paths already recorded (as printed in their records).
 */
export function readRecorded(path: string, chunkSize = defaultChunkSize): Set<string> {
  let fd: number
  try {
    fd = openSync(path, 'r+')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set()
    throw error
  }
  try {
    const recorded = new Set<string>()
    const size = fstatSync(fd).size
    const chunk = Buffer.allocUnsafe(Math.max(1, chunkSize))
    // The first bytes (up to headLimit) of the line being read, copied out of the reused chunk.
    let head: Buffer[] = []
    let headLength = 0
    const keep = (bytes: Buffer): void => {
      if (headLength >= headLimit || bytes.length === 0) return
      const part = Buffer.from(bytes.subarray(0, headLimit - headLength))
      head.push(part)
      headLength += part.length
    }
    let position = 0
    let complete = 0
    while (position < size) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, size - position), position)
      if (read === 0) break
      let start = 0
      for (let newline = chunk.indexOf(0x0a, 0); newline !== -1 && newline < read; newline = chunk.indexOf(0x0a, start)) {
        keep(chunk.subarray(start, newline))
        const match = recordStart.exec(Buffer.concat(head, headLength).toString('utf8'))
        if (match) recorded.add(JSON.parse(match[1]!) as string)
        head = []
        headLength = 0
        start = newline + 1
        complete = position + start
      }
      keep(chunk.subarray(start, read))
      position += read
    }
    if (complete < size) ftruncateSync(fd, complete)
    return recorded
  } finally {
    closeSync(fd)
  }
}
