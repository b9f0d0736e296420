import { parseArticle } from './dist/index.js'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
const out = {}
for (const d of ['/work/shared/corpus/', '/work/shared/corpus-real/', '/work/main/test/pages/', '/work/main/test/fixtures/']) for (const f of readdirSync(d).filter((f) => f.endsWith('.html'))) out[d + f] = parseArticle(new Uint8Array(readFileSync(d + f)))
writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
