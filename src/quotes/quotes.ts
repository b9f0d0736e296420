/**
 * Quotes of an article: the quotes of each paragraph, with speakers resolved
 * across paragraphs: a pronoun is the nearest earlier speaker of the same
 * section; a bare name takes the roles it was printed with earlier.
 */
import type { Outline } from '../sections/sections.js'
import type { Quote, Role, Speaker } from '../types.js'
import { nameDots as nameDotChars, nameNotes } from '../data/quotes/speech.js'
import { organizationEndings } from '../data/quotes/titles.js'
import { isHan, stripWhitespace } from '../text/normalize.js'
import { foldText } from '../text/simplify.js'
import { captionRolesAt, readCaptionPerson, readSpeakerLabel } from './heading.js'
import { quotesInParagraph, speakerOfClosingColon, type RawQuote } from './paragraph.js'
import { clauseStart, hasNameDot, nameEndingAt, splitSurnameAndPost, type Person } from './person.js'
import { opensPostOrganization, personWords, postWords } from './matchers.js'
import { readRoleChain } from './roles.js'
import { closerOf, findSpans, openingOf } from './spans.js'
import { isPrintedOnlyWhole, subjectBefore, type SubjectNames } from './subject.js'
import { latinLetters } from '../text/patterns.js'

/** Middle dots of transliterated names. */
const nameDots = [...nameDotChars]

/** Most distinct names looked up in the whole text (keeps the cost linear). */
const maxLookups = 50

/** Most occurrences of one name looked at. */
const maxOccurrences = 20

/** Most places looked at for the owner of a short form (a surname is a common character). */
const maxOwnerLookups = 100

/**
 * Find every quote of an article.
 *
 * @param outline Lead and sections.
 * @returns Quotes in page order.
 */
