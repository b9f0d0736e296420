/**
 * Quotes in one paragraph, before speakers are resolved across paragraphs:
 * direct quotes attributed after the closing mark (`“…”李媛说`) or before the
 * opening one (`孙磊说：“…”`), indirect speech after a speech verb
 * (`据 NAME 介绍，…`), split quotes (`“…，”赵明说，“…”`), and sentence-like
 * quotes that follow a speaker in the same paragraph.
 */
import { addressWords, afterQuoteVerbs, asSaidOpeners, aspectParticles, boundPronouns, clauseIntroducers, termOpeners, audienceClosers, audienceVerbs, circumstanceOpeners, clauseStops, descriptionEnd, maxAudienceLength, notAfterSubject, nounLikeVerbs, notSpeechAfter, notSpeechBefore, placeOpener, locativeEndings, timeClauseEndings, pronouns, quotingCloser, quotingOpeners, reporterWords, sentenceEnds, speechBeforeAfterAll, speechVerbs, topicClauseOpeners, topicClausePrefixes, unnamedPeople } from '../data/quotes/speech.js'
import { createWordMatcher } from '../text/word-matcher.js'
import { clauseStart, nameEndingAt, personBeforeFiller, personEndingAt, personWordAt, skipFiller, type Person } from './person.js'
import { findSpans, isSentenceLike, quotedTermClosing, type Span } from './spans.js'
import { describedNameAt, titledNameAt } from './subject.js'
import { occasionCloserWords, personWords, postWords, speechVerbWords as verbs } from './matchers.js'
import { latinLetter } from '../text/patterns.js'
import { isHan } from '../text/normalize.js'
import { workerWordEndings } from '../data/quotes/titles.js'

const afterQuote = createWordMatcher([...speechVerbs, ...afterQuoteVerbs])
const speechSet = new Set(speechVerbs)

/** Marks after a speech verb that open the speaker's reported words (`说，…`, `表示：…`). */
const wordsOpeningMarks = '，,：:'
const notBefore = new Map(Object.entries(notSpeechBefore).map(([verb, words]) => [verb, createWordMatcher(words)]))
const speechAfterAll = new Map(Object.entries(speechBeforeAfterAll).map(([verb, words]) => [verb, createWordMatcher(words)]))
const nounVerbs = createWordMatcher(nounLikeVerbs)
const notAfter = createWordMatcher(notSpeechAfter)
const topicOpeners = createWordMatcher(topicClauseOpeners)
const topicPrefixes = createWordMatcher(topicClausePrefixes)
const audiences = new Set(audienceVerbs)
/** Pronouns that may open a clause (`他回忆起…说`). */
const clauseOpeningPronouns = createWordMatcher(pronouns.filter((word) => !boundPronouns.includes(word)))
const audienceEnds = createWordMatcher([...audienceClosers, ...pronouns, ...unnamedPeople])
const audienceVerbMatcher = createWordMatcher(audienceVerbs)

/** Marks that may follow a speech verb (`说，`, `表示：`, `说“`). */
const afterVerbMarks = '，,：:“「'

/** {@link afterVerbMarks} as code units (tested per character by `nextMarkAfter`). */
const afterVerbMarkCodes: readonly number[] = Array.from(afterVerbMarks, (mark) => mark.charCodeAt(0))

/** Marks that end the search for an audience after a verb (`告诉…记者`): it is one phrase. */
const audienceStops = '。！？!?；;”」『』'

/**
 * Farthest a mark may stand after the start of a speech verb: the longest
 * verb and `道`, or a verb that takes an audience and the longest audience.
 */
const verbReach = Math.max(Math.max(...speechVerbs.map((verb) => verb.length)) + 1, Math.max(...audienceVerbs.map((verb) => verb.length)) + maxAudienceLength)

/** Marks that end the search for an attribution after a quote (none of them opens an attribution verb). */
const attributionStops = '。！？!?；;“”「」'

/** How far after a closing mark an attribution may reach. */
const attributionReach = 80

/** Longest topic clause between a quote and its speaker (`谈及未来，`). */
const maxTopicClause = 16

/** Longest description between a quote and its speaker (`家住城南的`, `今年65岁的`). */
const maxDescriptiveClause = 20

/** Marks a description before a speaker never holds: it is one phrase, not a clause of its own. */
const descriptionBreaks = '，,：:'

/** Longest place phrase between a quote and its speaker (`在…候诊区，`). */
const maxPlaceClause = 24


/**
 * Most quotes read from one paragraph. Real paragraphs hold a handful; the cap
 * keeps a hostile paragraph (tens of thousands of quotes) from costing more
 * than the parse.
 */
export const maxQuotesPerParagraph = 100

/** Dashes that open a signature after a quote (`——李四`). */
const signatureDashes = '—－-─'

/** What may follow a signature at the end of a paragraph (spaces, a full stop). */
const signatureEnds = ' 。.'

/** How much of a paragraph is searched for quotes (real paragraphs are far shorter). */
export const maxSearchedLength = 10_000

/** A quote found in a paragraph, with its unresolved person. */
export interface RawQuote {
  /** Direct or indirect. */
  kind: 'direct' | 'indirect'
  /** The quoted words. */
  text: string
  /** Who is credited (a name with roles, a pronoun, or an unnamed person). */
  person: Person
  /** Where the quote starts (for page order). */
  start: number
  /** Whether the quote runs on into the next paragraph (its closing mark is there). */
  runsOn: boolean
}

/** An event before indirect quotes are cut to length. */
interface Event {
  kind: 'direct' | 'indirect'
  person: Person
  /** Start of the quoted words. */
  from: number
  /** End of the quoted words (indirect: set later). */
  to: number
  /** Where this event starts in the text, for cutting an earlier indirect quote. */
  boundary: number
  /** Whether the quoted words run on into the next paragraph. */
  runsOn?: boolean
  /** Whether it is the quote of the speaker before it, found without a speaker phrase of its own. */
  follows?: boolean
}

