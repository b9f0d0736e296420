/**
 * Article blocks → body paragraphs: drops what is not a paragraph (the
 * headline repeated, captions, credit and editor lines, share bars, site
 * boilerplate) and splits content-farm "flat" blocks, where paragraphs are
 * joined by spaces, back into paragraphs.
 */
import type { Block } from './blocks.js'
import { appPromotionEndings, appPromotionWords, boilerplateOpenings, boilerplatePhrases, captionClassParts, captionTags, creditLabels, editorContentTokens, infoLabels, interviewerLabels, navigationOpenings, tagLabels, transcriptLabels, verbOpenings } from '../data/boilerplate.js'
import type { Element } from 'hast'
import { classTokens, ownZone } from './zone.js'
import { createDataTableTest, maxDataCellText } from './data-table.js'
import { boxOpenedBy, isRelatedHeading } from './related-box.js'
import { bareSummaryLabels, summaryLabels } from '../data/metadata-labels.js'
import { isWhitespaceCode, stripWhitespace } from '../text/normalize.js'
import { foldText } from '../text/simplify.js'
import { wordAlternation } from '../text/patterns.js'

/**
 * Whether a text opens with a numbered section marker (`热词2 …`). Given by
 * the caller, so this stage does not reach into the sections stage that
 * follows it.
 */
export type OpensSection = (text: string) => boolean

/** One body paragraph. */
export interface Paragraph {
  /** The paragraph text as printed (whitespace collapsed). */
  text: string
  /** The block it was read from. */
  block: Block
  /** Whether it stands alone like a heading (an `<h*>`, a centred line, or all bold). */
  headingLike: boolean
  /** Text of a bold run opening the paragraph, or `null`. */
  leadingBold: string | null
  /** Whether it was cut from a flat block (paragraphs joined by spaces). */
  flat: boolean
}

const creditLine = new RegExp(`^[（(【\\[]?\\s?(?:${wordAlternation(creditLabels)})\\s?[:：/／|｜丨]`)
const bylineOnly = /^[（(【\[]\s?(?:本报)?(?:特约|实习)?(?:记者|通讯员|实习生|见习记者|融媒体记者|首席记者)[^（()）【】\[\]]{0,40}[）)】\]]$|^[（(【\[]\s?完\s?[）)】\]]$/
const captionText = /^(?:▲|△|↑|图为|图片为|图：|图:|上图|下图|左图|右图|视频：|图片(?:均)?(?:来自|来源|由))/
/** The end of a caption (`张三 摄`, `视觉中国 资料`). */
const captionEnding = /(?:(?<!拍)摄|摄影|供图|\s图|\s资料|资料图|视觉中国|东方IC|图虫创意|图片来源[^。]{0,20})[）)]?。?$/

/** The end of a screenshot's caption (`…的报道截图。`): a caption only without a comma (a paragraph may end in `…订单截图。`). */
const screenshotEnding = /截图[）)]?。?$/
const infoLine = new RegExp(`^(?:${wordAlternation(infoLabels)})\\s?[:：]`)
/** An info line that opens with its date (`2019-09-26 12:11来源：证券时报网作者：…`). */
const datedInfoLine = new RegExp(`^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s?(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s?(?:${wordAlternation(infoLabels)})\\s?[:：]`)
/** A credit label with its mark, opening a line or after a space (`供稿 摄影/张艳 编辑/苏芳`): two make a credit line. */
const creditMark = new RegExp(`(?:^|[\\s、，,|｜])(?:${wordAlternation(creditLabels)})\\s?[:：/／丨]`, 'g')
/** A line wholly in round brackets (`（北洲日报全媒体记者 程砚 摄影 蔡棠 责任编辑：罗岩）`): one credit mark inside makes it credits. */
const bracketedLine = /^[（(][^（()）]*[）)]$/
/** A reporters' byline on a line of its own, unbracketed (`本报记者 张三 李四`, `记者 张三 通讯员 李四`). */
const bareByline = /^[\u3400-\u9fff]{0,8}?(?:特约|实习|见习|首席|融媒体)?(?:记者|通讯员|实习生) ?[\u3400-\u9fff·]{2,5}(?:[ 、，,]+(?:(?:记者|通讯员|实习生) ?)?[\u3400-\u9fff·]{2,5}){0,5}$/
/** Credits with a space instead of a mark, two or more (`编辑 刘晓阳 校对 李铭`). */
const spacedCredits = new RegExp(`^(?:${wordAlternation(creditLabels)}) [\\u3400-\\u9fff·]{2,5}(?: (?:${wordAlternation(creditLabels)}) [\\u3400-\\u9fff·]{2,5})+$`)
/**
 * A tag bar (`关键词 >> 新冠病毒,预测指标`, `标签：两会`, `关键词：两会,热词`): a
 * single `关键词：X` line is left to the sections stage (it may be a heading).
 */
