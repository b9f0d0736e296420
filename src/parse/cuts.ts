/**
 * Remove ranges from a string in one copy.
 */

/**
 * Remove ranges from markup.
 *
 * @param html Markup.
 * @param cuts Ranges to remove, as pairs of start and end index, increasing and not overlapping.
 * @returns The same string when there is nothing to cut, else a copy without the ranges.
 */
export function applyCuts(html: string, cuts: readonly number[]): string {
  if (cuts.length === 0) return html
  const parts: string[] = []
  let copiedUpTo = 0
  for (let index = 0; index < cuts.length; index += 2) {
    parts.push(html.slice(copiedUpTo, cuts[index]))
    copiedUpTo = cuts[index + 1]!
  }
  parts.push(html.slice(copiedUpTo))
  return parts.join('')
}
