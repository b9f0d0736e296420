/**
 * Who stands right before a position of a paragraph (a speech verb, or the
 * end of an attribution): a named person with the roles printed before the
 * name, a pronoun, or a person named only by what they are (`业主`).
 */
import { commonSingleSurnames, compoundSurnames, japaneseCompoundSurnames, japaneseGivenNameChars, singleSurnames } from '../data/quotes/surnames.js'
import { actionOpeners, addressWords, bodyEndings, descriptionEnd, mannerEnd, pairedActionOpener, placeOpener, familiarNamePrefixes, familiarNameSuffixes, occasionVerbs, speechOccasions, clauseConnectives, clauseStops, firmReportVerbs, transliterationNameChars, givenNameGrammarChars, nameHyphens, grammarSurnames, conjunctionSurnames, fillerClosers, notNames, fillerOpeners, fillerWords, nameBoundaries, nameDots, notNameChars, nameNotes, notPronounBefore, phraseOpeners, positionNoteChars, speechVerbs, reporterWords, pluralFillers, subjectFollowers, thingCounters, transliterationChars, unnamedPeople } from '../data/quotes/speech.js'
import { membershipBodies, organizationEndings, placeEndings, placeLevelPostOpeners, professionLastChars, schoolYears, titleWords, workerWordEndings } from '../data/quotes/titles.js'
import { chineseDigits } from '../data/numerals.js'
import { isHan } from '../text/normalize.js'
import { latinCapitals, latinLetter, latinLetters } from '../text/patterns.js'
import { foldChar, foldText } from '../text/simplify.js'
import { createWordMatcher } from '../text/word-matcher.js'
import type { Role } from '../types.js'
import { readRoleChain, splitRole } from './roles.js'
import { quotedTermOpening } from './spans.js'
import { counterWords, demonstrativeWords, honorificWords, notNameWords, personWords as unnamedMatcher, postWords, pronounWords as pronounMatcher } from './matchers.js'

const compound = new Set(compoundSurnames)
const japanese = new Set(japaneseCompoundSurnames)
const single = new Set(singleSurnames)
const commonSingle = new Set(commonSingleSurnames)
const fillers = createWordMatcher(fillerWords)
const closers = createWordMatcher(fillerClosers)
const actionMatcher = createWordMatcher(actionOpeners)
const addressMatcher = createWordMatcher(addressWords)
/**
 * The word for what someone is that starts at a position (`母亲`, `村民`), if any.
 *
 * @param text Text.
 * @param at Position.
 * @returns The word, or `undefined`.
 */
export function personWordAt(text: string, at: number): string | undefined {
  return unnamedMatcher.startingAt(text, at)
}

/** One-character words that open a speaker phrase at a clause start (`据`, `在…看来`): a name may follow them. */
const openers = new Set(phraseOpeners.filter((word) => word.length === 1))
const connectives = createWordMatcher(clauseConnectives)
const firmVerbs = createWordMatcher(firmReportVerbs)
const followerMatcher = createWordMatcher(subjectFollowers)
const verbMatcher = createWordMatcher(speechVerbs.filter((verb) => verb.length > 1))
const occasionVerbMatcher = createWordMatcher(occasionVerbs)
const speechOccasionMatcher = createWordMatcher(speechOccasions)
const notPerson = new Set([...titleWords, ...unnamedPeople, ...notNames, ...membershipBodies])

/** A person found before a position. */
export type Person =
  | {
      kind: 'named'
      name: string
      roles: Role[]
      start: number
      /** Whether the only role is a post printed after the name (`王芳代表`): earlier roles win over it. */
      trailingRole?: boolean
    }
  | {
      kind: 'pronoun'
      start: number
      /** The post a phrase that refers back names (`这位老站长` → `站长`): the person referred to holds it. */
      post?: string
    }
  | { kind: 'unnamed'; start: number }
  /**
   * No one before a verb that follows a comma (`张建锋拿出一张芯片展示，称“…”`):
   * the person the sentence opens with, if it opens with one; else no quote.
   */
  | { kind: 'subject'; start: number }

/**
 * Name lengths tried, most likely first (a later length wins only with a
 * better score). Five characters, and four that open with a single surname's
 * character, are taken only right after a post: transliterated names
 * (`秘书长古特雷斯`, `总理内塔尼亚胡`).
 */
const nameLengths = [3, 2, 4, 5, 6] as const

/** How far back (characters) a filler phrase like `在…时` may open. */
const fillerReach = 24

/**
 * The lowest index a speaker phrase ending at `end` may reach: just after the
 * nearest clause stop (`。`, `：`, a quotation mark, …).
 *
 * @param text Paragraph.
 * @param end Position.
 * @param floor Lower bound.
 * @returns Index.
 */
export function clauseStart(text: string, end: number, floor: number): number {
  let index = end
  while (index > floor && end - index < 160) {
    const char = text[index - 1]!
    if (clauseStops.includes(char)) {
      // A quoted term inside the phrase (`瑞典“一带一路”研究所副所长`) does not end it.
      const open = quotedTermOpening(text, index - 1, floor)
      if (open === -1) break
      index = open
      continue
    }
    index--
  }
  return index
}

/**
 * Drop what may stand between a speaker and the verb: adverbs, audiences
 * (`对本报记者`), places and times (`在接受采访时`, `在业绩会上`, `6月3日`), a
 * note in brackets (`（右）`, `（化名）`), and one comma after them.
 *
 * @param text Paragraph.
 * @param end Index of the verb.
 * @param floor Lowest index.
 * @returns The index where the speaker should end.
 */