const tagLine = new RegExp(`^(?:${wordAlternation(tagLabels)})\\s?(?:>>|»|＞＞|>|[:：][^。！？]*[,，、|｜])|^(?:${wordAlternation(tagLabels.filter((label) => label !== '关键词'))})\\s?[:：]`)
/** A credit of a name and an outlet (`石佳/中国青年报`). */
const slashCredit = /^[\u3400-\u9fff·]{2,5} ?[/／] ?[\u3400-\u9fff]{2,12}$/
/** A player's duration line (`时长 02:36`, `00:00/02:15`). */
const playerTime = /^(?:时长 ?[:：]? ?)?\d{1,2}:\d{2}(?::\d{2})?(?: ?\/ ?\d{1,2}:\d{2}(?::\d{2})?)?$/
/** A page counter of a paginated article (`第1页 共3页`, `共3页 第1页`). */
const pageCounter = /^(?:第 ?\d{1,3} ?页[ ，,]?共 ?\d{1,3} ?页|共 ?\d{1,3} ?页[ ，,]?第 ?\d{1,3} ?页)$/
/** An e-paper's edition line (`《 人民日报 》（ 2025年01月06日 第 04 版）`). */
const editionLine = /^《 ?[^《》]{2,20} ?》 ?[（(] ?\d{4}年\d{1,2}月\d{1,2}日 ?(?:第 ?)?\d{1,3} ?版 ?[）)]$/
const sentenceEndThenSpace = /[。！？!?…”」』）)"] (?=\S)/g

/**
 * Turn the blocks of the article body into paragraphs.
 *
 * @param blocks Blocks inside the article root.
 * @param title The headline, to drop where the body repeats it.
 * @param opensSection Whether a text opens with a section marker, to cut flat blocks before them.
 * @returns Paragraphs in order.
 */
