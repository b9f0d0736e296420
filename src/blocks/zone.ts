/**
 * Classify an element into a page zone (navigation, footer, sidebar-like
 * asides) from its tag and `class`/`id` tokens.
 */
import type { Element } from 'hast'
import { articleFooterParts, exactZoneTokens, sideColumnTokens, weakFooterParts, weakZoneParts, zoneClassParts, zoneTags, zoneTokenSegments } from '../data/zones.js'
import { wordAlternation } from '../text/patterns.js'

/** Zone of page chrome an element belongs to; `none` for content. */
export type Zone = 'none' | 'nav' | 'footer' | 'aside'

const zones = ['footer', 'nav', 'aside'] as const

/** The zone each zone tag marks (the first zone listing it wins, as in {@link zones} order). */
const zoneByTag = new Map<string, Zone>()
for (const zone of zones) {
  for (const tag of (zoneTags as Record<string, readonly string[] | undefined>)[zone] ?? []) if (!zoneByTag.has(tag)) zoneByTag.set(tag, zone)
}

/**
 * Per zone, in {@link zones} order: its whole tokens, and one pattern for its
 * class parts (one pass over a token instead of an `includes` per part).
 */
const zoneTokenTests = zones.map((zone) => ({
  zone,
  exact: new Set<string>(exactZoneTokens[zone]),
  parts: zonePattern(zone, zoneClassParts[zone])
}))

/**
 * One pattern for a zone's class parts (anywhere in a token) and its token
 * segments (whole between `-`/`_` or the token's ends: `art_ad`, see
 * `zoneTokenSegments`).
 *
 * @param zone Zone.
 * @param parts Class parts (all of the zone's, or its strong ones).
 * @returns Pattern.
 */
function zonePattern(zone: Exclude<Zone, 'none'>, parts: readonly string[]): RegExp {
  const segments = (zoneTokenSegments as Record<string, readonly string[] | undefined>)[zone] ?? []
  const anywhere = wordAlternation(parts)
  return segments.length === 0 ? new RegExp(anywhere) : new RegExp(`${anywhere}|(?:^|[-_])(?:${wordAlternation(segments)})(?:[-_]|$)`)
}

/** The tokens of an element with neither `class` nor `id` (most elements): one shared empty list. */
const noTokens: readonly string[] = Object.freeze([])

/**
 * The `class` and `id` tokens of an element, lower-cased (at most 16).
 *
 * @param element hast element.
 * @returns Tokens (do not change the list: it may be shared).
 */
export function classTokens(element: Element): readonly string[] {
  const className = element.properties.className
  const id = element.properties.id
  if (className === undefined && (id === undefined || id === '')) return noTokens
  const tokens: string[] = []
  if (Array.isArray(className)) for (const token of className) tokens.push(String(token).toLowerCase())
  else if (typeof className === 'string') tokens.push(...(className as string).toLowerCase().split(' '))
  if (typeof id === 'string' && id) tokens.push(id.toLowerCase())
  return tokens.length > 16 ? tokens.slice(0, 16) : tokens
}

/**
 * The zone an element marks where it stands: as {@link ownZone}, except that
 * an `<article>`'s own `<header>` and `<footer>` mark none.
 *
 * @param element hast element.
 * @param ancestors Elements above it, outermost first.
 * @returns Zone.
 */
export function ownZoneIn(element: Element, ancestors: readonly Element[]): Zone {
  return isArticlePart(element, ancestors) ? 'none' : ownZone(element)
}

/**
 * Whether an element is an `<article>`'s own `<header>` or `<footer>`, not the
 * page's.
 *
 * @param element hast element.
 * @param ancestors Elements above it, outermost first.
 * @returns Whether it is.
 */
function isArticlePart(element: Element, ancestors: readonly Element[]): boolean {
  return (element.tagName === 'header' || element.tagName === 'footer') && ancestors.some((ancestor) => ancestor.tagName === 'article')
}

/**
 * The zone an element itself marks (not inherited).
 *
 * @param element hast element.
 * @returns Zone, `none` when the element marks none.
 */
export function ownZone(element: Element): Zone {
  const byTag = zoneByTag.get(element.tagName)
  if (byTag !== undefined) return byTag
  // The page itself is no zone, whatever its classes say (WeChat's `<body class="… comment_feature …">`).
  if (element.tagName === 'body' || element.tagName === 'html') return 'none'
  const tokens = classTokens(element)
  if (tokens.length === 0) return 'none'
  for (const { zone, exact, parts } of zoneTokenTests) {
    for (const token of tokens) {
      if (token.length > 64) continue
      if (exact.has(token) || parts.test(token)) return zone
    }
  }
  return 'none'
}

const columnTokens = new Set(sideColumnTokens)

/** Per zone, its class parts less the weak ones (see {@link weakZoneParts}). */
const strongZoneTests = zones.map((zone) => {
  const strong = zoneClassParts[zone].filter((part) => !(weakZoneParts as readonly string[]).includes(part))
  return { exact: new Set<string>(exactZoneTokens[zone]), parts: zonePattern(zone, strong) }
})

/**
 * Whether an element marks a zone only weakly, so that it may hold the
 * article: only by its position (`class="box right"`, `id="main-right"`: a
 * token of {@link sideColumnTokens}), or by a weak class part
 * (`js_img_share_area`, see {@link weakZoneParts}), and by no other token
 * that marks a zone.
 *
 * @param element hast element.
 * @returns Whether it does.
 */
export function isSideColumn(element: Element): boolean {
  if (zoneByTag.has(element.tagName)) return false
  let weak = false
  for (const token of classTokens(element)) {
    if (token.length > 64) continue
    if (columnTokens.has(token)) {
      weak = true
      continue
    }
    for (const { exact, parts } of strongZoneTests) if (exact.has(token) || parts.test(token)) return false
    if (zoneOfToken(token) !== 'none') weak = true
  }
  return weak
}

/**
 * The zone one class token marks.
 *
 * @param token Lower-cased token.
 * @returns Zone.
 */
export function zoneOfToken(token: string): Zone {
  for (const { zone, exact, parts } of zoneTokenTests) if (exact.has(token) || parts.test(token)) return zone
  return 'none'
}

/** Footer tokens and class parts less the weak ones (see {@link weakFooterParts}). */
const strongFooterTest = {
  exact: new Set<string>(exactZoneTokens.footer.filter((token) => !(weakFooterParts as readonly string[]).includes(token))),
  parts: new RegExp(wordAlternation(zoneClassParts.footer.filter((part) => !(weakFooterParts as readonly string[]).includes(part))))
}

/**
 * Whether a footer element is marked only weakly: by a class like
 * `article-bottom` (see {@link weakFooterParts}), not by its tag or a
 * footer word.
 *
 * @param element An element whose own zone is `footer`.
 * @returns Whether it is.
 */
export function isWeakFooter(element: Element): boolean {
  if (zoneByTag.get(element.tagName) === 'footer') return false
  for (const token of classTokens(element)) {
    // `post-copyright`: the article's credit box, not the page's footer.
    if (articleFooterParts.some((part) => token.includes(part))) continue
    if (token.length <= 64 && (strongFooterTest.exact.has(token) || strongFooterTest.parts.test(token))) return false
  }
  return true
}
