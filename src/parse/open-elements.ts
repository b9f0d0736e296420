/**
 * A cheap model of the HTML tree builder's stack of open elements, enough to
 * estimate how deep a page nests: optional end tags (`<p>`, `<li>`, `<td>`,
 * `<tr>`, `<option>`, `<dd>`/`<dt>`) close their predecessor, an end tag
 * closes up to its element when it is open and in scope, stray end tags are
 * ignored, and tables get their implied `<tbody>`/`<tr>`. Formatting-element
 * reconstruction is not modelled (the tree is checked again after parsing),
 * but the list of active formatting elements is, because the tree builder
 * reopens every entry of it before each new inline element: a page that
 * leaves thousands of `<b>` in that list costs cubic time to parse. The list
 * is bounded at {@link maxActiveFormatting} entries after its last marker.
 *
 * Every operation is amortised O(1): open elements are indexed by name, and
 * each element is pushed and popped once.
 */

/** Elements that never have content. */
export const voidElements: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'
])

/** Most formatting elements kept in the list of active formatting elements (after its last marker). */
export const maxActiveFormatting = 64

/** Formatting elements: the tree builder reopens them when they are closed out of order. */
export const formattingElements: ReadonlySet<string> = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u'])

/** Elements that put a marker in the list of active formatting elements. */
const markerElements = new Set(['applet', 'object', 'marquee', 'template', 'td', 'th', 'caption'])

/** Elements that bound the default scope (a close inside them stops there). */
const scopeBoundaries = ['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button']

/** Boundaries of list-item scope. */
const listScope = [...scopeBoundaries, 'ol', 'ul']

/** Boundaries of table scope. */
const tableScope = ['html', 'table', 'template']

/** Start tags that close an open `<p>`. */
const closesParagraph = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'listing', 'table', 'xmp', 'li', 'dd', 'dt', 'plaintext'
])

/** Headings: one closes another that is the current node. */
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Elements a stray end tag of an ordinary element may not cross. */
const specialElements = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'html', 'li', 'main', 'marquee',
  'menu', 'nav', 'object', 'ol', 'p', 'pre', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'template', 'tfoot', 'th', 'thead', 'tr', 'ul'
])

/** HTML start tags that end foreign (SVG, MathML) content. */
const breakoutElements = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr',
  'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table',
  'tt', 'u', 'ul', 'var'
])

/** Elements the tree builder opens only once (`<html>`, `<head>`, `<body>`). */
const singletons = new Set(['html', 'head', 'body'])

/** The modelled stack of open elements. */
export class OpenElements {
  /** Names of open elements, outermost first. */
  private readonly stack: string[] = []
  /** Stack positions of open elements, by name. */
  private readonly positions = new Map<string, number[]>()
  /** Stack positions of open special elements. */
  private readonly special: number[] = []
  /** Number of open `<svg>` and `<math>` elements (most pages have none, and then no foreign-content check is needed). */
  private foreignOpen = 0
  /** The list of active formatting elements: names, `''` for a marker. */
  private readonly active: string[] = []
  /** For each marker in {@link active}: its index there and the stack position of the element that put it. */
  private readonly markers: Array<{ index: number; owner: number }> = []

  /** Number of open elements. */
  get depth(): number {
    return this.stack.length
  }

  /**
   * Apply a start tag: close what it implies, and say whether it opens an
   * element (call {@link push} to open it).
   *
   * @param name Lower-cased tag name.
   * @param selfClosing Whether the tag ends in `/>`.
   * @returns The names of elements the tag opens (implied ones first); empty when none.
   */
  start(name: string, selfClosing: boolean): string[] {
    // HTML start tags such as `<p>` or `<div>` end foreign content (the SVG or MathML element and all in it).
    if (breakoutElements.has(name) && this.inForeignContent()) this.popTo(this.foreignRoot())
    if (voidElements.has(name)) return []
    if (selfClosing && this.inForeignContent()) return []
    if (singletons.has(name) && this.last(name) >= 0) return []
    if (closesParagraph.has(name) && this.inScope('p', scopeBoundaries)) this.popTo(this.last('p'))
    if (headings.has(name) && headings.has(this.current())) this.popTo(this.stack.length - 1)
    switch (name) {
      case 'li':
        if (this.inScope('li', listScope)) this.popTo(this.last('li'))
        break
      case 'dd':
      case 'dt': {
        const item = Math.max(this.last('dd'), this.last('dt'))
        if (item > this.boundary(['dl', ...scopeBoundaries])) this.popTo(item)
        break
      }
      case 'option':
      case 'optgroup':
        if (this.current() === 'option') this.popTo(this.stack.length - 1)
        if (name === 'optgroup' && this.current() === 'optgroup') this.popTo(this.stack.length - 1)
        break
      case 'a':
      case 'nobr':
      case 'button':
        if (this.inScope(name, scopeBoundaries)) this.popTo(this.last(name))
        break
      case 'table': {
        const table = this.last('table')
        if (table >= 0 && table > this.boundary(['td', 'th', 'caption', 'template'])) this.popTo(table)
        break
      }
      case 'tbody':
      case 'thead':
      case 'tfoot':
      case 'caption':
      case 'colgroup':
        return this.intoTable() ? [name] : []
      case 'tr':
        return this.intoTable() ? ['tbody', 'tr'] : []
      case 'td':
      case 'th': {
        const table = this.last('table')
        if (table < 0 || table < this.boundary(tableScope)) return []
        const row = this.last('tr')
        if (row > table) {
          this.popTo(row + 1)
          return [name]
        }
        this.popTo(table + 1)
        return ['tbody', 'tr', name]
      }
    }
    return [name]
  }

