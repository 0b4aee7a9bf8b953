/**
 * What the demo city of 成都市 is made of: which kinds of enterprise, how many, and where. Codes are real
 * GB/T 4754-2017 小类 (checked against the shipped rows by the generator and its tests); the spread follows
 * the city's actual industrial geography (石化基地 in 彭州, chemical parks in 青白江 and 新津, the car
 * industry in 龙泉驿, furniture in 新都, 白酒 in 邛崃, few remaining coal mines in the 龙门山 foothills).
 */

export const DISTRICT = {
  jinjiang: '510104',
  qingyang: '510105',
  jinniu: '510106',
  wuhou: '510107',
  chenghua: '510108',
  longquanyi: '510112',
  qingbaijiang: '510113',
  xindu: '510114',
  wenjiang: '510115',
  shuangliu: '510116',
  pidu: '510117',
  xinjin: '510118',
  jintang: '510121',
  dayi: '510129',
  pujiang: '510131',
  dujiangyan: '510181',
  pengzhou: '510182',
  qionglai: '510183',
  chongzhou: '510184',
  jianyang: '510185',
} as const;

const D = DISTRICT;
const ALL: readonly string[] = Object.values(DISTRICT);
const URBAN = [D.jinjiang, D.qingyang, D.jinniu, D.wuhou, D.chenghua];
const OUTER = [D.longquanyi, D.xindu, D.wenjiang, D.shuangliu, D.pidu, D.xinjin, D.qingbaijiang, D.jianyang];
const COUNTY = [D.jintang, D.dayi, D.pujiang, D.dujiangyan, D.pengzhou, D.qionglai, D.chongzhou];

export interface EnterpriseBlueprint {
  /** GB/T 4754-2017 小类. */
  industryCode: string;
  /** Name ending after the 字号, e.g. 化工有限公司. */
  suffix: string;
  count: number;
  /** Districts assigned in turn, so that a blueprint spreads over its list. */
  districts: readonly string[];
  employees: readonly [min: number, max: number];
}

const bp = (
  industryCode: string,
  suffix: string,
  count: number,
  districts: readonly string[],
  employees: readonly [number, number],
): EnterpriseBlueprint => ({ industryCode, suffix, count, districts, employees });

const CHEM: readonly [number, number] = [30, 800];
const SITE: readonly [number, number] = [50, 2000];
const SMALL: readonly [number, number] = [5, 300];

/**
 * In order: the first blueprint yields enterprise 0 (the `enterprise` demo user: a chemical plant in 青白江区),
 * the second enterprise 1 (`enterprise2`: a builder in 锦江区, inside the scope of regulator.zj and regulator.jj).
 */
