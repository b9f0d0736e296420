/**
 * Read values from JSON-LD objects.
 */

/**
 * The first string value of a property in any JSON-LD object (arrays and
 * `@graph` looked through, at most 1,000 objects).
 *
 * @param values Parsed JSON-LD.
 * @param property Property name, e.g. `headline` or `datePublished`.
 * @returns The value or `null`.
 */
export function jsonLdString(values: readonly unknown[], property: string): string | null {
  const queue: unknown[] = [...values]
  for (let seen = 0; queue.length > 0 && seen < 1000; seen++) {
    const value = queue.shift()
    if (Array.isArray(value)) queue.push(...value)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      const found = record[property]
      if (typeof found === 'string' && found.trim()) return found.trim()
      if (found && typeof found === 'object' && typeof (found as Record<string, unknown>).name === 'string') return String((found as Record<string, unknown>).name)
      if (record['@graph']) queue.push(record['@graph'])
    }
  }
  return null
}
