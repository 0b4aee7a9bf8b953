import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS } from './built-in-checklists.ts';
import { phrasingOf, phrasingOfText } from './checklist-phrasing.ts';
import { GENERAL_ITEMS } from './general.ts';

const shipped = BUILT_IN_CHECKLISTS.flatMap((l) => l.items.map((item) => ({ library: l.id, item })));

describe('checklist item phrasing', () => {
  it('every item of a 重大事故隐患判定标准 is a violation, every general item a requirement', () => {
    for (const { library, item } of shipped) {
      expect(item.phrasing, item.code).toBe(library === GENERAL_ITEMS.id ? 'requirement' : 'violation');
    }
  });

  it('the wording rule reads every shipped item as it carries its phrasing, but one named exception', () => {
    const misread = shipped.filter(({ item }) => phrasingOfText(item.text) !== item.phrasing).map(({ item }) => item.code);
    // "管道穿越……公共区域" describes a forbidden layout with no word of negation: why built-ins carry their phrasing.
    expect(misread).toEqual(['HC17-08']);
  });

  it.each([
    ['危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格', 'violation'],
    ['金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的', 'violation'],
    ['地区架空电力线路穿越生产区且不符合国家标准要求', 'violation'],
    ['通风系统不完善、不可靠', 'violation'],
    ['瓦斯超限作业', 'violation'],
    ['有严重水患，未采取有效措施', 'violation'],
    ['使用明令禁止使用或者淘汰的设备、工艺', 'violation'],
    ['应急通道不畅通', 'violation'],
    ['生产经营场所和员工宿舍的安全出口、疏散通道标志明显、保持畅通，未被占用、锁闭、封堵', 'requirement'],
    ['防火堤无破损', 'requirement'],
    ['疏散通道不得占用、堵塞', 'requirement'],
    ['严禁在防爆区域使用非防爆电器，不应超量储存', 'requirement'],
    ['储罐区可燃气体检测报警装置完好', 'requirement'],
    ['制定生产安全事故应急救援预案，并定期组织演练', 'requirement'],
  ] as const)('reads "%s" as a %s', (text, phrasing) => {
    expect(phrasingOfText(text)).toBe(phrasing);
    expect(phrasingOf({ text })).toBe(phrasing);
  });

  it('keeps the phrasing an item states over what its words suggest', () => {
    expect(phrasingOf({ text: '防火堤无破损', phrasing: 'violation' })).toBe('violation');
    expect(phrasingOf({ text: '特种作业人员未持证上岗', phrasing: null })).toBe('violation');
  });
});
