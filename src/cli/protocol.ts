/**
 * Messages between the batch pool (main thread) and its workers.
 */

/** Sent once to each worker as `workerData`. */
export interface WorkerSetup {
  /** The `--url` option, or `null`. */
  url: string | null
}

/** One page of a batch. */
export interface BatchItem {
  /** Path, as printed in records. */
  file: string
  /** The bytes when already read by the main thread (standard input). */
  bytes?: Uint8Array
  /** Set when the input named no page (a glob that matched nothing): the page fails with this message. */
  error?: string
}

/** Main thread → worker: parse these pages. */
export interface BatchRequest {
  /** Batch number (input order). */
  id: number
  /** Pages, in order. */
  items: BatchItem[]
}

/** A finished page. */
export interface PageRecord {
  /** Path, as printed in records. */
  file: string
  /** The NDJSON record, without the newline. */
  record: string
  /** The error message when the page failed, else `null`. */
  error: string | null
}

/** A page that failed, as reported to the main thread. */
export interface PageFailure {
  /** Path, as printed in records. */
  file: string
  /** The error message. */
  error: string
}

/**
 * Finished pages in order, ready to write: their NDJSON lines and the
 * failures. The lines stay strings until the sink writes them: a string is
 * copied between threads faster than a new buffer can be allocated for its
 * UTF-8 bytes, and joining a batch's lines into one costs more than either.
 */
export interface Output {
  /** Number of pages. */
  pages: number
  /** The pages' records, one newline-terminated line per page, in order. */
  lines: string[]
  /** The pages that failed, in order. */
  failures: PageFailure[]
}

/** Worker → main thread: the batch's output. */
export interface BatchResponse extends Output {
  /** Batch number. */
  id: number
}
