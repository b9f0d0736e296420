/**
 * Validate any value against the published `schema.json` (JSON Schema draft
 * 2020-12) with Ajv. Shared by every test that checks an Article.
 */
import { readFileSync } from 'node:fs'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import type { Article } from '../../src/types.js'

/** The published schema, parsed. */
export const articleSchema: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../schema.json', import.meta.url), 'utf8')
) as Record<string, unknown>

const ajv = new Ajv2020({ allErrors: true, strict: true })
const validate = ajv.compile(articleSchema)

/**
 * The schema errors of a value, as readable lines (empty when it is a valid Article).
 *
 * @param value Anything.
 * @returns One line per error.
 */
export function schemaErrors(value: unknown): string[] {
  if (validate(value)) return []
  return (validate.errors ?? []).slice(0, 20).map(formatError)
}

/**
 * Throw unless a value is a valid Article by the schema; narrow its type.
 *
 * @param value Anything (usually a `parseArticle` result).
 * @throws {Error} Listing the schema errors.
 */
export function assertValidArticle(value: unknown): asserts value is Article {
  const errors = schemaErrors(value)
  if (errors.length > 0) throw new Error(`Article does not match schema.json:\n${errors.join('\n')}`)
}

/**
 * One Ajv error as text.
 *
 * @param error Ajv error.
 * @returns `path: message (params)`.
 */
function formatError(error: ErrorObject): string {
  return `${error.instancePath || '/'}: ${error.message ?? 'invalid'} ${JSON.stringify(error.params)}`
}
