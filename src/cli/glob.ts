/**
 * A small glob matcher: `*`, `?`, `[...]`, `{a,b}` and `**` (any number of
 * directories). Paths use `/`; dot files match only when the pattern names the dot.
 */

/** Characters that make an argument a glob rather than a path. */
const magic = /[*?[\]{}]/

/**
 * Whether a string contains glob syntax.
 *
 * @param pattern Command-line argument.
 * @returns Whether it does.
 */
export function isGlob(pattern: string): boolean {
  return magic.test(pattern)
}

/**
 * Split a pattern into its literal leading directory and the rest.
 *
 * @param pattern Glob, `/`-separated.
 * @returns `base` (no glob syntax, `''` for the current directory) and `rest`.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/')
  let literal = 0
  while (literal < parts.length - 1 && !isGlob(parts[literal]!)) literal++
  const base = parts.slice(0, literal).join('/')
  return { base: base === '' && pattern.startsWith('/') ? '/' : base, rest: parts.slice(literal).join('/') }
}

/**
 * Compile a glob (relative to its base) into a regular expression over `/`-separated paths.
 *
 * @param pattern Glob without its literal base.
 * @returns A regular expression that matches whole paths.
 */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split('/').filter((segment) => segment !== '')
  let source = ''
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '**') {
      source += last ? '(?:[^/.][^/]*(?:/[^/.][^/]*)*)?' : '(?:[^/.][^/]*/)*'
      return
    }
    source += segmentSource(segment) + (last ? '' : '/')
  })
  return new RegExp(`^${source}$`)
}

/**
 * Regular-expression source for one path segment.
 *
 * @param segment Segment of a glob (not `**`).
 * @returns Source text.
 */
function segmentSource(segment: string): string {
  let source = segment.startsWith('.') ? '' : '(?!\\.)'
  let braces = 0
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!
    if (char === '\\' && index + 1 < segment.length) {
      source += escape(segment[++index]!)
    } else if (char === '*') {
      while (segment[index + 1] === '*') index++
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '[') {
      const close = segment.indexOf(']', index + 2)
      if (close === -1) {
        source += '\\['
        continue
      }
      let body = segment.slice(index + 1, close)
      const negated = body.startsWith('!') || body.startsWith('^')
      if (negated) body = body.slice(1)
      source += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`
      index = close
    } else if (char === '{') {
      braces++
      source += '(?:'
    } else if (char === ',' && braces > 0) {
      source += '|'
    } else if (char === '}' && braces > 0) {
      braces--
      source += ')'
    } else {
      source += escape(char)
    }
  }
  return source + ')'.repeat(braces)
}

/**
 * Escape a character for a regular expression.
 *
 * @param char One character.
 * @returns Escaped text.
 */
function escape(char: string): string {
  return /[.*+?^${}()|[\]\\]/.test(char) ? `\\${char}` : char
}
