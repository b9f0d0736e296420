/**
 * Turn command-line inputs (files, directories, globs, `-`) into the list of
 * pages to parse, in a deterministic order.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs'
import { join, resolve } from 'node:path'
import { globToRegExp, isGlob, splitGlob } from './glob.js'

/** Name used for standard input in records and messages. */
export const stdinName = '-'

/** File name endings a directory walk picks up. */
const pageExtension = /\.(?:html?|shtml)$/i

/** One page to parse, or an input that named no page. */
export interface PageInput {
  /** The path as printed in records (`-` for standard input). */
  file: string
  /** Set when the input could not be expanded (a glob that matched nothing). */
  error?: string
}

/** What the inputs expanded to. */
export interface Expanded {
  /** Pages (and failed inputs) in order. */
  pages: PageInput[]
  /** Whether some input was a directory or a glob (so the output is NDJSON even for one page). */
  batch: boolean
}

/**
 * Expand inputs. A directory is walked recursively for `*.html`, `*.htm` and
 * `*.shtml`, in sorted order; a glob that names no existing path is matched
 * against the files under its literal base. A page named twice is kept once.
 *
 * @param inputs Command-line inputs in order.
 * @returns Pages in order.
 */
export function expandInputs(inputs: string[]): Expanded {
  const pages: PageInput[] = []
  const seen = new Set<string>()
  let batch = false
  const add = (file: string): void => {
    const key = file === stdinName ? stdinName : resolve(file)
    if (seen.has(key)) return
    seen.add(key)
    pages.push({ file })
  }
  for (const input of inputs) {
    if (input === stdinName) {
      add(input)
      continue
    }
    const kind = pathKind(input)
    if (kind === 'directory') {
      batch = true
      for (const found of walk(input, () => true)) if (pageExtension.test(found.relative)) add(found.path)
    } else if (kind === 'missing' && isGlob(input)) {
      batch = true
      const matches = expandGlob(input)
      if (matches.length === 0) pages.push({ file: input, error: 'no files match this pattern' })
      for (const file of matches) add(file)
    } else {
      add(input)
    }
  }
  return { pages, batch }
}

/**
 * Files matching a glob, sorted.
 *
 * @param pattern Glob (`/`-separated).
 * @returns Matching file paths.
 */
export function expandGlob(pattern: string): string[] {
  const { base, rest } = splitGlob(pattern)
  const matcher = globToRegExp(rest)
  const maxDepth = rest.split('/').includes('**') ? Infinity : rest.split('/').filter(Boolean).length
  if (pathKind(base === '' ? '.' : base) !== 'directory') return []
  const files: string[] = []
  for (const found of walk(base === '' ? '.' : base, (depth) => depth < maxDepth)) {
    if (matcher.test(found.relative)) files.push(found.path)
  }
  return files
}

/**
 * Kind of a path on disk.
 *
 * @param path Path.
 * @returns `directory`, `file` (anything else that exists) or `missing`.
 */
function pathKind(path: string): 'directory' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file'
  } catch {
    return 'missing'
  }
}

/** A file found by a walk. */
interface Found {
  /** Path joined onto the walked root. */
  path: string
  /** Path below the root, `/`-separated. */
  relative: string
}

/**
 * Walk a directory depth-first in sorted name order, yielding its files.
 * Symbolic links to directories are not followed (no cycles); unreadable
 * directories are skipped.
 *
 * @param dir Directory.
 * @param descend Whether to enter a directory at a depth (1 for children of `dir`).
 * @param relative Path of `dir` below the root of the walk.
 * @returns Files.
 */
function* walk(dir: string, descend: (depth: number) => boolean, relative = ''): Generator<Found> {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const depth = relative === '' ? 0 : relative.split('/').length
  for (const entry of entries) {
    const path = join(dir, entry.name)
    const below = relative === '' ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory()) {
      if (descend(depth + 1)) yield* walk(path, descend, below)
    } else if (entry.isFile() || (entry.isSymbolicLink() && pathKind(path) === 'file')) {
      yield { path, relative: below }
    }
  }
}
