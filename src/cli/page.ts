/**
 * One page: read its bytes, parse it, and format its NDJSON record. Used on
 * the main thread (`--jobs 1`, single file) and inside the workers.
 */
import { readFileSync } from 'node:fs'
import { parseArticle } from '../index.js'
import type { Article, ParseOptions } from '../types.js'
import type { BatchItem, Output, PageRecord } from './protocol.js'

/** The outcome for one page. */
export type PageResult =
  | { file: string; ok: true; article: Article }
  | { file: string; ok: false; error: string }

/**
 * Read and parse one page. Never throws: a read or parse failure becomes an
 * error result.
 *
 * @param file Path, as printed in records.
 * @param options Options for `parseArticle`.
 * @param bytes The page's bytes when already read (standard input); else the file is read.
 * @returns The result.
 */
export function runPage(file: string, options: ParseOptions, bytes?: Uint8Array): PageResult {
  let input: Uint8Array
  try {
    input = bytes ?? readFileSync(file)
  } catch (error) {
    return { file, ok: false, error: describeError(error) }
  }
  try {
    return { file, ok: true, article: parseArticle(input, options) }
  } catch (error) {
    return { file, ok: false, error: `cannot parse: ${describeError(error)}` }
  }
}

/**
 * Run one batch item and format its record.
 *
 * @param item Page to parse (or an input that already failed).
 * @param options Options for `parseArticle`.
 * @returns The finished record.
 */
export function runItem(item: BatchItem, options: ParseOptions): PageRecord {
  const result: PageResult = item.error === undefined ? runPage(item.file, options, item.bytes) : { file: item.file, ok: false, error: item.error }
  return { file: item.file, record: toRecord(result), error: result.ok ? null : result.error }
}

/**
 * Encode finished records as one block of NDJSON lines.
 *
 * @param records Records in order.
 * @returns The output block.
 */
export function toOutput(records: PageRecord[]): Output {
  const lines = records.map((record) => `${record.record}\n`)
  const failures = records.flatMap((record) => (record.error === null ? [] : [{ file: record.file, error: record.error }]))
  return { pages: records.length, lines, failures }
}

/**
 * The NDJSON record of a result, without the newline.
 *
 * @param result Page result.
 * @returns `{"file":…,"article":…}` or `{"file":…,"error":…}`.
 */
export function toRecord(result: PageResult): string {
  return result.ok
    ? JSON.stringify({ file: result.file, article: result.article })
    : JSON.stringify({ file: result.file, error: result.error })
}

/**
 * A short, one-line description of an error.
 *
 * @param error Anything thrown.
 * @returns E.g. `ENOENT: no such file or directory`.
 */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      ENOTDIR: 'not a directory',
      EMFILE: 'too many open files'
    }
    const text = known[error.code]
    if (text) return `${error.code}: ${text}`
  }
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.slice(0, 500)
}