export const ENTERPRISE_BLUEPRINTS: readonly EnterpriseBlueprint[] = [
  bp('2614', '化工有限公司', 1, [D.qingbaijiang], CHEM),
  bp('4710', '建筑工程有限公司', 1, [D.jinjiang], SITE),

  // 危险化学品: production concentrated in the chemical parks, fuel retail spread out
  bp('2614', '化工有限公司', 6, [D.qingbaijiang, D.pengzhou, D.xinjin], CHEM),
  bp('2511', '石化有限公司', 2, [D.pengzhou], [300, 800]),
  bp('2651', '新材料有限公司', 4, [D.pengzhou, D.qingbaijiang, D.xinjin], CHEM),
  bp('2611', '化工有限责任公司', 2, [D.qingbaijiang, D.jintang], CHEM),
  bp('2621', '化肥有限公司', 2, [D.qingbaijiang, D.xinjin], CHEM),
  bp('2641', '涂料有限公司', 4, [D.xinjin, D.qingbaijiang, D.xindu, D.wenjiang], [30, 300]),
  bp('2661', '精细化工有限公司', 4, [D.xinjin, D.pengzhou, D.qingbaijiang, D.shuangliu], [30, 400]),
  bp('2631', '农化有限公司', 1, [D.pengzhou], CHEM),
  bp('2710', '药业有限公司', 3, [D.xinjin, D.wenjiang, D.pengzhou], [50, 800]),
  bp('5162', '石油化工有限公司', 3, [D.qingbaijiang, D.wuhou, D.chenghua], [10, 120]),
  bp('5169', '化工贸易有限公司', 4, [D.jinniu, D.chenghua, D.qingbaijiang, D.shuangliu], [5, 60]),
  bp('5265', '石油销售有限公司', 8, [D.pidu, D.longquanyi, D.shuangliu, D.wenjiang, D.dujiangyan, D.qionglai, D.chongzhou, D.jianyang], [8, 40]),
  bp('5942', '危险品仓储有限公司', 2, [D.qingbaijiang, D.xinjin], [20, 150]),
  bp('5941', '油气储运有限公司', 1, [D.pengzhou], [30, 200]),

  // 烟花爆竹, 民用爆炸物品, mines
  bp('2672', '烟花爆竹有限公司', 2, [D.jintang, D.qionglai], [20, 150]),
  bp('2671', '民爆器材有限公司', 1, [D.qionglai], [50, 300]),
  bp('0610', '煤业有限公司', 2, [D.pengzhou, D.dujiangyan], [100, 600]),
  bp('1011', '矿业有限公司', 3, [D.pengzhou, D.dujiangyan, D.chongzhou], [20, 200]),
  bp('1019', '砂石有限公司', 4, [D.jintang, D.jianyang, D.dayi, D.qionglai], [10, 120]),
  bp('1120', '油气工程技术有限公司', 1, [D.pengzhou], [80, 500]),
  bp('1020', '化学矿业有限公司', 1, [D.pengzhou], [50, 300]),

  // 金属冶炼 (also 工贸: 冶金, 有色)
  bp('3120', '钢铁有限责任公司', 2, [D.qingbaijiang, D.jintang], [300, 2000]),
  bp('3130', '特钢有限公司', 4, [D.qingbaijiang, D.xindu, D.shuangliu, D.jianyang], [80, 1200]),
  bp('3140', '铁合金有限公司', 1, [D.chongzhou], [60, 400]),
  bp('3216', '铝业有限公司', 1, [D.xinjin], [100, 800]),
  bp('3252', '铝材有限公司', 3, [D.xindu, D.pidu, D.longquanyi], [40, 500]),
  bp('3251', '铜业有限公司', 2, [D.shuangliu, D.xinjin], [40, 500]),
  bp('3211', '有色金属有限公司', 1, [D.pengzhou], [100, 800]),
  bp('3218', '硅业有限公司', 1, [D.qionglai], [80, 600]),

  // 建筑施工: every district
  bp('4710', '建筑工程有限公司', 24, ALL, SITE),
  bp('4790', '建设有限公司', 8, [...OUTER.slice(0, 4), ...COUNTY.slice(0, 4)], SITE),
  bp('4813', '市政工程有限公司', 8, [...URBAN, D.shuangliu, D.longquanyi, D.xindu], [80, 1500]),
  bp('4814', '轨道工程有限公司', 3, [D.wuhou, D.chenghua, D.jinniu], [200, 2000]),
  bp('4819', '路桥工程有限公司', 3, [D.jintang, D.jianyang, D.dujiangyan], [100, 1500]),
  bp('4852', '管道工程有限公司', 3, [D.xindu, D.wenjiang, D.pidu], [50, 600]),
  bp('4891', '园林绿化工程有限公司', 4, [D.wenjiang, D.pidu, D.chongzhou, D.dayi], [50, 400]),
  bp('4910', '机电安装工程有限公司', 6, [...URBAN, D.shuangliu], [50, 800]),
  bp('4920', '设备安装工程有限公司', 4, [D.qingbaijiang, D.pengzhou, D.xinjin, D.longquanyi], [50, 800]),
  bp('5011', '装饰工程有限公司', 8, [...URBAN, D.wenjiang, D.shuangliu, D.pidu], [50, 500]),
  bp('5013', '幕墙工程有限公司', 3, [D.wuhou, D.jinniu, D.xindu], [50, 500]),
  bp('5021', '拆除工程有限公司', 2, [D.chenghua, D.jianyang], [50, 200]),

  // 交通运输
  bp('5411', '公共交通有限公司', 3, [D.wenjiang, D.shuangliu, D.pidu], [200, 2000]),
  bp('5413', '出租汽车有限公司', 3, [D.qingyang, D.chenghua, D.wuhou], [100, 900]),
  bp('5421', '客运有限公司', 2, [D.jinniu, D.shuangliu], [100, 800]),
  bp('5431', '物流有限公司', 10, [D.qingbaijiang, D.xindu, D.shuangliu, D.longquanyi, D.jintang, D.jianyang, D.pengzhou, D.xinjin, D.pidu, D.wenjiang], [20, 400]),
  bp('5435', '危险货物运输有限公司', 4, [D.qingbaijiang, D.pengzhou, D.xinjin, D.xindu], [30, 300]),
  bp('5437', '城市配送有限公司', 3, [D.jinniu, D.chenghua, D.wuhou], [20, 300]),
  bp('5320', '铁路物流有限公司', 1, [D.qingbaijiang], [100, 600]),
  bp('5810', '多式联运有限公司', 2, [D.qingbaijiang, D.shuangliu], [50, 400]),
  bp('5612', '航空货运有限公司', 1, [D.shuangliu], [100, 800]),
  bp('5441', '汽车客运站有限公司', 2, [D.jinniu, D.chenghua], [50, 300]),
  bp('5442', '物流港有限公司', 1, [D.xindu], [50, 300]),
  bp('5720', '天然气管输有限公司', 1, [D.jianyang], [50, 300]),

  // 燃气
  bp('4511', '燃气有限公司', 10, [...OUTER, D.dujiangyan, D.chongzhou], [50, 800]),
  bp('4512', '液化气有限公司', 2, [D.jintang, D.jianyang], [10, 80]),
  bp('5266', '天然气销售有限公司', 2, [D.longquanyi, D.xindu], [8, 40]),

  // 工贸: 机械
  bp('3670', '汽车零部件有限公司', 8, [D.longquanyi, D.longquanyi, D.xindu, D.qingbaijiang, D.longquanyi, D.shuangliu], [30, 1200]),
  bp('3611', '汽车有限公司', 1, [D.longquanyi], [800, 3000]),
  bp('3612', '新能源汽车有限公司', 1, [D.longquanyi], [500, 3000]),
  bp('3484', '机械制造有限公司', 8, [D.xindu, D.pidu, D.wenjiang, D.jintang, D.chongzhou, D.jianyang, D.longquanyi, D.xinjin], SMALL),
  bp('3312', '门窗有限公司', 2, [D.pidu, D.jianyang], SMALL),
  bp('3311', '钢结构有限公司', 4, [D.qingbaijiang, D.xinjin, D.shuangliu, D.pengzhou], [20, 400]),
  bp('3391', '铸造有限公司', 2, [D.xindu, D.chongzhou], [20, 300]),
  bp('3360', '表面处理有限公司', 2, [D.longquanyi, D.xinjin], [10, 120]),
  bp('3514', '工程机械有限公司', 2, [D.xindu, D.xindu], [50, 600]),
  bp('3831', '电缆有限公司', 2, [D.xindu, D.shuangliu], [30, 500]),
  bp('3841', '新能源科技有限公司', 2, [D.qionglai, D.xinjin], [100, 1500]),
  bp('3973', '微电子有限公司', 2, [D.shuangliu, D.pidu], [200, 2000]),
  bp('3982', '电子有限公司', 2, [D.pidu, D.wenjiang], [50, 800]),
  // 工贸: 轻工, 纺织, 烟草
  bp('1512', '酒业有限公司', 6, [D.qionglai, D.qionglai, D.dayi, D.pujiang, D.chongzhou, D.qionglai], [20, 600]),
  bp('1469', '食品有限公司', 3, [D.pidu, D.pidu, D.xindu], [20, 400]),
  bp('1353', '肉食品有限公司', 3, [D.wenjiang, D.chongzhou, D.jintang], [20, 400]),
  bp('1411', '食品有限公司', 2, [D.qingyang, D.jinniu], SMALL),
  bp('1530', '茶业有限公司', 2, [D.pujiang, D.dujiangyan], [10, 150]),
  bp('1331', '粮油有限公司', 1, [D.jianyang], [20, 200]),
  bp('1513', '啤酒有限公司', 1, [D.xindu], [100, 800]),
  bp('1620', '烟草制品有限公司', 1, [D.longquanyi], [300, 1200]),
  bp('1811', '服饰有限公司', 2, [D.wuhou, D.wenjiang], SMALL),
  bp('1952', '鞋业有限公司', 3, [D.wuhou, D.wuhou, D.wuhou], SMALL),
  bp('1713', '纺织印染有限公司', 1, [D.chongzhou], [30, 300]),
  bp('1751', '纺织有限公司', 1, [D.pengzhou], [30, 300]),
  bp('2110', '家具有限公司', 6, [D.xindu, D.xindu, D.xindu, D.chongzhou, D.qionglai, D.shuangliu], SMALL),
  bp('2221', '纸业有限公司', 2, [D.qionglai, D.pengzhou], [30, 300]),
  bp('2231', '包装有限公司', 2, [D.xinjin, D.longquanyi], SMALL),
  bp('2311', '印务有限公司', 2, [D.jinjiang, D.qingyang], SMALL),
  bp('2922', '塑胶有限公司', 3, [D.xindu, D.shuangliu, D.jianyang], SMALL),
  bp('2913', '橡胶制品有限公司', 1, [D.pidu], SMALL),
  bp('2927', '日用塑料制品有限公司', 2, [D.jintang, D.chongzhou], SMALL),
  // 工贸: 建材
  bp('3011', '水泥有限公司', 2, [D.dujiangyan, D.pengzhou], [100, 800]),
  bp('3021', '商品混凝土有限公司', 4, [D.shuangliu, D.pidu, D.jianyang, D.longquanyi], [20, 200]),
  bp('3031', '新型墙材有限公司', 2, [D.dayi, D.jintang], [10, 150]),
  bp('3054', '玻璃制品有限公司', 1, [D.xinjin], [20, 300]),
  // 工贸: 商贸
  bp('5211', '百货有限公司', 3, [D.jinjiang, D.qingyang, D.wuhou], [100, 1200]),
  bp('5212', '超市连锁有限公司', 5, [D.jinjiang, D.chenghua, D.jinniu, D.wenjiang, D.qingyang], [50, 1000]),
  bp('5261', '汽车销售服务有限公司', 2, [D.jinniu, D.longquanyi], [20, 150]),
  bp('5283', '家居有限公司', 1, [D.xindu], [20, 200]),
  bp('5920', '仓储有限公司', 4, [D.xindu, D.shuangliu, D.qingbaijiang, D.longquanyi], [10, 200]),
  bp('5930', '冷链物流有限公司', 2, [D.xindu, D.shuangliu], [20, 300]),

  // not a key industry
  bp('6513', '信息技术有限公司', 4, [D.wuhou, D.jinjiang, D.chenghua, D.pidu], [10, 1500]),
  bp('8411', '医院有限公司', 2, [D.jinniu, D.wenjiang], [200, 1500]),
  bp('6110', '酒店管理有限公司', 3, [D.jinjiang, D.qingyang, D.dujiangyan], [50, 600]),
  bp('6210', '餐饮管理有限公司', 4, [...URBAN.slice(0, 4)], [20, 300]),
  bp('7222', '商业管理有限公司', 2, [D.jinjiang, D.wuhou], [50, 400]),
  bp('7010', '置业有限公司', 4, [D.chenghua, D.wenjiang, D.xindu, D.qingyang], [20, 300]),
  bp('4413', '水电开发有限公司', 2, [D.dujiangyan, D.dayi], [20, 200]),
  bp('4610', '自来水有限公司', 1, [D.pujiang], [50, 300]),
  bp('2720', '制药有限公司', 2, [D.wenjiang, D.wenjiang], [100, 1200]),
  bp('2740', '中药有限公司', 2, [D.wenjiang, D.pengzhou], [50, 800]),
  bp('0190', '农业开发有限公司', 1, [D.pujiang], [10, 100]),
];

