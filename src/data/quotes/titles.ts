/**
 * Title words: the post at the end of a role (`区政协委员` → `委员`), and the
 * modifiers kept on it (`副`, `常务`, `执行`, `前`). Data only.
 */

/**
 * Posts. Party posts are whole titles (`党委书记`); a committee seat is not
 * (`党工委委员` → `…党工委` + `委员`). The longest post that ends a role wins.
 */
export const titleWords = [
  // Deputies and members
  '委员', '代表', '常委', '执委', '委员长', '议员', '立委', '参议员', '众议员', '会员', '理事', '监事', '董事', '独立董事', '执行董事',
  // Party posts
  '党委书记', '党委副书记', '党组书记', '党组副书记', '党工委书记', '党工委副书记', '党支部书记', '党总支书记', '支部书记', '书记', '副书记', '村支书', '支书', '党魁', '总书记',
  // Government
  '主席', '总理', '国务委员', '总统', '副总统', '首相', '外相', '外长', '防长', '国务卿', '议长', '大臣', '外交大臣', '财政大臣', '内政大臣', '国防大臣', '新闻秘书', '幕僚长', '部长', '省长', '市长', '县长', '区长', '州长', '镇长', '乡长', '村长', '厅长', '局长', '处长', '科长', '股长', '所长', '司长',
  '主任', '秘书长', '秘书', '文书', '巡视员', '调研员', '督察', '督察长', '署长', '关长', '馆长', '站长', '队长', '大队长', '支队长', '中队长', '组长', '团长', '旅长', '师长', '军长', '司令员', '政委', '参谋长',
  '长官', '行政长官', '特首', '州务大臣', '首席部长', '首席执行员', '审计长', '总指挥', '指挥长', '总队长', '召集人', '助理', '政治委员', '县长助理', '市长助理', '区长助理', '省长助理', '镇长助理', '总经理助理', '总裁助理', '院长助理', '校长助理',
  '大使', '公使', '领事', '总领事', '参赞', '发言人', '新闻发言人', '检察长', '院长', '庭长', '法官', '检察官', '法官助理', '检察官助理', '审判员', '审判长', '陪审员', '人民陪审员', '警官', '民警', '网格员', '公诉人', '辩护人', '诉讼代理人', '专员', '特派员', '干事', '管理员',
  // Business
  '董事长', '副董事长', '总经理', '经理', '总裁', '总监',
  '市场总监', '技术总监', '安全总监', '质量总监', '生产总监', '采购总监', '法务总监', '人事总监', '运营总监', '销售总监', '营销总监', '品牌总监', '产品总监', '财务总监', '投资总监', '公关总监', '人力资源总监', '创意总监', '艺术总监', '设计总监',
  '市场经理', '产品经理', '基金经理', '投资经理', '项目经理', '销售经理', '客户经理', '行政经理', '行政总监', '行政总裁', '首席执行官', '执行长', '首席技术官', '首席运营官', '首席财务官', '首席经济学家', '首席分析师', 'CEO', 'CTO', 'COO', 'CFO', 'CIO', 'CMO', 'CSO', 'CPO', 'CDO', 'VP',
  '创始人', '联合创始人', '创办人', '发起人', '联合发起人', '合伙人', '管理合伙人', '董事总经理', '研究总监', '负责人', '行长', '厂长', '店长', '老板', '掌门人', '法定代表人', '理事长', '会长', '社长', '主编', '总编辑', '总编', '编辑', '记者', '制片人', '导演', '主持人', '主播',
  '主管', '总工程师', '总会计师', '总经济师', '精算师', '理财师', '理财经理', '顾问', '投资顾问', '法律顾问', '工程师', '设计师', '规划师', '咨询师', '会计师', '分析师', '策略师', '经济学家', '律师', '建筑师', '策展人', '品牌主理人', '主理人', '带头人', '传承人', '代言人',
  // Education, science, health
  '校长', '园长', '教授', '讲师', '教师', '老师', '班主任', '辅导员', '研究员', '副研究员', '院士', '博士', '博士后', '博士研究生', '硕士研究生', '博士生', '硕士生', '博导', '硕导', '学者', '专家', '首席专家', '主任医师', '医师', '医生', '护士长', '护士', '药师', '所长', '学部委员',
  // Community and others
  '网格长', '楼长', '河长', '里长', '邻长', '理事长', '志愿者', '运动员', '教练员', '主教练', '教练', '评委', '评审', '裁判', '裁判长', '主裁判', '队员', '船长', '机长', '列车长', '技师', '技术员', '农艺师', '兽医',
  '主委', '副主委', '主任委员', '经济师', '审计师', '统计师', '营养师', '药剂师', '护理师', '社工师', '心理师', '住持', '牧师', '神父', '心理咨询师', '导师', '博士生导师', '硕士生导师', '讲解员', '播音员', '营业员', '快递员', '外卖员', '驻村第一书记', '总干事', '首席科学家', '科学家', '社员', '党员', '村医', '乡村医生', '博主', '主讲人', '评论员', '观察员', '撰稿人',
  '成员', '监事长', '义工', '会计', '出纳', '书法家', '画家', '作家', '艺术家', '演员', '歌手', '企业家', '创业者', '职工', '员工', '工人', '厨师', '第一书记',
  '作曲家', '词作家', '剧作家', '音乐家', '歌唱家', '演奏家', '钢琴家', '舞蹈家', '表演艺术家', '美术家', '雕塑家', '摄影家', '评论家', '教育家', '收藏家', '翻译家',
  '历史学家', '社会学家', '法学家', '诗人', '编剧', '作词人',
  // Nursing, Chinese medicine and therapy ranks (`副主任护师`, `副主任中医师`)
  '护师', '主管护师', '主任护师', '中医师', '主任中医师', '主治中医师', '主管技师', '主任技师', '检验师', '治疗师', '康复治疗师', '心理治疗师', '主任药师', '主管药师',
  // Guides, owners of workshops, rangers (`导游`, `紥作坊东主`, `管护站巡护员`)
  '导游', '东主', '庄主', '园主', '场主', '巡护员', '管护员', '巡河员', '巡林员', '林长',
  '政治学家', '物理学家', '化学家', '生物学家', '数学家', '天文学家', '人类学家', '心理学家', '语言学家', '哲学家', '考古学家', '地质学家', '气象学家', '生态学家', '医学家', '农学家', '植物学家', '动物学家', '人口学家', '统计学家', '未来学家', '汉学家',
  // Front-line deputies' posts and trades
  '班长', '班组长', '工段长', '值班长', '台长', '警长', '舰长', '排长', '连长', '营长', '指导员', '教导员', '专干', '消防员', '消防指战员', '指战员', '指挥员', '战斗员', '辅警', '接警员', '接线员', '话务员', '侦查员',
  '司机', '驾驶员', '乘务员', '列车员', '飞行员', '焊工', '电工', '钳工', '车工', '技工', '挡车工', '操作工', '装配工', '高级技师', '保育员', '护理员', '养老护理员', '保洁员', '安全员', '质检员', '调度员',
  '检验员', '护林员', '邮递员', '投递员', '调解员', '人民调解员', '书记员', '教研员', '宣讲员', '收银员', '服务员', '主治医师', '住院医师', '执业医师', '乡村教师', '注册会计师',
  // Duty, inspection and field staff (`值班员`, `安检员`, `植保员`)
  '值班员', '值守员', '安检员', '巡查员', '检查员', '监测员', '检测员', '测报员', '信息员', '联络员', '宣传员', '监督员', '协管员', '巡逻员', '防疫员', '植保员',
  '农技员', '销售员', '业务员', '统计员', '审核员', '核查员', '评估员', '施工员', '炊事员', '引导员', '操作员', '救援员', '救生员', '驻站员', '机修工',
  '监考员', '巡考员', '主考',
  // Station, shop, warehouse and care staff (`客运员`, `理货员`, `护工`)
  '客运员', '售票员', '检票员', '配送员', '押运员', '导览员', '理货员', '装卸员', '化验员', '仓管员', '保管员', '采购员', '推销员', '柜员', '客服',
  '乘警', '船员', '空乘', '乘务长', '护工', '月嫂', '育婴师', '面点师', '社会工作者', '评估师',
  '技能专家', '首席技能专家', '技能大师', '首席技师', '大国工匠', '技术能手', '值长',
  '场长', '矿长', '段长', '盟长', '旗长', '外交官', '教官', '军官', '董秘', '董事会秘书', '证券事务代表',
  // Sports, culture and community posts
  '主唱', '鼓手', '吉他手', '贝斯手', '键盘手', '宇航员', '航天员', '冠军', '世界冠军', '奥运冠军', '全国冠军', '亚运冠军', '配速员', '劳模', '劳动模范', '领队', '副领队', '裁判长', '主裁判', '裁判员', '裁判', '球员', '选手', '后卫', '前锋', '中锋', '门将', '守门员', '编剧', '主演', '领衔主演', '编导', '预报员', '楼栋长', '单元长',
  // Chief officers (`首席人力资源官`; `首席` is a modifier)
  '人力资源官', '执行官', '运营官', '财务官', '技术官', '信息官', '数据官', '战略官', '营销官', '品牌官', '增长官', '科学官', '风险官', '合规官', '投资官', '风控官', '法务官', '安全官', '人才官',
  // Deputy party posts, whole like the others
  '党支部副书记', '党总支副书记',
  // Honours printed as roles (`全国劳动模范`), heritage bearers (`国家级非遗项目代表性传承人`), critics
  '劳动模范', '道德模范', '先进工作者', '三八红旗手', '代表性传承人', '剧评人', '影评人', '乐评人', '书评人',
  // Ranks of museum, library and archive staff (`柘川博物馆研究馆员`)
  '研究馆员', '馆员',
  // A village head in Inner Mongolia's pastoral areas (`嘎查党支部书记、嘎查长巴特尔`)
  '嘎查长'
]