/**
 * Find the quotes of one paragraph.
 *
 * @param paragraph Paragraph text (only its first {@link maxSearchedLength} characters are searched).
 * @param isKnownName Whether a name without a known surname was printed after a title elsewhere.
 * @param isEarlierSpeaker Whether a bare name is someone quoted in an earlier paragraph.
 * @returns Quotes in paragraph order (at most {@link maxQuotesPerParagraph}).
 */
export function quotesInParagraph(paragraph: string, isKnownName: (name: string) => boolean, isEarlierSpeaker: (name: string) => boolean = () => false): RawQuote[] {
  const text = paragraph.length > maxSearchedLength ? paragraph.slice(0, maxSearchedLength) : paragraph
  const spans = findSpans(text)
  const spanByOpen = new Map<number, Span>()
  for (const span of spans) spanByOpen.set(span.open, span)
  const used = new Set<Span>()
  const consumedVerbs = new Set<number>()
  const events: Event[] = []

  // A: attributions right after a closing mark.
  for (const span of spans) {
    if (events.length >= maxQuotesPerParagraph) break
    if (used.has(span)) continue
    const found = attributionAfter(text, span, isKnownName)
    if (!found) {
      // `“…。”——全国人大代表李四`: a dash and the speaker end the paragraph; `“…。”彭静旋想…`: a name right after the mark.
      const signed = signatureAfter(text, span, isKnownName) ?? (endsWithSentence(text, span) ? nameRightAfter(text, span, isKnownName) : null)
      if (signed) {
        used.add(span)
        events.push({ kind: 'direct', person: signed, from: span.open + 1, to: span.close, boundary: span.open })
        // A name read forwards (`此里卓玛`) may stand right before a speech verb that reading backwards from the
        // verb missed: the words after the verb's comma are the speaker's too (`…”村委会主任此里卓玛说,村里…`).
        const spoken = signed.kind === 'named' ? speechRightAfterName(text, signed.start, signed.name) : null
        if (spoken) {
          consumedVerbs.add(spoken.verbAt)
          events.push({ kind: 'indirect', person: signed, from: spoken.from, to: -1, boundary: spoken.verbAt })
        }
      }
      continue
    }
    // A short quote without sentence punctuation counts only when a comma, the speaker and a
    // speech verb follow it (`“没问题”，陈大勇说`), someone unnamed only when the verb ends the sentence
    // (`“…”，当地官员表示。`); right before a name it is a nickname (`“新农人”李强说`),
    // and after `的` or `在` a place or a thing (`在滨溪河畔的“口袋公园”，…主任卓文静介绍`).
    if (!isSentenceLike(text, span) && !(speechSet.has(found.verb) && (found.person.kind !== 'unnamed' || endsSentenceAt(text, found.verbAt + found.verb.length)) && span.close - span.open > 2 && isComma(text[span.close + 1]) && !termOpeners.includes(text[span.open - 1]!))) continue
    used.add(span)
    consumedVerbs.add(found.verbAt)
    // A quote its speaker opens with a verb and a colon (`周敏表示：“…”她说，…`) is theirs, whoever is named after it;
    // with a comma (`刘颖表示，“…”她坦言，…`), when a pronoun follows it.
    const speaker = introducerOf(text, span.open - 1, isKnownName) ?? (found.person.kind === 'pronoun' ? namedOnly(introducerOf(text, span.open - 1, isKnownName, true)) : null) ?? found.person
    events.push({ kind: 'direct', person: speaker, from: span.open + 1, to: span.close, boundary: span.open })
    const verb = found.verb
    if (!speechSet.has(verb)) continue
    let after = markAfterVerb(text, found.verbAt, verb)
    // What the verb takes before its mark (`说` of `回忆说`) is no verb of its own.
    for (let index = found.verbAt + 1; index < after; index++) consumedVerbs.add(index)
    if (after >= text.length || !wordsOpeningMarks.includes(text[after]!)) continue
    after++
    const next = spanByOpen.get(after)
    if (next && !used.has(next) && isSentenceLike(text, next)) {
      // A split quote (`“…，”江波说，“至少…”`): the words inside each pair of marks are a quote of the same speaker.
      used.add(next)
      events.push({ kind: 'direct', person: speaker, from: next.open + 1, to: next.close, boundary: next.open, runsOn: next.runsOn })
    } else if (after < text.length) {
      events.push({ kind: 'indirect', person: found.person, from: after, to: -1, boundary: found.verbAt })
    }
  }

  // B: a speaker before a speech verb. A verb counts only with a mark right
  // after it, so positions with no mark within reach are skipped unread.
  // Positions inside a quotation are skipped too (`spanAhead` is the first
  // span that does not end before the position).
  let nextMark = nextMarkAfter(text, 0)
  let spanAhead = 0
  for (let index = 0; index < text.length && events.length < maxQuotesPerParagraph; index++) {
    const code = text.charCodeAt(index)
    const isColon = code === 0xff1a || code === 0x3a
    if (nextMark <= index) nextMark = nextMarkAfter(text, index + 1)
    if (!isColon && nextMark - index > verbReach) {
      // Jump to the first position a verb ending at the mark may start from (no colon lies between).
      index = nextMark - verbReach - 1
      continue
    }
    while (spanAhead < spans.length && spans[spanAhead]!.close < index) spanAhead++
    if (spanAhead < spans.length && spans[spanAhead]!.open <= index) continue
    if (!(isColon || verbs.mayStartWith(code)) || consumedVerbs.has(index)) continue
    const colonQuote = isColon && spanByOpen.has(index + 1)
    const char = colonQuote ? text[index]! : ''
    const verb = colonQuote ? char : verbs.startingAt(text, index)
    if (!verb) continue
    const after = colonQuote ? index + 1 : markAfterVerb(text, index, verb)
    const next = text[after] ?? ''
    if (!colonQuote) {
      if (!afterVerbMarks.includes(next) || next === '') continue
      if (isNotSpeechBefore(text, index, verb) || notAfter.startingAt(text, after)) continue
      // `在谈到“数字乡村”建设时表示`: the verb names the occasion; the speech verb comes after it.
      if (text[index - 1] === occasionOpener && closesOccasion(text, after)) continue
    }
    const person = colonQuote
      ? speakerBeforeColon(text, index, isKnownName)
      : (speakerBeforeVerb(text, index, isKnownName) ?? sentenceSubjectAt(text, index) ?? clauseOpenerOf(text, index, isKnownName, isEarlierSpeaker))
    if (!person || opensCircumstance(text, person.start, verb)) continue
    // A citation of someone unnamed (`正如一位网友所说：`) is the writer's point, not a quote.
    if (!colonQuote && text[index - 1] === asSaidParticle && person.kind !== 'named') continue
    const quoteOpen = colonQuote ? index + 1 : next === '“' || next === '「' ? after : spanByOpen.has(after + 1) ? after + 1 : -1
    const candidate = quoteOpen === -1 ? undefined : spanByOpen.get(quoteOpen)
    // After `说，` a quote counts when it is speech, or when it is all the speaker says (`说，“…”。`).
    const span = candidate && (colonQuote || next === '：' || next === ':' || isSentenceLike(text, candidate) || endsSentence(text, candidate)) ? candidate : undefined
    if (span && !used.has(span)) {
      used.add(span)
      events.push({ kind: 'direct', person, from: span.open + 1, to: span.close, boundary: person.start, runsOn: span.runsOn })
      index = span.close
    } else if (!span) {
      events.push({ kind: 'indirect', person, from: next === '“' || next === '「' ? after : after + 1, to: -1, boundary: person.start })
      index = after
    }
  }

  // C: sentence-like quotes after a speaker of the same paragraph.
  if (events.length > 1) events.sort((a, b) => a.from - b.from)
  const attributed = [...events]
  let pointer = 0
  let lastPerson: Person | null = null
  let previousSpan: Span | null = null
  for (const span of spans) {
    if (events.length >= maxQuotesPerParagraph) break
    while (pointer < attributed.length && attributed[pointer]!.from <= span.open) lastPerson = attributed[pointer++]!.person
    // After a comma, inside the speaker's reported words (`…没发现纸片，“开了些眼药…”`), it is theirs too.
    // Right after another quote of theirs (`他说：“…。”“…。”`), it goes on with it.
    const followsQuote = previousSpan !== null && used.has(previousSpan) && previousSpan.close === span.open - 1
    previousSpan = span
    // Words that end the sentence after a comma count without punctuation of their own when they are
    // long enough to be more than a term (`…，“设备成本和渠道成本几乎各占一半”。`).
    const afterComma = isComma(text[span.open - 1])
    const saysSomething = isSentenceLike(text, span) || (afterComma && endsSentence(text, span) && span.close - span.open > minClosingWords)
    if (used.has(span) || !lastPerson || !saysSomething || !(standsAlone(text, span) || afterComma || followsQuote)) continue
    used.add(span)
    // A speech verb of its own right before it, whose speaker was not found (`孩子们…挥手喊道，“…”`), gives it someone else.
    const ownVerb = afterComma && verbs.endingAt(text, span.open - 1) !== undefined
    const person: Person = ownVerb ? { kind: 'unnamed', start: span.open } : lastPerson
    events.push({ kind: 'direct', person, from: span.open + 1, to: span.close, boundary: span.open, runsOn: span.runsOn, follows: true })
  }
  if (events.length > 1) events.sort((a, b) => a.from - b.from)

  // Cut indirect quotes at the next quote or speaker.
  const quotes: RawQuote[] = []
  const usedOpens: number[] = []
  for (const span of spans) if (used.has(span)) usedOpens.push(span.open)
  let nextUsed = 0
  for (let position = 0; position < events.length; position++) {
    const event = events[position]!
    let to = event.to
    if (event.kind === 'indirect') {
      to = text.length
      for (let later = position + 1; later < events.length; later++) {
        const boundary = events[later]!.boundary
        if (boundary >= event.from) {
          to = Math.min(to, events[later]!.follows ? boundary : sentenceEndBefore(text, event.from, boundary))
          break
        }
      }
      while (nextUsed < usedOpens.length && usedOpens[nextUsed]! < event.from) nextUsed++
      if (nextUsed < usedOpens.length) to = Math.min(to, usedOpens[nextUsed]!)
    }
    const words = text.slice(event.from, to).trim()
    // Reported words that are a few words and then the speaker's own in marks (`…的话说，这是因为“…”。`):
    // the words in the marks are the quote.
    // Only after a word that takes a clause (`因为`, `称`): after others the marks hold a term (`要建设“长三角一体化示范区”`).
    const own = event.kind === 'indirect' ? ownWordsAtEnd.exec(words) : null
    if (own && clauseIntroducers.some((word) => own[1]!.endsWith(word))) quotes.push({ kind: 'direct', text: own[2]!, person: event.person, start: event.from, runsOn: false })
    else if (words) quotes.push({ kind: event.kind, text: words, person: event.person, start: event.from, runsOn: event.runsOn === true })
  }
  return quotes
}

