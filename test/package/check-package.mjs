#!/usr/bin/env node
/**
 * Package-as-dependency check: is the package that `npm pack` makes usable by
 * someone who installs it?
 *
 * 1. Static checks on the build: `package.json` (`exports`, `types`, `files`,
 *    `bin`), and no Node built-in in the core bundles (`dist/index.js`,
 *    `dist/index.cjs`), which must run anywhere.
 * 2. `npm pack` into a temp dir; the tarball holds what it must and nothing
 *    from `src/` or `test/`.
 * 3. A temp consumer project installs the tarball (deps come from the npm
 *    cache when they are there: `--prefer-offline`), then:
 *    - ESM (`.mjs`): `import { parseArticle, rehypeArticle } from 'zh-article'`;
 *    - CJS (`.cjs`): `require('zh-article')`;
 *    - TypeScript, `strict` + `module: nodenext`, `skipLibCheck: false`, an ESM
 *      (`.mts`, resolves `index.d.ts`) and a CJS (`.cts`, resolves
 *      `index.d.cts`) file using the public types and the rehype plugin,
 *      compiled with this project's own `tsc --noEmit`;
 *    - the `zh-article` bin through `npx --no-install` prints JSON;
 *    - `zh-article/schema.json` resolves (only when the package ships it).
 *
 * Prints one PASS/FAIL/SKIP line a check; exits 1 when any check fails.
 * Run after `npm run build` (as `npm test` does). Set `KEEP_TMP=1` to keep
 * the temp dir for debugging.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const tsc = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

let failures = 0

/**
 * Record a check result.
 *
 * @param {boolean} ok Whether it passed.
 * @param {string} name What was checked.
 * @param {string} [detail] Why it failed.
 */
function report(ok, name, detail) {
  if (ok) {
    console.log(`PASS ${name}`)
  } else {
    failures++
    console.log(`FAIL ${name}${detail ? `\n     ${detail.trim().split('\n').join('\n     ')}` : ''}`)
  }
}

/**
 * Run a check; an exception is a failure with its message.
 *
 * @param {string} name What is checked.
 * @param {() => (string | void)} fn Returns nothing on success, a failure reason otherwise; may throw.
 */
function check(name, fn) {
  try {
    const problem = fn()
    report(!problem, name, problem || undefined)
  } catch (error) {
    const output = error && typeof error === 'object' && 'stdout' in error ? `${error.stdout ?? ''}${error.stderr ?? ''}` : ''
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    report(false, name, `${message}\n${output.length > 4000 ? `${output.slice(0, 4000)}\n…` : output}`)
  }
}

/**
 * Run a command and return its stdout.
 *
 * @param {string} command Program.
 * @param {string[]} args Arguments.
 * @param {string} cwd Working directory.
 * @returns {string} Stdout.
 */
function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    maxBuffer: 64 * 1024 * 1024
  })
}

// ---------------------------------------------------------------------------
// 1. Static checks on package.json and the build.

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

check('package.json: exports["."] maps import → index.js + index.d.ts, require → index.cjs + index.d.cts', () => {
  const dot = pkg.exports?.['.']
  const want = {
    import: { types: './dist/index.d.ts', default: './dist/index.js' },
    require: { types: './dist/index.d.cts', default: './dist/index.cjs' }
  }
  if (JSON.stringify(dot) !== JSON.stringify(want)) return `got ${JSON.stringify(dot)}`
  // `types` must come first in each condition block for TypeScript to pick it.
  for (const condition of ['import', 'require']) {
    if (Object.keys(dot[condition])[0] !== 'types') return `"types" is not the first key of exports["."].${condition}`
  }
})

check('package.json: main/module/types point at the build; ./package.json exported', () => {
  if (pkg.main !== './dist/index.cjs') return `main is ${pkg.main}`
  if (pkg.module !== './dist/index.js') return `module is ${pkg.module}`
  if (pkg.types !== './dist/index.d.ts') return `types is ${pkg.types}`
  if (pkg.exports?.['./package.json'] !== './package.json') return 'exports["./package.json"] missing'
  if (pkg.type !== 'module') return `type is ${pkg.type}`
})

check('package.json: bin zh-article → dist/cli.js; files has dist and LICENSE', () => {
  if (pkg.bin?.['zh-article'] !== './dist/cli.js') return `bin is ${JSON.stringify(pkg.bin)}`
  for (const entry of ['dist', 'LICENSE']) if (!pkg.files?.includes(entry)) return `files lacks ${entry}`
})