export function skipFiller(text: string, end: number, floor: number): number {
  let cursor = end
  let skipped = false
  for (let guard = 0; guard < 8 && cursor > floor; guard++) {
    // A pronoun as the audience right after `向`/`对` (`方岳平向他介绍`).
    const listener = pronounMatcher.endingAt(text, cursor, floor)
    if (listener && audienceOpeners.includes(text[cursor - listener.length - 1] ?? '') && cursor - listener.length - 1 >= floor) {
      cursor -= listener.length + 1
      skipped = true
      continue
    }
    const closer = closers.endingAt(text, cursor, floor)
    if (closer) {
      const opener = lastOpener(text, cursor - closer.length, Math.max(floor, cursor - fillerReach))
      if (opener !== -1) {
        cursor = opener
        skipped = true
        continue
      }
    }
    const word = fillers.endingAt(text, cursor, floor)
    if (word) {
      cursor -= word.length
      skipped = true
      continue
    }
    const date = dateEndingAt(text, cursor, floor)
    if (date < cursor) {
      cursor = date
      skipped = true
      continue
    }
    // A date in brackets after a day word (`今日（5日）表示`, `今日（三月十二日）表示`).
    const bracketedDate = bracketedDateEndingAt(text, cursor, floor)
    if (bracketedDate < cursor) {
      cursor = bracketedDate
      skipped = true
      continue
    }
    const note = bracketNoteEndingAt(text, cursor, floor)
    if (note < cursor) {
      cursor = note
      continue
    }
    if (skipped && (text[cursor - 1] === '，' || text[cursor - 1] === ',')) {
      cursor--
      skipped = false
      continue
    }
    break
  }
  return cursor
}

/** The word that closes an occasion before a verb (`作报告时`). */
const occasionCloser = '时'

/**
 * Whether the character at a position closes an occasion (`时`, traditional `時` folded).
 *
 * @param text Paragraph.
 * @param at Position.
 * @returns Whether it does.
 */
function closesOccasionAt(text: string, at: number): boolean {
  return at >= 0 && foldChar(text[at]!) === occasionCloser
}

/** Openers of an audience that may be a pronoun (`向他`, `对她`). */
const audienceOpeners = '向对'

/** The suffix that makes a word for people plural (`村民们`, `代表委员们`). */
const pluralSuffix = '们'

/** Longest place between a speaker and the verb (`在白宫`, `在莫斯科`) read without a word that closes it. */
const maxPlacePhrase = 10

/** Longest manner phrase ending in `地` between a speaker and the verb (`半开玩笑地`). */
const maxMannerPhrase = 6

/**
 * The person before a speech verb (or a colon), once what may stand between
 * them is skipped (see {@link skipFiller}). When nobody ends there, a bare
 * place after `在` (`普京在莫斯科表示`, `拜登26日在白宫说`) or a short action
 * (`李秀兰指着大棚说`, see `actionOpeners`) is skipped too: a phrase of Han
 * characters with no closing word, which {@link skipFiller} alone does not drop.
 *
 * @param text Paragraph.
 * @param end Index of the verb.
 * @param floor Lowest index.
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, or `null`.
 */
export function personBeforeFiller(text: string, end: number, floor: number, isKnownName: (name: string) => boolean): Person | null {
  const cursor = skipFiller(text, end, floor)
  const read = personEndingAt(text, cursor, floor, isKnownName)
  // A name never ends in the word that closes an occasion (`回应群众关切时表示` names no `关切时`).
  const person = read?.kind === 'named' && closesOccasionAt(text, cursor - 1) ? null : read
  // A transliterated name may end in the character of a filler that needs several people (`古丽米热·阿不都表示`:
  // one person is no `都`); not in one that goes with one (`约翰·史密斯则表示`).
  if (person?.kind === 'named' && cursor < end && pluralFillers.includes(text[cursor]!) && transliterationNameChars.includes(text[cursor]!) && hasNameDot(person.name) && skipFiller(text, end, cursor + 1) === cursor + 1) {
    return { ...person, name: person.name + text[cursor]! }
  }
  // A bare name right after `在` may be a place (`科恩5日在柏林说`): a person before it wins.
  const maybePlace = person !== null && person.kind === 'named' && person.roles.length === 0 && text[person.start - 1] === placeOpener
  if (person && !maybePlace) return person
  // An occasion without `在` (`王䶮作镇政府工作报告时介绍`, `刘德胜交流发言时说`, `王强讲话指出`): the person
  // ends right before the verb that opens it, the first of its verbs (`作` of `作总结讲话时`).
  const occasionEnd = closesOccasionAt(text, cursor - 1) ? cursor : closesOccasionAt(text, end - 1) ? end : speechOccasionMatcher.endingAt(text, cursor, floor) ? cursor + 1 : -1
  if (!person && occasionEnd !== -1) {
    let opener: Person | null = null
    // Someone unnamed opens it when no one named does (`房屋署发言人回复本报查询时表示`).
    let unnamedOpener: Person | null = null
    for (let index = occasionEnd - 2; index > floor && occasionEnd - index <= fillerReach && isHan(text[index]!); index--) {
      if (!occasionVerbMatcher.startingAt(text, index)) continue
      // A date or time may stand before the occasion (`李红梅5日调研时表示`).
      const found = personEndingAt(text, skipFiller(text, index, floor), floor, isKnownName)
      if (found && found.kind === 'named') opener = found
      else if (found && found.kind === 'unnamed') unnamedOpener ??= found
    }
    if (opener ?? unnamedOpener) return opener ?? unnamedOpener
  }
  // A manner phrase not in the fillers (`妻子李秀芝半开玩笑地说`): a named person ends right before it.
  if (!person && text[cursor - 1] === mannerEnd) {
    for (let index = cursor - 3; index > floor && cursor - index <= maxMannerPhrase; index--) {
      const char = text[index]!
      if (!isHan(char) || char === placeOpener || char === descriptionEnd) break
      const found = personEndingAt(text, index, floor, isKnownName)
      if (found?.kind === 'named') return found
    }
  }
  // Paired actions may hold a comma between them (`德吉央宗一边倒茶，一边笑着说`).
  let reach = maxPlacePhrase + 1
  let pairedComma = false
  for (let index = cursor - 2; index >= floor && cursor - index <= reach; index--) {
    const char = text[index]!
    if (!isHan(char)) {
      if (pairedComma || char !== '，' || !text.startsWith(pairedActionOpener, index + 1)) return person
      pairedComma = true
      reach = cursor - index + maxPlacePhrase + 1
      continue
    }
    const opensAction = actionMatcher.mayStartWith(text.charCodeAt(index)) && actionMatcher.startingAt(text, index) !== undefined
    if (char !== placeOpener && !opensAction) continue
    const before = skipFiller(text, index, floor)
    const found = before < cursor ? personEndingAt(text, before, floor, isKnownName) : null
    // `在` may close an action's opener (`坐在唐楼的楼梯口说`): look further back.
    if (!found && char === placeOpener && actionMatcher.endingAt(text, index + 1, floor) !== undefined) continue
    // An action may hold its opener twice (`一边剥着笋一边说`): look further back.
    if (found || !opensAction) return found ?? person
  }
  return person
}

