#!/usr/bin/env node
/**
 * Who said what: one line a quotation, `name (role1、role2) [section]: text`.
 *
 * Usage: node examples/who-said-what.mjs [page.html]   (default: examples/demo.html)
 *
 * Imports the built package: run `npm run build` first.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '../dist/index.js'

const file = process.argv[2] ?? fileURLToPath(new URL('./demo.html', import.meta.url))
const article = parseArticle(new Uint8Array(readFileSync(file)))

/**
 * Format one quote as a line.
 *
 * @param {import('../dist/index.js').Quote} quote A quote.
 * @returns {string} `name (roles) [section]: text`.
 */
function formatQuote(quote) {
  const name = quote.speaker?.name ?? '(unnamed)'
  const roles = quote.speaker && quote.speaker.roles.length > 0 ? ` (${quote.speaker.roles.map((role) => role.text).join('、')})` : ''
  const section = quote.section ?? 'lead'
  return `${name}${roles} [${section}]: ${quote.text}`
}

console.log(article.title ?? '(untitled)')
if (article.quotes.length === 0) console.log('(no quotes found)')
for (const quote of article.quotes) console.log(formatQuote(quote))
