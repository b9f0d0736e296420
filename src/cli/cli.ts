/**
 * The `zh-article` command: parse pages and print their Articles as JSON
 * (one page) or NDJSON (several pages, directories, globs; `--jobs N` workers).
 */
import { readArgs, usage, UsageError } from './args.js'
import { runBatch } from './batch.js'
import { expandInputs } from './inputs.js'
import { runSingle } from './single.js'
import { readVersion } from './version.js'

/**
 * Run the command.
 *
 * @param argv Arguments after the script name.
 * @returns Exit status.
 */
export async function main(argv: string[]): Promise<number> {
  let args
  try {
    args = readArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`zh-article: ${error.message}\nTry 'zh-article --help' for usage.\n`)
    return error.exitCode
  }
  if (args.help) {
    process.stdout.write(usage)
    return 0
  }
  if (args.version) {
    process.stdout.write(`${readVersion()}\n`)
    return 0
  }
  const { pages, batch } = expandInputs(args.inputs)
  const only = pages[0]
  if (!batch && pages.length === 1 && only && only.error === undefined && args.out === null) {
    return runSingle({ file: only.file, url: args.url, pretty: args.pretty, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
  }
  let interrupted = false
  const onSignal = (): void => {
    if (interrupted) process.exit(130)
    interrupted = true
  }
  process.on('SIGINT', onSignal)
  try {
    return await runBatch({
      pages,
      url: args.url,
      jobs: args.jobs,
      out: args.out,
      resume: args.resume,
      workerUrl: new URL('./worker.js', import.meta.url),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      stopped: () => interrupted
    })
  } finally {
    process.off('SIGINT', onSignal)
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  (error: unknown) => {
    process.stderr.write(`zh-article: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