/**
 * A word for what someone is, printed as a role before a name: one that ends
 * a chain of roles (`全国政协委员、…牧民巴特尔`) or follows a place or an
 * organisation (`…正镶白旗牧民巴特尔`, `老码头米粉店店主毛秀贞`), or a school
 * year (`高三学生`, `2020级本科生`). On its own (`村民张强`) it is no role.
 *
 * @param text Paragraph.
 * @param nameStart Where the name starts.
 * @param floor Lowest index.
 * @returns The roles and where they start, or `null`.
 */
export function describedRolesBefore(text: string, nameStart: number, floor: number): { roles: Role[]; start: number } | null {
  if (!unnamedMatcher.endingAt(text, nameStart, floor)) return null
  const described = readRoleChain(text, nameStart, floor, true)
  const first = described.roles[0]
  const organization = first?.organization ?? ''
  const last = organization.length > 1 ? organization[organization.length - 1]! : ''
  // An organisation's name has three characters at least (`当地村民` names no organisation).
  const printedAsRole = described.roles.length > 1 || (last !== '' && (placeEndings.includes(last) || (organization.length > 2 && organizationEndings.includes(foldChar(last))))) || endsWithSchoolYear(organization)
  return printedAsRole ? described : null
}

/**
 * Whether a Japanese surname of two characters starts at a position (`佐藤`
 * of `佐藤健太郎`), whose given name may have three characters.
 *
 * @param text Text.
 * @param start Position.
 * @returns Whether one does.
 */
export function hasJapaneseSurname(text: string, start: number): boolean {
  return japanese.has(foldText(text.slice(start, start + 2)))
}

/**
 * Whether a name holds a middle dot (`古丽米热·阿不都`).
 *
 * @param name Name.
 * @returns Whether it does.
 */
export function hasNameDot(name: string): boolean {
  for (const char of name) if (nameDots.includes(char)) return true
  return false
}

/**
 * Index of the last filler opener (`在`, `向`, `对`, `接受`, `于`) in a range.
 *
 * @param text Paragraph.
 * @param end Upper bound (exclusive).
 * @param floor Lower bound.
 * @returns Index or -1.
 */
function lastOpener(text: string, end: number, floor: number): number {
  for (let index = end - 1; index >= floor; index--) {
    // A quoted term inside the phrase (`在谈及“双减”工作时`) is passed over whole.
    const open = quotedTermOpening(text, index, floor)
    if (open !== -1) {
      index = open
      continue
    }
    // Nor does it cross a comma (`对于禁区内争议判罚，主裁判孔维赛后表示`: `赛后` is no `对…后`).
    if (clauseStops.includes(text[index]!) || phraseCommas.includes(text[index]!)) return -1
    for (const opener of fillerOpeners) if (text.startsWith(opener, index)) return index
  }
  return -1
}

/** Commas, which a phrase between a speaker and the verb never holds. */
const phraseCommas = '，,'

/** Longest note in its brackets (`（前排左三）`, `（Indermit Gill）`). */
const maxNote = 32

/** A Latin name ending a text (`Tim Cook`, `Anna Müller`). */
const latinNameEnd = new RegExp(`[${latinLetters}][${latinLetters} .'-]{0,38}[${latinLetters}]$`)

/** A Latin capital opening a text, accented ones included. */
const latinCapital = new RegExp(`^[${latinCapitals}]`)

/** A Latin spelling of a name (`Indermit Gill`), with lower-case letters (`CEO` is a post). */
const latinSpelling = new RegExp(`^[${latinCapitals}][${latinLetters} .'-]*[a-zß-öø-ÿ][${latinLetters} .'-]*$`)

/**
 * Start of a bracketed note after a name ending at `end`: a position
 * (`（右）`, `（左二）`, see {@link positionNoteChars}), a word like `（化名）`
 * (see {@link nameNotes}), or a Latin spelling (`（Indermit Gill）`).
 *
 * @param text Paragraph.
 * @param end Position.
 * @param floor Lower bound.
 * @returns Start of the note, or `end` when none ends there.
 */
function bracketNoteEndingAt(text: string, end: number, floor: number): number {
  const close = text[end - 1]
  if (close !== '）' && close !== ')') return end
  const open = text.lastIndexOf(close === '）' ? '（' : '(', end - 2)
  if (open < floor || open >= end - 2 || end - open > maxNote) return end
  const note = text.slice(open + 1, end - 1)
  const isPosition = note.length <= 5 && [...note].every((char) => positionNoteChars.includes(char))
  return isPosition || nameNotes.includes(note) || ageNote.test(note) || latinSpelling.test(note) ? open : end
}

/** An age in brackets after a name (`赵女士（35岁）`). */
const ageNote = /^[0-9０-９一二三四五六七八九十]{1,4}岁$/

/**
 * Start of a date in brackets (`（5日）`, `（三月十二日）`) ending at `end`.
 *
 * @param text Paragraph.
 * @param end Position.
 * @param floor Lower bound.
 * @returns Start of the opening bracket, or `end` when none ends there.
 */
