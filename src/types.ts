/**
 * Public types of zh-article.
 *
 * Every text value is as printed on the page: whitespace runs (NBSP, full-width
 * space, newlines) collapse to one space, ends are trimmed, nothing else changes.
 */

/** When the article was published. */
export interface DateStamp {
  /**
   * ISO 8601. With a printed time: `2024-10-31T16:09:00+08:00` (China time unless
   * the page states an offset; seconds `:00` when none are printed). A date alone
   * stays a date: `2024-10-31`.
   */
  iso: string
  /** The date as printed on the page (or in the metadata it came from), e.g. `2024-10-31 16:09`. */
  text: string
}

/** One part of a speaker's printed titles, e.g. `区政协委员` → `区政协` + `委员`. */
export interface Role {
  /** The role as printed; always `(organization ?? '') + title`. */
  text: string
  /** What comes before the title (`区政协`, `北京理想汽车有限公司`), or `null` when nothing does. */
  organization: string | null
  /** The post at the end, modifiers kept (`委员`, `副总裁`, `常务副主任`, `党委书记`, `CEO`). */
  title: string
}

/** The person a quote is attributed to. */
export interface Speaker {
  /** The person's name as printed (`李斌`, `欧阳帆`, `买买提江·艾力`). */
  name: string
  /** The titles printed before the name, in order. Empty when none are printed. */
  roles: Role[]
}

/** Kind of quotation: the words inside quotation marks, or reported speech. */
export type QuoteKind = 'direct' | 'indirect'

/** One quotation by a person. */
export interface Quote {
  /** `direct`: words inside `“…”`/`「…」`; `indirect`: reported speech after a speech verb. */
  kind: QuoteKind
  /**
   * The words. Direct: inside the outer marks, marks removed, nested `‘…’` kept.
   * Indirect: from after the verb and its comma to the end of the paragraph or the next quote.
   */
  text: string
  /** Who said it, or `null` when no person is named (`业主说`, `负责人表示`). */
  speaker: Speaker | null
  /** The `keyword` of the section the quote stands in, or `null` in the lead. */
  section: string | null
}

/** One keyword section (`热词1 高质量发展`). */
export interface Section {
  /** The marker as printed: `热词1`, `热词一`, `关键词③`, `熱詞2`, `【热词】`. */
  marker: string
  /** The ordinal: the marker's number, or its position in the list when it has none (1-based). */
  index: number
  /** The heading text after the marker, as printed (quotation marks kept, separator dropped). */
  keyword: string
  /** The body paragraphs up to the next heading or the end of the article. */
  paragraphs: string[]
}

/** A link in the page footer (bottom nav, copyright, filing numbers, mobile site). */
export interface FooterLink {
  /** The link text as printed. */
  text: string
  /** Absolute URL (`http:`, `https:` or `mailto:` only). */
  href: string
}

/** Everything zh-article finds in one news page. Fields it cannot find are `null` or empty. */
export interface Article {
  /** The headline as printed in the page (never the `<title>` site suffix). */
  title: string | null
  /** When the article was published, or `null` when the page gives no date. */
  published: DateStamp | null
  /** The canonical absolute URL, or `null`. */
  url: string | null
  /** The outlet credited by `来源：` or source metadata, label removed, or `null`. */
  source: string | null
  /** The editor's summary box (label removed), else the meta description, or `null`. */
  summary: string | null
  /** Body paragraphs before the first keyword section (all of them when there is none). */
  lead: string[]
  /** Keyword sections in page order. */
  sections: Section[]
  /** Quotations by people, in page order. */
  quotes: Quote[]
  /** Links in the page footer, in page order. */
  footerLinks: FooterLink[]
}

/** Options of {@link parseArticle} and `rehypeArticle`. */
export interface ParseOptions {
  /**
   * The page's own absolute `http(s)` address. Used as `url` when the page names no
   * canonical URL, and to resolve relative links.
   */
  url?: string
  /**
   * Extra section markers (e.g. `['看点']`), recognised like `热词` and `关键词`.
   */
  sectionMarkers?: string[]
}
