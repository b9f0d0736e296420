/**
 * Chinese surnames: compound surnames first, then single ones. Data only.
 * A Han name is a surname from these lists and one or two more characters.
 */

/**
 * Japanese surnames of two characters, as Chinese copy prints them (`佐藤健一`),
 * leaving out those that are also Chinese words or places (`中村`, `清水`,
 * `福田`, `小林`).
 */
export const japaneseCompoundSurnames: readonly string[] = [
  '佐藤', '铃木', '高桥', '渡边', '伊藤', '山本', '加藤', '吉田', '山田', '山口', '松本', '井上', '木村', '山崎', '桥本', '斋藤',
  '坂本', '近藤', '远藤', '藤原', '冈田', '冈本', '松田', '松井', '竹内', '宫崎', '宫本', '安藤', '酒井', '工藤', '樱井', '菊地', '杉本', '杉山'
]

/**
 * Characters Japanese given names use that Chinese ones do not (`健太郎`,
 * `达也`, `由纪`): allowed in a given name after a Japanese surname, which may
 * have three characters.
 */
export const japaneseGivenNameChars = '太也由'

/** Two-character surnames. */
export const compoundSurnames = [
  '欧阳', '司马', '诸葛', '上官', '端木', '东方', '独孤', '南宫', '万俟', '闻人', '夏侯', '皇甫', '尉迟', '公羊', '澹台', '公冶', '宗政', '濮阳',
  '淳于', '单于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文', '长孙', '慕容', '鲜于', '闾丘', '司徒', '司空', '亓官', '司寇',
  '子车', '颛孙', '端孙', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁', '段干', '百里', '东郭', '南门', '呼延',
  '羊舌', '微生', '梁丘', '左丘', '东门', '西门', '第五', '欧', '范姜', '赫连', '完颜', '纳兰', '乌孙', '东里', '贺兰',
  ...japaneseCompoundSurnames,
  // Vietnamese surnames with the women's middle name 氏 (`阮氏秋恒`), leaving out those Chinese copy also prints for a
  // clan (`陈氏宗祠`, `黄氏`)
  '阮氏', '黎氏', '范氏', '潘氏', '裴氏', '邓氏', '武氏', '陶氏', '丁氏', '杜氏'
].filter((name) => name.length === 2)

/**
 * The hundred most common one-character surnames, most common first (about
 * 85% of people in China bear one of them).
 */
export const commonSingleSurnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤']

/** One-character surnames (the common few hundred), most common first. */
export const singleSurnames = [...commonSingleSurnames, ...(
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  '官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  '钮骞蔚綦侍仰励郦汝暴郗厍韶郇扶逄爱昌嘉蓟怀习乜殳沃夔訾毋巢蒯竺桓刀牧谯笪眭步弘禄隗佴郏帖' +
  '傅洪赖萧阎贝濮荀宓凤庹郄'
)]