/**
 * Reported words that are a short lead-in (no punctuation, at most eight
 * characters; captured first) and then a quotation of at least eight
 * characters that ends them (`这是因为“中国哄骗、胁迫、收买了可能反对自己的国家”。`;
 * captured second). The lead-in must end in one of `clauseIntroducers`.
 */
const ownWordsAtEnd = /^([^，,。；;：:“”「」]{0,8})[“「]([^“”「」]{8,})[”」][。！？!?]?$/

/**
 * An attribution right after a closing mark: roles and a name (or a pronoun,
 * or an unnamed person) followed by a speech verb or a word that goes on the
 * sentence (`为`, `对`, `在`).
 *
 * @param text Paragraph.
 * @param span The quote.
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, the verb and where it stands; or `null`.
 */
function attributionAfter(text: string, span: Span, isKnownName: (name: string) => boolean): { person: Person; verb: string; verbAt: number } | null {
  let from = span.close + 1
  // A source line break inside the paragraph prints as a space (`“…。” 邓晓雯说。`).
  if (text[from] === ' ') from++
  // After a comma a word that goes on the sentence (`在`) attributes it only where a speech verb follows
  // in the sentence (`“…”，王小明在发言中说`; `“…”，蓝图正在变为现实` is no one's).
  const afterComma = text[from] === '，' || text[from] === ','
  if (afterComma) from++
  const limit = Math.min(text.length, from + attributionReach)
  // Looked for once, at the first word that needs it.
  let spoken: boolean | undefined = afterComma ? undefined : true
  // Someone unnamed before a one-character word (`理事长` before `向云飞说`: 向 is also a surname) gives way
  // to a named speaker found later in the clause.
  let unnamedBefore: { person: Person; verb: string; verbAt: number } | null = null
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (!afterQuote.mayStartWith(code)) {
      if (attributionStops.includes(text[index]!)) {
        // A short quoted term inside a role (`碧溪大学“银龄守护”志愿服务队队长`) is passed over whole.
        const close = quotedTermClosing(text, index)
        if (close === -1) return unnamedBefore
        index = close
      }
      continue
    }
    const verb = afterQuote.startingAt(text, index)
    if (!verb) continue
    if (!speechSet.has(verb) && !(spoken ??= speechVerbBefore(text, from, clauseStops))) continue
    // `发言时说`: the verb opens an occasion; the speech verb comes after it.
    if (occasionCloserWords.startingAt(text, index + verb.length)) continue
    const person = personBeforeFiller(text, index, from, isKnownName)
    if (!person) continue
    const lead = text.slice(from, person.start)
    if (lead === '' || lead === '在' || lead === '据' || qualifiesPersonWord(text, lead, person.start) || isTopicClause(lead) || isPlaceClause(lead) || (isDescriptiveClause(afterSettingClause(lead)) && isSentenceLike(text, span))) {
      if (verb.length === 1 && person.kind === 'unnamed' && !speechSet.has(verb)) {
        unnamedBefore ??= { person, verb, verbAt: index }
        continue
      }
      return { person, verb, verbAt: index }
    }
  }
  return unnamedBefore
}

