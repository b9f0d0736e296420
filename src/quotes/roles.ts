/**
 * Roles: the titles printed before a name, split at `、`, `，` and `,`, each
 * cut into the organisation and the post at its end.
 */
import { bodyKinds, concurrentPostJoiner, firmProfessions, officerModifiers, organizationEndings, professionDescriptors, professionEndings, professionFields, roleSeparators, sceneWords, titleModifiers, workUnitWords } from '../data/quotes/titles.js'
import { foldChar, foldText } from '../text/simplify.js'
import { ageUnit, clausesBeforeRoles, descriptionEnd, groupQuantifiers, notInRoles, roleWordsWithClauseChars, notPhraseOpeners, phraseOpeners, reporterWords, roleStops } from '../data/quotes/speech.js'
import { isHan } from '../text/normalize.js'
import { createWordMatcher } from '../text/word-matcher.js'
import type { Role } from '../types.js'
import { quotedTermOpening } from './spans.js'
import { personWords, postWords } from './matchers.js'

const modifiers = createWordMatcher(titleModifiers)
const openers = createWordMatcher(phraseOpeners)
const notOpeners = createWordMatcher(notPhraseOpeners)
const fields = createWordMatcher(professionFields)

/** Longest role segment taken. */
const maxRoleLength = 40

/** Most roles read before one name. */
const maxRoles = 12

/** Most characters between `兼` and the later post (`兼财务总监`, `兼公安局长`). */
const maxConcurrentField = 4

/** Quotation marks: a role holds them only around a short term. */
const quotationMarks = '“”「」『』"'


/**
 * Split one role into organisation and title.
 *
 * @param text Role text as printed.
 * @returns The role, or `null` when it does not end with a known post.
 */
export function splitRole(text: string): Role | null {
  const post = postWords.endingAt(text, text.length)
  if (!post) return null
  let start = postStart(text, text.length - post.length)
  // Posts held together make one title: `董事长兼总经理`, `常务副总裁兼财务总监` (a short field
  // may stand between the joiner and the later post).
  for (let guard = 0; guard < 4; guard++) {
    const joiner = text.lastIndexOf(concurrentPostJoiner, start - 1)
    if (joiner <= 0 || start - joiner > maxConcurrentField + 1) break
    const earlier = postWords.endingAt(text, joiner)
    if (!earlier) break
    start = postStart(text, joiner - earlier.length)
  }
  const organization = text.slice(0, start)
  if (organization === '') return { text, organization: null, title: text }
  const title = text.slice(start)
  // `总工程师`, `副总设计师`: an officer's post, so what stands before it is the organisation.
  const isOfficer = officerModifiers.some((modifier) => title.includes(modifier))
  // A modifier before the profession (`澄海国际` + `首席策略师`) marks where the title starts, after an organisation.
  // So does one the post word opens with (`星衡半导体` + `首席科学家`).
  const modified = (start < text.length - post.length || opensWithModifier(post)) && !professionDescriptors.includes(foldText(organization))
  if (!isOfficer && !modified && professionEndings.some((ending) => post.endsWith(ending)) && !endsLikeOrganization(organization) && !/[A-Za-z]/.test(organization)) {
    // A specialty between an organisation and the profession (`中金公司` + `首席策略分析师`) goes with the title.
    const orgEnd = lastOrganizationEnd(organization)
    if (orgEnd !== -1 && organization.length - orgEnd - 1 <= maxSpecialty) return { text, organization: organization.slice(0, orgEnd + 1), title: text.slice(orgEnd + 1) }
    // A firm's profession (`高盛分析师`) has the firm before it, unless that is a field (`数据分析师`) or
    // a word for renown (`著名经济学家`).
    const folded = foldText(organization)
    if (!firmProfessions.includes(foldText(title)) || fields.endingAt(organization, organization.length) !== undefined || professionDescriptors.some((word) => folded.endsWith(word))) return { text, organization: null, title: text }
  }
  return { text, organization, title }
}

/**
 * The word that opens a speaker phrase at a position (`据`, `在…看来`), not
 * one that only starts like it (`经济财政司`).
 *
 * @param text Text.
 * @param at Position.
 * @returns The opener, or `undefined`.
 */
export function phraseOpenerAt(text: string, at: number): string | undefined {
  return notOpeners.startingAt(text, at) ? undefined : openers.startingAt(text, at)
}

/**
 * Split a role that ends in a word for what someone is rather than a post
 * (`锡林郭勒盟正镶白旗牧民`, `种粮大户`): that word is the title.
 *
 * @param text Role text as printed.
 * @returns The role, or `null` when it does not end with such a word.
 */
