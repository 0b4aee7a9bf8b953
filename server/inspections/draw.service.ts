import { randomBytes } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Draw, DrawCreate, PublicDraw } from '../../core/inspections/inspection.schema.ts';
import { formatCivilDate } from '../../core/hazards/plan-window.ts';
import { cityDateOf } from '../../core/shared/city-time.ts';
import { drawNumber, numberingYear } from '../../core/inspections/document-rules.ts';
import { canonicalOrder, DRAW_ALGORITHM, runDraw, verifyDraw } from '../../core/inspections/random-draw.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { InspectionDrawsTable } from '../db/schema.ts';
import { invalid, notFound } from '../http/errors.ts';
import { referenceData } from '../organisations/reference-data.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { nextSerial } from './document.service.ts';
import { mayRead, readableCondition } from './draw-access.ts';
import { actingDepartment } from './inspection-actor.ts';

type DrawRow = Selectable<InspectionDrawsTable>;

/** Names of a draw's scope and of its enterprises' districts (reference data; the code when unknown). */
function named(scope: Draw['scope'], enterprises: Omit<Draw['enterprises'][number], 'districtName'>[]) {
  const ref = referenceData();
  return {
    scopeNames: {
      regions: (scope.regionCodes ?? []).map((code) => ref.region(code)?.name ?? code),
      industries: (scope.industryCodes ?? []).map((code) => ref.industry(code)?.row.name ?? code),
    },
    enterprises: enterprises.map((e) => ({ ...e, districtName: ref.region(e.regionCode.slice(0, 6))?.name ?? e.regionCode })),
  };
}

export function presentDraw(r: DrawRow): Draw {
  const scope = r.scope as Draw['scope'];
  const { scopeNames, enterprises } = named(scope, r.enterprises as Omit<Draw['enterprises'][number], 'districtName'>[]);
  return {
    id: r.id,
    number: drawNumber(r.department_name, r.year, r.serial),
    seed: r.seed,
    algorithm: r.algorithm,
    departmentId: r.department_id,
    departmentName: r.department_name,
    planId: r.plan_id,
    scope,
    scopeNames,
    enterpriseCount: r.enterprise_count,
    inspectorCount: r.inspector_count,
    candidateEnterpriseCount: r.candidate_enterprises.length,
    candidateInspectorCount: r.candidate_inspectors.length,
    candidatesDigest: r.candidates_digest,
    enterprises,
    inspectors: r.inspectors as Draw['inspectors'],
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    publishedAt: r.published_at,
  };
}

/** The enterprises a draw may pick: the caller's scope narrowed by the requested regions and industries. */
async function candidateEnterprises(db: Db, actor: Actor, scope: DrawCreate['scope']): Promise<string[]> {
  let q = db.selectFrom('enterprises').select('id').where(inScope(actor.scope, 'enterprises'));
  if (scope.regionCodes?.length) q = q.where(sql<boolean>`region_path && ${scope.regionCodes}::text[]`);
  if (scope.industryCodes?.length) q = q.where(sql<boolean>`industry_path && ${scope.industryCodes}::text[]`);
  return (await q.execute()).map((r) => r.id);
}

/** The department's enforcement officers who are not disabled. */
async function candidateInspectors(db: Db, departmentId: string): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('department_id', '=', departmentId).where('role', '=', 'inspector').where('disabled', '=', false).execute();
  return rows.map((r) => r.id);
}

/**
 * 双随机: freezes the candidate lists in canonical order, draws from the seed (core/inspections/random-draw.ts)
 * and stores lists, seed and result as an immutable record, unpublished (docs/adr/0032). Asking for more than the scope holds is a
 * validation error and writes nothing.
 */
export async function createDraw(db: Db, actor: Actor, input: DrawCreate, now = new Date()): Promise<Draw> {
  const department = await actingDepartment(db, actor);
  if (input.planId) {
    const plan = await db.selectFrom('inspection_plans').select('id').where('id', '=', input.planId).where('department_id', '=', department.id).executeTakeFirst();
    if (!plan) throw notFound('Inspection plan');
  }
  const enterprises = canonicalOrder(await candidateEnterprises(db, actor, input.scope));
  const inspectors = canonicalOrder(await candidateInspectors(db, department.id));
  const problems = [];
  if (input.enterpriseCount > enterprises.length) {
    problems.push({ path: 'enterpriseCount', message: `must be at most ${enterprises.length}, the enterprises in the draw's scope` });
  }
  if (input.inspectorCount > inspectors.length) {
    problems.push({ path: 'inspectorCount', message: `must be at most ${inspectors.length}, the department's enforcement officers` });
  }
  if (problems.length > 0) throw invalid(problems);
  const seed = input.seed ?? randomBytes(16).toString('hex');
  const outcome = runDraw({ seed, candidateEnterprises: enterprises, candidateInspectors: inspectors, enterpriseCount: input.enterpriseCount, inspectorCount: input.inspectorCount });

  const [enterpriseRows, inspectorRows] = await Promise.all([
    db.selectFrom('enterprises').select(['id', 'name', 'credit_code', 'region_code']).where('id', 'in', outcome.enterprises).execute(),
    db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', outcome.inspectors).execute(),
  ]);
  const eById = new Map(enterpriseRows.map((e) => [e.id, e]));
  const iById = new Map(inspectorRows.map((u) => [u.id, u]));
  const drawnEnterprises = outcome.enterprises.map((id) => {
    const e = eById.get(id)!;
    return { id, name: e.name, creditCode: e.credit_code, regionCode: e.region_code };
  });
  const drawnInspectors = outcome.inspectors.map((id) => ({ id, name: iById.get(id)!.display_name }));

  const row = await db.transaction().execute(async (tx) => {
    const year = numberingYear(now);
    const serial = await nextSerial(tx, department.id, year, 'inspection_draw');
    const inserted = await tx
      .insertInto('inspection_draws')
      .values({
        department_id: department.id,
        department_name: department.name,
        year,
        serial,
        plan_id: input.planId ?? null,
        algorithm: DRAW_ALGORITHM,
        seed,
        scope: JSON.stringify(input.scope),
        enterprise_count: input.enterpriseCount,
        inspector_count: input.inspectorCount,
        candidate_enterprises: enterprises,
        candidate_inspectors: inspectors,
        candidates_digest: outcome.candidatesDigest,
        enterprises: JSON.stringify(drawnEnterprises),
        inspectors: JSON.stringify(drawnInspectors),
        created_by: actor.userId,
        created_by_name: actor.displayName,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'draw',
      entity: 'inspection_draw',
      entityId: inserted.id,
      after: { number: drawNumber(department.name, year, serial), seed, algorithm: DRAW_ALGORITHM, scope: input.scope, candidatesDigest: outcome.candidatesDigest, enterprises: outcome.enterprises, inspectors: outcome.inspectors },
    });
    return inserted;
  });
  return presentDraw(row);
}

