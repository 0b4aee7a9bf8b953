import { z } from 'zod';

/**
 * How a checklist item is phrased, so that its answer reads the right way round (docs/adr/0043).
 *
 * - `requirement`: the item states what must hold (GEN-02 "安全出口、疏散通道……保持畅通"): answered 合格 / 不合格.
 * - `violation`: the item describes the problem itself. The 重大事故隐患判定标准 are written so — 工贸 (应急管理部令
 *   第10号) Art. 3: "工贸企业有下列情形之一的，应当判定为重大事故隐患：（一）……未……的"; 化工 (安监总管三〔2017〕121号):
 *   "以下情形应当判定为重大事故隐患"; 煤矿 (应急管理部令第4号) Art. 3 likewise. Answering "合格" to "主要负责人……未依法经
 *   考核合格" reads backwards, so such an item is answered 存在此问题 / 不存在此问题.
 *
 * The meaning stored never changes: a result is `pass` (compliant: the requirement holds, or the problem is not
 * found) or `fail` (not compliant: the requirement fails, or the problem is found).
 */
export const checklistPhrasingSchema = z.enum(['requirement', 'violation']);
export type ChecklistPhrasing = z.infer<typeof checklistPhrasingSchema>;

/**
 * Markers of a described problem: negation (未、不、没有), excess (超), and words that name a breach (违反、违章、
 * 擅自、淘汰、明令禁止 as in "使用明令禁止……的设备", 隐患). 无 is left out: "防火堤无破损" states the required condition.
 * "未被" is left out too: "未被占用、锁闭" (GEN-02) is the required state, said passively.
 */
const VIOLATION_MARKER = /未(?!被)|不(?![得应准许宜可])|没有|超|违反|违章|擅自|淘汰|明令禁止|隐患/u;
/**
 * Modal words of a requirement (GB/T 1.1-2020 §9.2 表 3: 应、不应; and the laws' 应当、必须、不得、严禁、禁止); 应 not
 * inside 应急、供应、反应 and the like.
 */
const REQUIREMENT_MODAL = /应当|(?<![供反响相适对答])应(?![急用变力对])|必须|不得|不应|不准|不许|严禁|禁止/u;

/**
 * The phrasing a text reads as, for an item whose author did not state one: a text that ends with "的" (the
 * 判定标准's "……的" form of a 情形) is a violation; otherwise a clause in which a violation marker comes before any
 * requirement modal makes it one; anything else is a requirement. A guess from wording — the built-in items carry
 * their phrasing, and the checklist form lets the author correct the guess.
 */
export function phrasingOfText(text: string): ChecklistPhrasing {
  const trimmed = text.trim().replace(/[。；;，,\s]+$/u, '');
  if (trimmed.endsWith('的')) return 'violation';
  for (const clause of trimmed.split(/[，,；;。]/u)) {
    const marker = clause.search(VIOLATION_MARKER);
    if (marker < 0) continue;
    const modal = clause.search(REQUIREMENT_MODAL);
    if (modal < 0 || marker < modal) return 'violation';
  }
  return 'requirement';
}

/** An item's phrasing: the one it carries, else what its text reads as. */
export function phrasingOf(item: { phrasing?: ChecklistPhrasing | null; text: string }): ChecklistPhrasing {
  return item.phrasing ?? phrasingOfText(item.text);
}