/** Invented two-character 字号 (trade names); none is a district or a well-known brand. */
export const TRADE_NAMES: readonly string[] = (
  '蜀峰 蜀源 蜀达 蜀安 蜀新 蜀汇 蜀光 蜀润 锦程 锦泰 锦鸿 锦瑞 蓉欣 蓉兴 蓉昌 蓉泰 蓉通 蓉森 川盛 川宏 川达 川润 ' +
  '川信 华蓉 华川 华盛 华耀 瑞丰 瑞恒 瑞祥 瑞达 鑫达 鑫源 鑫泰 鑫宇 宏远 宏达 宏昌 宏泰 恒信 恒通 恒瑞 恒升 永安 ' +
  '永兴 永盛 永昌 永丰 金诚 金泰 金鼎 金源 长兴 长盛 龙腾 龙翔 凤鸣 博远 博瑞 嘉诚 嘉禾 嘉信 佳和 泰和 泰丰 中恒 ' +
  '中锐 东辰 东升 西岭 南天 北辰 新越 创元 启航 致远 同舟 和信 和泰 汇通 汇诚 信和 联创 联泰 德润 德信 德远 安泰 ' +
  '安信 正通 正信 广源 广汇 万通 万盛 万隆 兴旺 兴业 兴达 兴川 盛源 盛达 明辉 明远 岷江 沱江 浣花 望江 合江 玉垒 ' +
  '银杏 芙蓉 文殊 宝墩 鼎盛 鼎新 天佑 天成 云帆 远航 立信 立达 诚信 润丰 润达 聚源 聚鑫 顺达 顺通'
).split(' ');

/** Invented road names for addresses; a 段 is added to some. */
export const ROADS: readonly string[] = (
  '工业大道 兴业路 创新大道 科技路 振兴路 迎宾大道 港华路 建设路 发展大道 纬一路 经二路 物流大道 滨河路 新园大道 ' +
  '青云路 腾飞大道 园区路 育才路 长安路 同心路 春华路 秋实路 和顺路 金桥路 云龙路 翠竹路 梧桐路 宏图大道'
).split(' ');

export const ROAD_SECTIONS: readonly string[] = ['', '', '', '一段', '二段', '三段'];
