/**
 * `--resume`: find the pages an earlier (possibly killed) run already wrote
 * to the output file, and cut off a trailing half-written line.
 */
import { ftruncateSync, closeSync, openSync, readFileSync } from 'node:fs'

/** How a record line starts: `{"file":"…"`. */
const recordStart = /^\{"file":("(?:[^"\\]|\\.)*")/

/**
 * Read the recorded file paths of an NDJSON output file and truncate it
 * after its last complete line. A missing file is an empty record.
 *
 * @param path Output file.
 * @returns Paths already recorded (as printed in their records).
 */
export function readRecorded(path: string): Set<string> {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set()
    throw error
  }
  const complete = bytes.lastIndexOf(0x0a) + 1
  if (complete < bytes.length) {
    const fd = openSync(path, 'r+')
    try {
      ftruncateSync(fd, complete)
    } finally {
      closeSync(fd)
    }
  }
  const recorded = new Set<string>()
  let start = 0
  while (start < complete) {
    const end = bytes.indexOf(0x0a, start)
    const head = bytes.toString('utf8', start, Math.min(end, start + 16384))
    const match = recordStart.exec(head)
    if (match) recorded.add(JSON.parse(match[1]!) as string)
    start = end + 1
  }
  return recorded
}