function splitDescriptorRole(text: string): Role | null {
  const word = personWords.endingAt(text, text.length)
  if (!word) return null
  const organization = text.slice(0, text.length - word.length)
  return { text, organization: organization === '' ? null : organization, title: text.slice(organization.length) }
}

/**
 * Whether a post word opens with a modifier (`首席科学家`, `高级技师`).
 *
 * @param post Post word.
 * @returns Whether it does.
 */
function opensWithModifier(post: string): boolean {
  return titleModifiers.some((modifier) => post.length > modifier.length && post.startsWith(modifier))
}

/** Longest specialty between an organisation and a profession (`首席策略`). */
const maxSpecialty = 6

/**
 * Whether what stands before `的` and a bare post is the organisation that
 * owns the post (`未来论坛理事会` of `…的轮值主席`, `来电科技` of `…的高级市场总监`):
 * it does not end in a word for a scene (`到场`, `现场`), nor in an age
 * (`81岁` of `81岁的退休教师`).
 *
 * @param text Text before `的`.
 * @returns Whether it does.
 */
function ownsPost(text: string): boolean {
  const folded = foldText(text)
  return !sceneWords.some((word) => folded.endsWith(word)) && !folded.endsWith(ageUnit)
}


/**
 * Whether text ends like an organisation's name: in an organisation's last
 * character (`…公司`, `…局`) or in a works' unit (`…焊装车间`).
 *
 * @param text Text before a post.
 * @returns Whether it ends like an organisation.
 */
function endsLikeOrganization(text: string): boolean {
  return organizationEndings.includes(foldChar(text[text.length - 1])) || workUnitWords.some((word) => text.endsWith(word))
}

/**
 * Index of the last character of a text that ends an organisation's name
 * (`公司`, `院`), two characters in at least, or -1.
 *
 * @param text Text before a profession.
 * @returns Index or -1.
 */
function lastOrganizationEnd(text: string): number {
  for (let index = text.length - 1; index >= 1; index--) if (organizationEndings.includes(foldChar(text[index]))) return index
  return -1
}

/**
 * Where a post starts once the modifiers before it (`常务副`) are taken in.
 *
 * @param text Role text.
 * @param start Index where the bare post starts.
 * @returns Index where the post and its modifiers start.
 */
function postStart(text: string, start: number): number {
  for (let guard = 0; guard < 4; guard++) {
    const modifier = modifiers.endingAt(text, start)
    // A post never repeats the modifier it opens with (`国家防总` + `总指挥`: the first `总` is the organisation's).
    if (!modifier || text.startsWith(modifier, start)) break
    start -= modifier.length
  }
  return start
}

/**
 * Index of the last character of a role part that no role holds (see
 * `notInRoles`), unless it stands in a word that roles do hold (`火把` of
 * `…火把节组委会办公室副主任`, `一把手`), or -1.
 *
 * @param text Role part.
 * @returns The index, or -1.
 */
function lastClauseCharIndex(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) {
    if (!notInRoles.includes(text[index]!)) continue
    if (!roleWordsWithClauseChars.some((word) => coversIndex(text, word, index))) return index
  }
  return -1
}

/**
 * Whether a word stands in a text over a position.
 *
 * @param text Text.
 * @param word Word.
 * @param index Position.
 * @returns Whether it does.
 */
function coversIndex(text: string, word: string, index: number): boolean {
  for (let start = Math.max(0, index - word.length + 1); start <= index; start++) if (text.startsWith(word, start)) return true
  return false
}

/**
 * Index of the last character of the last {@link clausesBeforeRoles} word in
 * a role part (its spaces collapsed), or of a time stamp opening it, or -1.
 *
 * @param segment Role part.
 * @returns Index or -1.
 */
function lastClauseWordEnd(segment: string): number {
  let end = -1
  for (const word of clausesBeforeRoles) {
    const at = segment.lastIndexOf(word)
    if (at !== -1) end = Math.max(end, at + word.length - 1)
  }
  // A live update's time stamp (`09时30分 省防指办公室副主任…`) opens the line, not the role.
  const stamp = timeStampOpening.exec(segment)
  if (stamp) end = Math.max(end, stamp[0].length - 1)
  return end
}

/**
 * Index after the last {@link bodyKinds} word in a role part, or -1.
 *
 * @param segment Role part.
 * @returns Index or -1.
 */
function lastBodyKindEnd(segment: string): number {
  let end = -1
  for (const word of bodyKinds) {
    const at = segment.lastIndexOf(word)
    if (at !== -1) end = Math.max(end, at + word.length)
  }
  return end
}