export function findQuotes(outline: Outline): Quote[] {
  const parts = [
    { keyword: null as string | null, paragraphs: outline.lead },
    ...outline.sections.map((part) => ({ keyword: part.section.keyword as string | null, paragraphs: part.paragraphs }))
  ]
  // The article text, joined when a name is first looked up in it.
  let fullText: string | null = null
  const lookups = new Map<string, PrintedName>()
  const lookup = (name: string): PrintedName => {
    let found = lookups.get(name)
    if (!found) {
      fullText ??= joinParagraphs(parts)
      found = lookups.size < maxLookups ? printedWithTitle(fullText, name) : unknownName
      lookups.set(name, found)
    }
    return found
  }
  const isKnownName = (name: string): boolean => lookup(name).at !== -1
  const isWholeName = (name: string): boolean => {
    if (!isKnownName(name)) return false
    fullText ??= joinParagraphs(parts)
    return isPrintedOnlyWhole(fullText, name)
  }
  // The person a short form printed before `before` stands for (`王书记` for 青山镇党委书记王建明,
  // `埃里森` for 拉里·埃里森): the latest such speaker, else the first such person printed.
  const shortFormOwner = (name: string, before: number): Speaker | null => {
    const form = readShortForm(name)
    if (!form) return null
    let owner: Speaker | null = null
    for (const speaker of speakers.values()) if (form.isOwner(speaker)) owner = speaker
    if (owner) return owner
    fullText ??= joinParagraphs(parts)
    return printedOwner(fullText, form, before)
  }
  let offset = 0
  const speakers = new Map<string, Speaker>()
  const quotes: Quote[] = []
  for (const part of parts) {
    // The part's text without whitespace, joined when a quote is first found in it: a speaker's roles
    // are those printed in the lead or the section the quote stands in (`市政协委员…沈竹君` introduced in
    // one section is plain `沈竹君` in the next).
    let joined: string | null = null
    const printedRoles = new Map<string, boolean>()
    const isPrintedHere = (role: Role): boolean => {
      let printed = printedRoles.get(role.text)
      if (printed === undefined) {
        joined ??= stripWhitespace(part.paragraphs.map((paragraph) => paragraph.text).join(''))
        // A part too long to search once per role, or past the most roles searched, keeps every role (the
        // search stays linear in the page).
        printed = joined.length > maxSearchedPart || printedRoles.size >= maxSearchedRoles || joined.includes(stripWhitespace(role.text))
        printedRoles.set(role.text, printed)
      }
      return printed
    }
    let last: Speaker | null = null
    let heading: Person | null = null
    let previous: string | null = null
    // The speaker of a quote still open at the end of the paragraph before (`null`: unnamed).
    let runOn: Speaker | null | undefined
    // Words of a quote left open over paragraphs before anyone is named (`“种粮的账…。` then
    // `“所以…。”王大山说。`): the speaker named where it closes says them too.
    let unattributed: string[] = []
    for (const paragraph of part.paragraphs) {
      const carried = runOn
      runOn = undefined
      if (!opensWithMark(paragraph.text)) unattributed = []
      const label = readSpeakerLabel(paragraph.text, isKnownName)
      let raws: RawQuote[]
      if (label && label.wordsStart >= paragraph.text.length) {
        heading = label.person
        raws = []
      } else {
        raws = quotesInParagraph(paragraph.text, isKnownName, (name) => speakers.has(name))
        // Words in marks under a speaker heading are the speaker's; unmarked words (an interview's answer) are no quote.
        const words = heading && !paragraph.headingLike && raws.length === 0 ? unquote(paragraph.text) : paragraph.text
        if (heading && words !== paragraph.text) raws = [{ kind: 'direct', text: words, person: heading, start: 0, runsOn: false }]
      }
      if (carried !== undefined && !raws.some((raw) => raw.start === 1)) {
        const continued = continuedQuote(paragraph.text)
        if (continued) {
          quotes.push({ kind: 'direct', text: continued.text, speaker: copySpeaker(carried, isPrintedHere), section: part.keyword })
          raws = raws.filter((raw) => raw.start > continued.end)
          if (continued.runsOn) runOn = carried
        }
      }
      // The speaker of a person found in this paragraph, whose words start at `start`.
      const resolve = (person: Person, start: number): Speaker | null => {
        let speaker: Speaker | null = null
        if (person.kind === 'named') {
          const known = speakers.get(person.name)
          const owner = person.roles.length === 0 && !known ? shortFormOwner(person.name, offset + start) : null
          // A post after a name (`李红梅区长指出`) gives way to the roles printed before the name earlier (`区委副书记、区长李红梅`).
          const printedBefore = person.trailingRole && !known ? lookup(person.name) : unknownName
          const earlierRoles = printedBefore.at !== -1 && printedBefore.at < offset + start && printedBefore.roles.length > 0 ? printedBefore.roles : null
          if (earlierRoles) speaker = { name: person.name, roles: earlierRoles }
          else if (person.roles.length > 0 && !(person.trailingRole && known)) speaker = { name: person.name, roles: person.roles }
          else if (known) speaker = known
          else if (owner) speaker = owner
          else {
            const printed = lookup(person.name)
            speaker = { name: person.name, roles: printed.at !== -1 && printed.at < offset + start ? printed.roles : [] }
          }
          if (!known || person.roles.length > 0) speakers.set(speaker.name, speaker)
          last = speaker
        } else if (person.kind === 'pronoun' || person.kind === 'subject') {
          // The person the pronoun's sentence (after a comma) or the sentence before it (in this
          // paragraph, or ending the one before when the pronoun opens this one) opens with,
          // else the last speaker. A bare name there counts when it was met before.
          const names: SubjectNames = {
            isKnownName,
            isEarlierPerson: (name) => {
              const printed = lookup(name)
              return speakers.has(name) || (printed.at !== -1 && printed.at < offset + start)
            },
            isWholeName
          }
          // A pronoun right after a quote's closing mark (`“…。”他说。`) refers back from where the quote opens.
          const at = quoteOpeningBefore(paragraph.text, person.start)
          const subject = at === 0 && previous !== null ? subjectBefore(previous, previous.length, names) : subjectBefore(paragraph.text, at, names)
          if (subject && subject.roles.length === 0) {
            speaker = resolve({ kind: 'named', name: subject.name, roles: [], start }, start)
          } else if (subject) {
            speaker = subject
            speakers.set(speaker.name, speaker)
            last = speaker
          } else if (person.kind === 'pronoun') {
            speaker = last
          }
          // `这位老站长说` refers back to someone who holds that post, or to no one found; a person the sentence
          // before presents without roles may be described so (`卢卡斯·费雷拉成为全场焦点。“…”这位巴西前锋说`).
          const presentedBare = subject !== null && speaker !== null && speaker.roles.length === 0
          if (person.kind === 'pronoun' && person.post !== undefined && speaker && !presentedBare && !speakerHoldsPost(speaker, person.post)) speaker = null
        } else if (person.kind === 'unnamed') {
          // The nearest speaker is now someone unnamed (`小花母亲说…。她也承认，…` is no one's name).
          last = null
        }
        return speaker
      }
      for (const raw of raws) {
        const speaker = resolve(raw.person, raw.start)
        // A verb with no one before it whose sentence opens with no person (`公司发布公告，称…`) is no quote.
        if (raw.person.kind === 'subject' && speaker === null) continue
        if (raw.kind === 'direct' && raw.start === 1) {
          for (const words of unattributed) quotes.push({ kind: 'direct', text: words, speaker: copySpeaker(speaker, isPrintedHere), section: part.keyword })
        }
        unattributed = []
        quotes.push({ kind: raw.kind, text: raw.text, speaker: copySpeaker(speaker, isPrintedHere), section: part.keyword })
        runOn = raw.runsOn ? speaker : undefined
      }
      // Someone a caption or a label names at the paragraph's start, whose unmarked words are no quote
      // (`（字幕：范书瑶 市政协委员、…）现在…`, `同期：…经理 韦佳佳：我们…`), is who a pronoun after refers to.
      if (raws.length === 0) {
        const named = readCaptionPerson(paragraph.text, isKnownName) ?? (label && label.wordsStart < paragraph.text.length ? label.person : null)
        if (named) resolve(named, 0)
      }
      if (raws.length === 0 && carried === undefined) {
        const open = continuedQuote(paragraph.text)
        if (open?.runsOn && unattributed.length < maxUnattributed) unattributed.push(open.text)
        else unattributed = []
      }
      // `区人大代表张三在发言中表示：` ends the paragraph: the quote opening the next one is theirs.
      if (runOn === undefined && !label) {
        const opener = speakerOfClosingColon(paragraph.text, isKnownName)
        if (opener) runOn = resolve(opener, paragraph.text.length)
      }
      offset += paragraph.text.length + 1
      previous = paragraph.text
    }
  }
  return quotes
}

