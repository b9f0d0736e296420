/**
 * The package version, read from the `package.json` next to `dist/`.
 */
import { readFileSync } from 'node:fs'

/**
 * Read the version of the installed package.
 *
 * @param packageUrl URL of `package.json` (default: one level above the built CLI).
 * @returns The version, or `unknown` when it cannot be read.
 */
export function readVersion(packageUrl: URL = new URL('../package.json', import.meta.url)): string {
  try {
    const data = JSON.parse(readFileSync(packageUrl, 'utf8')) as { version?: unknown }
    return typeof data.version === 'string' ? data.version : 'unknown'
  } catch {
    return 'unknown'
  }
}
