/**
 * The `zh-article` command, run as a child process on the built `dist/cli.js`
 * (tests run after `npm run build`).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Every test spawns Node processes; a busy machine can take seconds per spawn.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const fixtures = join(root, 'test/fixtures')
const pageA = 'test/fixtures/news-a.html'
const flat = 'test/fixtures/seed-flat.html'
const structured = 'test/fixtures/seed-structured.html'

/**
 * Run the CLI from the package root.
 *
 * @param args Arguments.
 * @param input Standard input.
 * @returns The finished process.
 */
function run(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
}

/**
 * Parse NDJSON output, checking every line is one complete JSON value.
 *
 * @param text Output.
 * @returns The records.
 */
function records(text: string): Array<{ file: string; article?: { title: string | null }; error?: string }> {
  expect(text.endsWith('\n')).toBe(true)
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string })
}

let work = ''
let many = ''

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'zh-article-cli-'))
  many = join(work, 'many')
  const sources = [pageA, flat, structured, 'test/fixtures/dir/news-b.htm', 'test/fixtures/dir/sub/news-c.shtml']
  for (let index = 0; index < 60; index++) {
    const folder = join(many, `part${Math.floor(index / 25)}`)
    mkdirSync(folder, { recursive: true })
    copyFileSync(join(root, sources[index % sources.length]!), join(folder, `page${String(index).padStart(3, '0')}.html`))
  }
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('single file', () => {
  it('prints the Article as one compact JSON value', () => {
    const result = run([pageA])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const article = JSON.parse(lines[0]!)
    expect(article.title).toBe('城南社区新建口袋公园正式开放')
    expect(article.source).toBe('示例日报')
    expect(article.published.iso).toBe('2024-05-18T09:30:00+08:00')
  })

  it('decodes GBK pages (seed-structured)', () => {
    const result = run([structured])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).title).toBe('两会热词绘就武进高质量发展新画卷')
  })

  it('indents with --pretty', () => {
    const result = run([flat, '--pretty'])
    expect(result.status).toBe(0)
    const article = JSON.parse(result.stdout)
    expect(result.stdout).toBe(`${JSON.stringify(article, null, 2)}\n`)
    expect(article.sections.length).toBeGreaterThan(0)
  })

  it('reads standard input for -', () => {
    const result = run(['-'], readFileSync(join(root, structured)))
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(run([structured]).stdout)
  })

  it('uses --url for the page address', () => {
    const result = run([join(fixtures, 'dir/news-b.htm'), '--url', 'https://example.cn/news/b.htm'])
    expect(result.status).toBe(0)
    const article = JSON.parse(result.stdout)
    expect(article.url).toBe('https://example.cn/news/b.htm')
    expect(article.footerLinks[0]).toEqual({ text: '关于我们', href: 'https://example.cn/about/' })
  })
})