/** A short form of a person's name, and how to tell its owner. */
interface ShortForm {
  /** Whether a speaker is the person the short form stands for. */
  isOwner: (speaker: Speaker) => boolean
  /** Text the short form's owner is found by where it is printed in full (the surname `王`, the part `埃里森`). */
  printedAs: string
  /** Whether the owner's name ends with the short form (a dotted name) rather than starting after the post. */
  dotted: boolean
}

/**
 * Read a short form of a name: a surname and a post (`王书记`, `陈代表`),
 * or a part of a name with a middle dot (`埃里森` for `拉里·埃里森`).
 *
 * @param name Name as read.
 * @returns The short form, or `null` when the name is none.
 */
function readShortForm(name: string): ShortForm | null {
  const short = splitSurnameAndPost(name)
  if (short) {
    const { surname, post } = short
    return {
      isOwner: (speaker) => speaker.name !== name && speaker.name.startsWith(surname) && !hasNameDot(speaker.name) && speaker.roles.some((role) => role.title.endsWith(post)),
      printedAs: surname,
      dotted: false
    }
  }
  if (!hasNameDot(name) && name.length >= 2 && name.length <= 6 && [...name].every(isHan)) {
    return { isOwner: (speaker) => nameDots.some((dot) => speaker.name.endsWith(dot + name)), printedAs: name, dotted: true }
  }
  return null
}

/**
 * The first person printed in full before a position whom a short form stands
 * for, with the roles printed there.
 *
 * @param text Article text.
 * @param form The short form.
 * @param before Position the owner must be printed before.
 * @returns The owner, or `null`.
 */