/**
 * Last characters of a place (`青山村`, `正镶白旗`): a word for what someone is
 * after one (`正镶白旗牧民巴特尔`) is printed as their role.
 */
export const placeEndings = '省市县区州镇乡村旗盟屯'

/**
 * School years and cohorts (`高三`, `六年级`, `2020级`, `2024届`): a word for
 * what someone is after one (`濠江中学高三学生`, `机械工程学院2020级本科生`)
 * is printed as their role, the school and year as its organisation.
 */
export const schoolYears = ['高一', '高二', '高三', '初一', '初二', '初三', '大一', '大二', '大三', '大四', '研一', '研二', '研三', '级', '届']

/**
 * First characters of posts named after an administrative level (`市长`,
 * `县委书记`, `村主任`): printed right after a word, that word is a place
 * (`苏州市长`), not a personal name.
 */
export const placeLevelPostOpeners = '省市县区州镇乡村'

/** Joins posts one person holds at once into one title (`董事长兼总经理`). */
export const concurrentPostJoiner = '兼'

/** Characters that separate the roles printed before a name (`区政协委员、…公司董事长，…`). */
export const roleSeparators = '、，,'

/**
 * Honorifics printed between a person's roles and their name, as Malaysian
 * papers print them (`总会长丹斯里陈友明`, `部长拿督林国华`): neither a role nor
 * part of the name.
 */
