import { keyIndustryScope, type ChecklistItem, type ChecklistLibrary } from './checklist.schema.ts';

/**
 * 工贸企业重大事故隐患判定标准 (应急管理部令第10号, in force 2023-05-15; replaced the 2017 工贸行业 standard),
 * as far as domain-rules §2.3 A transcribes it: the management items (Art. 3) and, of the industry and special
 * items, the first 冶金 item and the dust-explosion, ammonia-refrigeration and confined-space items.
 * Confidence per the doc: [H] for the scope and the first items (Art. 3), [M] for the rest. Article numbers of
 * Arts. 4 and 11–13 (the order's structure: 管理类 Art. 3, 行业类 Arts. 4–10, 专项类 Arts. 11–13) are [M] too.
 * Not transcribed here (get the order's text): the rest of Art. 4 and Arts. 5–10 (有色、建材、机械、轻工、纺织、烟草).
 */

const STANDARD = '工贸企业重大事故隐患判定标准（应急管理部令第10号）';
const INDUSTRY_TRADE = keyIndustryScope('industry_trade');
const METAL_SMELTING = keyIndustryScope('metal_smelting');
const METALLURGY = ['31'];

const item = (
  article: number,
  n: number,
  text: string,
  extra: Partial<ChecklistItem> & Pick<ChecklistItem, 'industryScope'>,
): ChecklistItem => ({
  code: `GM23-${String(article).padStart(2, '0')}-${String(n).padStart(2, '0')}`,
  standard: STANDARD,
  article: `第${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'][article]}条`,
  item: `（${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n]}）`,
  text,
  isMajorCriterion: true,
  checkType: 'boolean',
  // A 情形 that 应当判定为重大事故隐患 (checklist-phrasing.ts): answered found / not found.
  phrasing: 'violation',
  confidence: 'M',
  ...extra,
});

const management = (n: number, text: string, industryScope = INDUSTRY_TRADE) => item(3, n, text, { industryScope, confidence: 'H' });
const dust = (n: number, text: string, note?: string) =>
  item(11, n, text, note === undefined ? { industryScope: INDUSTRY_TRADE } : { industryScope: INDUSTRY_TRADE, note });
const SECOND_CLAUSE = 'the clause after "或者" goes beyond domain-rules\' summary; check it against the order\'s text';

export const INDUSTRY_TRADE_2023: ChecklistLibrary = {
  id: 'industry-trade-2023',
  name: '工贸企业重大事故隐患判定标准',
  industryScope: INDUSTRY_TRADE,
  edition: '应急管理部令第10号，2023-05-15施行',
  source: 'domain-rules §2.3 A (pages by1723.com, aqrzj.com); Art. 3 also on jiangmen.gov.cn',
  items: [
    management(1, '未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的'),
    management(2, '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的'),
    management(3, '金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的', METAL_SMELTING),
    item(4, 1, '会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所，以及钢铁水罐冷（热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内的', {
      industryScope: METALLURGY,
    }),
    dust(1, '粉尘爆炸危险场所设置在非框架结构的多层建（构）筑物内，或者粉尘爆炸危险场所内设有员工宿舍、会议室、办公室、休息室等人员聚集场所的'),
    dust(2, '不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质共用一套除尘系统，或者不同建（构）筑物、不同防火分区共用一套除尘系统、除尘系统互联互通的'),
    dust(3, '干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的'),
    dust(4, '铝镁等金属粉尘除尘系统采用正压除尘方式，或者其他可燃性粉尘除尘系统采用正压吹送粉尘时，未采取火花探测消除等防范点燃源措施的'),
    dust(5, '除尘系统采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道的'),
    dust(6, '铝镁等金属粉尘、木质粉尘的干式除尘系统未设置锁气卸灰装置的'),
    dust(7, '除尘器、收尘仓等划分为20区的粉尘爆炸危险场所电气设备不符合防爆要求的'),
    dust(8, '粉碎、研磨、造粒等易产生机械点燃源的工艺设备前，未设置铁、石等杂物去除装置，或者木制品加工企业与砂光机连接的风管未设置火花探测消除装置的', SECOND_CLAUSE),
    dust(9, '遇湿自燃金属粉尘收集、堆放、储存场所未采取通风等防止氢气积聚措施，或者干式收集、堆放、储存场所未采取防水、防潮措施的', SECOND_CLAUSE),
    dust(10, '未落实粉尘清理制度，造成作业现场积尘严重的'),
    item(12, 1, '包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷的', { industryScope: INDUSTRY_TRADE }),
    item(12, 2, '快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人的', {
      industryScope: INDUSTRY_TRADE,
      checkType: 'numeric',
      note: 'persons in the quick-freeze room > 9 ("超过" excludes the number, 民法典 Art. 1259): 9 is not a hazard, 10 is',
    }),
    item(13, 1, '未对有限空间进行辨识、建立安全管理台账，并且未设置明显的安全警示标志的', { industryScope: INDUSTRY_TRADE }),
    item(13, 2, '未落实有限空间作业审批，或者未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员的', {
      industryScope: INDUSTRY_TRADE,
    }),
  ],
};
