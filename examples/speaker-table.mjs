#!/usr/bin/env node
/**
 * Speaker table: for each part of the article (the lead, then each keyword
 * section), the people quoted there, their roles, and what they said.
 *
 * Usage: node examples/speaker-table.mjs [page.html]   (default: examples/demo.html)
 *
 * Imports the built package: run `npm run build` first.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '../dist/index.js'

const file = process.argv[2] ?? fileURLToPath(new URL('./demo.html', import.meta.url))
const article = parseArticle(new Uint8Array(readFileSync(file)))

/**
 * Columns a string takes in a terminal: CJK and full-width characters take two.
 *
 * @param {string} text Text.
 * @returns {number} Display width.
 */
function width(text) {
  let columns = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
    columns += wide ? 2 : 1
  }
  return columns
}

/**
 * Pad a string to a display width.
 *
 * @param {string} text Text.
 * @param {number} columns Target width.
 * @returns {string} Padded text.
 */
function pad(text, columns) {
  return text + ' '.repeat(Math.max(0, columns - width(text)))
}

/**
 * Wrap a string into lines of at most a display width.
 *
 * @param {string} text Text.
 * @param {number} columns Most columns a line.
 * @returns {string[]} Lines.
 */
function wrap(text, columns) {
  const lines = []
  let line = ''
  for (const char of text) {
    if (width(line + char) > columns) {
      lines.push(line)
      line = ''
    }
    line += char
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

/** Parts of the article in page order: the lead (`null`), then each section keyword. */
const parts = [
  { key: null, heading: '导语 (lead)' },
  ...article.sections.map((section) => ({ key: section.keyword, heading: `${section.marker} ${section.keyword}` }))
]

/**
 * Rows of one part: one a speaker, their quotes joined in page order.
 *
 * @param {string | null} key Section keyword or `null` for the lead.
 * @returns {Array<{ speaker: string, roles: string, said: string[] }>} Rows.
 */
function rowsOf(key) {
  /** @type {Map<string, { speaker: string, roles: string, said: string[] }>} */
  const rows = new Map()
  for (const quote of article.quotes) {
    if (quote.section !== key) continue
    const speaker = quote.speaker?.name ?? '(unnamed)'
    const roles = quote.speaker?.roles.map((role) => role.text).join('、') ?? ''
    const id = `${speaker}\u0000${roles}`
    const row = rows.get(id) ?? { speaker, roles, said: [] }
    row.said.push(`${quote.kind === 'direct' ? '“' : ''}${quote.text}${quote.kind === 'direct' ? '”' : ''}`)
    rows.set(id, row)
  }
  return [...rows.values()]
}

/** Columns of the `Said` column; longer quotes wrap. */
const saidWidth = 56
console.log(article.title ?? '(untitled)')
let printed = 0
for (const part of parts) {
  const rows = rowsOf(part.key)
  if (rows.length === 0) continue
  printed += rows.length
  const speakerWidth = Math.max(width('发言人 Speaker'), ...rows.map((row) => width(row.speaker)))
  const rolesWidth = Math.max(width('身份 Roles'), ...rows.map((row) => width(row.roles)))
  const rule = `+${'-'.repeat(speakerWidth + 2)}+${'-'.repeat(rolesWidth + 2)}+${'-'.repeat(saidWidth + 2)}+`
  console.log(`\n== ${part.heading} ==`)
  console.log(rule)
  console.log(`| ${pad('发言人 Speaker', speakerWidth)} | ${pad('身份 Roles', rolesWidth)} | ${pad('所说 Said', saidWidth)} |`)
  console.log(rule)
  for (const row of rows) {
    const lines = row.said.flatMap((said) => wrap(said, saidWidth))
    lines.forEach((line, position) => {
      const first = position === 0
      console.log(`| ${pad(first ? row.speaker : '', speakerWidth)} | ${pad(first ? row.roles : '', rolesWidth)} | ${pad(line, saidWidth)} |`)
    })
  }
  console.log(rule)
}
if (printed === 0) console.log('(no quotes found)')