function bracketedDateEndingAt(text: string, end: number, floor: number): number {
  const close = text[end - 1]
  if (close !== '）' && close !== ')') return end
  const start = dateEndingAt(text, end - 1, floor)
  if (start === end - 1 || text[start] === '于') return end
  return text[start - 1] === (close === '）' ? '（' : '(') && start - 1 >= floor ? start - 1 : end
}

/**
 * Start of a date like `6月3日`, `27日`, `于27日` ending at `end`.
 *
 * @param text Paragraph.
 * @param end Position.
 * @param floor Lower bound.
 * @returns Start of the date, or `end` when none ends there.
 */
function dateEndingAt(text: string, end: number, floor: number): number {
  if (text[end - 1] !== '日' && text[end - 1] !== '号') return end
  let index = end - 1
  let digits = 0
  while (index > floor && /[0-9０-９月一二三四五六七八九十]/.test(text[index - 1]!) && digits < 8) {
    index--
    digits++
  }
  if (digits === 0) return end
  if (text[index - 1] === '于') index--
  return index
}

/**
 * Find the person whose phrase ends at `end`.
 *
 * @param text Paragraph.
 * @param end Index right after the person (after fillers were skipped).
 * @param floor Lowest index the phrase may reach.
 * @param isKnownName Tells whether a candidate without a known surname was seen with a title elsewhere.
 * @returns The person or `null`.
 */
export function personEndingAt(text: string, end: number, floor: number, isKnownName: (name: string) => boolean): Person | null {
  if (end <= floor) return null
  const pronoun = pronounMatcher.endingAt(text, end, floor)
  if (pronoun && !notPronounBefore.includes(foldChar(text[end - pronoun.length - 1]))) {
    return introducedBefore(text, end - pronoun.length, floor, isKnownName) ?? { kind: 'pronoun', start: end - pronoun.length }
  }

  const named = nameEndingAt(text, end, floor, isKnownName)
  if (named) {
    // An honorific between the roles and the name (`总会长丹斯里陈友明`) is passed over.
    const honorific = honorificWords.endingAt(text, named.start, floor)
    if (honorific) {
      const start = named.start - honorific.length
      const chain = readRoleChain(text, start, floor)
      return { kind: 'named', name: named.name, roles: chain.roles, start: chain.roles.length > 0 ? chain.start : start }
    }
    const chain = readRoleChain(text, named.start, floor)
    if (chain.roles.length > 0) return { kind: 'named', name: named.name, roles: chain.roles, start: chain.start }
    const described = describedRolesBefore(text, named.start, floor)
    if (described) return { kind: 'named', name: named.name, roles: described.roles, start: described.start }
    // A bare two-character name right after `的` in a phrase a counter opens (`一位正在排队的边民说`,
    // `一位戴着草帽的老汉说`) is what the person is (a full name has three characters mostly: `一位来自安徽的张小强`).
    if (named.name.length === 2 && text[named.start - 1] === descriptionEnd) {
      const counted = countedPersonEndingAt(text, end, floor)
      if (counted) return counted
    }
    // Words for what the person is (`村民张强`, `患者家属陈女士`) belong to the phrase, not to the roles.
    let start = named.start
    for (let word = unnamedMatcher.endingAt(text, start, floor); word !== undefined; word = unnamedMatcher.endingAt(text, start, floor)) start -= word.length
    return { kind: 'named', name: named.name, roles: [], start }
  }
  const bracketed = nameBeforeBrackets(text, end, floor, isKnownName)
  if (bracketed) return bracketed
  const titled = nameBeforeTitle(text, end, floor, isKnownName)
  if (titled) return titled
  const addressed = nameBeforeAddress(text, end, floor, isKnownName)
  if (addressed) return addressed
  const short = surnameAndPost(text, end, floor)
  if (short) return short
  // Someone named only by what they are or by their post (`业主`, `公司董事长`), one or several (`村民们`).
  const plural = text[end - 1] === pluralSuffix ? 1 : 0
  const unnamed = unnamedMatcher.endingAt(text, end - plural, floor) ?? postWords.endingAt(text, end - plural, floor)
  if (unnamed && !reporterWords.includes(unnamed) && !countedThing(text, end - plural - unnamed.length, floor)) {
    let start = end - plural - unnamed.length
    while (start > floor && end - start < 20 && text[start - 1] !== '，') {
      // A short quoted term inside the phrase (`这位“娘家人”代表`) is passed over whole.
      const open = quotedTermOpening(text, start - 1, floor)
      if (open !== -1) {
        start = open
        continue
      }
      if (clauseStops.includes(text[start - 1]!)) break
      start--
    }
    // `这位老站长说`: someone already presented, referred back to like a pronoun.
    if (!plural && demonstrativeWords.startingAt(text, start)) {
      const post = postWords.endingAt(text, end, floor)
      return post ? { kind: 'pronoun', start, post } : { kind: 'pronoun', start }
    }
    return { kind: 'unnamed', start }
  }
  return countedPersonEndingAt(text, end, floor)
}

/**
 * Whether an organisation ends with a school year or a cohort (`濠江中學高三`,
 * `2020级`), traditional characters folded.
 *
 * @param organization Organisation.
 * @returns Whether it does.
 */
function endsWithSchoolYear(organization: string): boolean {
  // A one-character year (`级`, `届`) needs its number before it.
  const folded = foldText(organization)
  return folded.length > 1 && schoolYears.some((year) => folded.endsWith(year))
}

/**
 * Whether a number and a measure word for things end right before a
 * position (`3件`, `两条`): a word for a person after them opens a noun
 * (`3件代表建议`).
 *
 * @param text Paragraph.
 * @param at Position.
 * @param floor Lowest index.
 * @returns Whether they do.
 */
function countedThing(text: string, at: number, floor: number): boolean {
  if (at - 2 < floor || !thingCounters.includes(text[at - 1]!)) return false
  const count = text[at - 2]!
  return asciiDigit.test(count) || chineseDigits[count] !== undefined || roughCounts.includes(count)
}

