/**
 * Hostile benchmark: for each hostile case, time `parseArticle` (from
 * `dist/`) against a bare baseline (`unified().use(rehypeParse)` parse plus
 * one `hast-util-to-text` pass) on the same string, and time both at size N
 * and 10N to check that time grows linearly.
 *
 * Run with `npm run bench:hostile` (builds first). Options:
 *   --only=<substring>  run only cases whose name contains it
 *   --scale=<factor>    multiply every case size (e.g. 0.1 for a quick run)
 */
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { parseArticle } from '../dist/index.js'
import { hostileCases } from './hostile-cases.mjs'

/** Time ratio above which 10× input counts as super-linear. */
const maxScaling = 13
/** Target: zh-article time over baseline time. */
const maxOverBaseline = 3

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')))
const scale = Number(args.scale ?? 1)
const only = args.only ?? ''

const baselineParser = unified().use(rehypeParse).freeze()

/**
 * The baseline: parse and read the text once.
 *
 * @param {string} html Page.
 */
function baseline(html) {
  toText(baselineParser.parse(html))
}

/**
 * Best wall time of a function over several runs (more runs for fast ones),
 * each after a full garbage collection when `--expose-gc` is on: the minimum
 * is the least noisy estimate of the work itself.
 *
 * @param {() => unknown} run Function.
 * @returns {number | null} Milliseconds, or `null` when it threw a RangeError.
 */
function time(run) {
  let best = Infinity
  let total = 0
  try {
    for (let runs = 0; runs < 10 && (runs < 3 || total < 1000); runs++) {
      globalThis.gc?.()
      const start = performance.now()
      run()
      const elapsed = performance.now() - start
      best = Math.min(best, elapsed)
      total += elapsed
      if (elapsed > 3000) break
    }
  } catch (error) {
    if (error instanceof RangeError) return null
    throw error
  }
  return best
}

const format = (ms) => (ms === null ? 'crashed' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0))
const ratio = (a, b) => (a === null || b === null ? '—' : (a / b).toFixed(2))

// Warm up the JIT on a normal page.
for (let i = 0; i < 3; i++) parseArticle(hostileCases.at(-1).build(200_000))

console.log(`zh-article hostile benchmark — node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}`)
const rows = []
const flags = []
for (const testCase of hostileCases) {
  if (only && !testCase.name.includes(only)) continue
  const big = Math.max(10, Math.round(testCase.size * scale))
  const small = Math.round(big / 10)
  const smallHtml = testCase.build(small)
  const bigHtml = testCase.build(big)
  const oursSmall = time(() => parseArticle(smallHtml))
  const oursBig = time(() => parseArticle(bigHtml))
  const baseSmall = time(() => baseline(smallHtml))
  const baseBig = time(() => baseline(bigHtml))
  const over = baseBig === null ? null : oursBig / baseBig
  const scaling = oursBig / oursSmall
  const notes = []
  if (baseBig === null) notes.push('baseline crashed')
  if (over !== null && over > maxOverBaseline) notes.push(`over ${maxOverBaseline}× baseline`)
  if (scaling > maxScaling) notes.push('SUPER-LINEAR')
  if (notes.some((note) => note !== 'baseline crashed')) flags.push(testCase.name)
  rows.push({
    case: testCase.name,
    size: `${big.toLocaleString('en')} ${testCase.unit}`,
    MB: (Buffer.byteLength(bigHtml) / 1e6).toFixed(1),
    'ours ms': format(oursBig),
    'baseline ms': format(baseBig),
    'ours/base': ratio(oursBig, baseBig),
    'ours 10N/N': ratio(oursBig, oursSmall),
    'base 10N/N': ratio(baseBig, baseSmall),
    notes: notes.join(', ')
  })
  console.log(`${testCase.name}: done`)
}
console.table(rows)
console.log(flags.length === 0 ? `All cases within ${maxOverBaseline}× baseline and ${maxScaling}× per 10× input.` : `Flagged: ${flags.join('; ')}`)
