import type { Outline } from '../sections/sections.js'
import type { Quote } from '../types.js'
export function findQuotes(_outline: Outline): Quote[] {
  return []
}