/** Longest word that qualifies a word for a person between a quote and its speaker (`越南` of `越南游客王晓明说`). */
const maxPersonQualifier = 4

/** Longest word for a person's work not in the lists that may stand between a quote and the name (`农技推广员`). */
const maxWorkerWord = 6

/**
 * Whether the words between a quote and its speaker qualify the word for a
 * person that opens the speaker phrase (`”北京游客王晓明说`, `”现场市民…说`): a
 * place or a time of a few Han characters; or are themselves a word for a
 * person's work that the lists lack (`”农技推广员王晓明说`).
 *
 * @param text Paragraph.
 * @param lead Words between the quote (and its comma) and the speaker phrase.
 * @param start Where the speaker phrase starts.
 * @returns Whether they do.
 */
function qualifiesPersonWord(text: string, lead: string, start: number): boolean {
  const worker = lead.length <= maxWorkerWord && workerWordEndings.includes(lead[lead.length - 1] ?? '')
  if (!worker && (lead.length > maxPersonQualifier || personWords.startingAt(text, start) === undefined)) return false
  for (const char of lead) if (!isHan(char)) return false
  return true
}

/**
 * A speech verb right after a name, with a comma or colon after it and words
 * after that (`此里卓玛说,村里…`).
 *
 * @param text Paragraph.
 * @param from Where the name's roles (or the name) start.
 * @param name The name.
 * @returns Where the verb starts and where the words after its mark start, or `null`.
 */
function speechRightAfterName(text: string, from: number, name: string): { verbAt: number; from: number } | null {
  const nameAt = text.indexOf(name, from)
  if (nameAt === -1) return null
  const verbAt = nameAt + name.length
  const verb = verbs.startingAt(text, verbAt)
  if (!verb || !speechSet.has(verb)) return null
  const mark = markAfterVerb(text, verbAt, verb)
  return wordsOpeningMarks.includes(text[mark] ?? '') && mark + 1 < text.length ? { verbAt, from: mark + 1 } : null
}

/**
 * Whether a sentence ends at a position: the paragraph's end, or a mark that
 * ends a sentence.
 *
 * @param text Paragraph.
 * @param at Position.
 * @returns Whether one does.
 */
function endsSentenceAt(text: string, at: number): boolean {
  return at >= text.length || sentenceEnds.includes(text[at]!)
}

/**
 * Whether a speech verb starts between a position and the next of some
 * stop characters.
 *
 * @param text Paragraph.
 * @param from Position.
 * @param stops Characters that end the search.
 * @returns Whether one does.
 */
function speechVerbBefore(text: string, from: number, stops: string): boolean {
  for (let index = from; index < text.length && !stops.includes(text[index]!); index++) if (verbs.startingAt(text, index)) return true
  return false
}

/**
 * A signature after a quote: a dash, then roles and a name that end the
 * paragraph (`“…。”——全国人大代表、某村党支部书记李四`).
 *
 * @param text Paragraph.
 * @param span The quote.
 * @param isKnownName Name check for names without a known surname.
 * @returns The named person, or `null`.
 */
function signatureAfter(text: string, span: Span, isKnownName: (name: string) => boolean): Person | null {
  let from = span.close + 1
  while (text[from] === ' ') from++
  const dashStart = from
  while (from < text.length && signatureDashes.includes(text[from]!)) from++
  if (from === dashStart) return null
  while (text[from] === ' ') from++
  let end = text.length
  while (end > from && signatureEnds.includes(text[end - 1]!)) end--
  if (end - from < 2 || end - from > attributionReach) return null
  const person = personEndingAt(text, end, from, isKnownName)
  // `——一名接受帮教的初中生`: someone unnamed signs it too.
  return person && (person.kind === 'named' || person.kind === 'unnamed') && person.start === from ? person : null
}

