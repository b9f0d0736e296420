#!/usr/bin/env node
/**
 * Profile zh-article (from dist/) on the benchmark's real pages:
 *
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof bench/profile.mjs [rounds]
 *   node bench/profile-summary.mjs .tmp/prof/<file>.cpuprofile
 */
import { parseArticle } from '../dist/index.js'
import { loadPages } from './pages.mjs'

const rounds = Number(process.argv[2] ?? 30)
const pages = loadPages({ only: (process.env.PROFILE_GROUPS ?? 'fixtures,corpus').split(',') })
const start = performance.now()
for (let round = 0; round < rounds; round++) for (const page of pages) parseArticle(page.html)
process.stderr.write(`${pages.length} pages × ${rounds} rounds in ${(performance.now() - start).toFixed(0)} ms\n`)