export function toParagraphs(blocks: readonly Block[], title: string | null, opensSection?: OpensSection): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const titleKey = title ? stripWhitespace(title) : null
  const plainCaptions = printsPlainCaptions(blocks)
  // A box of related articles met in the body: its blocks are skipped.
  let relatedBox: Element | null = null
  // The element printing the headline again with its subtitles at the top of the body.
  let headlineElement: Element | null = null
  const isDataTablePart = createDataTableTest()
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (relatedBox) {
      if (block.element === relatedBox || block.ancestors.includes(relatedBox)) continue
      relatedBox = null
    }
    if (paragraphs.length > 0 && isRelatedHeading(block.text)) {
      relatedBox = boxOpenedBy(block, blocks[index - 1])
      continue
    }
    if (block.zone !== 'none' && block.zone !== 'nav' && !isClassedSectionHeading(block, opensSection)) continue
    if (block.linkDensity > 0.6 && !isLinkedKeyword(block, paragraphs[paragraphs.length - 1], opensSection)) continue
    const text = block.text
    // The headline printed again over the centred lines of the body's first element, with its kicker or
    // subtitles (`王勇…工作时强调` / `进一步抓细抓实…` / `切实提高…`): none of those lines is a paragraph.
    if (headlineElement !== null && block.element === headlineElement) continue
    if (titleKey && paragraphs.length === 0 && block.centered && block.first && block.siblings > 1 && stripWhitespace(text).startsWith(titleKey)) {
      headlineElement = block.element
      continue
    }
    // Stripping whitespace only shortens a line: shorter lines cannot be the headline.
    if (titleKey && text.length >= titleKey.length && stripWhitespace(text) === titleKey) continue
    if (isNotParagraph(block) || isImageCaption(block, plainCaptions, opensSection) || !hasWords(text)) continue
    // A data table's cells and caption are figures (`1-10月`, `居民消费价格`), not paragraphs.
    if (text.length <= maxDataCellText && isDataTablePart(block)) continue
    const headingLike = block.heading > 0 || (block.first && block.siblings === 1 && (block.centered || block.leadingBold === text))
    const pieces = splitFlat(text, opensSection)
    if (pieces.length > 1) {
      for (const piece of pieces) {
        const folded = foldText(piece)
        if (creditLine.test(folded) || startsWithBoilerplate(folded) || holdsBoilerplatePhrase(folded)) continue
        // A mirror runs the headline into the first paragraph (`标题 3月8日至11日,…`).
        const words = titleKey ? afterHeadline(piece, titleKey) : piece
        if (words) paragraphs.push({ text: words, block, headingLike: false, leadingBold: null, flat: true })
      }
      continue
    }
    paragraphs.push({ text, block, headingLike, leadingBold: block.leadingBold, flat: false })
  }
  return titleKey ? withoutSplitHeadline(paragraphs, titleKey) : paragraphs
}

/**
 * A flat block's piece without the headline run into its opening
 * (`红岭县两会热词：描绘县域发展新图景 3月8日至11日,…`): the words after the
 * headline and the space that ends it, or the piece as it is when it does not
 * open with the headline.
 *
 * @param piece Piece of a flat block.
 * @param titleKey The headline without whitespace.
 * @returns The words, or `''` when the piece is the headline alone.
 */
function afterHeadline(piece: string, titleKey: string): string {
  let matched = 0
  let index = 0
  for (; index < piece.length && matched < titleKey.length; index++) {
    if (isWhitespaceCode(piece.charCodeAt(index))) continue
    if (piece[index] !== titleKey[matched]) return piece
    matched++
  }
  if (matched < titleKey.length) return piece
  if (index === piece.length) return ''
  return isWhitespaceCode(piece.charCodeAt(index)) ? piece.slice(index).trim() : piece
}

/** Longest bare marker line (`热词1`, `【关键词三】`) a linked keyword may follow. */
const maxBareMarker = 8

/** Longest keyword read from a link. */
const maxLinkedKeyword = 20

/**
 * Whether a line of links is the keyword of the marker line right before it
 * (`<p><strong>热词1</strong></p><p><strong><a href="/tag/…">新质生产力</a></strong></p>`:
 * CMSs link keywords to their tag pages).
 *
 * @param block The line.
 * @param previous The paragraph before it, if any.
 * @param opensSection Whether a text opens with a section marker.
 * @returns Whether it is.
 */
function isLinkedKeyword(block: Block, previous: Paragraph | undefined, opensSection: OpensSection | undefined): boolean {
  return previous !== undefined && opensSection !== undefined && previous.headingLike && previous.text.length <= maxBareMarker && block.text.length <= maxLinkedKeyword && opensSection(previous.text)
}

/**
 * Whether a line is a section heading whose own class reads as a zone
 * (`<h2 class="hot">熱詞1 · 台青創業</h2>`: `hot` marks a box of hot news
 * elsewhere): a heading element opening with a section marker, in no zone
 * but its own.
 *
 * @param block The line.
 * @param opensSection Whether a text opens with a section marker.
 * @returns Whether it is.
 */
function isClassedSectionHeading(block: Block, opensSection: OpensSection | undefined): boolean {
  return opensSection !== undefined && block.heading > 0 && block.linkDensity === 0 && opensSection(block.text) && ownZone(block.element) !== 'none' && block.ancestors.every((ancestor) => ownZone(ancestor) === 'none')
}

/** Most lines a headline repeated at the top of the body is printed over. */
const maxHeadlineLines = 4