/**
 * A personal name printed right after a quote's closing mark, with no speech
 * verb after it (`“我的知识储备太少了。”彭静旋想学习更多技能`,
 * `“…！”区长李红梅语气坚定`): the contract reads a name right after the mark
 * as the speaker. Not a name that owns what follows (`张三的…`).
 *
 * @param text Paragraph.
 * @param span The quote.
 * @param isKnownName Name check for names without a known surname.
 * @returns The named person, or `null`.
 */
function nameRightAfter(text: string, span: Span, isKnownName: (name: string) => boolean): Person | null {
  const from = text[span.close + 1] === ' ' ? span.close + 2 : span.close + 1
  // `“…！”的标语`: the quotation describes what follows it; it is no one's words.
  if (text[from] === descriptionEnd) return null
  // Roles and name stand in the clause that opens at the mark.
  let clauseEnd = from
  while (clauseEnd < text.length && clauseEnd - from < attributionReach && !clauseStops.includes(text[clauseEnd]!)) clauseEnd++
  // Roles, then the name (`“…。”区长李红梅语气坚定`).
  const titled = titledNameAt(text, from, clauseEnd, isKnownName)
  // The reporter is never the speaker (`“…”这是记者听到最多的话`).
  if (titled && !titled.roles.some((role) => reporterWords.includes(role.title))) return { kind: 'named', name: titled.name, roles: titled.roles, start: from }
  // Roles that end in a word for what someone is (`“…！”天文社社长、高二年级学生程一苒第一个喊了出来`).
  const described = describedNameAt(text, from, clauseEnd, isKnownName)
  if (described) return { kind: 'named', name: described.name, roles: described.roles, start: from }
  // Roles that could not be read (`区人民医院院长…`) are no bare name.
  if (holdsPost(text, from)) return null
  for (let length = maxBareNameLength; length >= 2; length--) {
    const end = from + length
    if (end > text.length) continue
    // A name that owns what follows: a person (`张三的母亲…`) is someone else, who may be the speaker; a
    // face or a voice (`何静澜的眼眶有些湿润`) is the name's own. No shorter name hides in it.
    if (text[end] === descriptionEnd) {
      const owner = nameEndingAt(text, end, from, isKnownName)
      if (owner?.start !== from) continue
      return personWordAt(text, end + 1) ? null : { kind: 'named', name: owner.name, roles: [], start: from }
    }
    // A name never ends in a verb an aspect particle follows (`马云挑了挑眉毛` is 马云), nor in the first
    // character of a speech verb (`全会提出的这句话`: no `全会提`).
    // Nor in a character said twice (`岩温哈哈大笑` is 岩温).
    if (length > 2 && (aspectParticles.includes(text[end]!) || (verbs.startingAt(text, end - 1)?.length ?? 0) > 1 || text[end] === text[end - 1])) continue
    // Nor does it run into a word for a person (`南京游` of `南京游客`), or stand before one that does not
    // address it (`南京` of `南京游客王晓明`, where `王芳老人` is 王芳): that is a place.
    const wordAfter = personWordAt(text, end)
    if ((personWordAt(text, end - 1)?.length ?? 0) > 1 || (wordAfter !== undefined && !addressWords.includes(wordAfter))) continue
    const named = nameEndingAt(text, end, from, isKnownName)
    if (named && named.start === from) return { kind: 'named', name: named.name, roles: [], start: from }
  }
  return null
}

/** Longest name read right after a closing mark. */
const maxBareNameLength = 3

/** Fewest characters of a quotation without punctuation that ends its sentence after a comma (see {@link quotesInParagraph}). */
const minClosingWords = 8

/** How far after a closing mark a post is looked for before a bare name is taken. */
const postReach = 20

/**
 * Whether a post stands in the clause that starts at a position.
 *
 * @param text Paragraph.
 * @param from Start of the clause.
 * @returns Whether one does.
 */
function holdsPost(text: string, from: number): boolean {
  const end = Math.min(text.length, from + postReach)
  for (let index = from; index < end; index++) {
    if (attributionStops.includes(text[index]!) || isComma(text[index])) return false
    if (postWords.startingAt(text, index)) return true
  }
  return false
}

/**
 * Whether a quote ends with sentence punctuation inside its marks (`“…。”`).
 *
 * @param text Paragraph.
 * @param span The quote.
 * @returns Whether it does.
 */
function endsWithSentence(text: string, span: Span): boolean {
  // The sentence may end inside inner marks (`还要喊‘水！水！水！’”`).
  const last = innerClosers.includes(text[span.close - 1]!) && span.close - 2 > span.open ? span.close - 2 : span.close - 1
  return sentenceEnds.includes(text[last]!) || text[last] === '…'
}

/** Closing inner quotation marks, inside which a quote's last sentence may end. */
const innerClosers = '’』'

/**
 * Whether the text between a quote and its speaker is a short topic clause
 * (`谈及未来，`, `说起这些变化，`, `在谈到此次培训时，`).
 *
 * @param lead The text.
 * @returns Whether it is.
 */
function isTopicClause(lead: string): boolean {
  const last = lead[lead.length - 1]
  const opener = topicPrefixes.startingAt(lead, 0)?.length ?? 0
  return lead.length <= maxTopicClause && isComma(last) && topicOpeners.startingAt(lead, opener) !== undefined
}

/**
 * Whether the text between a quote and its speaker is where or when it was
 * said (`“…”在县人民医院儿科候诊区，一位年轻母亲说`, `“…”首班车上，一位乘客说`,
 * `“…”冲过终点后，车文博说`): a place opened by `在` or closed by a word of
 * position (`上`, `里`), or a time closed by `时` or `后`, with no mark inside,
 * and a comma.
 *
 * @param lead The text.
 * @returns Whether it is.
 */
function isPlaceClause(lead: string): boolean {
  if (lead.length < 3 || lead.length > maxPlaceClause || !isComma(lead[lead.length - 1])) return false
  const phrase = lead.slice(0, -1)
  const placed = lead[0] === placeOpener || (lead.length >= 3 && locativeEndings.includes(phrase[phrase.length - 1]!))
  if (!placed && !timeClauseEndings.some((word) => phrase.length > word.length && phrase.endsWith(word))) return false
  for (let index = 1; index < lead.length - 1; index++) if (descriptionBreaks.includes(lead[index]!) || clauseStops.includes(lead[index]!)) return false
  return true
}

