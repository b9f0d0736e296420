/**
 * Boxes of related articles opened by a heading (`相关阅读`, `延伸 · 推荐`):
 * other articles' headlines and excerpts, never the article.
 */
import type { Element } from 'hast'
import { headingSeparators, relatedHeadings } from '../data/boilerplate.js'
import { blockElements } from '../data/elements.js'
import { wrapsOnly } from '../text/elements.js'
import type { Block } from './blocks.js'

/** Longest line read as the heading of a related-articles box. */
const maxRelatedHeading = 12

/** Most wrappers around a heading climbed to reach its box (`<div class="hd"><h3>相关阅读</h3></div>`). */
const maxHeadingWrappers = 3

/**
 * Whether a line is the heading of a box of related articles (`延伸 · 推荐`).
 *
 * @param text Line.
 * @returns Whether it is.
 */
export function isRelatedHeading(text: string): boolean {
  if (text.length > maxRelatedHeading) return false
  let key = ''
  for (const char of text) if (!headingSeparators.includes(char) && char.trim() !== '') key += char
  return relatedHeadings.includes(key)
}

/**
 * The element a heading opens, when no earlier line stands in it: its own
 * element when the heading is loose text before blocks
 * (`<div>相关阅读<ul>…</ul></div>`), else its parent
 * (`<div class="box"><div>延伸 · 推荐</div><div>…</div></div>`), past
 * wrappers that hold only the heading
 * (`<div class="article-list"><div class="hd"><h3>相关阅读</h3></div>…`).
 *
 * @param heading The heading's block.
 * @param previous The block before it.
 * @returns The box, or `null` when the heading does not open one.
 */
export function boxOpenedBy(heading: Block, previous: Block | undefined): Element | null {
  const { element, ancestors } = heading
  const loose = element.children.some((child) => child.type === 'element' && blockElements.has(child.tagName))
  let box: Element | undefined = element
  if (!loose) {
    let at = ancestors.length - 1
    box = ancestors[at]
    for (let climbed = 0; box && climbed < maxHeadingWrappers && at > 0 && wrapsOnly(box, ancestors[at + 1] ?? element); climbed++) {
      at--
      box = ancestors[at]
    }
  }
  if (!box || box.tagName === 'body' || !previous || previous.element === box || previous.ancestors.includes(box)) return null
  return box
}
