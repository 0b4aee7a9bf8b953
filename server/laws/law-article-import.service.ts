import { z } from 'zod';
import { articleKey, articleNumberSchema } from '../../core/laws/law.schema.ts';
import type { ImportReport, WorkbookImportQuery } from '../../core/shared/import-report.ts';
import { text } from '../../core/shared/text.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { ExportLanguage } from '../exports/export-labels.ts';
import { cellNumber, cellText, problemsOf, readSheetRows, settleImport, type Cell, type CheckedRow, type ImportColumn } from '../imports/workbook-import.ts';
import { upsertArticles } from './law.repository.ts';
import { citeLegalBases } from './law.service.ts';

/**
 * Articles of acts already in the library from an .xlsx (docs/adr/0049, on the model of ADR 0047's imports): one
 * row per article, paragraph or item, adding it or replacing its subject (and its text when the cell has one).
 * This is how the official text of an act comes in, article by article.
 */

export const articleImportColumns: ImportColumn[] = [
  { field: 'lawId', header: { 'zh-CN': '法规编号', en: 'Law id' }, required: true, note: { 'zh-CN': '法规库中的编号，如 work-safety-law', en: 'The act’s id in the library, e.g. work-safety-law' }, example: 'work-safety-law' },
  { field: 'article', header: { 'zh-CN': '条', en: 'Article' }, required: true, note: { 'zh-CN': '条的序号（阿拉伯数字），标准可填条款号如 4.2.2', en: 'Article number (digits); a standard’s clause such as 4.2.2' }, example: 102 },
  { field: 'paragraph', header: { 'zh-CN': '款', en: 'Paragraph' }, note: { 'zh-CN': '款的序号，可空', en: 'Paragraph number, may be empty' }, example: '' },
  { field: 'item', header: { 'zh-CN': '项', en: 'Item' }, note: { 'zh-CN': '项的序号，可空', en: 'Item number, may be empty' }, example: '' },
  { field: 'subject', header: { 'zh-CN': '主旨', en: 'Subject' }, required: true, note: { 'zh-CN': '一句话概括，至多 200 字', en: 'One line, at most 200 characters' }, example: '未采取措施消除事故隐患的法律责任' },
  { field: 'text', header: { 'zh-CN': '条文', en: 'Text' }, note: { 'zh-CN': '官方文本，可空（空则保留已有条文）', en: 'The official text; empty keeps the text already stored' }, example: '' },
];

const ordinal = z.number().int().min(1).max(99).optional();
const rowSchema = z.strictObject({
  lawId: text({ trim: true }).min(1, 'is required').max(80),
  article: z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), articleNumberSchema),
  paragraph: ordinal,
  item: ordinal,
  subject: text({ trim: true }).min(1, 'is required').max(200, 'must be at most 200 characters'),
  text: text({ trim: true, multiline: true }).min(1).max(20_000).optional(),
});
type ArticleRow = { lawId: string; article: string; paragraph: number | null; item: number | null; subject: string; text: string | null };

function checkRow(row: number, v: Record<string, Cell>): CheckedRow<ArticleRow> {
  const raw: Record<string, unknown> = { lawId: cellText(v['lawId'] ?? null) ?? '', article: cellText(v['article'] ?? null) ?? '', subject: cellText(v['subject'] ?? null) ?? '' };
  for (const field of ['paragraph', 'item'] as const) {
    const n = cellNumber(v[field] ?? null);
    if (n !== undefined) raw[field] = n;
  }
  const t = cellText(v['text'] ?? null);
  if (t !== undefined) raw['text'] = t;
  const parsed = rowSchema.safeParse(raw);
  const label = `${String(raw['lawId'])} ${String(raw['article'])}`;
  if (!parsed.success) return { row, label, problems: problemsOf(parsed.error) };
  const a = parsed.data;
  return {
    row,
    label,
    input: { lawId: a.lawId, article: articleKey(a.article), paragraph: a.paragraph ?? null, item: a.item ?? null, subject: a.subject, text: a.text ?? null },
    problems: [],
  };
}

export async function importArticles(db: Db, actor: Actor, content: string, query: WorkbookImportQuery, language: ExportLanguage): Promise<ImportReport> {
  const rows = await readSheetRows(content, articleImportColumns);
  const checked = rows.map((r) => checkRow(r.row, r.values));
  const lawIds = [...new Set(checked.flatMap((c) => (c.input ? [c.input.lawId] : [])))];
  const known = new Set(lawIds.length === 0 ? [] : (await db.selectFrom('laws').select('id').where('id', 'in', lawIds).execute()).map((r) => r.id));
  const seen = new Map<string, number>();
  for (const c of checked) {
    if (!c.input) continue;
    const { lawId, article, paragraph, item } = c.input;
    const key = `${lawId}/${article}/${paragraph ?? 0}/${item ?? 0}`;
    if (!known.has(lawId)) c.problems.push({ field: 'lawId', message: 'is not an act of the library (import the act first)' });
    else if (seen.has(key)) c.problems.push({ field: 'article', message: `repeats row ${seen.get(key)}` });
    else seen.set(key, c.row);
  }
  return settleImport(checked, query, articleImportColumns, language, (good) =>
    db.transaction().execute(async (tx) => {
      const ids = await upsertArticles(tx, good.map((g) => g.input));
      const perLaw = new Map<string, number>();
      for (const g of good) perLaw.set(g.input.lawId, (perLaw.get(g.input.lawId) ?? 0) + 1);
      await recordAudit(
        tx,
        auditActorOf(actor),
        [...perLaw].map(([lawId, articles]) => ({ action: 'import_articles', entity: 'law', entityId: lawId, after: { articles } })),
      );
      await tx.updateTable('laws').set({ origin: 'import' }).where('id', 'in', [...perLaw.keys()]).execute();
      await citeLegalBases(tx);
      return ids;
    }),
  );
}
