/**
 * Matchers over the quote stage's word lists, built once and shared by the
 * modules that read speakers, roles and verbs (traditional characters folded):
 * words for what someone is (`村民`, `负责人`), posts (`合伙人`, `局长`),
 * honorifics (`拿督`), speech verbs, pronouns, the words that close an occasion (`时`),
 * organisations whose names open with a post (`委员会`), and bodies that look like names (`市政府`).
 */
import { notNames, occasionClosers, pronouns, referringDemonstratives, speechVerbs, unnamedCounters, unnamedPeople } from '../data/quotes/speech.js'
import { honorifics, postOrganizations, titleWords } from '../data/quotes/titles.js'
import { createWordMatcher } from '../text/word-matcher.js'

/** Matcher of the words for what someone is (see `unnamedPeople`). */
export const personWords = createWordMatcher(unnamedPeople)

/** Matcher of posts (see `titleWords`). */
export const postWords = createWordMatcher(titleWords)

/** Matcher of honorifics printed before a name (`拿督`, `丹斯里`; see `honorifics`). */
export const honorificWords = createWordMatcher(honorifics)

/** Matcher of speech verbs (see `speechVerbs`). */
export const speechVerbWords = createWordMatcher(speechVerbs)

/** Matcher of personal pronouns (see `pronouns`). */
export const pronounWords = createWordMatcher(pronouns)

/** Matcher of the counters that open a phrase about one person (`一位`, `一名`; see `unnamedCounters`). */
export const counterWords = createWordMatcher(unnamedCounters)

/** Matcher of the demonstratives that refer back like a pronoun (`这位`, `这名`; see `referringDemonstratives`). */
export const demonstrativeWords = createWordMatcher(referringDemonstratives)

/** Matcher of the words that close an occasion (`时`, `之际`; see `occasionClosers`). */
export const occasionCloserWords = createWordMatcher(occasionClosers)

/** Matcher of organisations whose names open with a post (`委员会`, `代表团`; see `postOrganizations`). */
const postOrganizationWords = createWordMatcher(postOrganizations)

/**
 * Whether the post at a position opens an organisation's name (`委员` of
 * `委员会`), so that it is no title of its own.
 *
 * @param text Text.
 * @param start Where the post starts.
 * @param post The post.
 * @returns Whether it does.
 */
export function opensPostOrganization(text: string, start: number, post: string): boolean {
  return (postOrganizationWords.startingAt(text, start)?.length ?? 0) > post.length
}

/** Matcher of words for documents and bodies that look like names (`市政府`, `公司`; see `notNames`). */
export const notNameWords = createWordMatcher(notNames)
