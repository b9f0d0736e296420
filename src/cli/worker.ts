/**
 * Batch worker (issue 6): receives batches of file paths, reads and parses
 * each page itself, and sends back the finished NDJSON records, so the main
 * thread only has to write them in order.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ParseOptions } from '../types.js'
import { runItem, toOutput } from './page.js'
import type { BatchRequest, BatchResponse, WorkerSetup } from './protocol.js'

const port = parentPort
if (port) {
  const setup = workerData as WorkerSetup
  const options: ParseOptions = setup.url === null ? {} : { url: setup.url }
  port.on('message', (request: BatchRequest) => {
    const output = toOutput(request.items.map((item) => runItem(item, options)))
    const response: BatchResponse = { id: request.id, ...output }
    port.postMessage(response)
  })
}
