#!/usr/bin/env node
/**
 * Summarise a `.cpuprofile`: self time by function and by file, and inclusive
 * time of every function (each sample counted once per function on its stack).
 *
 *   node bench/profile-summary.mjs FILE.cpuprofile [rows]
 */
import { readFileSync } from 'node:fs'

const [file, rowsArg] = process.argv.slice(2)
const rows = Number(rowsArg ?? 30)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map()
for (const node of profile.nodes) for (const childId of node.children ?? []) parent.set(childId, node.id)

/**
 * Where a call frame lives: `package/file:line function`.
 *
 * @param {{ functionName: string, url: string, lineNumber: number }} frame Call frame.
 * @returns {string} Key.
 */
function key(frame) {
  const url = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|bench)\//, '$1/')
  return `${url || '(native)'}:${frame.lineNumber + 1} ${frame.functionName || '(anonymous)'}`
}

/**
 * The file part of a key, grouped by package.
 *
 * @param {string} url Script URL.
 * @returns {string} Package or file.
 */
function fileOf(url) {
  if (!url) return '(native/gc)'
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  return match ? match[1] : url.replace(/^file:\/\/.*\/(dist|bench)\//, '$1/')
}

const self = new Map()
const inclusive = new Map()
const byFile = new Map()
let total = 0
profile.samples.forEach((id, index) => {
  const dt = profile.timeDeltas[index] ?? 0
  total += dt
  const node = nodes.get(id)
  const own = key(node.callFrame)
  self.set(own, (self.get(own) ?? 0) + dt)
  const owner = fileOf(node.callFrame.url)
  byFile.set(owner, (byFile.get(owner) ?? 0) + dt)
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = key(nodes.get(at).callFrame)
    if (seen.has(name)) continue
    seen.add(name)
    inclusive.set(name, (inclusive.get(name) ?? 0) + dt)
  }
})
const print = (title, map) => {
  console.log(`\n### ${title}\n`)
  for (const [name, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)} %  ${(time / 1000).toFixed(0).padStart(6)} ms  ${name}`)
  }
}
console.log(`total ${(total / 1000).toFixed(0)} ms`)
print('self time by package/file', byFile)
print('self time by function', self)
print('inclusive time by function', inclusive)