/** Characters of a rough count before a measure word (`多件`, `几条`, `百项`). */
const roughCounts = '多几数百千万'

/** A digit, as in an age or a span of years inside a counted phrase. */
const asciiDigit = /[0-9０-９]/

/** Quotation marks around a term inside a counted phrase (`一名…的“新梧川人”`). */
const termMarks = '“”「」'

/** Longest phrase after a counter that names someone by what they are (`一位正在补网的渔嫂`). */
const maxCountedPhrase = 24

/**
 * Someone a counter introduces by what they are, whatever the words
 * (`一位一楼住户`, `一位排隊買菠蘿包的街坊`, `一位住了50多年的老街坊`,
 * `一名在梧川工作了三年的“新梧川人”`): Han characters, digits and a quoted
 * term only, from a counter that opens the phrase (see `unnamedCounters`)
 * up to `end`.
 *
 * @param text Paragraph.
 * @param end Index right after the phrase.
 * @param floor Lowest index.
 * @returns The unnamed person, or `null`.
 */
function countedPersonEndingAt(text: string, end: number, floor: number): Person | null {
  for (let start = end - 3; start >= floor && end - start <= maxCountedPhrase; start--) {
    if (!isHan(text[start]!) && !asciiDigit.test(text[start]!) && !termMarks.includes(text[start]!)) return null
    const counter = counterWords.startingAt(text, start)
    if (counter && start + counter.length < end && (start === floor || isBoundaryAt(text, start - 1))) return { kind: 'unnamed', start }
  }
  return null
}

/**
 * `张三（某公司总经理）表示`: a name followed by its roles in brackets.
 *
 * @param text Paragraph.
 * @param end Index after the closing bracket.
 * @param floor Lowest index.
 * @param isKnownName Name check for names without a known surname.
 * @returns The named person, or `null`.
 */
function nameBeforeBrackets(text: string, end: number, floor: number, isKnownName: (name: string) => boolean): Person | null {
  const close = text[end - 1]
  if (close !== '）' && close !== ')') return null
  const open = text.lastIndexOf(close === '）' ? '（' : '(', end - 1)
  if (open <= floor || end - open > 42) return null
  const named = nameEndingAt(text, open, floor, isKnownName)
  if (!named) return null
  const inner = text.slice(open + 1, end - 1)
  const roles = inner.split(/[、，,]/).map((part) => splitRole(part.trim()))
  if (roles.length === 0 || roles.some((role) => role === null)) return null
  const chain = readRoleChain(text, named.start, floor)
  return { kind: 'named', name: named.name, roles: [...chain.roles, ...(roles as Role[])], start: chain.roles.length > 0 ? chain.start : named.start }
}

/**
 * `王芳代表说`, `李斌委员表示`: a name followed by a post.
 *
 * @param text Paragraph.
 * @param end Index after the post.
 * @param floor Lowest index.
 * @param isKnownName Name check for names without a known surname.
 * @returns The named person (the post as the role), or `null`.
 */
function nameBeforeTitle(text: string, end: number, floor: number, isKnownName: (name: string) => boolean): Person | null {
  const post = postWords.endingAt(text, end, floor)
  if (!post) return null
  const named = nameEndingAt(text, end - post.length, floor, isKnownName)
  if (!named) return null
  if (postWords.endingAt(text, named.start, floor)) {
    // Roles before the name too (`…中学校长韦丽娟委员`): those are the roles, the post after repeats one.
    const chain = readRoleChain(text, named.start, floor)
    return chain.roles.length > 0 ? { kind: 'named', name: named.name, roles: chain.roles, start: chain.start } : null
  }
  if (!looksLikeNameBeforePost(named.name, text.slice(end - post.length, end)) && !isKnownName(named.name)) return null
  const role: Role = { text: text.slice(end - post.length, end), organization: null, title: text.slice(end - post.length, end) }
  return { kind: 'named', name: named.name, roles: [role], start: named.start, trailingRole: true }
}

/**
 * Whether a word before a post reads as a personal name on its own, with no
 * other mention of it after a post in the article. Many two-character words
 * open with a surname's character (`车间主任`, `景区负责人`, `项目经理`,
 * `相关专家`), so a two-character name needs one of the hundred most common
 * surnames (`王芳代表`); and a post named after an administrative level
 * follows a place (`柳州市长`), not a name.
 *
 * @param name Candidate name.
 * @param post The post printed after it.
 * @returns Whether it is taken as a name.
 */
function looksLikeNameBeforePost(name: string, post: string): boolean {
  if (placeLevelPostOpeners.includes(post[0]!)) return false
  return name.length > 2 || compound.has(foldText(name.slice(0, 2))) || commonSingle.has(foldChar(name[0]))
}

/**
 * `王德贵老人说`, `庞桂芝阿姨说`: a full name and a word of address after it
 * (see `addressWords`).
 *
 * @param text Paragraph.
 * @param end Index after the word of address.
 * @param floor Lowest index.
 * @param isKnownName Name check for names without a known surname.
 * @returns The named person (no roles), or `null`.
 */
function nameBeforeAddress(text: string, end: number, floor: number, isKnownName: (name: string) => boolean): Person | null {
  const word = addressMatcher.endingAt(text, end, floor)
  if (!word) return null
  const named = nameEndingAt(text, end - word.length, floor, isKnownName)
  return named && named.name.length >= 3 ? { kind: 'named', name: named.name, roles: [], start: named.start } : null
}

/**
 * `方研究员说`, `王主任医师表示`: a surname and a post at a clause boundary, the
 * short form of a name (resolved to the person printed in full, see
 * `quotes.ts`); a three-character form is read as a name already.
 *
 * @param text Paragraph.
 * @param end Index after the post.
 * @param floor Lowest index.
 * @returns The named person (the short form as the name, no roles), or `null`.
 */
