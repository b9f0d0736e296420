/**
 * Check the arguments of `parseArticle`: only a wrong argument throws.
 */
import type { ParseOptions } from './types.js'

/** Options after checking, with defaults. */
export interface CheckedOptions {
  /** Absolute page URL or `null`. */
  url: string | null
  /** Extra marker words. */
  sectionMarkers: string[]
}

/**
 * Validate options.
 *
 * @param options Options as given.
 * @returns Checked options.
 * @throws {TypeError} When an option has the wrong type or value.
 */
export function checkOptions(options: unknown): CheckedOptions {
  if (options === undefined || options === null) return { url: null, sectionMarkers: [] }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`zh-article: expected options to be an object, got ${describe(options)}`)
  }
  const { url, sectionMarkers } = options as ParseOptions
  let checkedUrl: string | null = null
  if (url !== undefined && url !== null) {
    if (typeof url !== 'string') throw new TypeError(`zh-article: expected options.url to be a string, got ${describe(url)}`)
    const parsed = parseHttpUrl(url)
    if (!parsed) {
      throw new TypeError(`zh-article: expected options.url to be an absolute http(s) URL, got ${JSON.stringify(url.slice(0, 100))}`)
    }
    checkedUrl = parsed.href
  }
  let markers: string[] = []
  if (sectionMarkers !== undefined && sectionMarkers !== null) {
    if (!Array.isArray(sectionMarkers) || !sectionMarkers.every((marker) => typeof marker === 'string' && marker.trim() !== '')) {
      throw new TypeError(`zh-article: expected options.sectionMarkers to be an array of non-empty strings, got ${describe(sectionMarkers)}`)
    }
    markers = sectionMarkers.map((marker) => marker.trim())
  }
  return { url: checkedUrl, sectionMarkers: markers }
}

/**
 * Name a value's type for an error message.
 *
 * @param value Any value.
 * @returns A short description.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Uint8Array) return 'a Uint8Array'
  return typeof value === 'object' ? `an object (${Object.prototype.toString.call(value).slice(8, -1)})` : `a ${typeof value}`
}

/**
 * Parse an absolute `http:` or `https:` URL.
 *
 * @param value Text.
 * @returns The URL, or `null` when the text is not one.
 */
export function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}
