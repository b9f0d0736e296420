/**
 * The batch worker pool (issue 6): pages go to `node:worker_threads` workers
 * in batches (several files per message, so message round trips do not
 * dominate), each worker reads and parses its files itself, and the finished
 * records come back out in input order whatever order the workers finish in.
 * When a worker dies, the batch it was on is run again page by page on a new
 * worker, so only a page that brings a worker down again is recorded as failed.
 */
import { Worker } from 'node:worker_threads'
import { runItem, toOutput } from './page.js'
import type { BatchItem, BatchRequest, BatchResponse, Output, WorkerSetup } from './protocol.js'

/** Most pages in one message. */
const maxBatchSize = 16

/** Batches queued on one worker at a time (so it never waits for the main thread). */
const inFlightPerWorker = 2

/** How many batches past the next one to write may be dispatched (bounds memory). */
const windowPerWorker = 6

/**
 * Parse pages on the main thread, one at a time (`--jobs 1`).
 *
 * @param items Pages in order.
 * @param setup Parse settings.
 * @returns Output in input order, one block per page.
 */
export async function* inlineRecords(items: BatchItem[], setup: WorkerSetup): AsyncGenerator<Output> {
  const options = setup.url === null ? {} : { url: setup.url }
  for (const item of items) yield toOutput([runItem(item, options)])
}

/**
 * One output from several, in order.
 *
 * @param outputs Outputs.
 * @returns Their pages, lines and failures joined.
 */
function joinOutputs(outputs: readonly Output[]): Output {
  return {
    pages: outputs.reduce((sum, output) => sum + output.pages, 0),
    lines: outputs.flatMap((output) => output.lines),
    failures: outputs.flatMap((output) => output.failures)
  }
}

/**
 * Split pages into batches: small enough that every worker gets several, at
 * most {@link maxBatchSize}.
 *
 * @param items Pages in order.
 * @param jobs Worker count.
 * @returns Batches in order.
 */
export function toBatches(items: BatchItem[], jobs: number): BatchItem[][] {
  const size = Math.max(1, Math.min(maxBatchSize, Math.ceil(items.length / (jobs * 8))))
  const batches: BatchItem[][] = []
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size))
  return batches
}

/** One worker and the batches it holds. */
interface Slot {
  /** The thread. */
  worker: Worker
  /** Batch ids sent and not yet answered, oldest first. */
  pending: number[]
}

/**
 * Parse pages with a pool of worker threads.
 *
 * @param items Pages in order.
 * @param jobs Number of workers.
 * @param setup Parse settings, sent to every worker.
 * @param workerUrl The built worker script.
 * @returns Output in input order, one block per batch.
 */
export async function* poolRecords(items: BatchItem[], jobs: number, setup: WorkerSetup, workerUrl: URL): AsyncGenerator<Output> {
  const batches = toBatches(items, jobs)
  /** Batches in input order; later ids are single pages split from a batch whose worker crashed. */
  const inputBatches = batches.length
  /** A crashed batch → the ids of its single-page batches (their outputs make its output). */
  const splits = new Map<number, number[]>()
  const done = new Map<number, Output>()
  const slots: Slot[] = []
  const retry: number[] = []
  let nextToSend = 0
  let nextToYield = 0
  let crashesInRow = 0
  let fatal: Error | null = null
  let wake: (() => void) | null = null

  const notify = (): void => {
    const resume = wake
    wake = null
    resume?.()
  }
  const fail = (id: number, message: string): void => {
    const batch = batches[id] ?? []
    done.set(id, toOutput(batch.map((item) => runItem({ file: item.file, error: message }, {}))))
  }
  const outputOf = (id: number): Output | undefined => {
    const parts = splits.get(id)
    if (!parts) return done.get(id)
    const outputs = parts.map((part) => done.get(part))
    if (outputs.some((output) => output === undefined)) return undefined
    for (const part of parts) done.delete(part)
    return joinOutputs(outputs as Output[])
  }
  const dispatch = (): void => {
    const limit = Math.min(inputBatches, nextToYield + windowPerWorker * slots.length)
    const more = (): boolean => retry.length > 0 || nextToSend < limit
    let sent = true
    while (sent && more()) {
      sent = false
      for (const slot of slots) {
        if (!more()) break
        if (slot.pending.length >= inFlightPerWorker) continue
        const id = retry.shift() ?? nextToSend++
        const items = batches[id]!
        const request: BatchRequest = { id, items }
        slot.pending.push(id)
        slot.worker.postMessage(request)
        sent = true
      }
    }
  }
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(workerUrl, { workerData: setup }), pending: [] }
    slot.worker.on('message', (response: BatchResponse) => {
      crashesInRow = 0
      slot.pending = slot.pending.filter((id) => id !== response.id)
      done.set(response.id, response)
      dispatch()
      notify()
    })
    const crash = (message: string): void => {
      const index = slots.indexOf(slot)
      if (index === -1) return
      const [first, ...rest] = slot.pending
      const crashed = first === undefined ? [] : batches[first]!
      if (first !== undefined && crashed.length > 1) {
        // One page may have brought the worker down: run the batch's pages one by one, so only that page fails.
        const parts = crashed.map((item) => batches.push([item]) - 1)
        splits.set(first, parts)
        retry.unshift(...parts, ...rest)
      } else {
        if (first !== undefined) fail(first, `worker failed: ${message}`)
        retry.unshift(...rest)
      }
      slot.pending = []
      void slot.worker.terminate()
      if (++crashesInRow > 2 * jobs + 2) {
        slots.splice(index, 1)
        fatal = new Error(`zh-article: workers keep failing (${message})`)
        notify()
        return
      }
      slots[index] = spawn()
      dispatch()
      notify()
    }
    slot.worker.on('error', (error) => crash(error.message))
    slot.worker.on('exit', (code) => crash(`exited with status ${code}`))
    return slot
  }

  try {
    const count = Math.min(jobs, batches.length)
    for (let index = 0; index < count; index++) slots.push(spawn())
    dispatch()
    while (nextToYield < inputBatches) {
      if (fatal) throw fatal
      const output = outputOf(nextToYield)
      if (!output) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        continue
      }
      done.delete(nextToYield)
      nextToYield++
      dispatch()
      yield output
    }
  } finally {
    const closing = slots.splice(0)
    await Promise.all(closing.map((slot) => slot.worker.terminate()))
  }
}
