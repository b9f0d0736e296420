/**
 * Single-page mode: one page in, its Article as one JSON value out.
 */
import { runPage } from './page.js'
import { stdinName } from './inputs.js'
import { readAll } from './stdin.js'
import { BrokenPipeError, streamSink } from './sink.js'

/** Streams and settings for one run. */
export interface SingleRun {
  /** Page path or `-`. */
  file: string
  /** `--url`, or `null`. */
  url: string | null
  /** Indent the JSON. */
  pretty: boolean
  /** Standard input. */
  stdin: NodeJS.ReadableStream
  /** Standard output. */
  stdout: NodeJS.WritableStream
  /** Standard error. */
  stderr: NodeJS.WritableStream
}

/**
 * Parse one page and print its Article.
 *
 * @param run What to do.
 * @returns Exit status: 0, or 1 when the page could not be read.
 */
export async function runSingle(run: SingleRun): Promise<number> {
  const bytes = run.file === stdinName ? await readAll(run.stdin) : undefined
  const result = runPage(run.file, run.url === null ? {} : { url: run.url }, bytes)
  if (!result.ok) {
    run.stderr.write(`zh-article: ${run.file}: ${result.error}\n`)
    return 1
  }
  const sink = streamSink(run.stdout)
  try {
    await sink.write(`${JSON.stringify(result.article, null, run.pretty ? 2 : undefined)}\n`)
    await sink.close()
  } catch (error) {
    if (!(error instanceof BrokenPipeError)) throw error
  }
  return 0
}
