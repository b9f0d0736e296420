/**
 * The pipeline on a hast tree: blocks → article body → paragraphs → sections
 * → quotes, with metadata and footer read beside it.
 */
import type { Root } from 'hast'
import { toBlocks } from '../blocks/blocks.js'
import { toParagraphs } from '../blocks/paragraphs.js'
import { sectionMarkers } from '../data/section-markers.js'
import { findFooterLinks } from '../footer/footer.js'
import { collectHead } from '../metadata/head.js'
import { findPublished, type ArticleFrame } from '../metadata/published.js'
import { findSource } from '../metadata/source.js'
import { findSummary, findSummaryBox } from '../metadata/summary.js'
import { findTitle } from '../metadata/title.js'
import { documentBase, findUrl } from '../metadata/url.js'
import type { CheckedOptions } from '../options.js'
import { findQuotes } from '../quotes/quotes.js'
import { opensWithMarker } from '../sections/heading.js'
import { toOutline } from '../sections/sections.js'
import type { Article } from '../types.js'
import { findArticle } from './find-article.js'
import { reclaimMainColumn } from './main-column.js'

/** Fewest body lines besides the summary box for the box to leave the lead. */
const minBodyBesideBox = 2

/**
 * Extract an Article from a parsed page.
 *
 * @param tree hast root of the page.
 * @param options Checked options.
 * @param removedScripts Bodies of scripts taken out of the tree before parsing (see `parse/prepare.ts`).
 * @param paperProperties The text of a Founder e-paper's property comment, if the page has one (see `parse/prepare.ts`).
 * @returns The Article.
 */
export function extractArticle(tree: Root, options: CheckedOptions, removedScripts: readonly string[] = [], paperProperties: string | null = null): Article {
  const head = collectHead(tree, removedScripts, paperProperties)
  const blocks = reclaimMainColumn(toBlocks(tree))
  const body = findArticle(blocks)
  const bodyStart = body.blocks[0]?.index ?? blocks.length
  const bodyEnd = body.blocks.length > 0 ? body.blocks[body.blocks.length - 1]!.index + 1 : blocks.length
  const found = findTitle(head, blocks, bodyStart)
  const title = found?.text ?? null
  const frame: ArticleFrame = { titleIndex: found?.blockIndex ?? -1, bodyStart, bodyEnd }

  const url = findUrl(head, blocks, options.url)
  const base = documentBase(head, url)
  const markers = [...new Set([...options.sectionMarkers, ...sectionMarkers])].sort((a, b) => b.length - a.length)
  // The editor's summary box is the summary, not also a paragraph of the lead (`<div class="introduction">`),
  // unless it is all the body there is.
  const box = findSummaryBox(blocks, frame)
  const bodyBlocks = box && body.blocks.length > minBodyBesideBox ? body.blocks.filter((block) => block !== box.block) : body.blocks
  const paragraphs = toParagraphs(bodyBlocks, title, (text) => opensWithMarker(text, markers))
  const outline = toOutline(paragraphs, markers)

  return {
    title,
    published: findPublished(head, blocks, frame),
    url,
    source: findSource(head, blocks, frame),
    summary: findSummary(head, blocks, frame, title, box),
    lead: outline.lead.map((paragraph) => paragraph.text),
    sections: outline.sections.map((part) => part.section),
    quotes: findQuotes(outline),
    // A page without an article body still has a footer: look for it from the top.
    footerLinks: findFooterLinks(blocks, body.root, body.root ? bodyEnd : 0, base)
  }
}
