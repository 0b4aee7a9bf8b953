import { enterpriseCreateSchema, type EnterpriseCreate } from '../../core/organisations/enterprise.schema.ts';
import { coversEnterprise } from '../../core/organisations/scope.ts';
import type { ImportReport, WorkbookImportQuery } from '../../core/shared/import-report.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError, conflict } from '../http/errors.ts';
import type { ExportLanguage } from '../exports/export-labels.ts';
import { insertEnterprise } from '../organisations/enterprise.repository.ts';
import { classifyEnterprise, presentEnterprise } from '../organisations/enterprise.service.ts';
import { cellNumber, cellText, problemsOf, readSheetRows, settleImport, type Cell, type CheckedRow, type ImportColumn } from './workbook-import.ts';

/** The columns: the enterprise export's headers (list-columns.ts), so that an exported list imports again. */
export const enterpriseImportColumns: ImportColumn[] = [
  { field: 'name', header: 'enterprise.fields.name', required: true, note: { 'zh-CN': '企业全称，至多 100 字', en: 'Full name, at most 100 characters' }, example: '成都市示例化工有限公司' },
  { field: 'creditCode', header: 'enterprise.fields.creditCode', required: true, note: { 'zh-CN': '18 位统一社会信用代码（GB 32100-2015，含校验位）', en: '18-character unified social credit code (GB 32100-2015, with its check character)' }, example: '91510113MA6C4WQX8B' },
  { field: 'industryCode', header: { 'zh-CN': '行业代码', en: 'Industry code' }, required: true, note: { 'zh-CN': 'GB/T 4754-2017 大类、中类或小类代码（2–4 位数字）', en: 'GB/T 4754-2017 division, group or class code (2–4 digits)' }, example: '2614' },
  { field: 'regionCode', header: { 'zh-CN': '区划代码', en: 'Region code' }, required: true, note: { 'zh-CN': '所在区县（6 位）或街道（9 位）代码', en: 'District (6 digits) or street (9 digits) code' }, example: '510113' },
  { field: 'address', header: 'enterprise.fields.address', note: { 'zh-CN': '注册地址，至多 200 字', en: 'Registered address, at most 200 characters' }, example: '成都市青白江区大同路1号' },
  { field: 'lng', header: 'enterprise.fields.lng', note: { 'zh-CN': '经度（与纬度同填或同空）', en: 'Longitude (with the latitude, or neither)' }, example: 104.25 },
  { field: 'lat', header: 'enterprise.fields.lat', note: { 'zh-CN': '纬度', en: 'Latitude' }, example: 30.88 },
  { field: 'employees', header: 'enterprise.fields.employees', note: { 'zh-CN': '从业人员数，整数', en: 'Number of employees, a whole number' }, example: 120 },
];

type Classified = { input: EnterpriseCreate; derived: ReturnType<typeof classifyEnterprise> };

/** One row through POST /enterprises' schema and checks (codes, scope); duplicates are checked across rows later. */
function checkRow(actor: Actor, row: number, v: Record<string, Cell>): CheckedRow<Classified> {
  const name = cellText(v['name'] ?? null) ?? '';
  const lng = cellNumber(v['lng'] ?? null);
  const lat = cellNumber(v['lat'] ?? null);
  const raw: Record<string, unknown> = {
    name,
    creditCode: cellText(v['creditCode'] ?? null) ?? '',
    industryCode: cellText(v['industryCode'] ?? null) ?? '',
    regionCode: cellText(v['regionCode'] ?? null) ?? '',
  };
  const address = cellText(v['address'] ?? null);
  if (address !== undefined) raw['address'] = address;
  const employees = cellNumber(v['employees'] ?? null);
  if (employees !== undefined) raw['employees'] = employees;
  const problems: CheckedRow<Classified>['problems'] = [];
  if ((lng === undefined) !== (lat === undefined)) problems.push({ field: lng === undefined ? 'lng' : 'lat', message: 'give both the longitude and the latitude, or neither' });
  else if (lng !== undefined) raw['location'] = { lng, lat };
  const parsed = enterpriseCreateSchema.safeParse(raw);
  if (!parsed.success) problems.push(...problemsOf(parsed.error, (p) => (p[0] === 'location' ? String(p[1] ?? 'lng') : String(p[0] ?? 'row'))));
  // The codes are checked against the reference data even when another field is wrong: the report names every problem.
  if (problems.some((p) => p.field === 'industryCode' || p.field === 'regionCode')) return { row, label: name, problems };
  let derived: ReturnType<typeof classifyEnterprise>;
  try {
    derived = classifyEnterprise(String(raw['industryCode']), String(raw['regionCode']));
  } catch (error) {
    if (error instanceof AppError && error.details) return { row, label: name, problems: [...problems, ...error.details.map((d) => ({ field: d.path, message: d.message }))] };
    throw error;
  }
  if (!coversEnterprise(actor.scope, { regionPath: derived.region_path, industryPath: derived.industry_path })) {
    problems.push({ field: 'regionCode', message: 'lies outside the region and industries you supervise' });
  }
  if (!parsed.success || problems.length > 0) return { row, label: name, problems };
  return { row, label: name, input: { input: parsed.data, derived }, problems };
}

/**
 * Registers enterprises from a workbook: every row through the same schema and checks as POST /enterprises, a
 * credit code already registered or repeated in the file refused, the good rows written with their audit events
 * in one transaction.
 */
export async function importEnterprises(db: Db, actor: Actor, content: string, query: WorkbookImportQuery, language: ExportLanguage): Promise<ImportReport> {
  const rows = await readSheetRows(content, enterpriseImportColumns);
  const checked = rows.map((r) => checkRow(actor, r.row, r.values));
  const codes = checked.flatMap((c) => (c.input ? [c.input.input.creditCode] : []));
  const registered = new Set(
    codes.length === 0 ? [] : (await db.selectFrom('enterprises').select('credit_code').where('credit_code', 'in', codes).execute()).map((r) => r.credit_code),
  );
  const seen = new Map<string, number>();
  for (const c of checked) {
    if (!c.input) continue;
    const code = c.input.input.creditCode;
    if (registered.has(code)) c.problems.push({ field: 'creditCode', message: 'is already registered' });
    else if (seen.has(code)) c.problems.push({ field: 'creditCode', message: `repeats row ${seen.get(code)}` });
    else seen.set(code, c.row);
  }
  try {
    return await settleImport(checked, query, enterpriseImportColumns, language, (good) =>
      db.transaction().execute(async (tx) => {
        const ids: string[] = [];
        for (const { input: { input, derived } } of good) {
          const created = await insertEnterprise(tx, {
            name: input.name,
            credit_code: input.creditCode,
            industry_code: input.industryCode,
            region_code: input.regionCode,
            address: input.address,
            lng: input.location?.lng ?? null,
            lat: input.location?.lat ?? null,
            employees: input.employees,
            ...derived,
          });
          await recordAudit(tx, auditActorOf(actor), { action: 'import', entity: 'enterprise', entityId: created.id, after: presentEnterprise(created) });
          ids.push(created.id);
        }
        return ids;
      }),
    );
  } catch (error) {
    // Another writer registered one of the codes meanwhile: the whole transaction is undone.
    if (isUniqueViolation(error, 'enterprises_credit_code_key')) throw conflict('A credit code of the file was registered meanwhile; nothing was imported: try again');
    throw error;
  }
}
