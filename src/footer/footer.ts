/**
 * Footer links: every link in the page footer (bottom navigation, copyright,
 * filing numbers, mobile site), in page order, absolute, with only `http:`,
 * `https:` and `mailto:` kept.
 */
import type { Element } from 'hast'
import { isElement } from 'hast-util-is-element'
import { blockElements } from '../data/elements.js'
import { forEachElement } from '../text/elements.js'
import { collapsedText, isSkipped, type Block } from '../blocks/blocks.js'
import { classTokens, isWeakFooter, ownZone, zoneOfToken } from '../blocks/zone.js'
import { footerLineWords } from '../data/zones.js'
import { isRelatedHeading } from '../blocks/related-box.js'
import { wordAlternation } from '../text/patterns.js'
import { foldText } from '../text/simplify.js'
import type { FooterLink } from '../types.js'
import { createUrlResolver } from '../metadata/url.js'

/** Lines that only a footer prints (tested on folded text). */
const footerText = new RegExp(wordAlternation(footerLineWords), 'i')

/** Elements that hold the whole page: an article root this high still leaves the footer out. */
const pageRoots = new Set(['body', 'html'])

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
  // An article root that is the whole page holds the footer too: the footer starts where the page's
  // trailing chrome (footer, side and nav lines) does.
  let end = bodyEnd
  if (body && pageRoots.has(body.tagName)) {
    end = Math.min(bodyEnd, blocks.length)
    while (end > 0 && blocks[end - 1]!.zone !== 'none') end--
  }
  const roots = footerRoots(blocks, body, end)
  const links: FooterLink[] = []
  const resolver = createUrlResolver(base)
  for (const root of roots) {
    for (const anchor of linksIn(root)) {
      if (links.length >= maxLinks) return links
      const text = collapsedText(anchor)
      const href = anchor.properties.href
      if (!text || typeof href !== 'string' || pointsHere(href)) continue
      const url = resolver.resolve(href)
      if (url) links.push({ text, href: asPrinted(href, url) })
    }
  }
  return links
}

/**
 * An absolute http(s) origin with no path, maybe a query or fragment after it
 * (`https://beian.miit.gov.cn`, `http://club.tech.163.com#f=endnav`); group 1
 * is the origin, group 2 what follows it.
 */
