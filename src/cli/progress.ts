/**
 * The batch progress bar: pages done, pages/s and ETA on a terminal's
 * standard error; nothing at all when standard error is not a terminal.
 */

/** Least time between redraws. */
const redrawMs = 100

/** A progress display and the channel for messages that must not garble it. */
export interface Progress {
  /**
   * Count finished pages.
   *
   * @param pages How many just finished.
   */
  advance(pages: number): void
  /**
   * Print a one-line message on standard error (above the bar).
   *
   * @param text Message without newline.
   */
  message(text: string): void
  /** Remove the bar. */
  finish(): void
}

/** The part of a terminal stream the bar uses. */
export interface ProgressStream {
  /** Write text. */
  write(text: string): unknown
  /** Whether it is a terminal. */
  isTTY?: boolean
  /** Terminal width. */
  columns?: number
}

/**
 * Create a progress display.
 *
 * @param stream Standard error.
 * @param total Pages to do.
 * @param now Clock in ms (for tests).
 * @returns The display (messages only when `stream` is not a terminal).
 */
export function createProgress(stream: ProgressStream, total: number, now: () => number = () => performance.now()): Progress {
  const live = stream.isTTY === true && total > 0
  const started = now()
  let done = 0
  let drawnAt = -Infinity
  let shown = false

  const draw = (force: boolean): void => {
    const time = now()
    if (!force && time - drawnAt < redrawMs) return
    drawnAt = time
    stream.write(`\r${formatProgress(done, total, (time - started) / 1000, stream.columns || 80)}\u001b[K`)
    shown = true
  }
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[K')
    shown = false
  }
  return {
    advance(pages) {
      done += pages
      if (live) draw(done === total)
    },
    message(text) {
      if (live) clear()
      stream.write(`${text}\n`)
      if (live) draw(true)
    },
    finish() {
      if (live) clear()
    }
  }
}

/**
 * One line of progress: `[#####-----] 120/500 24% 310.2 pages/s ETA 1s`.
 *
 * @param done Pages done.
 * @param total Pages in all.
 * @param seconds Time since the start.
 * @param columns Terminal width.
 * @returns The line.
 */
export function formatProgress(done: number, total: number, seconds: number, columns: number): string {
  const rate = seconds > 0 ? done / seconds : 0
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?'
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100
  const text = ` ${done}/${total} ${percent}% ${rate.toFixed(1)} pages/s ETA ${eta}`
  const width = Math.max(0, Math.min(40, columns - text.length - 3))
  if (width < 5) return text.trim().slice(0, Math.max(0, columns - 1))
  const filled = total > 0 ? Math.round((done / total) * width) : width
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${text}`
}

/**
 * A short duration: `42s`, `3m05s`, `1h02m`.
 *
 * @param seconds Seconds.
 * @returns Text.
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  if (whole < 60) return `${whole}s`
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`
}
