/**
 * The pre-parse pass: one linear scan over the tags of a page that cuts what
 * would make the parse slow or unsafe (nesting past the depth cap, attributes
 * past the limit, see `cap-depth.ts`) or slow for nothing (script and style
 * bodies and comments, see `raw-text.ts`, when they are a large share of the
 * page). Removed script bodies are kept aside, as the metadata stage reads a
 * few of their variables.
 */
import { createDepthCap } from './cap-depth.js'
import { applyCuts } from './cuts.js'
import { isRemovableComment, isRemovableRawText } from './raw-text.js'
import { forEachTag } from './tags.js'

/** A page ready for the parser. */
export interface PreparedMarkup {
  /** The markup to parse. */
  markup: string
  /**
   * Bodies of the `<script>` elements removed from {@link markup}, in page
   * order, as printed (the metadata stage caps and normalises what it reads).
   */
  scripts: string[]
  /**
   * The text of a Founder e-paper's `<!--enpproperty …-->` comment (it names
   * the article's headline), or `null`; read whether or not comments are cut.
   */
  paperProperties: string | null
}

/** How a Founder e-paper's property comment opens. */
const paperPropertiesOpening = '<!--enpproperty'

/** Longest property comment read. */
const maxPaperProperties = 4000

/**
 * Least share of the page the optional cuts (script and style bodies,
 * comments) must remove to be made. Making them copies the page, which costs
 * about what the tokenizer spends on a third of it as raw text (measured on
 * the corpus pages), so smaller cuts would slow the parse down.
 */
export const minRemovedShare = 1 / 3

/**
 * Prepare a page for parsing.
 *
 * @param html Decoded page.
 * @param minimumShare Least share of the page the optional cuts must remove to be made (tests pass 0).
 * @returns The markup to parse and the script bodies taken out of it.
 */
export function prepareMarkup(html: string, minimumShare = minRemovedShare): PreparedMarkup {
  const cap = createDepthCap(html)
  const cuts: number[] = []
  const scripts: string[] = []
  let required = false
  let removed = 0
  let paperProperties: string | null = null
  forEachTag(
    html,
    (tag) => {
      const before = cuts.length
      const kept = cap.take(tag, cuts)
      if (cuts.length > before) required = true
      if (!kept || !isRemovableRawText(html, tag, cap.inForeignContent)) return
      if (tag.name === 'script') scripts.push(html.slice(tag.end, tag.rawTextEnd))
      cuts.push(tag.end, tag.rawTextEnd)
      removed += tag.rawTextEnd - tag.end
    },
    {
      onComment(comment) {
        if (paperProperties === null && html.startsWith(paperPropertiesOpening, comment.start)) {
          const close = html.endsWith('-->', comment.end) ? comment.end - 3 : comment.end
          paperProperties = html.slice(comment.start + 4, Math.min(close, comment.start + maxPaperProperties))
        }
        if (!isRemovableComment(html, comment)) return
        cuts.push(comment.start, comment.end)
        removed += comment.end - comment.start
      },
      inForeignContent: () => cap.inForeignContent()
    }
  )
  if (!required && (removed === 0 || removed < html.length * minimumShare)) return { markup: html, scripts: [], paperProperties }
  return { markup: applyCuts(html, cuts), scripts, paperProperties }
}
