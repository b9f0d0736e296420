#!/usr/bin/env node
/**
 * Benchmark (issue 6): zh-article against the floor (rehype-parse +
 * hast-util-to-text) and other extractors, on the same decoded pages.
 *
 *   node bench/bench.mjs            all extractors
 *   node bench/bench.mjs --quick    zh-article and the floor only
 *   node bench/bench.mjs --repeat 1 each extractor's pages once
 *
 * Each extractor runs in its own child process (so its peak RSS is its own),
 * is warmed up on every page (rounds over all pages, up to `--warm-rounds`
 * rounds or `--warm-budget` seconds, at least three), then timed in rounds
 * over the pages; the median of a page's timed runs is its time. Times are
 * the process's CPU time (user + system, `process.cpuUsage()`), which a busy
 * machine disturbs far less than wall time; the wall-clock medians are kept
 * in `.tmp/bench-results.json`.
 * zh-article, the floor and Readability on linkedom run their main pages
 * `--repeat` times (default 3) in turns, and each page keeps its best median.
 * For zh-article and the floor, one more child parses the 5 MB page once
 * after the warm-up, for the memory one parse of it needs.
 * Prints a markdown report.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { extractors } from './extractors.mjs'
import { loadPages, root } from './pages.mjs'

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    groups: { type: 'string' },
    quick: { type: 'boolean', default: false },
    budget: { type: 'string', default: '400' },
    warm: { type: 'string' },
    once: { type: 'boolean', default: false },
    only: { type: 'string' },
    'large-timeout': { type: 'string', default: '300' },
    repeat: { type: 'string', default: '3' },
    'warm-rounds': { type: 'string', default: '20' },
    'warm-budget': { type: 'string', default: '20' }
  }
})

/** Extractors whose main pages are run `--repeat` times (the others take minutes a run). */
const fastExtractors = ['zh-article', 'floor', 'readability-linkedom']

if (values.child) await child(values.child)
else await parent()

/**
 * Median of numbers.
 *
 * @param {number[]} list Numbers.
 * @returns {number} Median.
 */
function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Child process: time one extractor on every page and print one JSON line.
 *
 * @param {string} name Extractor name.
 */
