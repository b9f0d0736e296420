#!/usr/bin/env node
/**
 * Batch-mode throughput (issue 6): generate a few thousand pages into a temp
 * folder, run `zh-article DIR --jobs 1` and `--jobs 2` (from dist/) in turns,
 * check both outputs are identical, and report pages/s and the speed-up.
 * The best of the rounds is kept, since a busy machine only ever slows a run.
 * The CPU time of each run (all threads) is measured too: on a shared machine
 * `2 × CPU(--jobs 1) / CPU(--jobs 2)` estimates the speed-up two idle cores would give.
 * As a ceiling for any parallel scheme on this machine, it also runs N
 * independent `--jobs 1` processes side by side on disjoint parts of the pages.
 *
 *   node bench/batch-throughput.mjs [pages=3000] [rounds=3] [jobs=2]
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { writePages } from './generate.mjs'
import { root } from './pages.mjs'

const [pages = 3000, rounds = 3, jobs = 2] = process.argv.slice(2).map(Number)
const work = mkdtempSync(join(tmpdir(), 'zh-article-batch-'))
try {
  const bytes = writePages(join(work, 'pages'), pages)
  process.stderr.write(`${pages} pages, ${(bytes / 1e6).toFixed(1)} MB in ${work}\n`)
  const best = new Map()
  const cpu = new Map()
  const outputs = new Map()
  for (let round = 0; round < rounds; round++) {
    for (const n of [1, jobs]) {
      const out = join(work, `out-${n}.ndjson`)
      const start = performance.now()
      const result = spawnSync(process.execPath, [join(root, 'bench/cpu-wrap.mjs'), join(root, 'dist/cli.js'), join(work, 'pages'), '--jobs', String(n), '--out', out], { encoding: 'utf8' })
      const cpuMs = Number(/cpu-ms (\d+)/.exec(result.stderr)?.[1])
      const seconds = (performance.now() - start) / 1000
      if (result.status !== 0) throw new Error(`--jobs ${n} failed: ${result.stderr}`)
      process.stderr.write(`round ${round + 1} --jobs ${n}: ${seconds.toFixed(2)} s (${(pages / seconds).toFixed(0)} pages/s), CPU ${(cpuMs / 1000).toFixed(2)} s, load ${loadavg()[0].toFixed(2)}\n`)
      best.set(n, Math.min(best.get(n) ?? Infinity, seconds))
      cpu.set(n, Math.min(cpu.get(n) ?? Infinity, cpuMs / 1000))
      outputs.set(n, readFileSync(out))
    }
  }
  const parts = readdirSync(join(work, 'pages')).sort()
  let ceiling = Infinity
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    await Promise.all(
      Array.from({ length: jobs }, (_, index) => {
        const mine = parts.filter((_, position) => position % jobs === index).map((part) => join(work, 'pages', part))
        const child = spawn(process.execPath, [join(root, 'dist/cli.js'), ...mine, '--out', join(work, `part-${index}.ndjson`)], { stdio: 'ignore' })
        return new Promise((resolve) => child.on('close', resolve))
      })
    )
    const seconds = (performance.now() - start) / 1000
    process.stderr.write(`round ${round + 1} ${jobs} separate --jobs 1 processes: ${seconds.toFixed(2)} s\n`)
    ceiling = Math.min(ceiling, seconds)
  }
  const same = outputs.get(1).equals(outputs.get(jobs))
  const one = best.get(1)
  const many = best.get(jobs)
  console.log(`| run | best wall s | pages/s | least CPU s (all threads) |`)
  console.log(`| --- | ---: | ---: | ---: |`)
  console.log(`| --jobs 1 | ${one.toFixed(2)} | ${(pages / one).toFixed(0)} | ${cpu.get(1).toFixed(2)} |`)
  console.log(`| --jobs ${jobs} | ${many.toFixed(2)} | ${(pages / many).toFixed(0)} | ${cpu.get(jobs).toFixed(2)} |`)
  console.log(`| ${jobs} separate --jobs 1 processes (ceiling) | ${ceiling.toFixed(2)} | ${(pages / ceiling).toFixed(0)} | – |`)
  console.log(`\nceiling speed-up of ${jobs} independent processes on this machine ${(one / ceiling).toFixed(2)}×; measured speed-up ${(one / many).toFixed(2)}× (target ≥ 1.6×); CPU-based estimate for ${jobs} idle cores ${((jobs * cpu.get(1)) / cpu.get(jobs)).toFixed(2)}×; outputs identical: ${same}; ${cpus().length} cores, ${cpus()[0]?.model}, Node ${process.version}, load average ${loadavg().map((v) => v.toFixed(2)).join(' ')}`)
  if (!same) process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
