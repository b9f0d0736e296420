/**
 * The publish time: the article's own printed publish line first, then
 * metadata, then a date in the URL path. Never a date from the body, a
 * comment, a related list, `最后更新`, or a page-generation time.
 */
import type { Block } from '../blocks/blocks.js'
import { notPublishLabels, publishLabels, publishMetaNames } from '../data/metadata-labels.js'
import type { DateStamp } from '../types.js'
import { findDate, fromUnixSeconds } from './date.js'
import type { PageHead } from './head.js'
import { jsonLdString } from './json-ld.js'

/** How many lines around the headline are searched for the publish line. */
const infoWindow = 12

/** Where the article stands in the page, for the search windows. */
export interface ArticleFrame {
  /** Index of the headline block, or -1. */
  titleIndex: number
  /** Index of the first body block. */
  bodyStart: number
  /** Index after the last body block. */
  bodyEnd: number
}

const labelled = new RegExp(`(?:${publishLabels.join('|')})\\s?[:：]?\\s?$`)
const refused = new RegExp(`(?:${notPublishLabels.join('|')})`)

/**
 * Find the publish time.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param frame Where headline and body stand.
 * @param url The article's URL, or `null`.
 * @returns The stamp, or `null`.
 */
export function findPublished(head: PageHead, blocks: readonly Block[], frame: ArticleFrame, url: string | null): DateStamp | null {
  const start = frame.titleIndex >= 0 ? frame.titleIndex : Math.max(0, frame.bodyStart - infoWindow)
  const end = Math.min(blocks.length, Math.max(frame.bodyStart + 1, start + infoWindow))
  const printed = printedDate(blocks, start, end)
  if (printed) return printed
  const trailing = printedDate(blocks, frame.bodyEnd, Math.min(blocks.length, frame.bodyEnd + infoWindow), true)
  if (trailing) return trailing
  return metadataDate(head) ?? urlDate(url)
}

/**
 * A printed publish date in a range of lines: a labelled one first, then a
 * bare date standing on a short line.
 *
 * @param blocks All blocks.
 * @param from First index.
 * @param to Index after the last.
 * @param labelledOnly Take only labelled dates.
 * @returns The stamp or `null`.
 */
function printedDate(blocks: readonly Block[], from: number, to: number, labelledOnly = false): DateStamp | null {
  let bare: DateStamp | null = null
  for (let index = from; index < to; index++) {
    const block = blocks[index]!
    if (block.zone === 'aside' || block.zone === 'footer') continue
    const text = block.text.length > 400 ? block.text.slice(0, 400) : block.text
    const found = findDate(text)
    if (!found) continue
    const before = text.slice(Math.max(0, found.index - 12), found.index)
    if (refused.test(before)) continue
    if (labelled.test(before)) return found.stamp
    if (!labelledOnly && !bare && (found.index < 8 || text.length < 80) && !refused.test(text)) bare = found.stamp
  }
  return bare
}

/**
 * A publish time from metadata (`article:published_time`, `PubDate`, …,
 * JSON-LD `datePublished`, WeChat's `var ct`).
 *
 * @param head Head values.
 * @returns The stamp or `null`.
 */
function metadataDate(head: PageHead): DateStamp | null {
  for (const name of publishMetaNames) {
    for (const value of [...(head.meta.get(name) ?? []), ...(head.itemprops.get(name) ?? [])]) {
      const stamp = /^\d{10,13}$/.test(value) ? fromUnixSeconds(value) : findDate(value)?.stamp
      if (stamp) return stamp
    }
  }
  const ld = jsonLdString(head.jsonLd, 'datePublished') ?? jsonLdString(head.jsonLd, 'pubDate') ?? jsonLdString(head.jsonLd, 'dateCreated')
  const fromLd = ld ? findDate(ld)?.stamp : null
  if (fromLd) return fromLd
  for (const script of head.scripts) {
    const match = /\bvar\s+ct\s*=\s*["']?(\d{10})["']?/.exec(script)
    if (match) return fromUnixSeconds(match[1]!)
  }
  return null
}

/**
 * A date in the URL path (`/2024/01/07/`, `/202401/t20240109_…`, `/2024-02/27/`).
 *
 * @param url Article URL.
 * @returns The date (no time) or `null`.
 */
function urlDate(url: string | null): DateStamp | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  const match = /(?<!\d)(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path)
  if (!match) return null
  const iso = `${match[1]}-${match[2]}-${match[3]}`
  return { iso, text: match[0] }
}
