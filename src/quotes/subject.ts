/**
 * The person the sentence before a pronoun opens with: `区委书记王建军出席会议并
 * 讲话。他指出，…` — 他 is 王建军, with his roles, though 王建军 said nothing
 * quoted before. Government news introduces speakers this way all the time.
 */
import { addressWords as addressTerms, ageUnit, capacityOpeners, datelineEnds, descriptionEnd, fillerWords, speechVerbs, nameDots, nameHyphens, placeOpener, reporterWords, sentenceEnds, subjectFollowers } from '../data/quotes/speech.js'
import { concurrentPostJoiner, membershipBodies, roleSeparators } from '../data/quotes/titles.js'
import { isDigitCode, isHan } from '../text/normalize.js'
import { latinCapitals, latinLetters } from '../text/patterns.js'
import { createWordMatcher } from '../text/word-matcher.js'
import type { Role } from '../types.js'
import { describedRolesBefore, endsLongerTitle, hasCompoundSurname, hasJapaneseSurname, hasNameDot, isTransliteration, nameEndingAt, splitSurnameAndPost } from './person.js'
import { counterWords, demonstrativeWords, notNameWords, occasionCloserWords, opensPostOrganization, postWords, pronounWords as pronounMatcher, speechVerbWords as verbs } from './matchers.js'
import { phraseOpenerAt, readRoleChain } from './roles.js'

const membershipBodyMatcher = createWordMatcher(membershipBodies)
const followers = createWordMatcher(subjectFollowers)
const addressWords = createWordMatcher(addressTerms)
/** Words that end a name with a middle dot read forwards: speech verbs and manners (`艾买提笑着说`), one character long only for `说`. */
const afterName = createWordMatcher([...speechVerbs, ...fillerWords].filter((word) => word.length > 1 || word === '说'))

/** A run of Latin letters opening a text (`Gweilo`, `John Smith`). */
const latinRun = new RegExp(`^[${latinLetters}][${latinLetters}0-9]*(?: [${latinCapitals}][${latinLetters}0-9]*)*`)

/** Longest part of a name with a middle dot. */
const maxNamePart = 8

/** Closing quotation marks. */
const closingMarks = '”」』’'

/** Marks that end the clause of roles after `是`. */
const clauseEnds = `，,；;${sentenceEnds}`

/** Longest stretch of a sentence's opening searched for its roles and name. */
const maxSubjectReach = 60

/** Longest opening clause before the subject (`会上，`, `1月5日，`). */
const maxOpeningClause = 8

/** Longest opening occasion before the subject (`记者赶到县防汛指挥中心时，`). */
const maxOccasionClause = 24

/** A person a sentence opens with. */
export interface Subject {
  /** Name as printed. */
  name: string
  /** Roles printed before the name (empty for a bare name already met earlier in the article). */
  roles: Role[]
}

/** Checks on a name found where a subject may stand. */
export interface SubjectNames {
  /** Whether a name without a known surname was printed after a title elsewhere. */
  isKnownName: (name: string) => boolean
  /** Whether a bare name (no roles before it) is a person met earlier in the article (a speaker, or printed after a title). */
  isEarlierPerson: (name: string) => boolean
  /**
   * Whether a name ending in a character that may open the word after a
   * subject (`邬清和`: `和`) is whole: printed after a title, and its first
   * characters never printed without that last one.
   */
  isWholeName?: (name: string) => boolean
}

/**
 * The person (roles, then a name; or a bare name met earlier) that opens the
 * sentence a pronoun refers to: the sentence right before it when the
 * pronoun opens a sentence (`区委书记王建军出席会议并讲话。他指出`), or its own
 * sentence when the pronoun follows a comma (`区长李红梅对…给予肯定，她指出`).
 *
 * @param text Paragraph.
 * @param pronounStart Index of the pronoun.
 * @param names Checks on candidate names.
 * @param hops Sentences opening with a pronoun already passed over (see {@link maxPronounHops}).
 * @returns The person, or `null`.
 */
