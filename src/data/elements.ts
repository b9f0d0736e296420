/**
 * HTML element classes used when the page is cut into blocks. Data only.
 */

/** Elements that start a new line of text (block-level in CSS terms). */
export const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul'
])

/** Elements whose content is never page text. */
export const skippedElements = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'option',
  'textarea', 'button', 'input', 'canvas', 'video', 'audio', 'map', 'datalist'
])

/** Inline elements that print bold. */
export const boldElements = new Set(['strong', 'b'])

/** Heading elements with their level. */
export const headingLevels: ReadonlyMap<string, number> = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]])

/**
 * Inline elements whose text is just their children's text run together (no
 * line breaks, no hidden content): a block made only of these and text is
 * read without the full innerText algorithm.
 */
export const plainInlineElements = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 's',
  'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var'
])

/**
 * Class tokens that centre an element's text (`<p class="f_center">`), read
 * as whole tokens (a bare `center` often names a page's middle column).
 */
export const centeringClassTokens = ['f_center', 'text-center', 'text_center', 'txt-center', 'txt_center', 'tc', 'aligncenter', 'align-center', 'ta-c', 'has-text-align-center']

/**
 * Words of a fold control (`展开全文`, `展开剩余70%`): a mobile page hides the
 * rest of the article (`display:none`) right after one until it is tapped, so
 * the hidden element after it is read.
 */
export const foldControlWords = ['展开全文', '展开剩余', '展开阅读全文', '阅读全文', '查看全文', '点击展开', '点击查看全文', '继续阅读', '展開全文', '閱讀全文']