/**
 * The paragraphs without the headline repeated over several lines at the top
 * of the body (`全国人民代表大会常务委员会` / `关于批准…` / `…的决议`).
 *
 * @param paragraphs Paragraphs.
 * @param titleKey The headline, whitespace removed.
 * @returns The paragraphs after those lines, or all of them.
 */
function withoutSplitHeadline(paragraphs: Paragraph[], titleKey: string): Paragraph[] {
  let joined = ''
  for (let count = 0; count < Math.min(paragraphs.length, maxHeadlineLines); count++) {
    joined += stripWhitespace(paragraphs[count]!.text)
    if (joined === titleKey) return count >= 1 ? paragraphs.slice(count + 1) : paragraphs
    if (!titleKey.startsWith(joined)) break
  }
  return paragraphs
}

/** Longest line that one of `boilerplatePhrases` makes boilerplate wherever it stands. */
const maxPhraseLine = 80

/**
 * Whether a short line holds a phrase that makes it boilerplate wherever it
 * stands (`…版权归原作者所有…`, see `boilerplatePhrases`).
 *
 * @param text Line, folded.
 * @returns Whether it does.
 */
function holdsBoilerplatePhrase(text: string): boolean {
  return text.length < maxPhraseLine && boilerplatePhrases.some((phrase) => text.includes(phrase))
}

/**
 * Whether a block is a caption, a credit line, a share bar or boilerplate.
 *
 * @param block Block.
 * @returns Whether to drop it.
 */
function isNotParagraph(block: Block): boolean {
  const text = foldText(block.text.length > 200 ? block.text.slice(0, 200) : block.text)
  if ((creditLine.test(text) && !isInterviewTurn(text)) || startsWithBoilerplate(text)) return true
  if (text.length < 120 && (infoLine.test(text) || datedInfoLine.test(text) || bylineOnly.test(text))) return true
  if (text.length < 80 && countMatches(creditMark, text) >= (bracketedLine.test(text) ? 1 : 2)) return true
  if (text.length < 60 && (bareByline.test(text) || editionLine.test(text) || spacedCredits.test(text) || slashCredit.test(text) || pageCounter.test(text) || playerTime.test(text))) return true
  if (holdsBoilerplatePhrase(text)) return true
  if (text.length < maxPromotionLine && isAppPromotion(text)) return true
  if (text.length < 120 && tagLine.test(text)) return true
  // A summary label on a line of its own (`摘要`): the next line is the summary.
  if (text.length <= 6 && bareSummaryLabels.includes(text.replace(/[【】[\]：:\s]/g, ''))) return true
  // A transcript's label on a line of its own (`视频文字稿`).
  if (text.length <= 8 && transcriptLabels.includes(text.replace(/[【】[\]：:\s]/g, ''))) return true
  if (readsAsCaption(text)) return true
  if (inCaption(block)) return true
  if (text.length < 120) {
    for (const token of classTokens(block.element)) {
      if (captionClassParts.some((part) => token.includes(part)) && !editorContentTokens.includes(token)) return true
    }
  }
  return false
}

/**
 * Whether a (folded) line reads as a caption by its words: an opening such as
 * `图为`, or an ending such as `张三 摄`, or `…截图` on a line without a comma.
 *
 * @param text Line.
 * @returns Whether it does.
 */
function readsAsCaption(text: string): boolean {
  if (text.length >= 80) return false
  // A comma inside a title (`《…，…》的报道截图`) is the title's.
  return captionText.test(text) || captionEnding.test(text) || (screenshotEnding.test(text) && !/[，,]/.test(text.replace(/《[^《》]*》/g, '')))
}

/** Longest caption printed in its image's own element (`<p><img>caption</p>`). */
const maxInlineCaption = 40

/** Longest caption centred on the line after its image. */
const maxCenteredCaption = 60

/** Longest caption printed plainly on the line after its image (`<p><img></p><p>小花家。</p>`). */
const maxPlainCaption = 20

/** Share of the plain lines after images that must read as captions for all short ones to be captions. */
const plainCaptionShare = 2 / 3

