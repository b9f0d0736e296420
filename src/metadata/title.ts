/**
 * The headline: the printed headline element that best agrees with the
 * page's own claims (`<title>`, `og:title`, `ArticleTitle`, JSON-LD
 * `headline`), never with the site suffix.
 */
import type { Element } from 'hast'
import type { Block } from '../blocks/blocks.js'
import { classTokens } from '../blocks/zone.js'
import { titleClassParts, titleMetaNames } from '../data/metadata-labels.js'
import { collapseWhitespace, stripWhitespace } from '../text/normalize.js'
import { metaValue, type PageHead } from './head.js'
import { jsonLdString } from './json-ld.js'

/** The headline and where it was printed. */
export interface FoundTitle {
  /** The headline text. */
  text: string
  /** Index of the first block of the printed headline, or -1 when it came from metadata. */
  blockIndex: number
}

/** Separators between a headline and the site name in `<title>`. */
const titleSeparators = /\s*(?:_|\||｜|—|–|-{1,2}|－|::|·|»|\s{2,})\s*/

/**
 * Find the headline.
 *
 * @param head Head values.
 * @param blocks All page blocks.
 * @param bodyStart Index of the first block of the article body (or blocks.length).
 * @returns The headline, or `null`.
 */
export function findTitle(head: PageHead, blocks: readonly Block[], bodyStart: number): FoundTitle | null {
  const claimed = [metaValue(head, titleMetaNames), jsonLdString(head.jsonLd, 'headline')].filter((value): value is string => Boolean(value))
  const documentTitle = head.title ?? ''
  const references = [...claimed, documentTitle].map(stripWhitespace).filter((value) => value.length > 0)

  let best: FoundTitle | null = null
  let bestScore = 0
  for (const candidate of headlineCandidates(blocks)) {
    const key = stripWhitespace(candidate.text)
    if (key.length < 4 || key.length > 120) continue
    let score = 0
    for (const reference of references) {
      if (reference === key) score = Math.max(score, 10)
      else if (reference.startsWith(key)) score = Math.max(score, 6 + key.length / reference.length)
      else if (reference.includes(key)) score = Math.max(score, 4 + key.length / reference.length)
      else if (key.includes(reference) && reference.length >= 6) score = Math.max(score, 3)
    }
    if (score === 0 && references.length > 0) continue
    score += candidate.weight
    if (candidate.blockIndex <= bodyStart) score += 1
    if (score > bestScore) {
      bestScore = score
      best = { text: candidate.text, blockIndex: candidate.blockIndex }
    }
  }
  if (best) return best
  const fallback = claimed[0] ?? stripSiteName(documentTitle)
  return fallback ? { text: collapseWhitespace(fallback), blockIndex: -1 } : null
}

/** A printed line that may be the headline. */
interface Candidate {
  text: string
  blockIndex: number
  weight: number
}

/**
 * Printed lines that may be the headline: heading elements and elements whose
 * class says "title", with lines of one element joined (a headline printed
 * over several lines is one string).
 *
 * @param blocks All blocks.
 * @returns Candidates.
 */
function headlineCandidates(blocks: readonly Block[]): Candidate[] {
  const candidates: Candidate[] = []
  let previous: Element | null = null
  for (const block of blocks) {
    if (block.zone === 'footer' || block.zone === 'aside') continue
    if (block.linkDensity > 0.5 && block.heading === 0) continue
    const titled = hasTitleClass(block.element) || block.ancestors.slice(-2).some(hasTitleClass)
    if (block.heading === 0 && !titled && !block.centered && block.leadingBold !== block.text) continue
    const weight = (block.heading === 1 ? 3 : block.heading > 0 ? 2 : 0) + (titled ? 2 : 0)
    if (block.element === previous && candidates.length > 0 && !block.first) {
      const last = candidates[candidates.length - 1]!
      candidates.push({ text: `${last.text} ${block.text}`, blockIndex: last.blockIndex, weight })
    } else {
      candidates.push({ text: block.text, blockIndex: block.index, weight })
    }
    previous = block.element
  }
  return candidates
}

/**
 * Whether an element's class or id names a title.
 *
 * @param element Element.
 * @returns Whether it does.
 */
function hasTitleClass(element: Element): boolean {
  return classTokens(element).some((token) => titleClassParts.some((part) => token.includes(part)) && !token.includes('subtitle'))
}

/**
 * `<title>` without its site suffix: the longest part between separators.
 *
 * @param title Document title.
 * @returns The headline part.
 */
export function stripSiteName(title: string): string {
  const parts = title.split(titleSeparators).map((part) => part.trim()).filter(Boolean)
  return parts[0] ?? ''
}
