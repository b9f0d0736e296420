/**
 * The pre-parse pass: one linear scan over the tags of a page that cuts what
 * would make the parse slow or unsafe (nesting past the depth cap, attributes
 * past the limit, see `cap-depth.ts`) or slow for nothing (script and style
 * bodies and comments, see `raw-text.ts`). Script bodies are kept aside, as
 * the metadata stage reads a few of their variables.
 */
import { createDepthCap } from './cap-depth.js'
import { applyCuts } from './cuts.js'
import { isRemovableComment, isRemovableRawText } from './raw-text.js'
import { forEachTag } from './tags.js'

/** Most removed script bodies kept aside. */
export const maxKeptScripts = 50

/** Longest part of a removed script body kept aside. */
export const maxKeptScriptLength = 65_536

/** A page ready for the parser. */
export interface PreparedMarkup {
  /** The markup to parse. */
  markup: string
  /**
   * Bodies of the `<script>` elements removed from {@link markup}, in page
   * order (line breaks normalised as the parser does; the first
   * {@link maxKeptScriptLength} characters of at most {@link maxKeptScripts}).
   */
  scripts: string[]
}

/**
 * Prepare a page for parsing.
 *
 * @param html Decoded page.
 * @returns The markup to parse and the script bodies taken out of it.
 */
export function prepareMarkup(html: string): PreparedMarkup {
  const cap = createDepthCap(html)
  const cuts: number[] = []
  const scripts: string[] = []
  forEachTag(
    html,
    (tag) => {
      if (!cap.take(tag, cuts) || !isRemovableRawText(html, tag, cap.inForeignContent())) return
      if (tag.name === 'script' && scripts.length < maxKeptScripts) {
        const body = html.slice(tag.end, Math.min(tag.rawTextEnd, tag.end + maxKeptScriptLength))
        if (body.trim() !== '') scripts.push(body.replace(/\r\n?/g, '\n'))
      }
      cuts.push(tag.end, tag.rawTextEnd)
    },
    {
      onComment(comment) {
        if (isRemovableComment(html, comment)) cuts.push(comment.start, comment.end)
      },
      inForeignContent: () => cap.inForeignContent()
    }
  )
  return { markup: applyCuts(html, cuts), scripts }
}
