/**
 * Pieces of the CLI: the glob matcher, the progress bar, the worker pool
 * (with a stand-in worker), the file sink and the `--resume` reader.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { globToRegExp, isGlob, splitGlob } from '../src/cli/glob.js'
import { poolRecords } from '../src/cli/pool.js'
import type { PageFailure } from '../src/cli/protocol.js'
import { createProgress, formatDuration, formatProgress } from '../src/cli/progress.js'
import { readRecorded } from '../src/cli/resume.js'
import { fileSink } from '../src/cli/sink.js'

describe('glob', () => {
  it('tells globs from paths', () => {
    expect(isGlob('pages/*.html')).toBe(true)
    expect(isGlob('pages/a.html')).toBe(false)
  })

  it('splits off the literal base', () => {
    expect(splitGlob('a/b/*.html')).toEqual({ base: 'a/b', rest: '*.html' })
    expect(splitGlob('**/*.html')).toEqual({ base: '', rest: '**/*.html' })
    expect(splitGlob('/data/x/**/*.htm')).toEqual({ base: '/data/x', rest: '**/*.htm' })
  })

  it('matches *, ?, [..], {a,b} and **', () => {
    const cases: Array<[string, string, boolean]> = [
      ['*.html', 'a.html', true],
      ['*.html', 'sub/a.html', false],
      ['*.html', '.hidden.html', false],
      ['page?.htm', 'page1.htm', true],
      ['page[0-4].htm', 'page5.htm', false],
      ['page[!0-4].htm', 'page5.htm', true],
      ['*.{htm,html}', 'a.htm', true],
      ['*.{htm,html}', 'a.shtml', false],
      ['**/*.html', 'a.html', true],
      ['**/*.html', 'x/y/z/a.html', true],
      ['x/**/a.html', 'x/a.html', true],
      ['x/**/a.html', 'x/y/a.html', true],
      ['新闻/*.html', '新闻/一.html', true],
      ['a+b(1).html', 'a+b(1).html', true]
    ]
    for (const [pattern, path, expected] of cases) expect([pattern, path, globToRegExp(pattern).test(path)]).toEqual([pattern, path, expected])
  })
})

describe('progress', () => {
  it('formats pages done, rate and ETA', () => {
    expect(formatProgress(50, 200, 10, 100)).toBe('[##########------------------------------] 50/200 25% 5.0 pages/s ETA 30s')
    expect(formatDuration(3725)).toBe('1h02m')
    expect(formatDuration(125)).toBe('2m05s')
  })

  it('draws only on a terminal, and keeps messages whole', () => {
    const written: string[] = []
    const quiet = createProgress({ write: (text: string) => written.push(text), isTTY: false }, 10)
    quiet.advance(5)
    quiet.message('zh-article: x.html: ENOENT: no such file or directory')
    quiet.finish()
    expect(written).toEqual(['zh-article: x.html: ENOENT: no such file or directory\n'])

    const drawn: string[] = []
    let clock = 0
    const live = createProgress({ write: (text: string) => drawn.push(text), isTTY: true, columns: 80 }, 2, () => clock)
    clock = 1000
    live.advance(1)
    live.advance(1)
    live.finish()
    expect(drawn.some((text) => text.includes('2/2 100%'))).toBe(true)
    expect(drawn.at(-1)).toBe('\r\u001b[K')
  })
})

describe('worker pool', () => {
  it('keeps input order and fails only the page that brings a worker down, not its whole batch', async () => {
    const files = Array.from({ length: 40 }, (_, index) => (index === 17 ? 'p17-crash.html' : `p${index}.html`))
    const workerUrl = new URL('./helpers/crashing-worker.mjs', import.meta.url)
    let text = ''
    const failures: PageFailure[] = []
    for await (const output of poolRecords(files.map((file) => ({ file })), 2, { url: null }, workerUrl)) {
      text += output.lines.join('')
      failures.push(...output.failures)
    }
    const records = text.trim().split('\n').map((line) => JSON.parse(line) as { file: string; article?: null; error?: string })
    expect(records.map((record) => record.file)).toEqual(files)
    expect(records.filter((record) => record.error !== undefined).map((record) => record.file)).toEqual(['p17-crash.html'])
    expect(records[17]!.error).toMatch(/^worker failed: /)
    expect(failures.map((failure) => failure.file)).toEqual(['p17-crash.html'])
  })
})

describe('file sink', () => {
  it('writes text of any length as UTF-8, whole, in order, and appends when resuming', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zh-article-sink-'))
    try {
      const path = join(folder, 'out.ndjson')
      // Longer than the sink's first buffer, and with characters of 1, 2, 3 and 4 UTF-8 bytes.
      const lines = ['{"a":1}\n', `${'区政协委员é𠮷'.repeat(20_000)}\n`, '"短"\n', new Uint8Array([0x7b, 0x7d, 0x0a])]
      const sink = fileSink(path, false)
      for (const line of lines) await sink.write(line)
      await sink.close()
      const expected = lines.map((line) => (typeof line === 'string' ? line : new TextDecoder().decode(line))).join('')
      expect(readFileSync(path, 'utf8')).toBe(expected)
      const more = fileSink(path, true)
      await more.write('{"b":2}\n')
      await more.close()
      expect(readFileSync(path, 'utf8')).toBe(`${expected}{"b":2}\n`)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('--resume reader', () => {
  /**
   * Records as the batch writes them: the `file` field first, then the rest.
   *
   * @param count Number of records.
   * @returns Lines and the paths they record.
   */
  function records(count: number): { text: string; paths: string[] } {
    const paths = Array.from({ length: count }, (_, index) => `pages/第${index}页 "q" \\ ${'x'.repeat(index % 7)}.html`)
    const text = paths.map((path, index) => `${JSON.stringify({ file: path, title: '标题'.repeat(index % 50), quotes: [] })}\n`).join('')
    return { text, paths }
  }

  it('reads every recorded path whatever the chunk size, and cuts a half-written last line', () => {
    const work = mkdtempSync(join(tmpdir(), 'zh-article-resume-'))
    try {
      const { text, paths } = records(200)
      for (const chunkSize of [1, 7, 64, 1000, 1 << 20]) {
        const path = join(work, `out-${chunkSize}.ndjson`)
        writeFileSync(path, `${text}{"file":"pages/half`)
        const recorded = readRecorded(path, chunkSize)
        expect([...recorded]).toEqual(paths)
        expect(readFileSync(path, 'utf8')).toBe(text)
      }
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })

  it('reads the path of a record longer than the part of a line it reads, and skips lines that are no record', () => {
    const work = mkdtempSync(join(tmpdir(), 'zh-article-resume-'))
    try {
      const path = join(work, 'out.ndjson')
      const long = `${JSON.stringify({ file: 'a.html', lead: ['长'.repeat(40000)] })}\n`
      writeFileSync(path, `${long}not a record\n${JSON.stringify({ file: 'b.html' })}\n`)
      expect([...readRecorded(path, 4096)]).toEqual(['a.html', 'b.html'])
      expect(readRecorded(join(work, 'missing.ndjson')).size).toBe(0)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
