import type { z } from 'zod';
import type { Enterprise, EnterpriseCreate, EnterprisePatch, enterpriseListQuerySchema } from '../../core/organisations/enterprise.schema.ts';
import { coversEnterprise } from '../../core/organisations/scope.ts';
import type { PageQuery } from '../../core/shared/pagination.ts';
import { offsetOf } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { conflict, forbidden, invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { canCreateEnterprise, canUpdateEnterprise } from './enterprise.policy.ts';
import {
  findEnterpriseById,
  findEnterpriseForUpdate,
  insertEnterprise,
  listEnterprises,
  updateEnterprise,
  type EnterpriseRow,
} from './enterprise.repository.ts';
import { referenceData } from './reference-data.ts';

export const industryNameOf = (code: string) => referenceData().industry(code)?.row.name ?? '';
/** The street's or district's full name below the city (成华区 猛追湾街道). */
export const regionNameOf = (code: string) => {
  const ref = referenceData();
  return ref.regionPath(code).map((c) => ref.region(c)?.name ?? c).slice(1).join(' ');
};

export function presentEnterprise(row: EnterpriseRow): Enterprise {
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    industryCode: row.industry_code,
    industryName: industryNameOf(row.industry_code),
    regionCode: row.region_code,
    regionName: regionNameOf(row.region_code),
    address: row.address,
    location: row.lng === null || row.lat === null ? null : { lng: row.lng, lat: row.lat },
    employees: row.employees,
    keyIndustries: row.key_industries as Enterprise['keyIndustries'],
    highRisk: row.high_risk,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Checks codes against the reference data and derives what is stored beside them: ancestor paths,
 * district, key-industry flags. Used by every writer of enterprises (API, demo seed, benchmark).
 */
export function classifyEnterprise(industryCode: string, regionCode: string) {
  const ref = referenceData();
  const details: ErrorDetail[] = [];
  const industry = ref.industry(industryCode);
  if (!industry || industry.row.level < 2) details.push({ path: 'industryCode', message: `unknown GB/T 4754-2017 code ${industryCode}` });
  const region = ref.region(regionCode);
  if (!region || region.level === 'city') details.push({ path: 'regionCode', message: `unknown district or street code ${regionCode}` });
  if (details.length) throw invalid(details);
  return {
    industry_path: industry!.path,
    key_industries: industry!.keyIndustries,
    high_risk: industry!.highRisk,
    region_path: ref.regionPath(regionCode),
    district_code: regionCode.slice(0, 6),
  };
}

const duplicateCreditCode = (code: string) =>
  conflict(`An enterprise with credit code ${code} is already registered`, [{ path: 'creditCode', message: 'is already registered', reason: 'taken' }]);

export async function searchEnterprises(
  db: Db,
  actor: Actor,
  query: z.output<typeof enterpriseListQuerySchema> & PageQuery,
): Promise<string> {
  const { page, pageSize, sort, ...filter } = query;
  const { rows, total } = await listEnterprises(db, actor.scope, filter, sort, pageSize, offsetOf(query));
  // The page as JSON text (Page<Enterprise>): each row's object comes from SQL, the names are spliced in.
  const items = rows.map((r) => `${r.json.slice(0, -1)},"industryName":${industryNameJson(r.industry_code)},"regionName":${regionNameJson(r.region_code)}}`);
  return `{"items":[${items.join(',')}],"total":${total},"page":${page},"pageSize":${pageSize}}`;
}

/** Names as JSON strings, memoised by code (a few thousand codes; reference data does not change while running). */
const memoJson = (nameOf: (code: string) => string) => {
  const texts = new Map<string, string>();
  return (code: string) => {
    let text = texts.get(code);
    if (text === undefined) texts.set(code, (text = JSON.stringify(nameOf(code))));
    return text;
  };
};
const industryNameJson = memoJson(industryNameOf);
const regionNameJson = memoJson(regionNameOf);

export async function getEnterprise(db: Db, actor: Actor, id: string): Promise<Enterprise> {
  const row = await findEnterpriseById(db, actor.scope, id);
  if (!row) throw notFound('Enterprise');
  return presentEnterprise(row);
}

export async function createEnterprise(db: Db, actor: Actor, input: EnterpriseCreate): Promise<Enterprise> {
  if (!canCreateEnterprise(actor)) throw forbidden('Your role may not register enterprises', 'role');
  const derived = classifyEnterprise(input.industryCode, input.regionCode);
  if (!coversEnterprise(actor.scope, { regionPath: derived.region_path, industryPath: derived.industry_path })) {
    throw forbidden('The enterprise would lie outside the region and industries your department supervises', 'outside_scope');
  }
  try {
    const row = await db.transaction().execute(async (tx) => {
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
      await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'enterprise', entityId: created.id, after: presentEnterprise(created) });
      return created;
    });
    return presentEnterprise(row);
  } catch (error) {
    if (isUniqueViolation(error, 'enterprises_credit_code_key')) throw duplicateCreditCode(input.creditCode);
    throw error;
  }
}

export async function patchEnterprise(db: Db, actor: Actor, id: string, patch: EnterprisePatch): Promise<Enterprise> {
  try {
    const row = await db.transaction().execute(async (tx) => {
      const current = await findEnterpriseForUpdate(tx, actor.scope, id);
      if (!current) throw notFound('Enterprise');
      if (!canUpdateEnterprise(actor, patch)) throw forbidden('Your role may not change these fields', 'fields_not_yours');
      const industryCode = patch.industryCode ?? current.industry_code;
      const regionCode = patch.regionCode ?? current.region_code;
      const derived = classifyEnterprise(industryCode, regionCode);
      if (!coversEnterprise(actor.scope, { id, regionPath: derived.region_path, industryPath: derived.industry_path })) {
        throw forbidden('The change would move the enterprise outside your scope', 'outside_scope');
      }
      const updated = await updateEnterprise(tx, id, {
        name: patch.name,
        credit_code: patch.creditCode,
        industry_code: patch.industryCode,
        region_code: patch.regionCode,
        address: patch.address,
        ...(patch.location !== undefined && { lng: patch.location?.lng ?? null, lat: patch.location?.lat ?? null }),
        employees: patch.employees,
        ...derived,
      });
      if (updated.region_code !== current.region_code || updated.industry_code !== current.industry_code) {
        // Records that belong to the enterprise carry its paths for scope and filters: they move with it.
        await tx
          .updateTable('hazards')
          .set({ district_code: derived.district_code, region_path: derived.region_path, industry_path: derived.industry_path })
          .where('enterprise_id', '=', id)
          .execute();
      }
      await recordAudit(tx, auditActorOf(actor), {
        action: 'update',
        entity: 'enterprise',
        entityId: id,
        before: presentEnterprise(current),
        after: presentEnterprise(updated),
      });
      return updated;
    });
    return presentEnterprise(row);
  } catch (error) {
    if (isUniqueViolation(error, 'enterprises_credit_code_key')) throw duplicateCreditCode(patch.creditCode ?? '');
    throw error;
  }
}