/**
 * Whether the article prints its captions as plain lines under its images:
 * at least two images stand right before a plain line (not bold, not
 * centred, not in the image's element), and most of those lines are short,
 * or captions by their words. A single short line after an image, or one
 * in an article whose images are mostly followed by prose, is a paragraph.
 *
 * @param blocks Body blocks.
 * @returns Whether short plain lines after images are captions.
 */
function printsPlainCaptions(blocks: readonly Block[]): boolean {
  let lines = 0
  let captions = 0
  for (const block of blocks) {
    const image = block.image
    if (image === null || image.inline || block.centered || block.heading > 0 || block.leadingBold === block.text) continue
    lines++
    const text = block.text
    if ((text.length <= maxPlainCaption && !lineEndsInColon.test(text)) || readsAsCaption(foldText(text))) captions++
  }
  return lines >= 2 && captions >= lines * plainCaptionShare
}

/** A line that introduces what follows (`可以看出以下特点：`): never a caption. */
const lineEndsInColon = /[：:]$/

/** Marks that end a sentence: an inline caption has none at its end. */
const sentenceEndAtEnd = /[。！？!?]$/

/**
 * Whether a block is the caption of the image printed right before it: its
 * text is the image's `alt`, or it is short: printed in the image's own
 * element, centred under it, or very short on the line after it in an
 * article that prints its captions so. Bold lines, section headings and
 * lines ending in a colon are never captions.
 *
 * @param block Block.
 * @param plainCaptions Whether the article prints captions as plain lines under its images.
 * @param opensSection Whether a text opens with a section marker.
 * @returns Whether it is a caption.
 */
function isImageCaption(block: Block, plainCaptions: boolean, opensSection?: OpensSection): boolean {
  const image = block.image
  if (image === null) return false
  const text = block.text
  if (image.alt !== '' && text.length <= image.alt.length + 2 && stripWhitespace(text) === stripWhitespace(image.alt)) return true
  if (block.heading > 0 || block.leadingBold === text || opensSection?.(text) || lineEndsInColon.test(text)) return false
  // In the image's own element a caption has no sentence end, unless the element is centred (`<p class="f_center"><img><br>…开幕。</p>`).
  if (image.inline) return text.length <= maxInlineCaption && (block.centered || !sentenceEndAtEnd.test(text))
  if (block.centered) return text.length <= maxCenteredCaption
  return plainCaptions && text.length <= maxPlainCaption
}

/** How many of a block's nearest elements are looked at for a caption tag (`<figcaption><p>…`). */
const captionDepth = 3

/**
 * Whether a block stands in a caption element (`<figcaption>`): its own
 * element or one of the two above it.
 *
 * @param block Block.
 * @returns Whether it does.
 */
function inCaption(block: Block): boolean {
  if (captionTags.includes(block.element.tagName)) return true
  const ancestors = block.ancestors
  for (let index = ancestors.length - 1; index >= 0 && index >= ancestors.length - (captionDepth - 1); index--) {
    if (captionTags.includes(ancestors[index]!.tagName)) return true
  }
  return false
}

/**
 * An interviewer's turn (`记者：今年镇里有哪些重点工作？`), or a reporter's narration in a
 * broadcast's text (`记者：去年，峪川新增规上企业23家，…。`): a sentence, not a credit.
 */
const interviewTurn = new RegExp(`^(?:${wordAlternation(interviewerLabels)})\\s?[:：](?:.*[？?]|[^：:，,]*[，,][^：:]*[。！!])$`)

/**
 * Whether a line is an interviewer's question or a reporter's sentence,
 * which a credit label opens like a byline (`记者：…？`, `记者：…，…。`).
 *
 * @param text Line.
 * @returns Whether it is.
 */
function isInterviewTurn(text: string): boolean {
  return interviewTurn.test(text)
}

/**
 * How many times a global pattern matches a short text.
 *
 * @param pattern Global pattern (its `lastIndex` is reset).
 * @param text Text.
 * @returns Count.
 */