function surnameAndPost(text: string, end: number, floor: number): Person | null {
  const post = postWords.endingAt(text, end, floor)
  if (!post || post.length < 3) return null
  const surnameAt = end - post.length - 1
  if (surnameAt < floor || !(surnameAt === floor || isBoundaryAt(text, surnameAt - 1)) || !splitSurnameAndPost(text.slice(surnameAt, end))) return null
  return { kind: 'named', name: text.slice(surnameAt, end), roles: [], start: surnameAt }
}

/**
 * `李强是区政协委员，他认为…`: a pronoun right after `NAME是ROLES，` is that
 * person, with those roles.
 *
 * @param text Paragraph.
 * @param pronounStart Index of the pronoun.
 * @param floor Lowest index.
 * @param isKnownName Name check for names without a known surname.
 * @returns The named person, or `null`.
 */
function introducedBefore(text: string, pronounStart: number, floor: number, isKnownName: (name: string) => boolean): Person | null {
  const comma = pronounStart - 1
  if (comma <= floor || (text[comma] !== '，' && text[comma] !== ',')) return null
  const copula = text.lastIndexOf('是', comma)
  if (copula <= floor || comma - copula > 40) return null
  const chain = readRoleChain(text, comma, copula + 1)
  if (chain.roles.length === 0 || chain.start !== copula + 1) return null
  const named = nameEndingAt(text, copula, floor, isKnownName)
  return named ? { kind: 'named', name: named.name, roles: chain.roles, start: named.start } : null
}

/**
 * Find a personal name ending at `end`: a Han name after a known surname
 * (2–4 characters), a name with a middle dot (`艾力·买买提`), or a Latin name.
 * Among Han candidates the one right after a post (`主任周立平`) or a clause
 * boundary wins.
 *
 * @param text Paragraph.
 * @param end Index after the name.
 * @param floor Lowest index.
 * @param isKnownName Whether a surname-less candidate was seen after a title elsewhere.
 * @returns Name and its start, or `null`.
 */
export function nameEndingAt(text: string, end: number, floor: number, isKnownName: (name: string) => boolean): { name: string; start: number } | null {
  const dotted = dottedNameEndingAt(text, end, floor)
  if (dotted) return dotted
  const latin = latinLetter.test(text[end - 1] ?? '') ? latinNameEnd.exec(text.slice(Math.max(floor, end - 40), end)) : null
  if (latin && latinCapital.test(latin[0]) && postWords.startingAt(latin[0], 0) !== latin[0]) {
    // An upper-case word before it is a post or a firm (`CEO Cook`), not part of the name.
    const name = latin[0].replace(/^(?:[A-Z]{2,} )+(?=[A-Z][a-z])/, '')
    const start = end - name.length
    // One Latin word right after a post or a word for a person is a person (`CEO Cook`, `加拿大大叔Gweilo`), and
    // so is one the article prints so elsewhere; else one in capitals or before a firm's verb names a firm
    // (`BBC称`, `Canalys分析`), and any other is a person (`Redrain在爆料中透露`).
    const before = text[start - 1] === ' ' ? start - 1 : start
    const described = postWords.endingAt(text, before, floor) !== undefined || unnamedMatcher.endingAt(text, before, floor) !== undefined
    if (name.includes(' ') || described || isKnownName(name)) return { name, start }
    // A time between the name and the verb (`Sun本周宣布`) is passed over.
    const verbAt = text[end] === ' ' ? end + 1 : end
    const firm = /^[A-Z0-9&.-]+$/.test(name) || firmVerbs.startingAt(text, verbAt) !== undefined || firmVerbs.startingAt(text, verbAt + (fillers.startingAt(text, verbAt)?.length ?? 0)) !== undefined
    return firm ? null : { name, start }
  }
  let best: { name: string; start: number; score: number } | null = null
  for (const length of nameLengths) {
    const start = end - length
    if (start < floor) continue
    const name = text.slice(start, end)
    // Every check below only rules a candidate out, so the cheap ones on its shape come first.
    // The first two characters, folded: a compound surname or not.
    const firstTwo = foldText(name.slice(0, 2))
    const hasCompound = compound.has(firstTwo)
    if (hasCompound && length === 2) continue
    // Four or more characters without a compound surname: a transliteration, made of its characters.
    const transliteration = length >= 4 && isTransliteration(name)
    if (length >= 4 && !hasCompound && !transliteration) continue
    if (length === 3 && bodyEndings.includes(name[2]!)) continue
    if (notPerson.has(foldText(name))) continue
    // Nor the start of a body's name printed there (`市政` of `代表市政府致辞`).
    if ((notNameWords.startingAt(text, start)?.length ?? 0) > length) continue
    // An honorific stands where a post would (`拿督林国华`).
    const afterPost = postWords.endingAt(text, start, floor) !== undefined || honorificWords.endingAt(text, start, floor) !== undefined
    // Right after a post, or after a word for what someone is (`村民张强`).
    const afterTitle = afterPost || unnamedMatcher.endingAt(text, start, floor) !== undefined || (start > floor && workerWordEndings.includes(text[start - 1]!))
    const atBoundary = startsAtBoundary(text, start, floor)
    // A name starts right after a post or a word for a person, or at a boundary.
    if (!afterTitle && !atBoundary) continue
    // A long name made of a transliteration's characters, all of it from a boundary or a post (`”索南才让说`,
    // `站长图门吉日嘎拉表示`): its characters may be grammar ones (`让`, `日`).
    const longTransliteration = transliteration && (afterPost || atBoundary)
    // Six characters (`额尔敦毕力格`) only right after a post or a word for a person, or all of them a
    // transliteration's from a boundary (`」额尔敦毕力格表示`).
    if (length === 6 && !afterTitle && !longTransliteration) continue
    // Grammar characters that given names use too (`甘如海`) pass after a known surname where a post stands before,
    // or a word for a person (`负责人曾于庭`), or from a boundary (`”曾于庭说`). So does a compound surname that
    // holds one (`单于晴`).
    // Not where a word that follows a subject follows the surname (`市长王当选后说`).
    const givenName = length === 3 && single.has(foldChar(name[0])) && isPlausibleName(name.slice(1), givenNameGrammarChars) && (followerMatcher.startingAt(text, start + 1)?.length ?? 0) < 2
    // Not where a filler or a connective follows the surname (`张再次强调`, `李于是说`).
    const givenNameHere = givenName && !fillers.startingAt(text, start + 1) && !connectives.startingAt(text, start + 1) && (unnamedMatcher.endingAt(text, start, floor) !== undefined || atBoundary)
    const compoundName = length >= 3 && hasCompound && isPlausibleName(name.slice(2), japanese.has(firstTwo) ? givenNameGrammarChars + japaneseGivenNameChars : givenNameGrammarChars)
    // A compound surname's name read from a boundary (`”鲜于泰说`) is one too: the surname is no phrase there.
    const compoundFromBoundary = compoundName && atBoundary
    if (!isPlausibleName(name) && !isAnonymisedName(name) && !longTransliteration && !isFamiliarName(name) && !compoundFromBoundary && !givenNameHere && !(length >= 3 && (givenName || compoundName || isPlausibleName(name, transliterationChars)) && (afterPost || isKnownName(name)))) {
      // A grammar character that is also a surname (`于洪涛`) opens a name after a post, or one printed after a post elsewhere.
      const grammarSurname = length <= 3 && grammarSurnames.includes(name[0]!) && isPlausibleName(name.slice(1))
      if (!grammarSurname || !(afterPost || isKnownName(name))) continue
    }
    // A name never ends in a speech verb (`邓思齐表示：` is 邓思齐), nor is one (`解释称`: 解 is a surname), nor, when
    // long, ends in a post (`韦丽娟委员`).
    if (length >= 3 ? verbMatcher.endingAt(name, length) !== undefined : verbMatcher.startingAt(name, 0) === name) continue
    if (length >= 4 && postWords.endingAt(name, length) !== undefined) continue
    const surname = hasCompound ? 2 : single.has(foldChar(name[0])) || isFamiliarName(name) ? 1 : 0
    // A name never opens with the last character of a post (`理事长孙海` is 孙海, not 长孙海 after 理事),
    // nor with the second character of a compound surname (`上官明轩` is not 官明轩).
    if (endsLongerTitle(text, start, floor)) continue
    if (start > floor && !afterPost && hasCompoundSurname(text, start - 1)) continue
    // There a conjunction's surname before another such word joins two words (`人士和专家`).
    if (afterTitle && conjunctionSurnames.includes(name[0]!) && isPersonWord(name.slice(1))) continue
    // A long one reads as a name only right after a post, or where the article prints it so (the look-up last: it
    // reads the article), or when all of it, from a boundary, is made of a transliteration's characters (`”普布扎西说`).
    if (((surname === 1 && length === 4) || length === 5) && !afterTitle && !longTransliteration && !isKnownName(name)) continue
    let score = afterTitle ? 3 : 2
    if (surname === 0) {
      // Nor is a verb that follows a subject (`全国人大代表走上通道`) or an action (`记者用中文提问`).
      if (postWords.endingAt(name, name.length) || unnamedMatcher.endingAt(name, name.length) || (followerMatcher.startingAt(name, 0)?.length ?? 0) >= 2 || actionMatcher.startingAt(name, 0) !== undefined) continue
      // Right after a closing mark, a name made of a minority or transliterated name's characters (`”额尔敦说`) is one.
      const afterQuote = start > 0 && quoteClosers.includes(text[start - 1]!) && isTransliteration(name)
      if (!(afterTitle || longTransliteration || afterQuote || isKnownName(name))) continue
      score -= 0.5
    }
    if (!best || score > best.score) best = { name, start, score }
  }
  return best ? { name: best.name, start: best.start } : null
}

