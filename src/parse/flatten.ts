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
 * Flatten everything nested deeper than {@link maxTreeDepth}. Iterative and
 * linear.
 *
 * @param tree A parsed tree.
 * @param copy Whether to leave `tree` as it is and flatten a copy (elements
 *   and child lists are copied; text and other leaves are shared), for trees
 *   that are not ours to change.
 * @returns `tree` changed in place, or the flattened copy.
 */
export function flattenDeep(tree: Root, copy = false): Root {
  const root: Root = copy ? { ...tree, children: [...tree.children] } : tree
  const stack: Array<{ parent: Root | Element; depth: number }> = [{ parent: root, depth: 0 }]
  while (stack.length > 0) {
    const { parent, depth } = stack.pop()!
    const children = parent.children
    for (let index = 0; index < children.length; index++) {
      let child = children[index]!
      if (child.type !== 'element') continue
      if (copy) {
        child = { ...child, children: [...child.children] }
        children[index] = child
      }
      if (depth + 1 >= maxTreeDepth) child.children = leavesOf(child.children)
      else stack.push({ parent: child, depth: depth + 1 })
    }
  }
  return root
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