export function subjectBefore(text: string, pronounStart: number, names: SubjectNames, hops = 0): Subject | null {
  const before = text[pronounStart - 1]
  if (pronounStart < 2 || !(sentenceEnds.includes(before!) || before === '，' || before === ',')) return null
  let start = pronounStart - 1
  while (start > 0 && pronounStart - start < maxSentenceReach && !sentenceEnds.includes(text[start - 1]!)) start--
  // A sentence that ends inside a quote ends after its closing mark (`…提升。”区政协委员…`).
  while (start < pronounStart && closingMarks.includes(text[start]!)) start++
  // A sentence that opens with a pronoun itself (`他对…表示感谢。他强调`, `2019年，她从美国回国。`) refers further back,
  // a few sentences at most.
  if (start < pronounStart - 1 && pronounAfterOpeningClauses(text, start, pronounStart - 1) !== -1) return hops < maxPronounHops ? subjectBefore(text, start, names, hops + 1) : null
  const comma = text.indexOf('，', start)
  const opening = openingClauseEnd(text, start, pronounStart - 1)
  // `第一位走上“代表通道”的，是全国人大代表、…顾春燕。`: the person follows `，是`.
  const presented = comma !== -1 && comma < pronounStart - 2 && comma - start <= maxOccasionClause && text[comma + 1] === copula ? comma + 2 : -1
  const froms = [start]
  // Opening clauses may follow one another (`但是事与愿违，在之前的一次会议中，`).
  for (let clause = opening; clause !== -1 && froms.length <= maxOpeningClauses; clause = openingClauseEnd(text, clause, pronounStart - 1)) froms.push(clause)
  // `打入制胜球的卢卡斯·费雷拉…`: a description ending in `的` may open the sentence.
  const described = descriptionEndAt(text, start, pronounStart - 1)
  if (described !== -1) froms.push(described)
  // `在省政协委员，…院长符晓岚看来，`: the roles start after the opener, and run over the comma.
  const opener = phraseOpenerAt(text, start)
  if (opener) froms.splice(1, 0, start + opener.length)
  if (presented !== -1) froms.push(presented)
  // `新华社石家庄7月31日电 国务委员、…王勇31日在河北…`: the person follows the dateline.
  const dateline = datelineEndAt(text, start, pronounStart - 1)
  if (dateline !== -1) froms.push(dateline)
  for (const from of froms) {
    const subject = subjectAt(text, from, Math.min(pronounStart - 1, from + maxSubjectReach), names)
    if (subject) return subject
  }
  // `作为省派科技特派员，王磊…`: a bare name after a capacity takes the capacity as its role.
  const capacity = opening !== -1 ? capacityOpeners.find((word) => text.startsWith(word, start)) : undefined
  if (capacity) {
    const name = nameAt(text, opening, Math.min(pronounStart - 1, opening + maxSubjectReach), names.isKnownName, names.isWholeName)
    const chain = name ? readRoleChain(text, comma, start + capacity.length) : null
    if (name && chain && chain.roles.length > 0 && chain.start === start + capacity.length) return { name, roles: chain.roles }
  }
  // `今年29岁的符一鸣在…`: a bare name after an age is a person's.
  if (described !== -1 && text.startsWith(ageDescriptionEnd, described - ageDescriptionEnd.length)) {
    const name = nameAt(text, described, Math.min(pronounStart - 1, described + maxSubjectReach), names.isKnownName, names.isWholeName)
    if (name) return { name, roles: [] }
  }
  // A pronoun that opens its own sentence after opening clauses only (`谈起流片补贴，他表示`) refers to the sentence before.
  if (pronounAfterOpeningClauses(text, start, pronounStart + 1) === pronounStart && hops < maxPronounHops) return subjectBefore(text, start, names, hops + 1)
  return null
}