check('package.json: types the public d.ts imports (hast, vfile) are dependencies', () => {
  const dts = readFileSync(join(root, 'dist', 'index.d.ts'), 'utf8')
  const imported = [...dts.matchAll(/from ['"]([^'"./][^'"]*)['"]/g)].map((match) => match[1])
  const missing = imported.filter((name) => {
    const typesName = `@types/${name.replace(/^@([^/]+)\//, '$1__')}`
    return !pkg.dependencies?.[name] && !pkg.dependencies?.[typesName]
  })
  if (missing.length > 0) return `d.ts imports ${[...new Set(missing)].join(', ')} which no dependency provides`
})

for (const file of ['dist/index.js', 'dist/index.cjs']) {
  check(`${file}: core bundle imports no Node built-in`, () => {
    const path = join(root, file)
    if (!existsSync(path)) return `${file} missing: run npm run build first`
    const code = readFileSync(path, 'utf8')
    const builtins = 'fs|path|os|url|util|child_process|worker_threads|crypto|stream|buffer|process|module|events|zlib|http|https|net'
    const patterns = [
      /["']node:[\w/]+["']/,
      new RegExp(`require\\(\\s*["'](?:${builtins})(?:/[\\w]+)?["']\\s*\\)`),
      new RegExp(`from\\s*["'](?:${builtins})(?:/[\\w]+)?["']`),
      new RegExp(`import\\(\\s*["'](?:${builtins})["']\\s*\\)`)
    ]
    for (const pattern of patterns) {
      const match = pattern.exec(code)
      if (match) return `found ${match[0]}`
    }
  })
}

check('dist/cli.js starts with a node shebang', () => {
  const head = readFileSync(join(root, 'dist', 'cli.js'), 'utf8').slice(0, 40)
  if (!head.startsWith('#!/usr/bin/env node')) return `starts with ${JSON.stringify(head)}`
})

// ---------------------------------------------------------------------------
// 2. npm pack.

const temp = mkdtempSync(join(tmpdir(), 'zh-article-pack-'))
const project = join(temp, 'consumer')
let shipsSchema = false

try {
  /** @type {string | null} */
  let tarball = null
  check('npm pack', () => {
    const out = run(npm, ['pack', '--json', '--pack-destination', temp], root)
    const info = JSON.parse(out.slice(out.indexOf('[')))[0]
    tarball = join(temp, info.filename)
    const files = info.files.map((entry) => entry.path)
    shipsSchema = files.includes('schema.json')
    const needed = ['package.json', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']
    const missing = needed.filter((file) => !files.includes(file))
    if (missing.length > 0) return `tarball lacks ${missing.join(', ')}`
    const stray = files.filter((file) => /^(src|test|examples|bench|\.ci)\//.test(file) || file.endsWith('.tgz'))
    if (stray.length > 0) return `tarball holds ${stray.slice(0, 5).join(', ')}`
  })
  if (!tarball || !existsSync(tarball)) throw new Error('no tarball: later checks skipped')

  // -------------------------------------------------------------------------
  // 3. A consumer project.

  execFileSync('mkdir', ['-p', project])
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'zh-article-consumer', version: '0.0.0', private: true }, null, 2))

  check('npm install <tarball> in a fresh project', () => {
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], project)
    if (!existsSync(join(project, 'node_modules', 'zh-article', 'dist', 'index.js'))) return 'node_modules/zh-article/dist/index.js missing after install'
  })

  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东湖区两会热词观察_示例新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news/">新闻</a></div>
<div class="main"><h1>东湖区两会热词观察</h1>
<div class="info">发布时间：2024-01-08 09:30　来源：示例日报</div>
<div class="content">
<p>1月5日—7日，东湖区召开两会，“智能制造”“乡村振兴”成为代表委员热议的话题，大家纷纷建言献策。</p>
<p style="text-align:center"><strong>热词1</strong></p><p style="text-align:center"><strong>智能制造</strong></p>
<p>今年，东湖区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。</p>
<p style="text-align:center"><strong>热词2</strong></p><p style="text-align:center"><strong>乡村振兴</strong></p>
<p>全区将持续推进和美乡村建设，打造特色产业带，让农民腰包鼓起来、日子好起来。</p>
</div></div>
<div class="footer"><a href="/about/">关于我们</a> <a href="https://beian.miit.gov.cn/">示ICP备00000000号</a></div>
</body></html>`
  writeFileSync(join(project, 'page.html'), page)

  const expectations = `
const problems = []
const expect = (ok, what) => { if (!ok) problems.push(what) }
function checkArticle(article, label) {
  expect(article.title === '东湖区两会热词观察', label + ' title: ' + JSON.stringify(article.title))
  expect(article.published && article.published.iso === '2024-01-08T09:30:00+08:00', label + ' published: ' + JSON.stringify(article.published))
  expect(article.source === '示例日报', label + ' source: ' + JSON.stringify(article.source))
  expect(article.url === 'https://news.example/2024/01/08/1.html', label + ' url: ' + JSON.stringify(article.url))
  expect(article.lead.length === 1 && article.lead[0].startsWith('1月5日'), label + ' lead: ' + JSON.stringify(article.lead))
  expect(article.sections.length === 2, label + ' sections: ' + article.sections.length)
  expect(article.sections.map((s) => s.marker + '/' + s.index + '/' + s.keyword + '/' + s.paragraphs.length).join(' ') === '热词1/1/智能制造/1 热词2/2/乡村振兴/1', label + ' sections: ' + JSON.stringify(article.sections))
  expect(Array.isArray(article.quotes), label + ' quotes is not an array')
  expect(JSON.stringify(article.footerLinks) === JSON.stringify([
    { text: '关于我们', href: 'https://news.example/about/' },
    { text: '示ICP备00000000号', href: 'https://beian.miit.gov.cn/' }
  ]), label + ' footerLinks: ' + JSON.stringify(article.footerLinks))
}
function finish() {
  if (problems.length > 0) { console.error(problems.join('\\n')); process.exit(1) }
  console.log('ok')
}
`
  const options = `{ url: 'https://news.example/2024/01/08/1.html' }`

  writeFileSync(join(project, 'esm.mjs'), `import { readFileSync } from 'node:fs'
import { parseArticle, rehypeArticle } from 'zh-article'
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import { VFile } from 'vfile'
${expectations}
expect(typeof parseArticle === 'function' && typeof rehypeArticle === 'function', 'named exports')
const bytes = new Uint8Array(readFileSync(new URL('./page.html', import.meta.url)))
checkArticle(parseArticle(bytes, ${options}), 'parseArticle(bytes)')
checkArticle(parseArticle(readFileSync(new URL('./page.html', import.meta.url), 'utf8'), ${options}), 'parseArticle(string)')
const processor = unified().use(rehypeParse).use(rehypeArticle, ${options})
const file = new VFile(readFileSync(new URL('./page.html', import.meta.url), 'utf8'))
const tree = processor.parse(file)
const treeBefore = JSON.stringify(tree)
await processor.run(tree, file)
checkArticle(file.data.article, 'rehypeArticle')
expect(JSON.stringify(tree) === treeBefore, 'rehypeArticle changed the tree')
finish()
`)

  writeFileSync(join(project, 'cjs.cjs'), `const { readFileSync } = require('node:fs')
const path = require('node:path')
const zh = require('zh-article')
${expectations}
expect(typeof zh.parseArticle === 'function' && typeof zh.rehypeArticle === 'function', 'named exports')
expect(!('default' in zh) || typeof zh.default !== 'function', 'unexpected default export')
const bytes = readFileSync(path.join(__dirname, 'page.html'))
checkArticle(zh.parseArticle(bytes, ${options}), 'require parseArticle(Buffer)')
checkArticle(zh.parseArticle(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), ${options}), 'require parseArticle(ArrayBuffer)')
finish()
`)

  check('ESM: import { parseArticle, rehypeArticle } from "zh-article" (bytes, string, unified pipeline)', () => {
    run(process.execPath, ['esm.mjs'], project)
  })

  check('CJS: require("zh-article") parses a page', () => {
    run(process.execPath, ['cjs.cjs'], project)
  })

  // -------------------------------------------------------------------------
  // TypeScript: strict, nodenext, against the installed package.

  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      // vfile's own types name the global `URL`: a consumer needs the DOM lib or @types/node.
      lib: ['ES2022', 'DOM'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
      noEmit: true
    },
    files: ['types-esm.mts', 'types-cjs.cts']
  }, null, 2))

  const typeUse = `
