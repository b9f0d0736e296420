/**
 * Speaker headings: a paragraph that names who speaks in the paragraphs after
 * it (`区人大代表、某局局长 钱峰：`, `【同期声】县长张三：`), and labelled lines whose
 * words follow the colon on the same line (a quote only when they are in
 * quotation marks).
 */
import { decorationBullets } from '../data/marks.js'
import { reporterWords } from '../data/quotes/speech.js'
import { isHan } from '../text/normalize.js'
import type { Person } from './person.js'
import { nameEndingAt } from './person.js'
import { readRoleChain } from './roles.js'

/** Longest speaker heading. */
const maxHeadingLength = 60

/** A speaker named at the start of a paragraph, before a colon. */
export interface SpeakerLabel {
  /** The speaker. */
  person: Person & { kind: 'named' }
  /** Index after the colon: the speaker's words start here (the paragraph's end for a heading). */
  wordsStart: number
}

/**
 * Read `LABEL ROLES NAME：` at the start of a paragraph.
 *
 * @param text Paragraph.
 * @param isKnownName Name check for names without a known surname.
 * @returns The label, or `null`.
 */
export function readSpeakerLabel(text: string, isKnownName: (name: string) => boolean): SpeakerLabel | null {
  const colon = firstColon(text)
  if (colon === -1) return null
  // A decoration before the label (`▶全国人大代表张三：`) is not part of it.
  let start = 0
  while (start < colon && (decorationBullets.includes(text[start]!) || text[start] === ' ')) start++
  const close = ({ '【': '】', '（': '）', '(': ')', '[': ']' } as Record<string, string>)[text[start] ?? '']
  if (close) {
    const end = text.indexOf(close, start)
    if (end === -1 || end > colon) return null
    start = end + 1
  }
  let nameEnd = colon
  while (nameEnd > start && text[nameEnd - 1] === ' ') nameEnd--
  const named = nameEndingAt(text, nameEnd, start, isKnownName)
  if (!named) return null
  let rolesEnd = named.start
  while (rolesEnd > start && text[rolesEnd - 1] === ' ') rolesEnd--
  const chain = readRoleChain(text, rolesEnd, start)
  const phraseStart = chain.roles.length > 0 ? chain.start : named.start
  if (text.slice(start, phraseStart).trim() !== '') return null
  if (chain.roles.length === 0 && !close && !isHan(named.name[0])) return null
  // The reporter asks; they are nobody's speaker (`有记者提问：…？`).
  if (chain.roles.some((role) => reporterWords.includes(role.title))) return null
  return { person: { kind: 'named', name: named.name, roles: chain.roles, start: phraseStart }, wordsStart: colon + 1 }
}

/**
 * Index of the first colon within a heading's reach, or -1.
 *
 * @param text Paragraph.
 * @returns Index or -1.
 */
function firstColon(text: string): number {
  const end = Math.min(text.length, maxHeadingLength)
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index)
    // ： :
    if (code === 0xff1a || code === 0x3a) return index
    // 。 “
    if (code === 0x3002 || code === 0x201c) return -1
  }
  return -1
}
