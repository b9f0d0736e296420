/**
 * Words for what someone is (`村民`, `负责人`, `本科生`) and for posts
 * (`合伙人`, `局长`): one matcher over each list, shared by the modules that
 * read speakers and roles.
 */
import { unnamedPeople } from '../data/quotes/speech.js'
import { titleWords } from '../data/quotes/titles.js'
import { createWordMatcher } from '../text/word-matcher.js'

/** Matcher of the words for what someone is (see `unnamedPeople`), traditional characters folded. */
export const personWords = createWordMatcher(unnamedPeople)

/** Matcher of posts (see `titleWords`), traditional characters folded. */
export const postWords = createWordMatcher(titleWords)