/** How a description that gives someone's age ends (`今年29岁的`). */
const ageDescriptionEnd = ageUnit + descriptionEnd

/**
 * Where a pronoun, or a phrase that refers back like one (`这位80后女代表…`),
 * opens a sentence: at its start or after opening clauses (`他…`,
 * `2019年，她…`, `谈起流片补贴，他…`; see {@link openingClauseEnd}).
 *
 * @param text Paragraph.
 * @param start Sentence start.
 * @param limit Index the pronoun must start before.
 * @returns Index of the pronoun, or -1.
 */
function pronounAfterOpeningClauses(text: string, start: number, limit: number): number {
  let at = start
  for (let clauses = 0; at !== -1 && at < limit; clauses++) {
    if (pronounMatcher.startingAt(text, at) || demonstrativeWords.startingAt(text, at)) return at
    if (clauses === maxOpeningClauses) break
    at = openingClauseEnd(text, at, limit)
  }
  return -1
}

/** Longest description before the subject (`打入制胜球的`). */
const maxDescription = 12

/**
 * Where a description that opens a sentence ends (`打入制胜球的`): after the
 * first `的` within reach, with no mark before it.
 *
 * @param text Paragraph.
 * @param start Sentence start.
 * @param limit Where the search stops.
 * @returns Index after `的`, or -1.
 */
function descriptionEndAt(text: string, start: number, limit: number): number {
  const end = Math.min(limit, start + maxDescription)
  for (let index = start + 1; index < end; index++) {
    // An age may be printed in digits (`今年29岁的`).
    if (!isHan(text[index]!) && !isDigitCode(text.charCodeAt(index))) return -1
    if (text[index] === descriptionEnd) return index + 1
  }
  return -1
}

/** Most opening clauses passed over before the subject. */
const maxOpeningClauses = 2

/**
 * Where an opening clause that starts at `start` ends: a short one (`会上，`),
 * or a longer occasion, place or capacity (`记者赶到县防汛指挥中心时，`,
 * `在之前的一次会议中，`, `作为省派科技特派员，`), but not a speaker's (`张三说，`).
 *
 * @param text Paragraph.
 * @param start Where the clause starts.
 * @param limit Index the comma must stand before.
 * @returns Index after its comma, or -1 when no opening clause starts there.
 */
function openingClauseEnd(text: string, start: number, limit: number): number {
  const comma = text.indexOf('，', start)
  if (comma === -1 || comma >= limit || verbs.endingAt(text, comma, start)) return -1
  if (comma - start <= maxOpeningClause) return comma + 1
  const opensWithOccasion = comma - start <= maxOccasionClause && (occasionCloserWords.endingAt(text, comma) !== undefined || text[start] === placeOpener || capacityOpeners.some((word) => text.startsWith(word, start)))
  return opensWithOccasion ? comma + 1 : -1
}

/** Longest dateline (`新华社石家庄7月31日电 `). */
const maxDateline = 24

/**
 * Where a dateline that opens a sentence ends (`新华社石家庄7月31日电 `): after
 * the space that follows its last word, or after the reporters' credit in
 * brackets right after it (`…11月5日电（记者 唐明哲）`).
 *
 * @param text Paragraph.
 * @param start Sentence start.
 * @param limit Where the search stops.
 * @returns Index after the dateline, or -1.
 */
function datelineEndAt(text: string, start: number, limit: number): number {
  const end = Math.min(limit, start + maxDateline)
  for (let index = start + 1; index < end; index++) {
    for (const word of datelineEnds) if (text.startsWith(word, index)) return index + word.length
    // A reporters' credit in brackets right after it (`…11月5日电（记者 唐明哲）`).
    if (datelineEnds.some((word) => text.startsWith(word.trimEnd(), index)) && text[index + 1] === '（') {
      const close = text.indexOf('）', index + 2)
      if (close !== -1 && close - index <= maxDatelineCredit && close + 1 < limit) return close + 1
    }
  }
  return -1
}