/**
 * Whether a name candidate starts where a name may: at the floor, after a
 * boundary mark, after an opening mark that follows one, or after a clause
 * connective (`结果潘振声说`).
 *
 * @param text Paragraph.
 * @param start Where the candidate starts.
 * @param floor Lowest index.
 * @returns Whether it does.
 */
function startsAtBoundary(text: string, start: number, floor: number): boolean {
  return start === floor || isBoundaryAt(text, start - 1) || (openers.has(text[start - 1]!) && (start - 1 === floor || isBoundaryAt(text, start - 2))) || afterConnective(text, start, floor)
}

/**
 * Whether a text is wholly a post or a word for a person (`专家`, `老师`).
 *
 * @param text Text.
 * @returns Whether it is.
 */
function isPersonWord(text: string): boolean {
  return postWords.startingAt(text, 0) === text || unnamedMatcher.startingAt(text, 0) === text
}

/**
 * Whether a candidate is a familiar name: `小` or `老` and a surname (`小李`,
 * `老张`), `小` and a given name (`小雨`, as papers name minors; words such as
 * `小区` are in `notNames`), or a surname and `太`/`生` (`陈太`).
 *
 * @param name Candidate.
 * @returns Whether it is.
 */
function isFamiliarName(name: string): boolean {
  if (name.length !== 2) return false
  if (familiarNameSuffixes.includes(foldChar(name[1])) && single.has(foldChar(name[0]))) return true
  return familiarNamePrefixes.includes(name[0]!) && (single.has(foldChar(name[1])) || name[0] === givenNamePrefix)
}

/**
 * Whether a candidate is a name anonymised by court and police copy: a
 * surname and `某` or `某某` (`张某`, `王某某`).
 *
 * @param name Candidate.
 * @returns Whether it is.
 */
function isAnonymisedName(name: string): boolean {
  return (name.length === 2 || name.length === 3) && single.has(foldChar(name[0])) && /^某{1,2}$/.test(name.slice(1))
}

/** Closing quotation marks, after which a quote's speaker is printed. */
const quoteClosers = '”」'

/** The familiar prefix that may stand before a given name too (`小雨`). */
const givenNamePrefix = '小'