const plainOrigin = /^(https?:\/\/[a-z0-9.-]+(?::\d{1,5})?)([?#]\S*)?$/

/**
 * A link's address as the page prints it when it is already absolute and
 * resolving it would only add the root path's `/` the page does not print
 * (`https://beian.miit.gov.cn`). Any other address is the resolved one.
 *
 * @param href The `href` as printed.
 * @param resolved The resolved address.
 * @returns The address to report.
 */
function asPrinted(href: string, resolved: string): string {
  const printed = href.trim()
  const origin = plainOrigin.exec(printed)
  return origin && resolved === `${origin[1]}/${origin[2] ?? ''}` ? printed : resolved
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
  const roots = new Set<Element>()
  // The parent of each root (a root is an outermost footer element, so its parent is no footer).
  const parents = new Map<Element, Element | undefined>()
  const holdsAside = new Set<Element>()
  // Roots that hold a box of other articles under its heading.
  const holdsRelated = new Set<Element>()
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
    // A line inside the article body is never footer, unless the body is the whole page (all its
    // lines stand right in `<body>`).
    if (body && !pageRoots.has(body.tagName) && (block.element === body || block.ancestors.includes(body))) continue
    const at = block.ancestors.findIndex(isFooter)
    const root = at !== -1 ? block.ancestors[at] : isFooter(block.element) ? block.element : undefined
    // A footer inside a list item is the item's (`<li>…<div class="footer-bar">`), not the page's.
    if (root && !roots.has(root) && !block.ancestors.slice(0, at === -1 ? undefined : at).some((element) => element.tagName === 'li')) {
      roots.add(root)
      parents.set(root, at === -1 ? block.ancestors[block.ancestors.length - 1] : block.ancestors[at - 1])
    }
    // A comment box, share bar or related list inside a footer marks the bottom of the article, not the page's.
    if (root && at !== -1 && !holdsAside.has(root) && (ownZone(block.element) === 'aside' || block.ancestors.slice(at + 1).some((element) => ownZone(element) === 'aside'))) holdsAside.add(root)
    // So does a box of related articles opened by its heading (`<div class="bottom"><h3>往期推荐</h3><ul>…`).
    if (root && isRelatedHeading(block.text)) {
      holdsAside.add(root)
      holdsRelated.add(root)
    }
  }
  // The bottom of the article (`article-bottom`: tags, feedback, comments) is no footer beside a real one,
  // nor beside the branch of a copyright line.
  // A footer class on a comment box (`<div class="main-foot" id="comments">`) marks no page footer either.
  const strong = [...roots].filter((root) => !isWeakFooter(root) && !marksAside(root))
  if (strong.length > 0) {
    // A weak footer beside a real one (`<div class="bottom-nav">` next to `<div class="copyright">`) is part of it.
    const parentsOfStrong = new Set(strong.map((root) => parents.get(root)))
    const kept = [...roots].filter((root) => !isWeakFooter(root) || (parentsOfStrong.has(parents.get(root)) && !holdsAside.has(root)))
    // So is a row of short links right before it (`<div class="links">报社简介 | 联系我们</div><div id="footer">`).
    const first = kept[0]
    const nav = first ? navRowBefore(first, parents.get(first), body) : null
    return nav && !kept.includes(nav) ? [nav, ...kept] : kept
  }
  const copyright = copyrightBranch(blocks, body, bodyEnd)
  // With neither, the bottom of the article is the footer, unless it is a list of other articles.
  return copyright ? [copyright] : [...roots].filter((root) => !isWeakFooter(root) || !holdsRelated.has(root))
}

/**
 * Whether an element's own class or id also marks a sidebar-like box
 * (`comments`, `share`, `related`).
 *
 * @param element Element.
 * @returns Whether it does.
 */
function marksAside(element: Element): boolean {
  return classTokens(element).some((token) => zoneOfToken(token) === 'aside')
}

/** Longest link text of a bottom navigation row (`报社简介`, `联系我们`, `网站地图`). */
const maxNavLinkText = 8

/** Most links in a bottom navigation row. */
const maxNavLinks = 16

/**
 * The element right before a footer, under the same parent, when it is a
 * line of short links and nothing else (a bottom navigation printed apart
 * from the copyright block), holding no block (a list of items, a comment box).
 *
 * @param footer The first footer root.
 * @param parent Its parent.
 * @param body The article root, or `null`.
 * @returns The row, or `null`.
 */
function navRowBefore(footer: Element, parent: Element | undefined, body: Element | null): Element | null {
  if (!parent) return null
  const at = parent.children.indexOf(footer)
  let previous: Element | null = null
  for (let index = at - 1; index >= 0; index--) {
    const node = parent.children[index]!
    if (node.type === 'element') {
      previous = node
      break
    }
    if (node.type === 'text' && node.value.trim() !== '') return null
  }
  if (!previous || previous === body || ownZone(previous) === 'aside' || ownZone(previous) === 'nav') return null
  // One line of links: no blocks inside (a list of items, a comment box, the article); its
  // children are looked at first, so a large container is turned down without a walk.
  for (const child of previous.children) if (child.type === 'element' && blockElements.has(child.tagName)) return null
  let holdsBlock = false
  forEachElement(previous, (element) => {
    if (element !== previous && blockElements.has(element.tagName)) holdsBlock = true
  })
  if (holdsBlock) return null
  const anchors = linksIn(previous)
  if (anchors.length < 2 || anchors.length > maxNavLinks) return null
  let linkText = 0
  for (const anchor of anchors) {
    const text = collapsedText(anchor)
    if (text.length > maxNavLinkText) return null
    linkText += text.length
  }
  // Nothing but the links and their separators.
  const all = collapsedText(previous).replace(/[\s|｜丨·•/]/g, '')
  return all.length <= linkText ? previous : null
}

/**
 * The branch that holds the last copyright or filing line after the article.
 *
 * @param blocks All blocks.
 * @param body Article root.
 * @param bodyEnd Index after the last body block.
 * @returns The branch, or `null`.
 */
function copyrightBranch(blocks: readonly Block[], body: Element | null, bodyEnd: number): Element | null {
  const bodyLine = body ? lineTo(blocks, body, bodyEnd) : new Set<Element>()
  for (let index = blocks.length - 1; index >= bodyEnd && index >= 0; index--) {
    const block = blocks[index]!
    if (!footerText.test(foldText(block.text))) continue
    const chain = [...block.ancestors, block.element]
    // The outermost branch off the article's line, narrowed to one a footer's size (a side column holds more).
    const outer = chain.findIndex((element, position) => position > 0 && !bodyLine.has(element) && element.tagName !== 'body')
    if (outer === -1) return null
    for (let position = outer; position < chain.length; position++) {
      if (position === chain.length - 1 || textInside(blocks, index, chain[position]!) <= maxFooterText) return chain[position]!
    }
    return null
  }
  return null
}

/** Most text a footer branch holds (a copyright line, filing numbers, a row or two of links). */
const maxFooterText = 800

/**
 * How much text the blocks inside an element hold, counted outward from one
 * of them until {@link maxFooterText} is passed.
 *
 * @param blocks All blocks.
 * @param index A block inside the element.
 * @param element The element.
 * @returns Characters (more than {@link maxFooterText} once it is passed).
 */
function textInside(blocks: readonly Block[], index: number, element: Element): number {
  const inside = (block: Block): boolean => block.element === element || block.ancestors.includes(element)
  let total = blocks[index]!.text.length
  for (let before = index - 1; before >= 0 && total <= maxFooterText && inside(blocks[before]!); before--) total += blocks[before]!.text.length
  for (let after = index + 1; after < blocks.length && total <= maxFooterText && inside(blocks[after]!); after++) total += blocks[after]!.text.length
  return total
}

/**
 * The article root and the elements above it: the elements that hold it.
 *
 * @param blocks All blocks.
 * @param body Article root.
 * @param bodyEnd Index after the last body block (that block lies inside `body`).
 * @returns The root and its ancestors.
 */
function lineTo(blocks: readonly Block[], body: Element, bodyEnd: number): Set<Element> {
  const last = blocks[bodyEnd - 1]
  const chain = last ? [...last.ancestors, last.element] : []
  const at = chain.indexOf(body)
  return new Set(at === -1 ? [body] : chain.slice(0, at + 1))
}

/**
 * Whether an `href` points at the page itself (`#`, `#top`, empty): a
 * back-to-top or tab control, not a link of the footer.
 *
 * @param href Raw `href`.
 * @returns Whether it does.
 */
function pointsHere(href: string): boolean {
  const trimmed = href.trim()
  return trimmed === '' || trimmed.startsWith('#')
}

/**
 * The `<a href>` elements inside an element, in document order. Iterative
 * and linear (a CSS selector engine costs time in proportion to depth here).
 *
 * @param root Element to search.
 * @returns Anchors.
 */
function linksIn(root: Element): Element[] {
  const links: Element[] = []
  forEachElement(root, (element) => {
    // A hidden link (`<span hidden><a>旧版入口</a></span>`) is not printed.
    if (isSkipped(element)) return 'skip'
    if (isElement(element, 'a') && element.properties.href !== undefined && element.properties.href !== null) links.push(element)
  })
  return links
}
