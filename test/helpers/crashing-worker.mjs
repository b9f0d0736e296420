/**
 * A stand-in for the batch worker, for pool tests: it answers like the real
 * one (a record per page, no parsing) but its thread exits at once when a
 * batch holds a file whose name contains `crash`, as a worker that runs out
 * of memory on one page would.
 */
import { parentPort } from 'node:worker_threads'

parentPort?.on('message', (request) => {
  if (request.items.some((item) => item.file.includes('crash'))) process.exit(3)
  const lines = request.items.map((item) => `${JSON.stringify({ file: item.file, article: null })}\n`)
  parentPort.postMessage({ id: request.id, pages: request.items.length, lines, failures: [] })
})