function printedOwner(text: string, form: ShortForm, before: number): Speaker | null {
  let from = 0
  for (let count = 0; count < maxOwnerLookups; count++) {
    const index = text.indexOf(form.printedAs, from)
    if (index === -1 || index >= before) return null
    from = index + 1
    if (form.dotted) {
      // `拉里·埃里森`: a dot right before the part, and the whole name ends after it.
      if (!nameDots.includes(text[index - 1]!)) continue
      const named = nameEndingAt(text, index + form.printedAs.length, Math.max(0, index - 12), () => false)
      if (!named || !hasNameDot(named.name)) continue
      const chain = readRoleChain(text, named.start, clauseStart(text, named.start, Math.max(0, named.start - 200)))
      return { name: named.name, roles: chain.roles }
    }
    // `青山镇党委书记王建明`, `市人大代表、…护士长施雨薇`: a post ends the role before the surname,
    // and one of the roles read there ends with the short form's post.
    const nameStart = index
    if (!postWords.endingAt(text, nameStart)) continue
    for (const length of [3, 2]) {
      const named = nameEndingAt(text, nameStart + length, nameStart, () => false)
      if (!named || named.start !== nameStart) continue
      const chain = readRoleChain(text, nameStart, clauseStart(text, nameStart, Math.max(0, nameStart - 200)))
      const owner = { name: named.name, roles: chain.roles }
      if (form.isOwner(owner)) return owner
    }
  }
  return null
}

/**
 * Where the quote that closes right before a position opens (`“…。”他说`),
 * or the position itself when no quote closes there.
 *
 * @param text Paragraph.
 * @param at Position (of a pronoun).
 * @returns Index of the opening mark, or `at`.
 */
function quoteOpeningBefore(text: string, at: number): number {
  const opening = openingOf(text[at - 1])
  if (opening === undefined) return at
  const open = text.lastIndexOf(opening, at - 2)
  return open === -1 ? at : open
}

/**
 * A copy of a speaker for one quote (quotes share no objects), with only the
 * roles printed in the quote's lead or section.
 *
 * @param speaker Speaker or `null`.
 * @param isPrintedHere Whether a role is printed in the quote's lead or section.
 * @returns The copy.
 */
function copySpeaker(speaker: Speaker | null, isPrintedHere: (role: Role) => boolean): Speaker | null {
  if (!speaker) return null
  return { name: speaker.name, roles: speaker.roles.filter(isPrintedHere).map((role) => ({ ...role })) }
}

/** Longest lead or section (whitespace removed) searched for a speaker's roles. */
const maxSearchedPart = 100_000

/** Most role texts searched for in one lead or section. */
const maxSearchedRoles = 200

/**
 * The quote that opens a paragraph continuing one left open at the end of the
 * paragraph before (`“第二件事…。”`): its words, where it ends, and whether it
 * runs on again.
 *
 * @param text Paragraph.
 * @returns The quote, or `null` when the paragraph does not open with one.
 */
function continuedQuote(text: string): { text: string; end: number; runsOn: boolean } | null {
  if (!opensWithMark(text)) return null
  const span = findSpans(text)[0]
  if (!span || span.open !== 0) return null
  const words = text.slice(1, span.close).trim()
  return words ? { text: words, end: span.close, runsOn: span.runsOn } : null
}

/** Most paragraphs of a quote left open before anyone is named. */
const maxUnattributed = 4

/**
 * Whether a paragraph opens with a quotation mark (`“`, `「`).
 *
 * @param text Paragraph.
 * @returns Whether it does.
 */
function opensWithMark(text: string): boolean {
  return text[0] === '“' || text[0] === '「'
}

/**
 * The paragraphs of every part, one per line.
 *
 * @param parts Lead and sections.
 * @returns Text.
 */
function joinParagraphs(parts: ReadonlyArray<{ paragraphs: ReadonlyArray<{ text: string }> }>): string {
  const texts: string[] = []
  for (const part of parts) for (const paragraph of part.paragraphs) texts.push(paragraph.text)
  return texts.join('\n')
}

/** Where a name is first printed right after a post (else with a note such as `（化名）`, or a Latin name after a word for a person), and the roles printed there. */
interface PrintedName {
  /** Index in the article text, or -1 when it never is. */
  at: number
  /** Roles printed before it there. */
  roles: Role[]
}

const unknownName: PrintedName = { at: -1, roles: [] }

/**
 * Where a name is first printed right after a post in the text, and the roles
 * printed there; else where it is first printed with a note that marks a
 * name (`小丽（化名）`, see {@link nameNotes}) or, for a Latin name, after a
 * word for a person (`加拿大大叔Gweilo`), with no roles.
 *
 * @param text Article text.
 * @param name Name.
 * @returns The place and roles.
 */