/** One draw the viewer may read (core/inspections/draw-publication.ts); unpublished and not theirs is 404, as if absent. */
export async function findReadableDraw(db: Db, viewer: Actor | null, id: string): Promise<DrawRow> {
  const row = await db.selectFrom('inspection_draws').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !(await mayRead(db, viewer, row))) throw notFound('Draw');
  return row;
}

export async function getDraw(db: Db, viewer: Actor | null, id: string): Promise<Draw> {
  return presentDraw(await findReadableDraw(db, viewer, id));
}

/**
 * A published draw as the public reads it (一公开): the draw, the drawn list and, per drawn enterprise, the day it
 * was inspected under the draw and how many problems were found. Unpublished is 404 here, whoever asks.
 */
export async function getPublicDraw(db: Db, id: string): Promise<PublicDraw> {
  const row = await findReadableDraw(db, null, id);
  const inspected = await db
    .selectFrom('inspections as i')
    .leftJoin('inspection_findings as f', 'f.inspection_id', 'i.id')
    .select((eb) => ['i.enterprise_id', eb.fn.min('i.started_at').as('first_started_at'), eb.fn.count<number>('f.id').as('findings')])
    .where('i.draw_id', '=', id)
    .where('i.kind', '=', 'inspection')
    .groupBy('i.enterprise_id')
    .execute();
  const byEnterprise = new Map(inspected.map((r) => [r.enterprise_id, r]));
  const draw = presentDraw(row);
  return {
    ...draw,
    publishedAt: row.published_at!,
    results: draw.enterprises.map((e) => {
      const r = byEnterprise.get(e.id);
      return { enterpriseId: e.id, inspectedOn: r ? formatCivilDate(cityDateOf(new Date(r.first_started_at))) : null, findingCount: r ? Number(r.findings) : 0 };
    }),
  };
}

/** Draws the viewer may read, newest first; the public's list (no viewer) is in the order of publication. */
export async function listDraws(db: Db, viewer: Actor | null, page: PageQuery): Promise<Page<Draw>> {
  const readable = await readableCondition(db, viewer);
  const q = db.selectFrom('inspection_draws').where(readable);
  const ordered = viewer ? q.orderBy('created_at', 'desc') : q.orderBy('published_at', 'desc');
  const [rows, total] = await Promise.all([
    ordered.selectAll().orderBy('id', 'desc').limit(page.pageSize).offset(offsetOf(page)).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentDraw), total: Number(total.n), page: page.page, pageSize: page.pageSize };
}

/** Re-runs the stored draw from its seed and frozen lists (whole candidate pool: as readable as the draw). */
export async function verifyStoredDraw(db: Db, viewer: Actor | null, id: string) {
  const row = await findReadableDraw(db, viewer, id);
  const enterprises = (row.enterprises as { id: string }[]).map((e) => e.id);
  const inspectors = (row.inspectors as { id: string }[]).map((i) => i.id);
  const { valid, problems } = verifyDraw({
    seed: row.seed,
    candidateEnterprises: row.candidate_enterprises,
    candidateInspectors: row.candidate_inspectors,
    enterpriseCount: row.enterprise_count,
    inspectorCount: row.inspector_count,
    enterprises,
    inspectors,
    candidatesDigest: row.candidates_digest,
  });
  const algorithmOk = row.algorithm === DRAW_ALGORITHM;
  return {
    valid: valid && algorithmOk,
    id: row.id,
    seed: row.seed,
    algorithm: row.algorithm,
    candidatesDigest: row.candidates_digest,
    candidateEnterprises: row.candidate_enterprises,
    candidateInspectors: row.candidate_inspectors,
    enterprises,
    inspectors,
    problems: algorithmOk ? problems : [...problems, `unknown algorithm ${row.algorithm}`],
  };
}