function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0
  let count = 0
  while (pattern.exec(text)) count++
  return count
}

/**
 * Openings of lines that are not paragraphs: site boilerplate and share bars,
 * and the label of a summary box (`【摘要】…`: the box is the `summary`,
 * wherever it stands).
 */
const nonParagraphOpenings = [...boilerplateOpenings, ...summaryLabels]

/**
 * Whether a (folded) text opens with site boilerplate or a summary label.
 *
 * @param text Line.
 * @returns Whether it does.
 */
export function startsWithBoilerplate(text: string): boolean {
  if (!boilerplateFirstCodes.has(text.charCodeAt(0))) return false
  // A prev/next link is a short line that ends no sentence.
  if (navigationOpenings.some((opening) => text.startsWith(opening))) return text.length < maxNavigationLine && !sentenceEnd.test(text)
  if (text.length >= minSentenceAfterVerb && sentenceEnd.test(text) && verbOpenings.some((opening) => text.startsWith(opening))) return false
  return nonParagraphOpenings.some((opening) => text.startsWith(opening))
}

/** Shortest line opening with one of {@link verbOpenings} read as the article's sentence. */
const minSentenceAfterVerb = 40

/** Longest app promotion line (`海量资讯、精准解读，尽在某某财经APP`). */
const maxPromotionLine = 40

/**
 * Whether a short line promotes an app: it asks to go there (`尽在`, `下载`)
 * and ends with the app (`…APP`, `…客户端`), or opens with a pointing mark
 * and names the app anywhere (`▼下载某某App，即时掌握最新消息`).
 *
 * @param text Line.
 * @returns Whether it does.
 */
function isAppPromotion(text: string): boolean {
  if (!appPromotionWords.some((word) => text.includes(word))) return false
  return appPromotionEndings.some((ending) => text.endsWith(ending)) || (promotionMarks.includes(text[0]!) && appPromotionEndings.some((ending) => text.includes(ending)))
}

/** Marks that point at what follows, opening a promotion line (`▼`, `👇`). */
const promotionMarks = '▼▽↓⬇▶►→👇👉'

/** A sentence end closing a line. */
const sentenceEnd = /[。！？!?]$/

/** Longest prev/next link line (`上一篇：` and a headline). */
const maxNavigationLine = 160

/** First code units of {@link nonParagraphOpenings} (most lines open with none of them). */
const boilerplateFirstCodes = new Set([...nonParagraphOpenings, ...navigationOpenings].map((opening) => opening.charCodeAt(0)))

/**
 * Split a flat block (several paragraphs joined by spaces) at the spaces that
 * follow a sentence end, and at the spaces before a section marker
 * (`… 热词2 新能源 …`). A block is cut at sentence ends only when it holds at
 * least two such joins and is long: one stray space inside a paragraph is
 * left alone.
 *
 * @param text Block text.
 * @param opensSection Whether a text opens with a section marker (no cuts before markers when absent).
 * @returns The pieces (one piece when the block is not flat).
 */
export function splitFlat(text: string, opensSection?: OpensSection): string[] {
  const cuts = new Set<number>()
  if (text.length >= 200) {
    const sentenceCuts: number[] = []
    sentenceEndThenSpace.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = sentenceEndThenSpace.exec(text))) sentenceCuts.push(match.index + 1)
    if (sentenceCuts.length >= 2) for (const cut of sentenceCuts) cuts.add(cut)
  }
  if (opensSection) {
    for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) {
      if (opensSection(text.slice(space + 1, space + 25))) cuts.add(space)
    }
  }
  if (cuts.size === 0) return [text]
  const pieces: string[] = []
  let from = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(text.slice(from, cut).trim())
    from = cut + 1
  }
  pieces.push(text.slice(from).trim())
  return pieces.filter((piece) => piece !== '')
}

/**
 * Whether a line has words: at least one Han character, or some letters.
 * Bare numbers and symbols (a list marker, a page number) are not paragraphs.
 *
 * @param text Line.
 * @returns Whether it does.
 */
function hasWords(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text) || /[A-Za-z]{4}/.test(text)
}