/**
 * The text after a place, time or topic clause that opens it
 * (`在东湖小区，58岁的` → `58岁的`), else the text itself.
 *
 * @param lead The text between a quote and its speaker.
 * @returns The rest.
 */
function afterSettingClause(lead: string): string {
  // Only a lead that ends a description needs it (`…58岁的`).
  if (!lead.endsWith(descriptionEnd)) return lead
  const reach = Math.min(lead.length, Math.max(maxPlaceClause, maxTopicClause))
  for (let index = 0; index < reach; index++) {
    if (!isComma(lead[index])) continue
    const clause = lead.slice(0, index + 1)
    return isPlaceClause(clause) || isTopicClause(clause) ? lead.slice(index + 1) : lead
  }
  return lead
}

/**
 * Whether the text before a verb makes it no speech (`号称`, `人称`, see
 * `notSpeechBefore`), unless that text ends a word for a person or a post
 * (`负责人称`, `发言人称`, `合伙人称`).
 *
 * @param text Paragraph.
 * @param at Where the verb starts.
 * @param verb The verb.
 * @returns Whether it does.
 */
function isNotSpeechBefore(text: string, at: number, verb: string): boolean {
  const word = notBefore.get(verb)?.endingAt(text, at)
  if (word === undefined) return false
  // `后来说`: a longer word that ends in the context leaves the verb speech.
  if ((speechAfterAll.get(verb)?.endingAt(text, at)?.length ?? 0) > word.length) return false
  // `正如王强所说：`: someone's words, not a relative clause.
  if (word === asSaidParticle && opensAsSaid(text, at)) return false
  return Math.max(personWords.endingAt(text, at)?.length ?? 0, postWords.endingAt(text, at)?.length ?? 0) <= word.length
}

/** The particle before a verb in `正如…所说`. */
const asSaidParticle = '所'

/** How far before `所说` its opener (`正如`) is looked for. */
const asSaidReach = 30

/**
 * Whether the clause before a verb opens with `正如` (see `asSaidOpeners`).
 *
 * @param text Paragraph.
 * @param at Index of the verb.
 * @returns Whether it does.
 */
function opensAsSaid(text: string, at: number): boolean {
  const start = clauseStart(text, at, Math.max(0, at - asSaidReach))
  return asSaidOpeners.some((opener) => text.startsWith(opener, start))
}

/**
 * Whether the text between a quote and its speaker is a short description of
 * the speaker (`“…”家住城南的王先生说`, `“…”来自河南的游客李明说`): one phrase
 * ending in `的`, with something before the `的`.
 *
 * @param lead The text.
 * @returns Whether it is.
 */
function isDescriptiveClause(lead: string): boolean {
  if (lead.length < 2 || lead.length > maxDescriptiveClause || !lead.endsWith(descriptionEnd)) return false
  for (const char of lead) if (descriptionBreaks.includes(char)) return false
  return true
}

/**
 * The person who ends a paragraph with a speech verb and a colon, so that the
 * next paragraph holds their words (`区人大代表张三在发言中表示：` then `“…”`).
 *
 * @param paragraph Paragraph.
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, or `null` when the paragraph does not end that way.
 */
export function speakerOfClosingColon(paragraph: string, isKnownName: (name: string) => boolean): Person | null {
  const text = paragraph.trimEnd()
  return introducerOf(text, text.length - 1, isKnownName)
}

/**
 * A person when named, else `null`.
 *
 * @param person Person or `null`.
 * @returns The named person, or `null`.
 */
function namedOnly(person: Person | null): Person | null {
  return person?.kind === 'named' ? person : null
}

/**
 * The person before a speech verb and the mark at a position: the colon
 * right before a quote's opening mark (`周敏表示：“`, `他说道：“`) or the one
 * that ends a paragraph; or, given `withComma`, a comma right before a quote
 * (`刘颖表示，“`).
 *
 * @param text Paragraph.
 * @param mark Where the colon (or comma) should stand.
 * @param isKnownName Name check for names without a known surname.
 * @param withComma Whether a comma stands for the colon.
 * @returns The person, or `null` when no verb and mark stand there.
 */
function introducerOf(text: string, mark: number, isKnownName: (name: string) => boolean, withComma = false): Person | null {
  const char = text[mark]
  if (mark < 1 || !(char === '：' || char === ':' || (withComma && isComma(char)))) return null
  const found = verbBeforeMark(text, mark)
  if (!found || isNotSpeechBefore(text, found.start, found.verb)) return null
  return speakerBeforeVerb(text, found.start, isKnownName)
}

/**
 * Where the mark after a speech verb should stand: right after the verb,
 * after a `道` that follows it (`补充道`), or after the audience a verb like
 * `告诉` takes (`告诉中国青年报记者，`, `告诉民警，`, `告诉他，`): a phrase of at
 * most {@link maxAudienceLength} characters ending in `记者`, `媒体`, a
 * pronoun or a word for a person.
 *
 * @param text Paragraph.
 * @param verbStart Where the verb starts.
 * @param verb The verb.
 * @returns Index where the mark should stand.
 */
function markAfterVerb(text: string, verbStart: number, verb: string): number {
  const after = verbStart + verb.length
  // `补充道`, `回应说`: a verb may take `道`, a verb of two characters or more `说` too.
  if (text[after] === '道' || (text[after] === '说' && verb.length > 1)) return after + 1
  if (!audiences.has(verb)) return after
  const limit = Math.min(text.length, after + maxAudienceLength + 1)
  for (let index = after + 1; index < limit; index++) {
    const char = text[index]!
    if (afterVerbMarks.includes(char)) return audienceEnds.endingAt(text, index, after) ? index : after
    if (audienceStops.includes(char)) break
  }
  return after
}