/** Longest reporters' credit in brackets after a dateline (`（记者 许知南 贺昀）`). */
const maxDatelineCredit = 24

/** Farthest a sentence's start is looked for. */
const maxSentenceReach = 400

/** Most sentences opening with a pronoun passed over to the one a pronoun refers to. */
const maxPronounHops = 4

/** The copula that introduces a person's roles after the name (`李强是区政协委员`). */
const copula = '是'

/**
 * What introduces a person's roles after the name: the copula
 * or a comma of apposition (`张红梅，城东社区党委书记。`).
 */
const roleIntroducers = `${copula}，,`

/**
 * Roles printed right after a name and `是` or a comma, up to the clause's end
 * (`是区政协委员，`, `，城东社区党委书记。`).
 *
 * @param text Paragraph.
 * @param at Index right after the name.
 * @param limit Where the search stops.
 * @returns The roles (empty when none stand there).
 */
function rolesAfterName(text: string, at: number, limit: number): Role[] {
  if (!roleIntroducers.includes(text[at] ?? '')) return []
  // A counter after `是` (`是一名博士`) counts one person: it is no organisation of the role.
  const from = at + 1 + (counterWords.startingAt(text, at + 1)?.length ?? 0)
  let end = from
  while (end < limit && !clauseEnds.includes(text[end]!)) end++
  const chain = readRoleChain(text, end, from)
  return chain.start === from ? chain.roles : []
}

/**
 * Roles starting exactly at `from`, then a name right after the last post;
 * else a bare name at `from` that is a person met earlier.
 *
 * @param text Paragraph.
 * @param from Where the roles must start.
 * @param limit Where the search stops.
 * @param names Checks on candidate names.
 * @returns The person, or `null`.
 */
function subjectAt(text: string, from: number, limit: number, names: SubjectNames): Subject | null {
  const titled = titledNameAt(text, from, limit, names.isKnownName, names.isWholeName)
  if (titled) return titled
  const bare = nameAt(text, from, limit, names.isKnownName, names.isWholeName)
  if (!bare) return null
  if (names.isEarlierPerson(bare)) return { name: bare, roles: [] }
  // A name with a middle dot before a word that follows a subject is a person (`卢卡斯·费雷拉成为全场焦点`).
  if (hasNameDot(bare) && followers.startingAt(text, from + bare.length)) return { name: bare, roles: [] }
  // `李强是区政协委员，也是…`, `张红梅，城东社区党委书记。`: the roles after `是` or the comma are the name's.
  const introduced = rolesAfterName(text, from + bare.length, limit)
  if (introduced.length > 0) return { name: bare, roles: introduced }
  // A word of address after it (`李桂兰老人今年78岁`) makes it a person's.
  if (addressWords.startingAt(text, from + bare.length)) return { name: bare, roles: [] }
  // A name with a post after it (`王建军书记对…提出要求。他强调`): the post is its role; not a post that
  // acts for a body after it (`王强代表市政府致辞`).
  const post = postWords.startingAt(text, from + bare.length)
  const forBody = post !== undefined && notNameWords.startingAt(text, from + bare.length + post.length) !== undefined
  return post && !forBody && !postWords.endingAt(text, from, 0) ? { name: bare, roles: [{ text: post, organization: null, title: post }] } : null
}

/**
 * Roles starting exactly at `from`, then a name right after the last post
 * (`区长李红梅…`, `村党支部书记、村委会主任孙德胜…`).
 *
 * @param text Paragraph.
 * @param from Where the roles must start.
 * @param limit Where the search stops.
 * @param isKnownName Name check for names without a known surname.
 * @param isWholeName Check of a name whose last character may open the word after it (see {@link SubjectNames}).
 * @param scanFrom Where the first post may end (later, to pass over a post read before).
 * @returns The person, or `null`.
 */
