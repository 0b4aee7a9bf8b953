import { ALL_INDUSTRIES, type ChecklistItem, type ChecklistLibrary } from './checklist.schema.ts';

/**
 * General (non-major) items that apply to every industry. Article numbers of the 安全生产法 are those of the
 * 2021 revision (in force 2021-09-01, domain-rules §0.1); none of these articles is page-verified in domain-rules,
 * hence [M]. A failed item here is a general hazard unless the inspector grades it otherwise.
 */

const SPL = '中华人民共和国安全生产法（2021年修正）';

const general = (n: number, standard: string, article: string, item: string | null, text: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  code: `GEN-${String(n).padStart(2, '0')}`,
  standard,
  article,
  item,
  text,
  industryScope: [...ALL_INDUSTRIES],
  isMajorCriterion: false,
  checkType: 'boolean',
  // What must hold (checklist-phrasing.ts): answered pass / fail.
  phrasing: 'requirement',
  confidence: 'M',
  ...extra,
});

export const GENERAL_ITEMS: ChecklistLibrary = {
  id: 'general',
  name: '通用安全检查项',
  industryScope: [...ALL_INDUSTRIES],
  edition: 'Anquan built-in list, 2026',
  source: 'compiled for the platform from the laws cited per item; confirm the article numbers with the legal office',
  items: [
    general(1, '中华人民共和国消防法', '第十六条', '（二）', '灭火器等消防设施、器材按标准配置，定期检验、维修，保持完好有效', {
      note: 'monthly inspection of extinguishers is commonly required by GB 50444; that figure is not in domain-rules [L]',
    }),
    general(2, SPL, '第四十二条', null, '生产经营场所和员工宿舍的安全出口、疏散通道标志明显、保持畅通，未被占用、锁闭、封堵'),
    general(3, SPL, '第三十五条', null, '有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志（GB 2894）'),
    general(4, '中华人民共和国特种设备安全法', '第四十条', null, '特种设备在定期检验合格有效期内使用，检验合格标志置于显著位置'),
    general(5, SPL, '第四十五条', null, '为从业人员提供符合国家标准或者行业标准的劳动防护用品，从业人员按照使用规则正确佩戴、使用'),
    general(6, SPL, '第三十六条', null, '安全设备经常性维护、保养，定期检测，保证正常运转，维护、保养、检测有记录'),
    general(7, SPL, '第二十八条', null, '从业人员经安全生产教育和培训合格后上岗，培训情况有档案记录'),
    general(8, SPL, '第八十一条', null, '制定生产安全事故应急救援预案，并定期组织演练'),
  ],
};
