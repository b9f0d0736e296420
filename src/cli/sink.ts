/**
 * Where records go: standard output (with backpressure, and a quiet stop when
 * the reader goes away) or a file (whole lines, written synchronously).
 */
import { closeSync, openSync, writeSync } from 'node:fs'

/** A destination for output text. */
export interface Sink {
  /**
   * Write whole lines (text or UTF-8 bytes). Resolves when more may be written.
   *
   * @throws {BrokenPipeError} When the reader has gone away.
   */
  write(chunk: string | Uint8Array): Promise<void>
  /** Flush and release the destination. */
  close(): Promise<void>
}

/** The reader of standard output went away (EPIPE): stop quietly. */
export class BrokenPipeError extends Error {
  override readonly name = 'BrokenPipeError'
}

/**
 * A sink over a writable stream such as `process.stdout`: waits for `drain`
 * when the stream is full, and turns `EPIPE` into {@link BrokenPipeError}.
 *
 * @param stream The stream.
 * @returns The sink.
 */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  let broken: Error | null = null
  const waiters = new Set<() => void>()
  stream.on('error', (error: NodeJS.ErrnoException) => {
    broken = error.code === 'EPIPE' ? new BrokenPipeError('output closed') : error
    for (const wake of waiters) wake()
  })
  const wait = (event: string): Promise<void> =>
    new Promise((resolve) => {
      const wake = (): void => {
        waiters.delete(wake)
        stream.off(event, wake)
        resolve()
      }
      waiters.add(wake)
      stream.once(event, wake)
    })
  return {
    async write(chunk) {
      if (broken) throw broken
      if (!stream.write(chunk)) await wait('drain')
      if (broken) throw broken
    },
    async close() {
      if (broken) return
      await new Promise<void>((resolve) => {
        waiters.add(resolve)
        stream.write('', () => {
          waiters.delete(resolve)
          resolve()
        })
      })
    }
  }
}

/**
 * A sink over a file, written with `writeSync` so that each call's lines are
 * on disk before the next page is taken.
 *
 * @param path File path.
 * @param append Append (resume) rather than truncate.
 * @returns The sink.
 */
export function fileSink(path: string, append: boolean): Sink {
  const fd = openSync(path, append ? 'a' : 'w')
  const encoder = new TextEncoder()
  // Text is encoded into one buffer that is kept and grown, not a new buffer per write.
  let scratch = new Uint8Array(1 << 16)
  return {
    async write(chunk) {
      let bytes: Uint8Array
      if (typeof chunk === 'string') {
        if (scratch.length < chunk.length * 3) scratch = new Uint8Array(chunk.length * 3)
        bytes = scratch.subarray(0, encoder.encodeInto(chunk, scratch).written)
      } else {
        bytes = chunk
      }
      let offset = 0
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    },
    async close() {
      closeSync(fd)
    }
  }
}
