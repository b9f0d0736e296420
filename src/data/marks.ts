/**
 * Marks shared by several stages. Data only.
 */

/**
 * Decoration bullets printed before a heading or a speaker label
 * (`◆关键词：…`, `▶全国人大代表张三：…`, WeChat's heading bars `▍`): never
 * part of a marker, a role or a name.
 */
export const decorationBullets = '◆◇■□●○▲△▶►★☆※❖◎▍▌▎▋▊▐➤➢▷◉♦丨｜|'