const options: ParseOptions = { url: 'https://news.example/a.html', sectionMarkers: ['看点'] }
const article: Article = parseArticle('<h1>标题</h1><p>正文。</p>', options)
const fromBytes: Article = parseArticle(new Uint8Array([0x3c, 0x70, 0x3e]))
const fromBuffer: Article = parseArticle(new ArrayBuffer(0))
const title: string | null = article.title
const iso: string | undefined = article.published?.iso
const printed: string | undefined = article.published?.text
const stamp: DateStamp | null = fromBytes.published
const url: string | null = article.url
const source: string | null = article.source
const summary: string | null = fromBuffer.summary
const lead: string[] = article.lead
const sections: Section[] = article.sections
const first: Section | undefined = sections[0]
const keyword: string | undefined = first?.keyword
const index: number | undefined = first?.index
const marker: string | undefined = first?.marker
const body: string[] | undefined = first?.paragraphs
const quotes: Quote[] = article.quotes
const quote: Quote | undefined = quotes[0]
const kind: QuoteKind | undefined = quote?.kind
const speaker: Speaker | null | undefined = quote?.speaker
const roles: Role[] = speaker?.roles ?? []
const org: string | null | undefined = roles[0]?.organization
const postTitle: string | undefined = roles[0]?.title
const roleText: string | undefined = roles[0]?.text
const section: string | null | undefined = quote?.section
const links: FooterLink[] = article.footerLinks
const link: { text: string; href: string } | undefined = links[0]
// @ts-expect-error: a number is not a page.
parseArticle(42)
// @ts-expect-error: unknown option.
parseArticle('', { nope: true })
// @ts-expect-error: the kind is a closed union.
const badKind: QuoteKind = 'paraphrase'

