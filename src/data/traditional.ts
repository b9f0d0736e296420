/**
 * Traditional → simplified characters, for matching only: word lists are
 * written in simplified characters, and a traditional page (`熱詞`, `總經理`,
 * `陳志明表示`) is matched through this map while every value keeps the
 * characters as printed. Only the characters the word lists need are here.
 * Data only.
 */

/** Traditional characters, in the same order as {@link simplifiedCharacters}. */
export const traditionalCharacters = '說談認為紹強調稱講謂這個們對將還從過與麼沒會來時後裡於據應該總換聽雖傳學戲難問讓請見發現報導記訪觀點評論憶釋補訴聲語長經員區縣鄉鎮廳處務團協議黨組書執幹領師醫護職業農銀監財專機關廠範習隊軍衛稅屆級選舉聯陳劉張楊黃趙吳孫馬鄭羅謝許韓馮鄧蕭葉蔣盧呂鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯溫齊喬龐顏聶魯嶽歐陽閆賴鄺駱藍鮑華饒蘇佈間編輯責瀏覽擊數閱讀內熱詞鍵號備權網頁鏈標題籲嘆'

/** Their simplified forms. */
export const simplifiedCharacters = '说谈认为绍强调称讲谓这个们对将还从过与么没会来时后里于据应该总换听虽传学戏难问让请见发现报导记访观点评论忆释补诉声语长经员区县乡镇厅处务团协议党组书执干领师医护职业农银监财专机关厂范习队军卫税届级选举联陈刘张杨黄赵吴孙马郑罗谢许韩冯邓萧叶蒋卢吕钟谭陆贾韦邹阎龙贺顾龚万钱严汤温齐乔庞颜聂鲁岳欧阳闫赖邝骆蓝鲍华饶苏布间编辑责浏览击数阅读内热词键号备权网页链标题吁叹'
