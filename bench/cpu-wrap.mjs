/**
 * Run the built CLI in this process and, at exit, print the process's CPU
 * time (all threads, workers included) on standard error as
 * `cpu-ms <user+system>`. Used by batch-throughput.mjs.
 *
 *   node bench/cpu-wrap.mjs dist/cli.js ARGS...
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [script] = process.argv.splice(2, 1)
process.on('exit', () => {
  const used = process.cpuUsage()
  process.stderr.write(`cpu-ms ${((used.user + used.system) / 1000).toFixed(0)}\n`)
})
await import(pathToFileURL(resolve(script)).href)