export function titledNameAt(text: string, from: number, limit: number, isKnownName: (name: string) => boolean, isWholeName?: (name: string) => boolean, scanFrom = from + 2): Subject | null {
  for (let index = scanFrom; index < limit; index++) {
    // The longest post wins (`理事长` over `理事` in `理事长孙大海`), and posts held together are one (`董事长兼总经理`).
    const post = postWords.endingAt(text, index, from)
    if (!post || endsLongerTitle(text, index, from) || text[index] === concurrentPostJoiner || overlapsLaterPost(text, index - post.length, index)) continue
    // `委员会`, `代表大会`: the post opens an organisation's name.
    if (opensPostOrganization(text, index - post.length, post)) continue
    // `董事联合会`, `律师协会`: the post names the members of an organisation.
    if (membershipBodyMatcher.startingAt(text, index)) continue
    const chain = readRoleChain(text, index, from)
    // The reporter (`记者赶到…`) is nobody the sentence introduces.
    if (chain.roles.length === 0 || chain.start !== from || chain.roles.some((role) => reporterWords.includes(role.title))) continue
    // A surname and a post (`习书记结合…`) is the short form of a name, not a role before one.
    const only = chain.roles.length === 1 ? chain.roles[0]! : null
    if (only && only.organization !== null && splitSurnameAndPost(only.text)?.surname === only.organization) return { name: only.text, roles: [] }
    const name = nameAt(text, index, limit, isKnownName, isWholeName)
    if (name) return longerRoleAfter(text, from, index, index + name.length, limit, isKnownName, isWholeName) ?? { name, roles: chain.roles }
  }
  return null
}

/**
 * Roles ending in a word for what someone is, printed as a role (see
 * `describedRolesBefore`: `天文社社长、高二年级学生程一苒`), starting exactly at
 * `from`, then a name right after them.
 *
 * @param text Paragraph.
 * @param from Where the roles must start.
 * @param limit Where the search stops.
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, or `null`.
 */
export function describedNameAt(text: string, from: number, limit: number, isKnownName: (name: string) => boolean): Subject | null {
  for (let index = from + 2; index < limit; index++) {
    const described = describedRolesBefore(text, index, from)
    if (!described || described.start !== from) continue
    const name = nameAt(text, index, limit, isKnownName)
    if (name) return { name, roles: described.roles }
  }
  return null
}

/**
 * Whether another post starts inside a post and ends after it (`总统` in
 * `总统计师`): the later one is the post.
 *
 * @param text Paragraph.
 * @param start Where the post starts.
 * @param end Where it ends.
 * @returns Whether one does.
 */
function overlapsLaterPost(text: string, start: number, end: number): boolean {
  for (let at = start + 1; at < end; at++) {
    const word = postWords.startingAt(text, at)
    if (word && at + word.length > end) return true
  }
  return false
}

/** Farthest a later post of the same role is looked for after a post (`市律师` + `协会副会长`). */
const maxRoleTail = 16

/**
 * A later post that ends the same role, with a name after it: the post found
 * first belongs to an organisation's name (`市律师协会副会长孙晓梅`: `律师` is
 * part of `市律师协会`, and the name read after it, `协会副`, runs into the
 * later post). A post after the name (`总经理邹斌在接受记者采访时`) is another
 * matter.
 *
 * @param text Paragraph.
 * @param from Where the roles start.
 * @param postEnd Index after the post found first.
 * @param nameEnd Index after the name read after that post.
 * @param limit Where the search stops.
 * @param isKnownName Name check for names without a known surname.
 * @param isWholeName Check of a name whose last character may open the word after it.
 * @returns The person with the longer role, or `null`.
 */
