/**
 * Batch mode: many pages in, one NDJSON record per page out, in input order,
 * to standard output or `--out FILE` (with `--resume`).
 */
import { readRecorded } from './resume.js'
import { stdinName, type PageInput } from './inputs.js'
import { inlineRecords, poolRecords } from './pool.js'
import { createProgress, type ProgressStream } from './progress.js'
import type { BatchItem, Output } from './protocol.js'
import { BrokenPipeError, fileSink, streamSink, type Sink } from './sink.js'
import { readAll } from './stdin.js'

/** Streams and settings for one batch run. */
export interface BatchRun {
  /** Pages in order. */
  pages: PageInput[]
  /** `--url`, or `null`. */
  url: string | null
  /** Worker threads (1: main thread). */
  jobs: number
  /** `--out` file, or `null` for standard output. */
  out: string | null
  /** Skip pages already in `out`. */
  resume: boolean
  /** The built worker script. */
  workerUrl: URL
  /** Standard input. */
  stdin: NodeJS.ReadableStream
  /** Standard output. */
  stdout: NodeJS.WritableStream
  /** Standard error (progress bar when it is a terminal). */
  stderr: NodeJS.WritableStream & ProgressStream
  /** Becomes true when the run should stop early (SIGINT). */
  stopped: () => boolean
}

/**
 * Parse the pages and write their records.
 *
 * @param run What to do.
 * @returns Exit status: 0, or 1 when a page could not be read.
 */
export async function runBatch(run: BatchRun): Promise<number> {
  const recorded = run.resume && run.out !== null ? readRecorded(run.out) : new Set<string>()
  const items: BatchItem[] = []
  for (const page of run.pages) {
    if (recorded.has(page.file)) continue
    if (page.file === stdinName && page.error === undefined) items.push({ file: page.file, bytes: await readAll(run.stdin) })
    else items.push(page.error === undefined ? { file: page.file } : { file: page.file, error: page.error })
  }
  const sink: Sink = run.out === null ? streamSink(run.stdout) : fileSink(run.out, run.resume)
  const progress = createProgress(run.stderr, items.length)
  const setup = { url: run.url }
  const source: AsyncGenerator<Output> =
    run.jobs > 1 && items.length > 1 ? poolRecords(items, run.jobs, setup, run.workerUrl) : inlineRecords(items, setup)
  let status = 0
  try {
    for await (const output of source) {
      for (const line of output.lines) await sink.write(line)
      for (const failure of output.failures) {
        status = 1
        progress.message(`zh-article: ${failure.file}: ${failure.error}`)
      }
      progress.advance(output.pages)
      if (run.stopped()) {
        status = 130
        break
      }
    }
    await sink.close()
  } catch (error) {
    if (!(error instanceof BrokenPipeError)) throw error
  } finally {
    progress.finish()
  }
  return status
}
