#!/usr/bin/env node
/**
 * Print the vitest totals of this run as one plain closing line
 * (`tests: N passed, N failed, N skipped`), read from the JSON report that
 * `npm test` asks vitest to write. CI logs are read for such a line.
 */
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(new URL('../.tmp/vitest-report.json', import.meta.url), 'utf8'))
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`)
process.exit(report.numFailedTests > 0 ? 1 : 0)
