/**
 * Call a function for every element of a tree, in document order.
 *
 * `unist-util-visit` builds a visitor and a parent list for every node; this
 * runs on every element of every page just to read attributes, so it keeps an
 * explicit stack instead (which also cannot overflow on deep trees). A
 * visitor may stop the walk or skip an element's children; where ancestors
 * are needed, use `unist-util-visit`.
 */
import type { Element, Root, RootContent } from 'hast'

/** What a visitor returns: `false` stops the walk, `'skip'` leaves the element's children out. */
export type VisitResult = boolean | 'skip' | void

/**
 * Visit every element in document order.
 *
 * @param tree hast root (or element).
 * @param onElement Called with each element; returning `false` stops the walk, `'skip'` skips its children.
 */
export function forEachElement(tree: Root | Element, onElement: (element: Element) => VisitResult): void {
  const stack: RootContent[] = []
  for (let index = tree.children.length - 1; index >= 0; index--) stack.push(tree.children[index]!)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element') continue
    const result = onElement(node)
    if (result === false) return
    if (result === 'skip') continue
    const children = node.children
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
}