/**
 * The speech verb whose mark stands at `mark` (see {@link markAfterVerb}),
 * and where it starts.
 *
 * @param text Paragraph.
 * @param mark Index of the mark.
 * @returns The verb and its start, or `null` when no verb ends there.
 */
function verbBeforeMark(text: string, mark: number): { verb: string; start: number } | null {
  // `回应说：` is 回应 and its `说`.
  const beforeShuo = text[mark - 1] === '说' ? verbs.endingAt(text, mark - 1) : undefined
  if (beforeShuo && beforeShuo.length > 1) return { verb: beforeShuo, start: mark - 1 - beforeShuo.length }
  const verb = verbs.endingAt(text, mark)
  if (verb) return { verb, start: mark - verb.length }
  const beforeDao = text[mark - 1] === '道' ? verbs.endingAt(text, mark - 1) : undefined
  if (beforeDao) return { verb: beforeDao, start: mark - 1 - beforeDao.length }
  if (!audienceEnds.endingAt(text, mark)) return null
  for (let index = mark - 2; index >= 0 && mark - index <= maxAudienceLength + 2; index--) {
    if (audienceStops.includes(text[index]!) || afterVerbMarks.includes(text[index]!)) break
    const opener = audienceVerbMatcher.startingAt(text, index)
    if (opener && markAfterVerb(text, index, opener) === mark) return { verb: opener, start: index }
  }
  return null
}

/**
 * The speaker of a speech verb: the person who ends its clause before it,
 * once what may stand between them (`对本报记者`, `在会上`, adverbs) is skipped.
 *
 * @param text Paragraph.
 * @param verbStart Where the verb starts.
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, or `null`.
 */
function speakerBeforeVerb(text: string, verbStart: number, isKnownName: (name: string) => boolean): Person | null {
  const floor = clauseStart(text, verbStart, 0)
  // A space may part a Latin name from the verb (`Michael Kruzeniski 说：`).
  const end = text[verbStart - 1] === ' ' && latinLetter.test(text[verbStart - 2] ?? '') ? verbStart - 1 : verbStart
  // `援引…卡洛斯·门多萨-里维拉的话说`: the person inside the quoting phrase, not one read through `的话`.
  if (text.startsWith(quotingCloser, verbStart - quotingCloser.length)) {
    const quoted = quotedPerson(text, verbStart, floor, isKnownName)
    if (quoted) return quoted
  }
  return personBeforeFiller(text, end, floor, isKnownName) ?? quotedPerson(text, verbStart, floor, isKnownName)
}

/** Longest phrase between `引用` and `的话`. */
const maxQuotedPhrase = 40

/**
 * The person whose words a medium quotes right before a verb
 * (`《金融时报》引用国家安全委员会前亚洲事务主管的话说，`: an unnamed official;
 * `BBC援引城市规划学者的话说`): when no person quotes them (`施志安引用丘吉尔的话说`
 * is 施志安's), the speaker is the one inside.
 *
 * @param text Paragraph.
 * @param verbStart Where the verb starts.
 * @param floor Lowest index.
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, or `null` when no such phrase stands before the verb.
 */
function quotedPerson(text: string, verbStart: number, floor: number, isKnownName: (name: string) => boolean): Person | null {
  const closerStart = verbStart - quotingCloser.length
  if (closerStart <= floor || !text.startsWith(quotingCloser, closerStart)) return null
  for (let index = closerStart - 1; index >= floor && closerStart - index <= maxQuotedPhrase; index--) {
    const opener = quotingOpeners.find((word) => text.startsWith(word, index))
    if (!opener) continue
    const person = personEndingAt(text, closerStart, index + opener.length, isKnownName)
    return person && person.kind !== 'pronoun' ? person : null
  }
  return null
}

/**
 * A verb with no one before it, right after a comma that closes a clause of
 * the same sentence (`张建锋拿出一张芯片展示，称“…”`): its speaker is the
 * person the sentence opens with, found when speakers are resolved.
 *
 * @param text Paragraph.
 * @param verbStart Where the verb starts.
 * @returns The person to resolve, or `null` when no comma stands right before the verb.
 */
function sentenceSubjectAt(text: string, verbStart: number): Person | null {
  // Adverbs may stand between the comma and the verb (`小刚不愿细谈此事，只称，…`).
  if (isComma(text[verbStart - 1])) return verbStart > 1 ? { kind: 'subject', start: verbStart } : null
  // `skipFiller` drops the comma before the adverbs too.
  const end = skipFiller(text, verbStart, 0)
  if (end <= 1 || end >= verbStart) return null
  // The person's phrase starts right after the comma, where the sentence's subject is looked for.
  if (isComma(text[end])) return { kind: 'subject', start: end + 1 }
  return isComma(text[end - 1]) ? { kind: 'subject', start: end } : null
}

/** Longest action between the person a clause opens with and its speech verb (`回忆起《一分钱》的故事`). */
const maxAction = 20

/** Longest roles and name a clause may open with. */
const maxOpener = 40

/**
 * The person a clause opens with, when an action stands between them and the
 * speech verb (`马莉回忆起《一分钱》的故事说，…`): a pronoun, or someone quoted
 * in an earlier paragraph (with any roles printed here), right where the
 * clause starts, and not followed by a possessive or another person
 * (`马莉的女儿说` is not 马莉's).
 *
 * @param text Paragraph.
 * @param verbStart Where the verb starts.
 * @param isKnownName Name check for names without a known surname.
 * @param isEarlierSpeaker Whether a bare name is someone quoted earlier.
 * @returns The person, or `null`.
 */