async function child(name) {
  const pages = loadPages(values.groups ? { only: values.groups.split(',') } : {})
  const warmPages = values.warm ? loadPages({ only: values.warm.split(','), generated: false }) : []
  const run = await extractors[name].load()
  const budget = Number(values.budget)
  const errors = new Map()
  const walls = new Map()
  const once = async (page) => {
    const cpu = process.cpuUsage()
    const start = performance.now()
    await run(page.html)
    const wall = performance.now() - start
    const used = process.cpuUsage(cpu)
    walls.set(page.name, [...(walls.get(page.name) ?? []), wall])
    return (used.user + used.system) / 1000
  }
  // Warm-up, until the code is in its steady state (V8 optimises a function only after many
  // calls, and a large library has many functions): rounds over the warm-up pages, then over
  // the timed pages, up to `--warm-rounds` rounds or `--warm-budget` seconds each (at least three
  // rounds). A page that takes seconds has warmed the code up after one run.
  const warmUp = async (list, timed) => {
    const slow = new Set()
    const started = performance.now()
    for (let round = 0; round < Number(values['warm-rounds']); round++) {
      if (round >= 3 && performance.now() - started > Number(values['warm-budget']) * 1000) break
      for (const page of list) {
        if (page.bytes > 2e6 || slow.has(page.name) || errors.has(page.name)) continue
        try {
          const cpu = process.cpuUsage()
          await run(page.html)
          const used = process.cpuUsage(cpu)
          if ((used.user + used.system) / 1000 > 2000) slow.add(page.name)
        } catch (error) {
          // A page this extractor cannot take fails its timed runs too; for warming up it does not matter.
          if (timed) errors.set(page.name, String(error?.message ?? error).split('\n')[0].slice(0, 200))
        }
      }
    }
  }
  await warmUp(warmPages, false)
  if (values.once) {
    // Memory: each page parsed once after the warm-up, so the peak RSS is what one parse needs
    // (a process that parses a page several times in a row also holds the garbage of the runs
    // before, which V8 collects lazily).
    const results = []
    for (const page of pages) {
      const cpu = process.cpuUsage()
      const start = performance.now()
      await run(page.html)
      const wallMs = performance.now() - start
      const used = process.cpuUsage(cpu)
      results.push({ name: page.name, group: page.group, bytes: page.bytes, ms: (used.user + used.system) / 1000, wallMs, runs: 1 })
    }
    process.stdout.write(`${JSON.stringify({ name, results, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`)
    return
  }
  await warmUp(pages, true)
  // Timed runs in rounds over the pages (not one page many times in a row), so the garbage and
  // the collector threads' work a large page leaves behind fall on every page alike. A page runs
  // at least 3 times, then until it has used `--budget` ms or run 25 times (15 s at most).
  const times = new Map(pages.map((page) => [page.name, []]))
  const spent = new Map(pages.map((page) => [page.name, 0]))
  for (let round = 0; round < 25; round++) {
    let ran = false
    for (const page of pages) {
      const list = times.get(page.name)
      const used = spent.get(page.name)
      if (errors.has(page.name) || used > 15000 || (list.length >= 3 && used >= budget)) continue
      ran = true
      try {
        const ms = await once(page)
        list.push(ms)
        spent.set(page.name, used + ms)
      } catch (error) {
        errors.set(page.name, String(error?.message ?? error).split('\n')[0].slice(0, 200))
      }
    }
    if (!ran) break
  }
  const results = []
  for (const page of pages) {
    const list = times.get(page.name)
    if (list.length === 0) {
      results.push({ name: page.name, group: page.group, bytes: page.bytes, ms: null, error: errors.get(page.name) })
      continue
    }
    results.push({ name: page.name, group: page.group, bytes: page.bytes, ms: median(list), minMs: Math.min(...list), wallMs: median(walls.get(page.name).slice(-list.length)), runs: list.length })
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(`${JSON.stringify({ name, results, maxRssMb })}\n`)
}

/**
 * Merge two reports of one extractor: per page, the lower median (CPU and
 * wall each); the higher peak RSS.
 *
 * @param {any} first Report.
 * @param {any} second Report.
 * @returns {any} Merged report.
 */
function bestOf(first, second) {
  if (first.failed) return second
  if (second.failed) return first
  const other = new Map(second.results.map((result) => [result.name, result]))
  const lower = (a, b) => (a == null ? b : b == null ? a : Math.min(a, b))
  const results = first.results.map((result) => {
    const next = other.get(result.name)
    if (!next) return result
    return { ...result, ms: lower(result.ms, next.ms), wallMs: lower(result.wallMs, next.wallMs), minMs: lower(result.minMs, next.minMs), error: result.ms == null && next.ms == null ? result.error : undefined }
  })
  return { name: first.name, results, maxRssMb: Math.max(first.maxRssMb, second.maxRssMb) }
}

/**
 * Run one extractor in a child process.
 *
 * @param {string} name Extractor.
 * @param {string[]} extra Extra arguments.
 * @returns {{ name: string, results: object[], maxRssMb: number } | { name: string, failed: string }} Its report.
 */
function runChild(name, extra = [], timeoutSeconds = 30 * 60) {
  const started = performance.now()
  process.stderr.write(`bench: ${name}${extra.length ? ` ${extra.join(' ')}` : ''} ...`)
  const result = spawnSync(process.execPath, [join(root, 'bench/bench.mjs'), '--child', name, '--budget', values.budget, '--warm-rounds', values['warm-rounds'], '--warm-budget', values['warm-budget'], ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutSeconds * 1000
  })
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  const line = result.stdout.trim().split('\n').pop()
  if (line) {
    // Keep each finished report, so a long run that is stopped still leaves its numbers.
    mkdirSync(join(root, '.tmp/bench'), { recursive: true })
    writeFileSync(join(root, `.tmp/bench/${name}${extra.includes('gen-5MB') ? '-5MB' : ''}${extra.includes('--once') ? '-once' : ''}.json`), line)
  }
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM') return { name, failed: `timed out after ${timeoutSeconds} s` }
  if (result.status !== 0 || !line) return { name, failed: (result.stderr || result.error?.message || `status ${result.status}`).trim().split('\n').slice(-3).join(' ') }
  return JSON.parse(line)
}

/**
 * Format a number for the table.
 *
 * @param {number | null | undefined} value Number.
 * @param {number} [digits] Decimals.
 * @returns {string} Text.
 */
function fmt(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–'
  return value >= 100 ? value.toFixed(0) : value.toFixed(digits)
}

/**
 * Parent process: run every extractor, print the markdown report.
 */
async function parent() {
  const names = values.quick ? ['zh-article', 'floor'] : values.only ? values.only.split(',') : Object.keys(extractors)
  const pages = loadPages()
  const realGroups = ['fixtures', 'corpus']
  const real = pages.filter((page) => realGroups.includes(page.group))
  const reports = new Map()
  const large = new Map()
  const once = new Map()
  // The fast extractors run their main pages several times, in turns, keeping each page's
  // best median: a busy machine only ever slows a run down.
  const repeated = names.filter((name) => fastExtractors.includes(name))
  const rounds = Math.max(1, Number(values.repeat))
  for (let round = 0; round < rounds; round++) {
    for (const name of round === 0 ? names : repeated) {
      const report = runChild(name, ['--groups', 'fixtures,corpus,gen-50KB,gen-500KB'])
      reports.set(name, round === 0 ? report : bestOf(reports.get(name), report))
    }
  }
  for (const name of names) {
    large.set(name, runChild(name, ['--groups', 'gen-5MB', '--warm', 'fixtures'], Number(values['large-timeout'])))
    if (name === 'zh-article' || name === 'floor') once.set(name, runChild(name, ['--groups', 'gen-5MB', '--warm', 'fixtures', '--once'], Number(values['large-timeout'])))
  }
  const zh5 = large.get('zh-article')

  const zh = reports.get('zh-article')
  const byName = (report) => new Map((report.results ?? []).map((result) => [result.name, result]))
  const zhPages = byName(zh)
  const lines = []
  const load = loadavg().map((value) => value.toFixed(2)).join(' ')
  lines.push(`## Performance`, '')
  lines.push(`Machine: ${cpus().length} cores (nproc), ${cpus()[0]?.model ?? '?'}, Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at the end ${load}.`)
  lines.push(`Pages: ${real.length} real pages (${real.filter((page) => page.group === 'fixtures').length} fixtures, ${real.filter((page) => page.group === 'corpus').length} corpus pages, ${fmt(real.reduce((sum, page) => sum + page.bytes, 0) / 1e6)} MB) and generated pages of 50 KB, 500 KB and 5 MB. Same decoded string for every extractor; each in its own process, warmed up (rounds over all its pages, up to ${values['warm-rounds']} or ${values['warm-budget']} s, at least 3); a page's time is the median of ≥ 3 runs, in CPU ms (user + system) because the machine is shared; ${repeated.length > 0 && rounds > 1 ? `${repeated.join(', ')} ran ${rounds} times in turns and each page keeps its best median (the others, which take minutes a run, ran once); ` : ''}pages/s and MB/s are over the real pages' summed times.`, '')
  lines.push('| extractor | median CPU ms/page | median wall ms/page | pages/s | MB/s | peak RSS MB | time vs zh-article | 50 KB ms | 500 KB ms | 5 MB ms | 5 MB peak RSS MB (timing process) | errors |')
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const name of names) {
    const report = reports.get(name)
    if (report.failed) {
      lines.push(`| ${extractors[name].label} | failed: ${report.failed.replace(/\|/g, '/')} | | | | | | | | | | |`)
      continue
    }
    const ok = report.results.filter((result) => result.ms !== null && realGroups.includes(result.group))
    const totalMs = ok.reduce((sum, result) => sum + result.ms, 0)
    const totalBytes = ok.reduce((sum, result) => sum + result.bytes, 0)
    const common = ok.filter((result) => zhPages.get(result.name)?.ms != null)
    const zhMs = common.reduce((sum, result) => sum + zhPages.get(result.name).ms, 0)
    const ratio = common.reduce((sum, result) => sum + result.ms, 0) / zhMs
    const big = large.get(name)
    const gen = (group) => [...report.results, ...(big.results ?? [])].find((result) => result.group === group)?.ms ?? null
    const errors = report.results.filter((result) => result.ms === null).length + (big.results ?? []).filter((result) => result.ms === null).length
    const gen5 = big.failed ? big.failed : fmt(gen('gen-5MB'))
    lines.push(
      `| ${extractors[name].label} | ${fmt(median(ok.map((result) => result.ms)))} | ${fmt(median(ok.map((result) => result.wallMs)))} | ${fmt((ok.length / totalMs) * 1000, 1)} | ${fmt(totalBytes / 1e6 / (totalMs / 1000))} | ${fmt(report.maxRssMb, 0)} | ${name === 'zh-article' ? '1.00' : `${fmt(ratio)}×`} | ${fmt(gen('gen-50KB'))} | ${fmt(gen('gen-500KB'))} | ${gen5} | ${big.failed ? '–' : fmt(big.maxRssMb, 0)} | ${errors} |`
    )
  }
  lines.push('')
  if (zh && !zh.failed) {
    const perMb = (group) => {
      const result = [...zh.results, ...(zh5.results ?? [])].find((item) => item.group === group)
      return result ? result.ms / (result.bytes / 1048576) : NaN
    }
    const smallPerMb = perMb('gen-50KB')
    const largePerMb = perMb('gen-5MB')
    const wallPerMb = (report, group) => {
      const result = (report?.results ?? []).find((item) => item.group === group && item.wallMs != null)
      return result ? result.wallMs / (result.bytes / 1048576) : NaN
    }
    const rssOnce = (name) => (once.get(name)?.failed ? NaN : (once.get(name)?.maxRssMb ?? NaN))
    const rss5 = rssOnce('zh-article')
    const ratioOf = (name) => {
      const report = reports.get(name)
      if (!report || report.failed) return NaN
      const common = report.results.filter((result) => realGroups.includes(result.group) && result.ms !== null && zhPages.get(result.name)?.ms != null)
      return common.reduce((sum, result) => sum + result.ms, 0) / common.reduce((sum, result) => sum + zhPages.get(result.name).ms, 0)
    }
    const check = (pass) => (Number.isNaN(pass) ? 'not run' : pass ? 'pass' : '**MISS**')
    const floor = 1 / ratioOf('floor')
    const linkedom = ratioOf('readability-linkedom')
    const jsdom = ratioOf('readability-jsdom')
    lines.push('| target | measured | result |', '| --- | ---: | --- |')
    lines.push(`| zh-article ≤ 1.4× the floor (real pages, summed time) | ${fmt(floor)}× | ${check(Number.isNaN(floor) ? NaN : floor <= 1.4)} |`)
    const floorReport = reports.get('floor')
    if (floorReport && !floorReport.failed) {
      const floorPages = byName(floorReport)
      const perPage = zh.results
        .filter((result) => realGroups.includes(result.group) && result.ms !== null && floorPages.get(result.name)?.ms)
        .map((result) => ({ bytes: result.bytes, ratio: result.ms / floorPages.get(result.name).ms }))
      const geomean = (list) => Math.exp(list.reduce((sum, item) => sum + Math.log(item.ratio), 0) / list.length)
      const small = perPage.filter((item) => item.bytes < 50000)
      const all = geomean(perPage)
      lines.push(`| zh-article ≤ 1.4× the floor (real pages, geometric mean of per-page ratios; pages < 50 KB alone) | ${fmt(all)}× (${fmt(geomean(small))}×) | ${check(all <= 1.4)} |`)
      const medianOf = (list) => median(list.filter((result) => realGroups.includes(result.group) && result.ms !== null).map((result) => result.ms))
      const medianRatio = medianOf(zh.results) / medianOf(floorReport.results)
      lines.push(`| zh-article ≤ 1.4× the floor (median ms/page of the real pages, as the issue quotes them) | ${fmt(medianOf(zh.results))} vs ${fmt(medianOf(floorReport.results))} ms (${fmt(medianRatio)}×) | ${check(medianRatio <= 1.4)} |`)
    }
    lines.push(`| faster than Readability + linkedom | ${fmt(linkedom)}× faster | ${check(Number.isNaN(linkedom) ? NaN : linkedom > 1)} |`)
    lines.push(`| ≥ 8× faster than Readability + jsdom | ${fmt(jsdom)}× faster | ${check(Number.isNaN(jsdom) ? NaN : jsdom >= 8)} |`)
    const floorPerMb = (group) => {
      const all = [...(reports.get('floor')?.results ?? []), ...(large.get('floor')?.results ?? [])]
      const result = all.find((item) => item.group === group && item.ms !== null)
      return result ? result.ms / (result.bytes / 1048576) : NaN
    }
    const floorLinear = floorPerMb('gen-5MB') / floorPerMb('gen-50KB')
    lines.push(`| linear: ms/MB at 5 MB ≤ 1.2× ms/MB at 50 KB (CPU time, all threads) | ${fmt(smallPerMb)} → ${fmt(largePerMb)} ms/MB (${fmt(largePerMb / smallPerMb)}×; floor ${fmt(floorLinear)}×) | ${check(largePerMb / smallPerMb <= 1.2)} |`)
    const wallSmall = wallPerMb(zh, 'gen-50KB')
    const wallLarge = wallPerMb(zh5, 'gen-5MB')
    const floorWallLinear = wallPerMb(large.get('floor'), 'gen-5MB') / wallPerMb(reports.get('floor'), 'gen-50KB')
    lines.push(`| linear, in wall time (the CPU time of a 5 MB parse includes V8's concurrent GC threads) | ${fmt(wallSmall)} → ${fmt(wallLarge)} ms/MB (${fmt(wallLarge / wallSmall)}×; floor ${fmt(floorWallLinear)}×) | ${check(Number.isNaN(wallLarge / wallSmall) ? NaN : wallLarge / wallSmall <= 1.2)} |`)
    lines.push(`| peak RSS of a process that parses the 5 MB page once (after the warm-up) < 200 MB | ${fmt(rss5, 0)} MB (floor ${fmt(rssOnce('floor'), 0)} MB) | ${check(Number.isNaN(rss5) ? NaN : rss5 < 200)} |`)
    lines.push(`| peak RSS of the timing process (the 5 MB page parsed ≥ 3 times in a row; V8 collects each run's garbage lazily) | ${fmt(zh5.failed ? NaN : zh5.maxRssMb, 0)} MB (floor ${fmt(large.get('floor')?.maxRssMb, 0)} MB) | – |`)
    lines.push('')
  }
  const report = lines.join('\n')
  process.stdout.write(`${report}\n`)
  mkdirSync(join(root, '.tmp'), { recursive: true })
  writeFileSync(join(root, '.tmp/bench-results.json'), JSON.stringify({ reports: Object.fromEntries(reports), large: Object.fromEntries(large), once: Object.fromEntries(once) }, null, 1))
}
