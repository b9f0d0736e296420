/**
 * Command-line arguments of `zh-article`, read with `node:util` `parseArgs`.
 */
import { parseHttpUrl } from '../options.js'
import { parseArgs } from 'node:util'

/** What the command was asked to do. */
export interface CliArgs {
  /** Files, directories, globs or `-` (standard input), in the order given. */
  inputs: string[]
  /** The `--url` option (already checked), or `null`. */
  url: string | null
  /** Indent the single-file JSON output. */
  pretty: boolean
  /** Worker threads for batch mode (1: parse on the main thread). */
  jobs: number
  /** Write NDJSON records to this file instead of standard output, or `null`. */
  out: string | null
  /** Skip pages already recorded in `out`. */
  resume: boolean
  /** Print usage and exit. */
  help: boolean
  /** Print the version and exit. */
  version: boolean
}

/** A wrong command line: print the message and exit with status 2. */
export class UsageError extends Error {
  /** Exit status for a usage error. */
  readonly exitCode = 2
  override readonly name = 'UsageError'
}

/** Usage text printed by `--help`. */
export const usage = `Usage: zh-article FILE|DIR|GLOB|- ... [options]

Parse Chinese news pages (raw HTML, any charset) into Article JSON.

One file prints its Article as JSON. Several files, a directory (walked
recursively for *.html, *.htm, *.shtml) or a glob print one NDJSON line per
page, in input order: {"file": ..., "article": ...} or {"file": ..., "error": ...}.
"-" reads a page from standard input.

Options:
  --url URL      the page's own absolute http(s) address (resolves relative links)
  --pretty       indent the JSON of a single Article
  --jobs N       parse with N worker threads (default 1)
  --out FILE     write the NDJSON records to FILE instead of standard output
  --resume       with --out: skip pages already recorded in FILE
  -h, --help     show this help
  -v, --version  show the version

Exit status: 0 all pages done, 1 a page could not be read, 2 bad usage.
`

/**
 * Read the command line.
 *
 * @param argv Arguments after the script name.
 * @returns The checked arguments.
 * @throws {UsageError} On an unknown flag, a missing value or a bad value.
 */
export function readArgs(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        out: { type: 'string', short: 'o' },
        resume: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const args: CliArgs = {
    inputs: positionals,
    url: values.url === undefined ? null : checkUrl(values.url),
    pretty: values.pretty === true,
    jobs: values.jobs === undefined ? 1 : checkJobs(values.jobs),
    out: values.out === undefined || values.out === '' ? null : values.out,
    resume: values.resume === true,
    help: values.help === true,
    version: values.version === true
  }
  if (args.help || args.version) return args
  if (args.inputs.length === 0) throw new UsageError('no input: give a FILE, DIR, GLOB or -')
  if (args.resume && args.out === null) throw new UsageError('--resume needs --out FILE')
  return args
}

/**
 * Check `--url`: an absolute http(s) URL.
 *
 * @param value As given.
 * @returns The normalised URL.
 * @throws {UsageError} When it is not one.
 */
function checkUrl(value: string): string {
  const url = parseHttpUrl(value)
  if (!url) {
    throw new UsageError(`--url must be an absolute http(s) URL, got ${JSON.stringify(value)}`)
  }
  return url.href
}

/**
 * Check `--jobs`: a whole number from 1 to 256.
 *
 * @param value As given.
 * @returns The number.
 * @throws {UsageError} When it is not one.
 */
function checkJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new UsageError(`--jobs must be a whole number from 1 to 256, got ${JSON.stringify(value)}`)
  }
  return jobs
}