describe('several files', () => {
  it('prints one NDJSON record per file, in order', () => {
    const result = run([pageA, flat, structured])
    expect(result.status).toBe(0)
    const lines = records(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([pageA, flat, structured])
    expect(lines[0]!.article!.title).toBe('城南社区新建口袋公园正式开放')
    expect(lines[1]!.article).toEqual(JSON.parse(run([flat]).stdout))
  })

  it('reports a missing file, goes on with the others and exits 1', () => {
    const result = run([pageA, 'test/fixtures/missing.html', flat])
    expect(result.status).toBe(1)
    const lines = records(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([pageA, 'test/fixtures/missing.html', flat])
    expect(lines[1]!.error).toMatch(/ENOENT/)
    expect(lines[2]!.article!.title).toBe('两会热词绘就武进高质量发展新画卷')
    const messages = result.stderr.trimEnd().split('\n')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('test/fixtures/missing.html')
  })

  it('exits 1 with a message and no output for one missing file', () => {
    const result = run(['test/fixtures/missing.html'])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('test/fixtures/missing.html')
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('mixes standard input with files', () => {
    const result = run([pageA, '-'], readFileSync(join(root, flat)))
    expect(result.status).toBe(0)
    const lines = records(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([pageA, '-'])
    expect(lines[1]!.article!.title).toBe('两会热词绘就武进高质量发展新画卷')
  })
})

describe('flags', () => {
  it('prints usage for --help', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: zh-article/)
    expect(result.stdout).toContain('--jobs')
  })

  it('prints the package version for --version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    const result = run(['--version'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('rejects an unknown flag with status 2', () => {
    const result = run([pageA, '--bogus'])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('--bogus')
  })

  it('rejects a bad --url with status 2', () => {
    for (const url of ['not a url', 'ftp://example.cn/x', '/relative/path']) {
      const result = run([pageA, '--url', url])
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/--url must be an absolute http\(s\) URL/)
    }
  })

  it('rejects a bad --jobs, --resume without --out and no input with status 2', () => {
    expect(run([pageA, '--jobs', '0']).status).toBe(2)
    expect(run([pageA, '--jobs', 'two']).status).toBe(2)
    expect(run([pageA, '--resume']).status).toBe(2)
    expect(run([]).status).toBe(2)
  })
})

describe('batch mode', () => {
  it('walks a directory recursively for .html, .htm and .shtml in sorted order', () => {
    const result = run(['test/fixtures/dir'])
    expect(result.status).toBe(0)
    expect(records(result.stdout).map((line) => line.file)).toEqual([
      'test/fixtures/dir/news-b.htm',
      'test/fixtures/dir/sub/news-c.shtml',
      'test/fixtures/dir/sub/news-d.html'
    ])
  })

  it('expands globs', () => {
    const result = run(['test/fixtures/**/*.html', 'test/fixtures/dir/*.{htm,shtml}'])
    expect(result.status).toBe(0)
    expect(records(result.stdout).map((line) => line.file)).toEqual([
      'test/fixtures/dir/sub/news-d.html',
      'test/fixtures/news-a.html',
      'test/fixtures/seed-flat.html',
      'test/fixtures/seed-structured.html',
      'test/fixtures/dir/news-b.htm'
    ])
  })

  it('reports a glob that matches nothing', () => {
    const result = run(['test/fixtures/nothing/*.html', pageA])
    expect(result.status).toBe(1)
    const lines = records(result.stdout)
    expect(lines[0]).toEqual({ file: 'test/fixtures/nothing/*.html', error: 'no files match this pattern' })
    expect(lines[1]!.file).toBe(pageA)
  })

  it('keeps input order with --jobs 2 and prints the same as --jobs 1', () => {
    const one = run([many, '--jobs', '1'])
    const two = run([many, '--jobs', '2'])
    expect(one.status).toBe(0)
    expect(two.status).toBe(0)
    expect(two.stderr).toBe('')
    const files = records(two.stdout).map((line) => line.file)
    expect(files).toHaveLength(60)
    expect(files).toEqual([...files].sort())
    expect(two.stdout).toBe(one.stdout)
  })

  it('writes to --out and stays silent on a non-terminal stderr', () => {
    const out = join(work, 'out.ndjson')
    const result = run([many, '--jobs', '2', '--out', out])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(run([many]).stdout)
  })

  it('resumes a killed run: skips recorded pages and drops a half-written line', () => {
    const full = run([many, '--jobs', '2']).stdout
    const lines = full.split('\n')
    const out = join(work, 'resume.ndjson')
    const partial = `${lines.slice(0, 7).join('\n')}\n${lines[7]!.slice(0, 40)}`
    writeFileSync(out, partial)
    const result = run([many, '--jobs', '2', '--out', out, '--resume'])
    expect(result.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(full)
    const again = run([many, '--jobs', '2', '--out', out, '--resume'])
    expect(again.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(full)
  })

  it('stops quietly when the reader closes the pipe', () => {
    const result = spawnSync(`"${process.execPath}" "${cli}" "${many}" --jobs 2 | head -n 1`, { shell: '/bin/sh', cwd: root, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(records(result.stdout)).toHaveLength(1)
  })
})