function longerRoleAfter(text: string, from: number, postEnd: number, nameEnd: number, limit: number, isKnownName: (name: string) => boolean, isWholeName?: (name: string) => boolean): Subject | null {
  for (let index = postEnd + 1; index < limit && index - postEnd <= maxRoleTail && isHan(text[index - 1]!); index++) {
    const post = postWords.endingAt(text, index, postEnd)
    if (!post || index - post.length > nameEnd || endsLongerTitle(text, index, from)) continue
    const chain = readRoleChain(text, index, from)
    if (chain.roles.length === 0 || chain.start !== from) continue
    const name = nameAt(text, index, limit, isKnownName, isWholeName)
    if (name) return { name, roles: chain.roles }
    // More roles follow that later post (`…技师学院党委书记、院长谭明远`): the name stands after the last.
    if (roleSeparators.includes(text[index]!)) return titledNameAt(text, from, limit, isKnownName, isWholeName, index + 1)
  }
  return null
}

/**
 * The name that starts at `start` (right after a post): four characters
 * after a compound surname (`令狐嘉宁`), else three, unless a word that follows
 * a subject (`出席`, `主持`) starts at its last; else two.
 *
 * @param text Paragraph.
 * @param start Index after the post.
 * @param limit Where the sentence ends.
 * @param isKnownName Name check for names without a known surname.
 * @param isWholeName Check of a name whose last character may open the word after it (`邬清和指出`).
 * @returns The name, or `null`.
 */
function nameAt(text: string, start: number, limit: number, isKnownName: (name: string) => boolean, isWholeName?: (name: string) => boolean): string | null {
  const dotted = dottedNameAt(text, start, limit)
  if (dotted) return dotted
  // A Latin name is read whole (`Gweilo`, not `Gwe`).
  const latin = latinRun.exec(text.slice(start, limit))
  if (latin) {
    const found = nameEndingAt(text, start + latin[0].length, start, isKnownName)
    return found && found.start === start ? found.name : null
  }
  const long = longNameAt(text, start, limit, isKnownName)
  if (long) return long
  for (const length of hasJapaneseSurname(text, start) ? [5, 4, 3, 2] : hasCompoundSurname(text, start) ? [4, 3, 2] : [3, 2]) {
    if (start + length > limit) continue
    // Not when a word that follows a subject, or a speech verb, starts at its last character (`马丽坦言`, `王芳称`),
    // unless it is one character and the article prints the name only whole (`邬清和指出`, where `邬清` never
    // stands alone; `贺兰舟认为` is `贺兰舟`).
    const word = length >= 3 ? longerWord(followers.startingAt(text, start + length - 1), verbs.startingAt(text, start + length - 1)) : undefined
    if (word && (word.length > 1 || !isWholeName?.(text.slice(start, start + length)))) continue
    // Nor a verb said twice around `了` (`王强想了想`, `李华笑了笑`).
    if (length >= 3 && text[start + length] === repeatedVerbJoiner && text[start + length + 1] === text[start + length - 1]) continue
    const found = nameEndingAt(text, start + length, start, isKnownName)
    if (found && found.start === start) return found.name
  }
  return null
}

/** The particle between a verb said twice (`想了想`). */
const repeatedVerbJoiner = '了'

/**
 * The longer of two words found at one position.
 *
 * @param first A word, or `undefined`.
 * @param second Another, or `undefined`.
 * @returns The longer one (the first on a tie), or `undefined` when neither is found.
 */
function longerWord(first: string | undefined, second: string | undefined): string | undefined {
  if (first === undefined) return second
  return second !== undefined && second.length > first.length ? second : first
}

/** How far before a long name its post is looked at. */
const maxPostLookBack = 12

/** Lengths of a minority or transliterated name read whole, shortest first. */
const longNameLengths = [4, 5, 6] as const

