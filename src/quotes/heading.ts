/**
 * Speaker headings: a paragraph that names who speaks in the paragraphs after
 * it (`区人大代表、某局局长 钱峰：`, `【同期声】县长张三：`), and labelled lines whose
 * words follow the colon on the same line (a quote only when they are in
 * quotation marks).
 */
import { decorationBullets } from '../data/marks.js'
import { onScreenCaptionLabels, reporterWords, spokenLineLabels } from '../data/quotes/speech.js'
import { isHan } from '../text/normalize.js'
import type { Role } from '../types.js'
import type { Person } from './person.js'
import { nameEndingAt } from './person.js'
import { readRoleChain } from './roles.js'

/** Round brackets, as open → close: they wrap an on-screen caption (`（字幕：…）`). */
const roundBrackets: Record<string, string> = { '（': '）', '(': ')' }

/** Brackets that may wrap a label before the speaker's (`【同期声】`, `（字幕）`), as open → close. */
const labelBrackets: Record<string, string> = { ...roundBrackets, '【': '】', '[': ']' }

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
  const close = labelBrackets[text[start] ?? '']
  if (close) {
    const end = text.indexOf(close, start)
    if (end === -1 || end > colon) return null
    start = end + 1
  }
  // A broadcast line's label before the speaker's (`同期：市人大代表…韦佳佳：…`).
  const spoken = close ? undefined : spokenLineLabels.find((label) => text.startsWith(label, start) && start + label.length === colon)
  if (spoken) return readSpeakerLabelAfter(text, colon + 1, isKnownName)
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
 * Read a speaker's label after a broadcast line's label (`同期：` + `ROLES NAME：`).
 *
 * @param text Paragraph.
 * @param from Index after the first label's colon.
 * @param isKnownName Name check for names without a known surname.
 * @returns The label with indexes in the paragraph, or `null`.
 */
function readSpeakerLabelAfter(text: string, from: number, isKnownName: (name: string) => boolean): SpeakerLabel | null {
  const label = readSpeakerLabel(text.slice(from), isKnownName)
  return label ? { person: { ...label.person, start: label.person.start + from }, wordsStart: label.wordsStart + from } : null
}

/** Longest name read in an on-screen caption. */
const maxCaptionName = 8

/** Longest on-screen caption read (brackets included). */
const maxCaption = 80

/**
 * The person an on-screen caption opening a paragraph names, name first and
 * roles after (`（字幕：范书瑶 市政协委员、桐溪市妇幼保健院副院长）现在…`). The
 * words after it are unmarked, so no quote; the person is the one a pronoun
 * in the lines after refers to, and the roles are theirs when named again.
 *
 * @param text Paragraph (or text from the caption's opening bracket).
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, or `null`.
 */
export function readCaptionPerson(text: string, isKnownName: (name: string) => boolean): (Person & { kind: 'named' }) | null {
  const close = roundBrackets[text[0] ?? '']
  if (!close) return null
  const label = onScreenCaptionLabels.find((word) => text.startsWith(word, 1) && (text[1 + word.length] === '：' || text[1 + word.length] === ':'))
  if (!label) return null
  const nameStart = 2 + label.length
  const space = text.indexOf(' ', nameStart)
  const end = text.indexOf(close, nameStart)
  if (space === -1 || end === -1 || space > nameStart + maxCaptionName || end > maxCaption || space > end) return null
  const named = nameEndingAt(text, space, nameStart, isKnownName)
  if (!named || named.start !== nameStart) return null
  const chain = readRoleChain(text, end, space + 1)
  if (chain.roles.length === 0 || chain.start !== space + 1) return null
  return { kind: 'named', name: named.name, roles: chain.roles, start: 0 }
}

/**
 * The roles an on-screen caption prints after a name at a position
 * (`（字幕：许嘉禾 市人大代表、…总经理）`, see {@link readCaptionPerson}).
 *
 * @param text Text.
 * @param at Where the name is printed.
 * @param name The name.
 * @returns The roles, or `null` when no caption names them there.
 */
export function captionRolesAt(text: string, at: number, name: string): Role[] | null {
  for (const label of onScreenCaptionLabels) {
    const open = at - label.length - 2
    if (open < 0) continue
    const person = readCaptionPerson(text.slice(open, open + maxCaption + 1), (candidate) => candidate === name)
    if (person?.name === name) return person.roles
  }
  return null
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
