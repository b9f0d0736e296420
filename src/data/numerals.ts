/**
 * Chinese numerals. Data only: section markers (`热词十二`) and dates
 * (`二〇二五年一月六日`) read them.
 */

/** Chinese numerals and their values (`十` is ten; read up to 99: `十二`, `二十一`). */
export const chineseDigits: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 拾: 10
}