/**
 * A time stamp with a space after it at the start of a role part (`09时30分 `, `9:30 `, `6月18日8时 `), or
 * its minutes alone when the colon before them cut the part (`40 ` of `19:40 `).
 */
const timeStampOpening = /^(?:(?:\d{1,2}月\d{1,2}日)?\d{1,2}(?:[时:：]\d{1,2}分?|时)|\d{2}) /

/** Longest note in brackets after a post (`（主持工作）`), kept on the title. */
const maxPostNote = 6

/** Longest text in brackets inside an organisation's name (`（总商会）`). */
const maxNameBracket = 6

/**
 * The opening bracket of a short bracket of Han text or a number that
 * closes right before a position (`（集团）`, `（挂职）`, `（5）`), not a
 * reporter's credit (`（记者许可）`).
 *
 * @param text Paragraph.
 * @param after Index right after the closing bracket.
 * @param floor Lowest index.
 * @param maxLength Longest text inside.
 * @returns Index of the opening bracket, or -1.
 */
function shortBracketBefore(text: string, after: number, floor: number, maxLength: number): number {
  const close = text[after - 1]
  if (close !== '）' && close !== ')') return -1
  const opener = close === '）' ? '（' : '('
  for (let index = after - 2; index > floor && after - index <= maxLength + 2; index--) {
    const char = text[index]!
    if (char === opener) return index < after - 2 && !reporterWords.some((word) => text.startsWith(word, index + 1)) ? index : -1
    // A class number (`高三（5）班`) counts as a name's text.
    if (!isHan(char) && !/[0-9０-９]/.test(char)) return -1
  }
  return -1
}

/** Longest Latin name in brackets inside an organisation's name. */
const maxLatinBracket = 64

