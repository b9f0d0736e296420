/**
 * Footer links: every link in the page footer (bottom navigation, copyright,
 * filing numbers, mobile site), in page order, absolute, with only `http:`,
 * `https:` and `mailto:` kept.
 */
import type { Element } from 'hast'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import type { Block } from '../blocks/blocks.js'
import { ownZone } from '../blocks/zone.js'
import type { FooterLink } from '../types.js'
import { resolveUrl } from '../metadata/url.js'
import { collapseWhitespace } from '../text/normalize.js'

/** Lines that only a footer prints. */
const footerText = /ICP备|ICP证|公网安备|版权所有|Copyright|©|\(C\)|主办单位|主办：|承办单位/i

/** Most links read from a footer. */
const maxLinks = 1000

/**
 * Find the footer links.
 *
 * @param blocks All page blocks.
 * @param body The article root, or `null`.
 * @param bodyEnd Index after the last body block.
 * @param base Absolute base for relative links, or `null`.
 * @returns Footer links.
 */
export function findFooterLinks(blocks: readonly Block[], body: Element | null, bodyEnd: number, base: string | null): FooterLink[] {
  const roots = footerRoots(blocks, body, bodyEnd)
  const links: FooterLink[] = []
  for (const root of roots) {
    for (const anchor of selectAll('a[href]', root)) {
      if (links.length >= maxLinks) return links
      const text = collapseWhitespace(toText(anchor))
      const href = anchor.properties.href
      if (!text || typeof href !== 'string') continue
      const url = resolveUrl(href, base)
      if (url) links.push({ text, href: url })
    }
  }
  return links
}

/**
 * The footer elements after the article: the outermost elements marked as
 * footer by tag or class, else the branch that holds the last copyright or
 * filing line.
 *
 * @param blocks All blocks.
 * @param body Article root.
 * @param bodyEnd Index after the last body block.
 * @returns Footer elements in page order.
 */
function footerRoots(blocks: readonly Block[], body: Element | null, bodyEnd: number): Element[] {
  const roots: Element[] = []
  const zoneCache = new Map<Element, boolean>()
  const isFooter = (element: Element): boolean => {
    let cached = zoneCache.get(element)
    if (cached === undefined) {
      cached = ownZone(element) === 'footer'
      zoneCache.set(element, cached)
    }
    return cached
  }
  for (let index = bodyEnd; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.zone !== 'footer') continue
    const chain = [...block.ancestors, block.element]
    const root = chain.find((element) => isFooter(element) && !(body && (element === body || contains(chain, body))))
    if (root && !roots.includes(root)) roots.push(root)
  }
  if (roots.length > 0) return roots
  for (let index = blocks.length - 1; index >= bodyEnd && index >= 0; index--) {
    const block = blocks[index]!
    if (!footerText.test(block.text)) continue
    const chain = [...block.ancestors, block.element]
    const branch = chain.find((element, position) => position > 0 && !(body && containsElement(element, body)) && element.tagName !== 'body')
    return branch ? [branch] : []
  }
  return roots
}

/**
 * Whether `chain` (outermost first) passes through `element` before its end.
 *
 * @param chain Element chain.
 * @param element Element.
 * @returns Whether the chain holds it.
 */
function contains(chain: readonly Element[], element: Element): boolean {
  return chain.includes(element)
}

/**
 * Whether `ancestor` holds `element` (or is it).
 *
 * @param ancestor Possible ancestor.
 * @param element Element.
 * @returns Whether it does.
 */
function containsElement(ancestor: Element, element: Element): boolean {
  if (ancestor === element) return true
  const stack: Element[] = [ancestor]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child === element) return true
      stack.push(child)
    }
  }
  return false
}
