/**
 * The one `opencc-js` module zh-article reads: OpenCC's traditional →
 * simplified character table, which the package exports without types.
 */
declare module 'opencc-js/dict/TSCharacters' {
  /** Entries `traditional simplified[ alternative…]` joined by `|`. */
  const table: string
  export default table
}