export const honorifics = ['拿督斯里', '拿督', '丹斯里', '拿汀斯里', '拿汀', '准拿督']

/** Words kept on the front of a post (`副主任`, `常务副总经理`, `前总裁`). */
export const titleModifiers = ['国家一级', '国家二级', '国家三级', '国家级', '一级', '二级', '三级', '四级', '轮值', '值班', '副', '常务', '执行', '前', '原', '退休', '代理', '署理', '联席', '名誉', '荣誉', '首席', '现任', '时任', '候任', '高级', '资深', '特聘', '终身', '专职', '兼职', '驻村', '总', '助理', '创始', '员额']

/**
 * Endings of a professional post (`咨询师`, `工程师`, `经济学家`): what stands
 * before such a post is a specialty (`房屋查验咨询师`), not an organisation,
 * unless it ends like one (see {@link organizationEndings}).
 */
export const professionEndings = ['师', '家']

/**
 * Professions a firm employs and news names by the firm (`高盛分析师`,
 * `宏峰环球策略师`): what stands before one is the firm, unless it is a
 * field (see {@link professionFields}).
 */
export const firmProfessions = ['分析师', '策略师', '经济学家']

/**
 * Fields printed before a profession (`数据分析师`, `宏观策略师`,
 * `军事分析师`): a specialty, part of the title.
 */
