/**
 * Collect what a page says about itself outside its body text: `<meta>`
 * values, `<link rel=canonical>`, `<base>`, `<title>`, JSON-LD objects and
 * inline scripts (for values like WeChat's `var ct = "…"`). One walk.
 */
import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { forEachElement } from '../text/elements.js'
import { collapseWhitespace } from '../text/normalize.js'

/** What the page says about itself. */
export interface PageHead {
  /** `<meta>` contents keyed by lower-cased `name`, `property`, `itemprop` or `http-equiv`, in page order. */
  meta: Map<string, string[]>
  /** `href` of the first `<link rel=canonical>`, raw. */
  canonical: string | null
  /** `href` of the first `<base>`, raw. */
  base: string | null
  /** Text of the first `<title>`. */
  title: string | null
  /** Parsed JSON-LD values. */
  jsonLd: unknown[]
  /** Inline script texts (first 64 KiB of each, at most 50 scripts). */
  scripts: string[]
  /** Elements carrying `itemprop`/`datetime` values: `datetime` or `content` attribute values keyed by itemprop. */
  itemprops: Map<string, string[]>
  /** The headline a Founder e-paper names in its property comment (`<!--enpproperty …<title>…</title>…-->`), or `null`. */
  paperTitle: string | null
  /** The issue date a Founder e-paper names in its property comment (`<date>2024-03-06</date>`), or `null`. */
  paperDate: string | null
}

/** The headline field of a Founder e-paper's property comment. */
const paperTitleField = /<title>([^<>]{1,200})<\/title>/

/** The date field of a Founder e-paper's property comment. */
const paperDateField = /<date>([^<>]{4,40})<\/date>/

/** Longest script text kept. */
const maxScriptLength = 65536

/** Most script texts kept. */
const maxScripts = 50

/**
 * Walk the page once and collect its head values.
 *
 * @param tree hast root.
 * @param removedScripts Bodies of scripts taken out of the tree before parsing, in page order (read after the tree's own).
 * @param paperProperties The text of a Founder e-paper's property comment, if any.
 * @returns Head values.
 */
export function collectHead(tree: Root, removedScripts: readonly string[] = [], paperProperties: string | null = null): PageHead {
  const paperTitle = paperProperties === null ? null : (paperTitleField.exec(paperProperties)?.[1] ?? null)
  const paperDate = paperProperties === null ? null : (paperDateField.exec(paperProperties)?.[1]?.trim() ?? null)
  const head: PageHead = {
    meta: new Map(),
    canonical: null,
    base: null,
    title: null,
    jsonLd: [],
    scripts: [],
    itemprops: new Map(),
    paperTitle: paperTitle === null ? null : collapseWhitespace(paperTitle) || null,
    paperDate: paperDate || null
  }
  const push = (map: Map<string, string[]>, key: string, value: string): void => {
    const list = map.get(key)
    if (list) {
      if (list.length < 20) list.push(value)
    } else map.set(key, [value])
  }
  forEachElement(tree, (element: Element) => {
    const props = element.properties
    switch (element.tagName) {
      case 'meta': {
        const content = props.content
        if (typeof content !== 'string') break
        const value = collapseWhitespace(content)
        for (const key of [props.name, props.property, props.itemProp, props.httpEquiv]) {
          const name = Array.isArray(key) ? key.join(' ') : key
          if (typeof name === 'string' && name) push(head.meta, name.toLowerCase(), value)
        }
        break
      }
      case 'link': {
        const rel = props.rel
        const rels = Array.isArray(rel) ? rel.map((r) => String(r).toLowerCase()) : []
        if (head.canonical === null && rels.includes('canonical') && typeof props.href === 'string') head.canonical = props.href.trim()
        break
      }
      case 'base':
        if (head.base === null && typeof props.href === 'string') head.base = props.href.trim()
        break
      case 'title':
        if (head.title === null) head.title = collapseWhitespace(toText(element)) || null
        break
      case 'script': {
        const type = String(props.type ?? '').toLowerCase()
        if (type !== 'application/ld+json' && head.scripts.length >= maxScripts) break
        const text = toText(element, { whitespace: 'pre' })
        if (type === 'application/ld+json') {
          try {
            head.jsonLd.push(JSON.parse(text.slice(0, 1_000_000)))
          } catch {
            // Broken JSON-LD (Baidu cambrian blocks often are) is kept as script text, read by pattern.
            if (head.scripts.length < maxScripts) head.scripts.push(text.slice(0, maxScriptLength))
          }
        } else if (text && head.scripts.length < maxScripts) {
          head.scripts.push(text.slice(0, maxScriptLength))
        }
        break
      }
      default: {
        const itemprop = props.itemProp
        const key = Array.isArray(itemprop) ? itemprop.join(' ') : itemprop
        if (typeof key === 'string' && key) {
          const value = itempropValue(element, key)
          if (value) push(head.itemprops, key.toLowerCase(), value)
        }
      }
    }
  })
  for (const script of removedScripts) {
    if (head.scripts.length >= maxScripts) break
    // Line breaks as the parser gives them for the scripts left in the tree.
    const text = script.slice(0, maxScriptLength).replace(/\r\n?/g, '\n')
    if (text.trim() !== '') head.scripts.push(text)
  }
  return head
}

/**
 * The value of an `itemprop` element: its `datetime` or `content`, else, for a
 * date property, its short printed text (`<span itemprop="datePublished">…`).
 *
 * @param element Element carrying `itemprop`.
 * @param key The itemprop name.
 * @returns The value or `null`.
 */
function itempropValue(element: Element, key: string): string | null {
  const props = element.properties
  if (typeof props.dateTime === 'string' && props.dateTime.trim()) return props.dateTime.trim()
  if (typeof props.content === 'string' && props.content.trim()) return props.content.trim()
  if (!/date/i.test(key)) return null
  const text = collapseWhitespace(toText(element))
  return text && text.length <= 60 ? text : null
}

/**
 * First non-empty meta value among several names.
 *
 * @param head Head values.
 * @param names Lower-cased names, in order of preference.
 * @returns Value or `null`.
 */
export function metaValue(head: PageHead, names: readonly string[]): string | null {
  for (const name of names) {
    const value = head.meta.get(name)?.find((item) => item !== '')
    if (value) return value
  }
  return null
}