const processor = unified().use(rehypeParse).use(rehypeArticle, { url: 'https://news.example/' })
const file = new VFile('<h1>标题</h1>')
processor.runSync(processor.parse(file), file)
const fromPlugin: Article | undefined = file.data.article
const pluginTitle: string | null | undefined = file.data.article?.title
unified().use(rehypeParse).use(rehypeArticle)
unified().use(rehypeParse).use(rehypeArticle, null)

export const used = [title, iso, printed, stamp, url, source, summary, lead, keyword, index, marker, body, kind, org, postTitle, roleText, section, link, badKind, fromPlugin, pluginTitle]
`
  const typeImports = `import { parseArticle, rehypeArticle } from 'zh-article'
import type { Article, DateStamp, FooterLink, ParseOptions, Quote, QuoteKind, Role, Section, Speaker } from 'zh-article'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
`
  writeFileSync(join(project, 'types-esm.mts'), typeImports + typeUse)
  writeFileSync(join(project, 'types-cjs.cts'), `import { parseArticle } from 'zh-article'
import type { Article, ParseOptions, Quote, Role } from 'zh-article'
const options: ParseOptions = { url: 'https://news.example/a.html' }
const article: Article = parseArticle('<h1>标题</h1>', options)
const roles: Role[] = article.quotes.flatMap((quote: Quote) => quote.speaker?.roles ?? [])
export const used = [roles]
`)

  check('TypeScript (strict, nodenext, skipLibCheck off): public types + rehype plugin, ESM (.mts) and CJS (.cts)', () => {
    run(tsc, ['-p', 'tsconfig.json'], project)
  })

  check('TypeScript resolves index.d.ts for import and index.d.cts for require', () => {
    let out
    try {
      out = run(tsc, ['-p', 'tsconfig.json', '--traceResolution'], project)
    } catch (error) {
      out = String(error?.stdout ?? '')
    }
    const resolved = [...out.matchAll(/Module name 'zh-article' was successfully resolved to '([^']+)'/g)].map((match) => match[1].replace(/\\/g, '/'))
    if (!resolved.some((path) => path.endsWith('/zh-article/dist/index.d.ts'))) return `import did not resolve index.d.ts: ${resolved.join(', ')}`
    if (!resolved.some((path) => path.endsWith('/zh-article/dist/index.d.cts'))) return `require did not resolve index.d.cts: ${resolved.join(', ')}`
  })

  // -------------------------------------------------------------------------
  // The bin.

  check('bin: npx --no-install zh-article page.html prints the Article as JSON', () => {
    if (!existsSync(join(project, 'node_modules', '.bin', 'zh-article'))) return 'node_modules/.bin/zh-article missing'
    const out = run(npx, ['--no-install', 'zh-article', 'page.html'], project).trim()
    let article
    try {
      article = JSON.parse(out)
    } catch {
      article = JSON.parse(out.split('\n')[0] ?? '')
    }
    if (Array.isArray(article)) article = article[0]
    if (article?.title !== '东湖区两会热词观察') return `unexpected output: ${out.slice(0, 300)}`
    if (article.sections?.length !== 2) return `sections: ${JSON.stringify(article.sections)}`
  })

  // -------------------------------------------------------------------------
  // schema.json (only when shipped).

  if (shipsSchema) {
    check('zh-article/schema.json resolves (import with type json, and require)', () => {
      writeFileSync(join(project, 'schema.mjs'), `import schema from 'zh-article/schema.json' with { type: 'json' }
import { createRequire } from 'node:module'
const required = createRequire(import.meta.url)('zh-article/schema.json')
if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw new Error('schema.json is not a JSON object')
if (JSON.stringify(schema) !== JSON.stringify(required)) throw new Error('import and require disagree')
console.log('ok')
`)
      run(process.execPath, ['schema.mjs'], project)
    })
  } else {
    console.log('SKIP zh-article/schema.json (the package ships no schema.json)')
  }
} catch (error) {
  report(false, 'package check aborted', error instanceof Error ? error.message : String(error))
} finally {
  if (process.env.KEEP_TMP) console.log(`kept ${temp}`)
  else rmSync(temp, { recursive: true, force: true })
}

if (failures > 0) {
  console.log(`\ncheck-package: ${failures} check(s) FAILED`)
  process.exit(1)
}
console.log('\ncheck-package: all checks passed')