  /**
   * Whether a start tag may open its element without growing the list of
   * active formatting elements past {@link maxActiveFormatting}.
   *
   * @param name Lower-cased tag name.
   * @returns Whether it may (always for non-formatting elements).
   */
  hasRoomFor(name: string): boolean {
    if (!formattingElements.has(name)) return true
    return this.active.length - ((this.markers.at(-1)?.index ?? -1) + 1) < maxActiveFormatting
  }

  /**
   * Whether an `<svg>` or `<math>` element is open: its content is parsed as
   * foreign content (no raw-text `<script>` or `<style>` there).
   *
   * @returns Whether one is open.
   */
  inForeignContent(): boolean {
    return this.foreignOpen > 0 && this.foreignRoot() > this.last('foreignobject')
  }

  /**
   * Open an element.
   *
   * @param name Lower-cased name.
   */
  push(name: string): void {
    const position = this.stack.length
    if (markerElements.has(name)) {
      this.markers.push({ index: this.active.length, owner: position })
      this.active.push('')
    } else if (formattingElements.has(name)) {
      this.active.push(name)
    }
    this.stack.push(name)
    if (name === 'svg' || name === 'math') this.foreignOpen++
    let list = this.positions.get(name)
    if (!list) {
      list = []
      this.positions.set(name, list)
    }
    list.push(position)
    if (specialElements.has(name)) this.special.push(position)
  }

  /**
   * Apply an end tag.
   *
   * @param name Lower-cased tag name.
   */
  end(name: string): void {
    // `</body>` and `</html>` switch the tree builder's mode; they close nothing.
    if (name === 'body' || name === 'html') return
    if (formattingElements.has(name)) this.deactivate(name)
    const open = this.last(name)
    if (open < 0) return
    if (specialElements.has(name) || name === 'a' || name === 'nobr' || name === 'button') {
      const boundaries = name === 'li' ? listScope : headings.has(name) || name === 'p' || name === 'dd' || name === 'dt' ? scopeBoundaries : tableScope
      if (open >= this.boundary(boundaries, name)) this.popTo(open)
      return
    }
    // An ordinary end tag closes its element unless a special element stands in between.
    if (open >= (this.special.at(-1) ?? -1)) this.popTo(open)
  }

  /**
   * Close everything from a stack position up.
   *
   * @param position Position of the outermost element to close.
   */
  private popTo(position: number): void {
    while (this.stack.length > position) {
      const name = this.stack.pop()!
      if (name === 'svg' || name === 'math') this.foreignOpen--
      this.positions.get(name)!.pop()
      if (this.special.at(-1) === this.stack.length) this.special.pop()
      if (this.markers.at(-1)?.owner === this.stack.length) this.active.length = this.markers.pop()!.index
    }
  }

  /**
   * Remove the last entry of a formatting element from the active list
   * (after the last marker), as its end tag does.
   *
   * @param name Formatting element name.
   */
  private deactivate(name: string): void {
    const floor = this.markers.at(-1)?.index ?? -1
    for (let index = this.active.length - 1; index > floor; index--) {
      if (this.active[index] === name) {
        this.active.splice(index, 1)
        return
      }
    }
  }

  /**
   * Close down to the innermost open table (keeping it) when the insertion
   * point is in table context.
   *
   * @returns Whether a table is open (else table-part tags are ignored).
   */
  private intoTable(): boolean {
    const table = this.last('table')
    if (table < 0 || table < this.boundary(tableScope)) return false
    this.popTo(table + 1)
    return true
  }

  /**
   * Position of the innermost open element with a name, or -1.
   *
   * @param name Name.
   * @returns Position.
   */
  private last(name: string): number {
    const list = this.positions.get(name)
    return list !== undefined && list.length > 0 ? list[list.length - 1]! : -1
  }

  /**
   * Position of the innermost open `<svg>` or `<math>`, or -1.
   *
   * @returns Position.
   */
  private foreignRoot(): number {
    return Math.max(this.last('svg'), this.last('math'))
  }

  /**
   * Position of the innermost open element among some names, or -1.
   *
   * @param names Names.
   * @param except A name among them to leave out (an element is not its own boundary).
   * @returns Position.
   */
  private boundary(names: readonly string[], except = ''): number {
    let position = -1
    for (const name of names) {
      if (name === except) continue
      const last = this.last(name)
      if (last > position) position = last
    }
    return position
  }

  /**
   * Whether an element is open inside the innermost boundary.
   *
   * @param name Name.
   * @param boundaries Scope boundaries.
   * @returns Whether it is in scope.
   */
  private inScope(name: string, boundaries: readonly string[]): boolean {
    const open = this.last(name)
    return open >= 0 && open > this.boundary(boundaries, name)
  }

  /**
   * Name of the current (innermost) element, or `''`.
   *
   * @returns Name.
   */
  private current(): string {
    return this.stack.at(-1) ?? ''
  }
}