/** Characters of a Latin name in brackets (`State University of New York，SUNY`). */
const latinNameChar = /[A-Za-z0-9 .,&'’\-，]/

/**
 * The opening bracket of an organisation's Latin name that closes right
 * before a position (`（State University of New York，SUNY）`): Latin letters,
 * digits, spaces and commas, a letter at least.
 *
 * @param text Paragraph.
 * @param after Index right after the closing bracket.
 * @param floor Lowest index.
 * @returns Index of the opening bracket, or -1.
 */
function latinNameBracketBefore(text: string, after: number, floor: number): number {
  const close = text[after - 1]
  if (close !== '）' && close !== ')') return -1
  const opener = close === '）' ? '（' : '('
  let letter = false
  for (let index = after - 2; index > floor && after - index <= maxLatinBracket + 2; index--) {
    const char = text[index]!
    if (char === opener) return letter ? index : -1
    if (!latinNameChar.test(char)) return -1
    if (/[A-Za-z]/.test(char)) letter = true
  }
  return -1
}

/**
 * The opening bracket of a note after a post that closes right before a
 * position (`副区长（挂职）`, `副主任（正处级）`).
 *
 * @param text Paragraph.
 * @param end Index right after the closing bracket.
 * @param floor Lowest index.
 * @returns Index of the opening bracket, or -1.
 */
function bracketNoteBefore(text: string, end: number, floor: number): number {
  const open = shortBracketBefore(text, end, floor, maxPostNote)
  return open !== -1 && postWords.endingAt(text, open, floor) ? open : -1
}

/** Roles found before a name, and where the role chain starts. */
export interface RoleChain {
  /** Roles in printed order. */
  roles: Role[]
  /** Index where the chain starts (after any opener like `据` or `在`). */
  start: number
}

/**
 * Read the role chain that ends right before a name: segments separated by
 * `、`/`，`/`,`, read backwards while each ends with a post.
 *
 * @param text Paragraph.
 * @param end Index where the name starts.
 * @param floor Lowest index the chain may reach (a clause stop).
 * @param endsInDescriptor Whether the role right before the name may end in a word for what someone is (`…旗牧民`).
 * @returns The chain (empty when no role is printed).
 */
export function readRoleChain(text: string, end: number, floor: number, endsInDescriptor = false): RoleChain {
  const roles: Role[] = []
  let segmentEnd = end
  let chainStart = end
  while (roles.length < maxRoles && segmentEnd > floor) {
    // A note in brackets after a post (`副区长（挂职）`, `院长（主持工作）`) stays on the title, as printed.
    const noteStart = bracketNoteBefore(text, segmentEnd, floor)
    const note = noteStart === -1 ? '' : text.slice(noteStart, segmentEnd)
    if (noteStart !== -1) segmentEnd = noteStart
    let segmentStart = segmentEnd
    let bracketed = false
    // A Latin name in brackets does not count towards the role's length.
    let bracketAllowance = 0
    while (segmentStart > floor && segmentEnd - segmentStart < maxRoleLength + bracketAllowance && !roleSeparators.includes(text[segmentStart - 1]!)) {
      const char = text[segmentStart - 1]!
      // A quoted term inside an organisation's name (`瑞典“一带一路”研究所`) is part of it; any other
      // quotation mark ends the role (`第一位走上“代表…` is no role).
      if (quotationMarks.includes(char)) {
        const open = quotedTermOpening(text, segmentStart - 1, floor)
        if (open !== -1) {
          segmentStart = open
          continue
        }
        bracketed = true
        break
      }
      if (roleStops.includes(char)) {
        // A short bracket inside an organisation's name (`恒远（集团）股份有限公司`, `工商联（总商会）`) is part of it.
        const open = segmentStart < segmentEnd ? shortBracketBefore(text, segmentStart, floor, maxNameBracket) : -1
        // So is an organisation's Latin name (`纽约州立大学（State University of New York，SUNY）社会学…`).
        const latin = open === -1 && segmentStart < segmentEnd ? latinNameBracketBefore(text, segmentStart, floor) : -1
        if (latin !== -1) {
          bracketAllowance += segmentStart - latin
          segmentStart = latin
          continue
        }
        if (open !== -1) {
          segmentStart = open
          continue
        }
        bracketed = true
        break
      }
      segmentStart--
    }
    if (segmentEnd - segmentStart >= maxRoleLength + bracketAllowance) break
    let segment = text.slice(segmentStart, segmentEnd).trim()
    let offset = segmentStart + (text.slice(segmentStart, segmentEnd).length - text.slice(segmentStart, segmentEnd).trimStart().length)
    const describes = endsInDescriptor && roles.length === 0
    let role = segment ? (splitRole(segment) ?? (describes ? splitDescriptorRole(segment) : null)) : null
    // An opener (`据`, `在`, `是`) before the first role is not part of it.
    const opener = segment ? phraseOpenerAt(segment, 0) : undefined
    const splitRest = (rest: string): Role | null => (rest ? (splitRole(rest) ?? (describes ? splitDescriptorRole(rest) : null)) : null)
    // A profession read whole (`在马来西亚籍工程师`) loses it too when what follows it reads the same way.
    if (opener && (!role || ((role.organization !== null || !postWords.startingAt(segment, 0)) && splitRest(segment.slice(opener.length))))) {
      const rest = segment.slice(opener.length)
      const trimmed = splitRest(rest)
      if (trimmed) {
        segment = rest
        offset += opener.length
        role = trimmed
      }
    }
    // A description before a role that names its own organisation (`来自基层的全国人大代表`) is
    // not part of it; before a bare post the 的 is possessive (`未来论坛理事会的轮值主席`), unless a
    // scene stands before it (`座谈尾声到场的市长`).
    const described = role ? segment.lastIndexOf(descriptionEnd) : -1
    const undescribed = described > 0 ? splitRest(segment.slice(described + 1)) : null
    if (undescribed && (undescribed.organization !== null || !ownsPost(segment.slice(0, described)))) {
      segment = segment.slice(described + 1)
      offset += described + 1
      role = undescribed
    }
    // A kind of body before the body's name (`项目建设单位南岭交通…公司副总经理`) is not part of it either.
    const kindEnd = role ? lastBodyKindEnd(segment) : -1
    const named = kindEnd > 0 ? splitRole(segment.slice(kindEnd)) : null
    if (named && named.organization !== null) {
      segment = segment.slice(kindEnd)
      offset += kindEnd
      role = named
    }
    // A clause before the role (`记者采访了全国人大代表`, `本报记者连线…`, a dateline `本报讯　…`) is not part of it.
    const clauseEnd = role ? Math.max(lastClauseCharIndex(segment), lastClauseWordEnd(segment)) : -1
    if (clauseEnd !== -1) {
      segment = segment.slice(clauseEnd + 1)
      offset += clauseEnd + 1
      role = segment ? splitRole(segment) : null
    }
    // `不少代表委员` are several people, not a role.
    if (!role || groupQuantifiers.some((word) => segment.startsWith(word))) break
    roles.unshift(note ? { text: role.text + note, organization: role.organization, title: role.title + note } : role)
    chainStart = offset
    if (bracketed || segmentStart <= floor || !roleSeparators.includes(text[segmentStart - 1]!)) break
    segmentEnd = segmentStart - 1
  }
  return { roles, start: chainStart }
}