/**
 * Whether a connective that opens its clause stands right before a position
 * (`结果潘振声说`, `随后李华表示`), so a name may start there.
 *
 * @param text Text.
 * @param start Position.
 * @param floor Lowest index.
 * @returns Whether one does.
 */
function afterConnective(text: string, start: number, floor: number): boolean {
  const word = connectives.endingAt(text, start, floor)
  if (!word) return false
  const wordStart = start - word.length
  return wordStart === floor || isBoundaryAt(text, wordStart - 1)
}

/**
 * Whether the character at a position ends a clause or a role, so a name may
 * start after it.
 *
 * @param text Text.
 * @param index Position.
 * @returns Whether it does.
 */
function isBoundaryAt(text: string, index: number): boolean {
  return nameBoundaries.includes(foldChar(text[index])) || clauseStops.includes(text[index]!)
}

/**
 * Read a name that is a surname and a post (`王书记`, `方研究员`, `欧阳主任`):
 * the short form of a person's name.
 *
 * @param name Name as read.
 * @returns The surname and the post, or `null` when the name is none such.
 */
export function splitSurnameAndPost(name: string): { surname: string; post: string } | null {
  const surnameLength = compound.has(foldText(name.slice(0, 2))) ? 2 : single.has(foldChar(name[0])) ? 1 : 0
  if (surnameLength === 0 || name.length <= surnameLength) return null
  const post = name.slice(surnameLength)
  return postWords.startingAt(post, 0) === post ? { surname: name.slice(0, surnameLength), post } : null
}

/**
 * Whether a compound surname (`令狐`, `上官`) starts at a position.
 *
 * @param text Text.
 * @param start Position.
 * @returns Whether one does.
 */
export function hasCompoundSurname(text: string, start: number): boolean {
  return compound.has(foldText(text.slice(start, start + 2)))
}

/**
 * Whether a post ends one character after `start` that is longer than that
 * character (`理事长` at `长孙海`): the character at `start` ends a post, so
 * no name starts there.
 *
 * @param text Paragraph.
 * @param start Where a candidate name would start.
 * @param floor Lowest index.
 * @returns Whether it does.
 */
export function endsLongerTitle(text: string, start: number, floor: number): boolean {
  const post = postWords.endingAt(text, start + 1, floor)
  return post !== undefined && post.length > 1
}

/**
 * A name with a middle dot (`买买提江·艾力`) ending at `end`: the part before
 * the dot runs back to a post or a clause boundary.
 *
 * @param text Paragraph.
 * @param end Index after the name.
 * @param floor Lowest index.
 * @returns Name and start, or `null`.
 */
function dottedNameEndingAt(text: string, end: number, floor: number): { name: string; start: number } | null {
  let dot = -1
  for (let index = end - 1; index > floor && end - index <= 10; index--) {
    const char = text[index]!
    if (nameDots.includes(char)) {
      dot = index
      break
    }
    // A hyphen joins the parts of a double name (`约翰·米勒-怀特`).
    if (!isHan(char) && !(nameHyphens.includes(char) && index < end - 1 && isHan(text[index - 1] ?? ''))) return null
  }
  if (dot <= floor || dot === end - 1) return null
  // The part after the dot holds no time, place, manner, action or occasion (`科恩当天在柏林`, `博纳尔用流利的中文`,
  // `猜耶蓬致词`): those stand between the name and the verb.
  for (let index = dot + 1; index < end; index++) {
    if (text[index] === placeOpener || (fillers.startingAt(text, index)?.length ?? 0) > 1 || actionMatcher.startingAt(text, index) || (occasionVerbMatcher.startingAt(text, index)?.length ?? 0) > 1) return null
  }
  let fallback = -1
  for (let length = 1; length <= 12 && dot - length >= floor; length++) {
    const start = dot - length
    const char = text[start]!
    // A hyphen joins the parts before the dot too (`让-巴蒂斯特·洛朗斯`).
    const hyphen = nameHyphens.includes(char) && start > floor && isHan(text[start - 1]!) && isHan(text[start + 1] ?? '')
    // So does a middle initial between two dots (`马克·P·琼斯`).
    const initial = start > floor && isLatinCapital(char) && nameDots.includes(text[start + 1]!) && nameDots.includes(text[start - 1]!)
    if (!isHan(char) && !nameDots.includes(char) && !hyphen && !initial) break
    if (nameDots.includes(char) || hyphen || initial) continue
    // A post, a word for a person, or a profession's last character (`登山家`, `宇航员`) ends what stands before the name.
    if (postWords.endingAt(text, start, floor) || unnamedMatcher.endingAt(text, start, floor) || start === floor || nameBoundaries.includes(text[start - 1]!) || clauseStops.includes(text[start - 1]!) || professionLastChars.includes(text[start - 1]!)) {
      return { name: text.slice(start, end), start }
    }
    fallback = start
  }
  return fallback === -1 ? null : { name: text.slice(fallback, end), start: fallback }
}

/**
 * Whether a character is a Latin capital letter (`P` in `马克·P·琼斯`).
 *
 * @param char Character.
 * @returns Whether it is.
 */
function isLatinCapital(char: string): boolean {
  return char >= 'A' && char <= 'Z'
}

/**
 * Whether a name is made of the characters of transliterated and minority
 * names (see {@link transliterationNameChars}).
 *
 * @param name Candidate.
 * @returns Whether it is.
 */
export function isTransliteration(name: string): boolean {
  for (const char of name) if (!transliterationNameChars.includes(foldChar(char))) return false
  return true
}

/**
 * Whether a string can be a Han personal name: Han only, no grammar words.
 *
 * @param name Candidate.
 * @param allowed Grammar characters allowed all the same (transliterations after a post).
 * @returns Whether it can.
 */
function isPlausibleName(name: string, allowed = ''): boolean {
  for (const char of name) {
    if (!isHan(char)) return false
    const folded = foldChar(char)
    if (notNameChars.includes(folded) && !allowed.includes(folded)) return false
  }
  return true
}
