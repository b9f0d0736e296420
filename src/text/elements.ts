/**
 * Walking elements: call a function for every element of a tree, in
 * document order; and tell a wrapper (an element that holds one child and no
 * text of its own) from a container.
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

/**
 * Whether an element holds one child element and no text of its own: a
 * wrapper around it.
 *
 * @param parent Element.
 * @param child One of its children.
 * @returns Whether `child` is all it holds.
 */
export function wrapsOnly(parent: Element, child: Element): boolean {
  for (const node of parent.children) {
    if (node === child) continue
    if (node.type === 'element' || (node.type === 'text' && node.value.trim() !== '')) return false
  }
  return true
}

/**
 * The one child element of an element that holds no text of its own, if
 * it is a wrapper (see {@link wrapsOnly}).
 *
 * @param element Element.
 * @returns The child, or `undefined`.
 */
export function onlyChild(element: Element): Element | undefined {
  const child = element.children.find((node): node is Element => node.type === 'element')
  return child && wrapsOnly(element, child) ? child : undefined
}
