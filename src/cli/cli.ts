/**
 * The `zh-article` command: parse pages and print their Articles as JSON.
 */
import { readFileSync } from 'node:fs'
import { parseArticle } from '../index.js'

const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file))
  console.log(JSON.stringify(parseArticle(bytes), null, 2))
}