function printedWithTitle(text: string, name: string): PrintedName {
  let from = 0
  let noted = -1
  for (let count = 0; count < maxOccurrences; count++) {
    const index = text.indexOf(name, from)
    if (index === -1) break
    // A space may part the last post from the name (`人力资源部经理 韦佳佳：`).
    const postEnd = text[index - 1] === ' ' ? index - 1 : index
    const post = postWords.endingAt(text, postEnd)
    // A post that opens an organisation's name (`委员` of `委员会委员`) stands before no name.
    if (post && !opensPostOrganization(text, postEnd - post.length, post) && !postInsideLongerRole(text, index + name.length)) {
      const chain = readRoleChain(text, postEnd, clauseStart(text, postEnd, Math.max(0, postEnd - 200)))
      return { at: index, roles: chain.roles }
    }
    // An on-screen caption prints the name first (`（字幕：许嘉禾 市人大代表、…总经理）`).
    const captioned = captionRolesAt(text, index, name)
    if (captioned) return { at: index, roles: captioned }
    // The last part of a name with a middle dot (`拉里·埃里森`) is a name when printed alone.
    if (noted === -1 && (hasNameNote(text, index + name.length) || (latinName.test(name) && afterPersonWord(text, index)) || nameDots.includes(text[index - 1]!))) noted = index
    from = index + name.length
  }
  return noted === -1 ? unknownName : { at: noted, roles: [] }
}

/**
 * Whether the candidate name runs into an organisation's name that a post
 * follows (`…教师发展中` + `心` + `教研员`, `…教师发展` + `中心` + `教研员`): one or two
 * characters after it end an organisation (see `organizationEndings`) and a
 * post starts right after them.
 * The post before the name is then part of a longer role, not a title the
 * name follows. A post right after the name (`王芳代表`), or after another
 * word (`王明向记者介绍`), does not count.
 *
 * @param text Article text.
 * @param end Where the candidate name ends.
 * @returns Whether it does.
 */
function postInsideLongerRole(text: string, end: number): boolean {
  for (let at = end; at < end + maxOrganizationTail && organizationEndings.includes(text[at] ?? ''); at++) {
    if (postWords.startingAt(text, at + 1) !== undefined) return true
  }
  return false
}

/** Most characters of an organisation's ending between a candidate name and a post (`中心`). */
const maxOrganizationTail = 2

/** A Latin name: known once printed after a word for a person (Han words after one are often no names: `孩子眼睛`). */
const latinName = new RegExp(`^[${latinLetters}][${latinLetters} .'-]*$`)

/**
 * Whether a word for a person stands right before a position, a space
 * allowed (`加拿大大叔Gweilo`).
 *
 * @param text Text.
 * @param at Position of a candidate name.
 * @returns Whether one does.
 */
function afterPersonWord(text: string, at: number): boolean {
  return personWords.endingAt(text, text[at - 1] === ' ' ? at - 1 : at) !== undefined
}

/**
 * Whether a note that marks a name stands at a position (`（化名）`, `（音）`).
 *
 * @param text Text.
 * @param at Position right after a candidate name.
 * @returns Whether one does.
 */
function hasNameNote(text: string, at: number): boolean {
  const open = text[at]
  if (open !== '（' && open !== '(') return false
  const close = text.indexOf(open === '（' ? '）' : ')', at + 1)
  return close !== -1 && close - at <= 4 && nameNotes.includes(text.slice(at + 1, close))
}

/**
 * A paragraph's text without the quotation marks around all of it.
 *
 * @param text Paragraph.
 * @returns The words.
 */
function unquote(text: string): string {
  const closer = closerOf(text[0])
  return closer !== undefined && text.length > 1 && text[text.length - 1] === closer ? text.slice(1, -1) : text
}

/**
 * Whether a speaker holds a post (`站长` in `石门镇农技站站长`), traditional
 * characters folded.
 *
 * @param speaker Speaker.
 * @param post Post, in simplified characters.
 * @returns Whether one of their roles ends with it.
 */
function speakerHoldsPost(speaker: Speaker, post: string): boolean {
  return speaker.roles.some((role) => foldText(role.title).endsWith(post))
}
