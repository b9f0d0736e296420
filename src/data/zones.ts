/**
 * Word lists that tell what part of a page an element belongs to, from its tag
 * name and its `class`/`id` tokens. Data only: the logic is in `blocks/zone.ts`.
 */

/** Tag names of page chrome, by zone. */
export const zoneTags = {
  nav: ['nav', 'header', 'menu'],
  footer: ['footer'],
  aside: ['aside']
} as const

/**
 * Substrings of `class`/`id` values, by zone. Matched against lower-cased
 * tokens; short codes match a whole token only (see `exactZoneTokens`).
 */
export const zoneClassParts = {
  footer: ['footer', 'foot', 'copyright', 'bottom', 'beian'],
  nav: ['breadcrumb', 'crumb', 'location', 'position', 'topbar', 'top-bar', 'navbar', 'mainnav', 'main-nav', 'menu', 'site-header', 'masthead', 'dqwz', 'wz_nav'],
  aside: ['sidebar', 'side-bar', 'side_box', 'side-box', 'r-box', 'related', 'relate', 'recommend', 'tuijian', 'xgyd', 'xgxw', 'hotnews', 'hot-news', 'hot_news', 'ranking', 'rank', 'paihang', 'comment', 'pinglun', 'share', 'bdshare', 'prevnext', 'prev-next', 'page-turn', 'pageturn', 'pre_next', 'sxp', 'advert', 'guanggao', 'widget', 'hot-tip', 'con-right', 'main-right']
} as const

/** Tokens that mark a zone only as a whole class/id token (too short to match inside words). */
export const exactZoneTokens = {
  footer: ['ft', 'foot', 'bottom'],
  nav: ['nav', 'head', 'top', 'crumbs', 'topnav', 'subnav'],
  aside: ['side', 'right', 'aside', 'ad', 'ads', 'hot', 'np', 'tags', 'keywords']
} as const

/**
 * Parts of a class/id token, between `-` and `_`, that mark a zone when they
 * stand whole (`art_ad`, `ad-box`): too short to match inside words.
 */
export const zoneTokenSegments = {
  aside: ['ad', 'ads']
} as const

/**
 * Class/id tokens that mark a column by its position, not by what it holds
 * (`<td class="right">`, `<div class="main-right">`): read as a sidebar, but a
 * two-column portal prints its article in one (see `article/main-column.ts`).
 */
export const sideColumnTokens = ['right', 'con-right', 'main-right']

/**
 * Class parts that mark a zone only weakly: a share bar is a few words, so a
 * container whose class holds one of these and more prose than the page's
 * content lines (`<div class="js_img_share_area">`, a picture-sharing feature
 * around the article) is the content, like a side column.
 */
export const weakZoneParts = ['share']

/**
 * Footer class parts that may mark the bottom of the article rather than of
 * the page (`article-bottom` with its tags, feedback and comments): such a
 * footer counts only when nothing else marks one.
 */
export const weakFooterParts = ['bottom']

/**
 * Parts of a class that, with a footer word in the same token, mark the
 * article's own credit box (`post-copyright`, `entry-copyright`: the repost
 * source and link under a blog post; `note-foot`, the tags under a travel note)
 * rather than the page footer: such a box is a weak footer.
 */
export const articleFooterParts = ['post', 'entry', 'article', 'content', 'detail', 'note-']

/**
 * Words that only a page footer prints (copyright, filing numbers, the
 * sponsoring body): the last line after the article holding one marks the
 * footer when no element is marked so. Matched case-insensitively against
 * folded text (`版權所有` is `版权所有`).
 */
export const footerLineWords = ['ICP备', 'ICP证', '公网安备', '版权所有', 'Copyright', '©', '(C)', '主办单位', '主办：', '承办单位']
