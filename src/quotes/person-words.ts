/**
 * Words for what someone is (`村民`, `负责人`, `本科生`): one matcher over
 * `unnamedPeople`, shared by the modules that read speakers and roles.
 */
import { unnamedPeople } from '../data/quotes/speech.js'
import { createWordMatcher } from '../text/word-matcher.js'

/** Matcher of the words for what someone is (see `unnamedPeople`), traditional characters folded. */
export const personWords = createWordMatcher(unnamedPeople)
