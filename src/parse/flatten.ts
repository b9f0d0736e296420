/**
 * A post-parse guard: the tree builder can nest deeper than the pre-pass
 * estimated (formatting elements it reopens, implied elements), and the later
 * stages walk the tree recursively. Below {@link maxTreeDepth}, each
 * element's content is replaced by its leaves (text, `<br>`, `<img>`, …) in
 * document order, so the text stays and the depth is bounded.
 */
import type { Element, ElementContent, Root } from 'hast'

/** Deepest element kept with its structure. */
export const maxTreeDepth = 512

/**
 * Flatten everything nested deeper than {@link maxTreeDepth}, in place.
 * Iterative and linear.
 *
 * @param tree A freshly parsed tree (changed in place).
 * @returns The same tree.
 */
export function flattenDeep(tree: Root): Root {
  const stack: Array<{ element: Element; depth: number }> = []
  for (const child of tree.children) if (child.type === 'element') stack.push({ element: child, depth: 1 })
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!
    if (depth >= maxTreeDepth) {
      element.children = leavesOf(element.children)
      continue
    }
    for (const child of element.children) if (child.type === 'element') stack.push({ element: child, depth: depth + 1 })
  }
  return tree
}

/**
 * The leaves under some nodes (text, comments and empty elements), in document order.
 *
 * @param nodes Nodes.
 * @returns Leaves.
 */
function leavesOf(nodes: readonly ElementContent[]): ElementContent[] {
  const leaves: ElementContent[] = []
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && node.children.length > 0) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    } else {
      leaves.push(node)
    }
  }
  return leaves
}

/**
 * Whether a tree nests deeper than {@link maxTreeDepth} (iterative; stops at
 * the first element too deep).
 *
 * @param tree hast root.
 * @returns Whether {@link flattenDeep} would change it.
 */
export function isTooDeep(tree: Root): boolean {
  const stack: Array<{ element: Element; depth: number }> = []
  for (const child of tree.children) if (child.type === 'element') stack.push({ element: child, depth: 1 })
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!
    if (depth >= maxTreeDepth) return true
    for (const child of element.children) if (child.type === 'element') stack.push({ element: child, depth: depth + 1 })
  }
  return false
}

/**
 * A copy of a tree flattened like {@link flattenDeep}, for trees that are not
 * ours to change. Elements are copied; text and other leaves are shared.
 * Iterative and linear.
 *
 * @param tree hast root (not changed).
 * @returns The flattened copy.
 */
export function flattenedCopy(tree: Root): Root {
  const copy: Root = { ...tree, children: [] }
  const stack: Array<{ from: Element; to: Element; depth: number }> = []
  for (const child of tree.children) {
    if (child.type !== 'element') {
      copy.children.push(child)
      continue
    }
    const to: Element = { ...child, children: [] }
    copy.children.push(to)
    stack.push({ from: child, to, depth: 1 })
  }
  while (stack.length > 0) {
    const { from, to, depth } = stack.pop()!
    if (depth >= maxTreeDepth) {
      to.children = leavesOf(from.children)
      continue
    }
    for (const child of from.children) {
      if (child.type !== 'element') {
        to.children.push(child)
        continue
      }
      const element: Element = { ...child, children: [] }
      to.children.push(element)
      stack.push({ from: child, to: element, depth: depth + 1 })
    }
  }
  return copy
}