function clauseOpenerOf(text: string, verbStart: number, isKnownName: (name: string) => boolean, isEarlierSpeaker: (name: string) => boolean): Person | null {
  // The clause opens after a stop or a comma, within reach.
  const opensClause = (index: number): boolean => index === 0 || clauseStops.includes(text[index - 1]!) || isComma(text[index - 1])
  let start = verbStart
  while (!opensClause(start) && verbStart - start <= maxAction + maxOpener) start--
  if (!opensClause(start)) return null
  let person: Person | null = null
  let nameEnd = -1
  const pronoun = clauseOpeningPronouns.startingAt(text, start)
  if (pronoun) {
    person = { kind: 'pronoun', start }
    nameEnd = start + pronoun.length
  } else {
    // Where the name may end is unsure before an action (`王刚看完…`): only someone quoted before counts.
    const titled = titledNameAt(text, start, verbStart, isKnownName)
    const nameStart = titled ? text.indexOf(titled.name, start) : start
    for (const length of [3, 2]) {
      const found = nameStart + length < verbStart ? nameEndingAt(text, nameStart + length, nameStart, isKnownName) : null
      if (!found || found.start !== nameStart || !isEarlierSpeaker(found.name)) continue
      person = { kind: 'named', name: found.name, roles: titled ? titled.roles : [], start }
      nameEnd = nameStart + length
      break
    }
  }
  if (!person || nameEnd >= verbStart || verbStart - nameEnd > maxAction || notAfterSubject.includes(text[nameEnd]!)) return null
  // `他拿到的故宫博物院介绍，…`: after a phrase with 的 a verb that is also a noun is the thing the phrase describes.
  if (text.slice(nameEnd, verbStart).includes(descriptionEnd) && nounVerbs.startingAt(text, verbStart) !== undefined) return null
  return person
}

/**
 * The speaker of a colon that opens a quote with no speech verb
 * (`全国政协委员吴焰：“…”`): a name right before the colon, or anyone once a
 * state of mind before the colon is skipped (`孙七充满信心：“…”`,
 * `企业负责人难掩激动：“…”`).
 *
 * @param text Paragraph.
 * @param colon Where the colon stands.
 * @param isKnownName Name check for names without a known surname.
 * @returns The person, or `null`.
 */
function speakerBeforeColon(text: string, colon: number, isKnownName: (name: string) => boolean): Person | null {
  const floor = clauseStart(text, colon, 0)
  // Right before the colon a name counts, and someone unnamed (`【街采】学生家长：“…”`: the words are in marks); after a
  // state of mind anyone does (`企业负责人难掩激动：`).
  const direct = personEndingAt(text, colon, floor, isKnownName)
  if (direct) return direct.kind === 'named' || direct.kind === 'unnamed' ? direct : null
  const skipped = personBeforeFiller(text, colon, floor, isKnownName)
  return skipped && skipped.kind !== 'subject' ? skipped : null
}

/**
 * Whether a quote ends its sentence: the paragraph ends after its closing
 * mark, or a sentence end follows it (`“…实事”。`).
 *
 * @param text Paragraph.
 * @param span The quote.
 * @returns Whether it does.
 */
function endsSentence(text: string, span: Span): boolean {
  const after = text[span.close + 1]
  return !span.runsOn && (after === undefined || sentenceEnds.includes(after))
}

/**
 * Where an indirect quote cut by the next speaker ends: after the last
 * sentence end before that speaker's phrase, when one stands inside the
 * quote (`…还不够。不过，卢伟冰对未来较为积极，其还表示，…`: the sentence
 * that leads to the next speaker is not the first one's words), else at the
 * phrase.
 *
 * @param text Paragraph.
 * @param from Start of the quoted words.
 * @param boundary Start of the next speaker's phrase.
 * @returns End of the quoted words.
 */
function sentenceEndBefore(text: string, from: number, boundary: number): number {
  for (let index = boundary - 1; index > from; index--) {
    if (sentenceEnds.includes(text[index]!)) return index + 1
  }
  return boundary
}

/**
 * Whether a speaker phrase and its verb are a circumstance (`应受访者要求，`):
 * one of the verb's {@link circumstanceOpeners} stands right before the
 * phrase or opens it (after a bracket).
 *
 * @param text Paragraph.
 * @param start Start of the speaker phrase.
 * @param verb The verb.
 * @returns Whether it is.
 */
function opensCircumstance(text: string, start: number, verb: string): boolean {
  const openers = circumstanceOpeners[verb]
  if (!openers) return false
  const from = text[start] === '（' || text[start] === '(' ? start + 1 : start
  return openers.some((word) => text.startsWith(word, from) || text.startsWith(word, start - word.length))
}

/** The word that opens an occasion before a speech verb (`在谈到…时`). */
const occasionOpener = '在'

/** Longest occasion after its verb (`“数字乡村”建设时`). */
const maxOccasion = 24

/**
 * Whether an occasion's closing word (`时`, `之际`) follows a position
 * before the clause ends.
 *
 * @param text Paragraph.
 * @param from Position after the verb.
 * @returns Whether one does.
 */
function closesOccasion(text: string, from: number): boolean {
  for (let index = from; index < text.length && index - from <= maxOccasion; index++) {
    const char = text[index]!
    if (isComma(char) || sentenceEnds.includes(char)) return false
    if (occasionCloserWords.startingAt(text, index)) return true
  }
  return false
}

/**
 * Whether a character is a comma.
 *
 * @param char Character or `undefined`.
 * @returns Whether it is `，` or `,`.
 */
function isComma(char: string | undefined): boolean {
  return char === '，' || char === ','
}

/**
 * Where the next mark that may follow a speech verb stands.
 *
 * @param text Paragraph.
 * @param from Where to start looking.
 * @returns Its index, or the text's length when there is none.
 */
function nextMarkAfter(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Han characters, most of a paragraph, are never marks: a range test instead of a lookup.
    if ((code < 0x4e00 || code > 0x9fff) && afterVerbMarkCodes.includes(code)) return index
  }
  return text.length
}

/**
 * Whether a quote starts a sentence of its own (after a sentence end, a
 * colon or at the paragraph start), rather than standing inside one
 * (`被称为“…，…”`).
 *
 * @param text Paragraph.
 * @param span Span.
 * @returns Whether it does.
 */
function standsAlone(text: string, span: Span): boolean {
  return span.open === 0 || '。！？!?…；;：:'.includes(text[span.open - 1]!)
}