export const professionFields = ['数据', '金融', '投资', '市场', '宏观', '政治', '军事', '技术', '能源', '财经', '经济', '时事', '战略', '安全', '外交', '产业', '信用', '外汇', '股票', '期货', '商品', '大宗商品', '房地产', '地产', '楼市', '汽车', '科技', '体育', '媒体', '风险', '量化', '策略', '财务', '行业', '业务', '系统', '商业', '网络', '国际', '发展', '农业', '劳动', '环境', '资源', '货币', '宏观经济']

/**
 * Last characters of words for a profession or a crew (`登山家`, `工程师`,
 * `宇航员`), which a transliterated name never holds: one ends what stands
 * before such a name (`美国著名登山家巴兹·奥尔德林`).
 */
export const professionLastChars = '师家员'

/**
 * Last characters of words for a person by their work (`监考员`, `面点师`),
 * listed as posts or not: a name may start right after one, as after a post
 * (`“…”监考员钟晓岚说`).
 */
export const workerWordEndings = '员师'

/**
 * Modifiers that make a profession an organisation's officer (`总工程师`,
 * `副总设计师`): what stands before such a post is the organisation
 * (`江城重工` + `总工程师`), whatever it ends with.
 */
export const officerModifiers = ['总']

/**
 * Kinds of body printed before a body's name (`项目建设单位南岭交通建设集团有限公司副总经理`):
 * when what follows names its own organisation, the role is that one's.
 */
export const bodyKinds = ['建设单位', '施工单位', '监理单位', '设计单位', '业主单位', '运营单位', '承建单位', '主办单位', '承办单位', '牵头单位']

/**
 * Organisations whose names open with a post (`委员会`, `代表大会`, `董事会`):
 * the post read at their start is no role (`市发展和改革委员会党组书记` holds
 * no `委员`).
 */
export const postOrganizations = ['委员会', '常委会', '代表大会', '代表团', '代表处', '书记处', '理事会', '董事会', '监事会', '秘书处', '主席团']

/**
 * Words that end an organisation named after the people it gathers
 * (`董事联合会`, `律师协会`, `律师事务所`): right after a post, they make the post
 * part of the organisation's name, not a role before a name.
 */
export const membershipBodies = ['联合会', '协会', '学会', '商会', '联谊会', '总会', '促进会', '研究会', '基金会', '公会', '联盟', '事务所']

/**
 * Words that stand before a profession's modifiers without being an
 * organisation (`业内资深分析师`, `知名高级工程师`): the whole is the title.
 */
export const professionDescriptors = ['业内', '知名', '著名', '国内', '国外', '海外', '行业', '资深']

/**
 * Units of a works whose names end without an organisation's last character
 * (`焊装车间`, `总装工段`): before a profession they are its organisation
 * (`焊装车间` + `工程师`), not its specialty.
 */
export const workUnitWords = ['车间', '工段', '产线']

/**
 * Words for a scene (`到场`, `现场`): a description ending in one before `的`
 * (`座谈尾声到场的市长`) owns no post.
 */
export const sceneWords = ['到场', '在场', '现场', '出场', '入场', '登场', '退场', '上场', '下场', '当场', '全场']

/** Last characters of an organisation name (`公司`, `局`, `委员会`, `大学`, `中心`, `村`). */
export const organizationEndings = '司局委会院校学部厅办室处科行厂店社所站馆党团队组心镇乡村区县市省州国府大协园地道台报网盟军庭署班系构业场宫堂队部会馆旗屯券中'