/**
 * A minority or transliterated name of four to six characters that starts
 * at `start` (`扎西多吉`, `海来拉则`, `乌云毕力格`, `图门吉日嘎拉`): made of such names'
 * characters, with a word that follows a subject, a speech verb or a mark
 * right after it, and none starting at its last character (`马丽娜来到` is
 * `马丽娜`).
 *
 * @param text Paragraph.
 * @param start Index after the post.
 * @param limit Where the sentence ends.
 * @param isKnownName Name check for names without a known surname.
 * @returns The name, or `null`.
 */
function longNameAt(text: string, start: number, limit: number, isKnownName: (name: string) => boolean): string | null {
  for (const length of longNameLengths) {
    const end = start + length
    if (end > limit || !isTransliteration(text.slice(start, end))) continue
    if (followers.startingAt(text, end - 1) || verbs.startingAt(text, end - 1)) continue
    if (isHan(text[end] ?? '') && !followers.startingAt(text, end) && !verbs.startingAt(text, end)) continue
    // The reading may look back past `start` at the post before it (six characters are a name only after one).
    const found = nameEndingAt(text, end, Math.max(0, start - maxPostLookBack), isKnownName)
    if (found && found.start === start) return found.name
  }
  return null
}

/** Most occurrences of a name's first characters looked at by {@link isPrintedOnlyWhole}. */
const maxWholeNameOccurrences = 20

/**
 * Whether an article prints a name only whole: its first characters never
 * without its last one after them (`邬清` only in `邬清和`, never `邬清指出`), and
 * the whole name once at least as a subject, before a word that follows one or
 * a speech verb (`邬清和来到`). Then the last character is the name's, though it
 * may open such a word (`和`); in `区委书记张三和区长李四出席` it is not.
 *
 * @param text Article text.
 * @param name Name of at least two characters.
 * @returns Whether it does (looked at over the first occurrences only).
 */
export function isPrintedOnlyWhole(text: string, name: string): boolean {
  const head = name.slice(0, -1)
  const last = name.slice(-1)
  let asSubject = false
  let from = 0
  for (let count = 0; count < maxWholeNameOccurrences; count++) {
    const index = text.indexOf(head, from)
    if (index === -1) break
    if (!text.startsWith(last, index + head.length)) return false
    const end = index + name.length
    if (followers.startingAt(text, end) || verbs.startingAt(text, end)) asSubject = true
    from = end
  }
  return asSubject
}

/**
 * A name with a middle dot that starts at `start` (`古丽娜尔·哈斯木为…`): Han
 * characters, the dot, then Han characters up to a word that follows a subject.
 *
 * @param text Paragraph.
 * @param start Index after the post.
 * @param limit Where the sentence ends.
 * @returns The name, or `null`.
 */
function dottedNameAt(text: string, start: number, limit: number): string | null {
  let dot = start
  // A hyphen joins the parts before the dot too (`让-巴蒂斯特·洛朗斯`).
  while (dot < limit && dot - start < maxNamePart && (isHan(text[dot]!) || (nameHyphens.includes(text[dot]!) && dot > start && isHan(text[dot + 1] ?? '')))) dot++
  if (dot === start || dot >= limit || !nameDots.includes(text[dot]!)) return null
  let end = dot + 1
  for (let part = 0; part < maxNameParts; part++) {
    const partStart = end
    while (end < limit && end - partStart < maxNamePart && isHan(text[end]!) && !followers.startingAt(text, end) && !afterName.startingAt(text, end)) end++
    if (end === partStart) return part === 0 ? null : text.slice(start, partStart - 1)
    // More parts after a dot or a hyphen (`叶尔兰·努尔兰诺维奇·扎克瑟别科夫`, `玛丽亚·卡鲁阿纳-格雷奇`).
    if (end + 1 < limit && (nameDots.includes(text[end]!) || nameHyphens.includes(text[end]!)) && isHan(text[end + 1]!)) {
      end++
      continue
    }
    break
  }
  return text.slice(start, end)
}

/** Most parts read after the first dot of a name (`阿卜杜拉·本·法赫德·阿勒哈姆丹`: three). */
const maxNameParts = 4
