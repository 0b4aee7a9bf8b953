import { assessMajorHazard, type AssessInput, type Assessment } from '../../core/major-hazards/assess.ts';
import {
  guarantorViews,
  nextCheckDue,
  type GuarantorCheckInput,
  type GuarantorCheckRecord,
  type GuarantorRole,
  type MajorHazardSource,
  type MajorHazardSourceCreate,
  type MajorHazardSourceListQuery,
  type MajorHazardSourceUpdate,
  type StoredGuarantors,
} from '../../core/major-hazards/major-hazard-source.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { conflict, invalid, notFound } from '../http/errors.ts';
import { findHazard } from '../hazards/hazard.repository.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import {
  findCheck,
  findSource,
  getCheck,
  insertCheck,
  insertSource,
  listChecks,
  listSources,
  setCheckHazard,
  updateSource,
  type CheckRow,
  type MajorHazardSourceRow,
} from './major-hazard-source.repository.ts';

/** `POST /major-hazard-sources/assess`: the assessment, or 400 naming each substance that could not be resolved. */
export function assess(input: AssessInput): Assessment {
  const outcome = assessMajorHazard(input);
  if (!outcome.ok) throw invalid(outcome.problems);
  return outcome.assessment;
}

/** The columns derived from the substances: recomputed on every write, so the registry never drifts from them. */
export function assessedColumns(input: AssessInput) {
  const a = assess(input);
  return { exposed_population: input.exposedPopulation, substances: JSON.stringify(input.substances), assessment: JSON.stringify(a), s: a.s, r: a.r, is_major: a.isMajor, level: a.level };
}

export function presentSource(row: MajorHazardSourceRow, now: Date): MajorHazardSource {
  const guarantors = guarantorViews(row.responsible_persons as StoredGuarantors, row.created_at, now);
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    name: row.name,
    unitKind: row.unit_kind as MajorHazardSource['unitKind'],
    exposedPopulation: row.exposed_population,
    substances: row.substances as MajorHazardSource['substances'],
    assessment: row.assessment as Assessment,
    isMajor: row.is_major,
    level: row.level,
    sensorCodes: row.sensor_codes,
    guarantors,
    checksOverdue: guarantors.some((g) => g.overdue),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function createSource(db: Db, actor: Actor, input: MajorHazardSourceCreate, now = new Date()): Promise<MajorHazardSource> {
  const enterprise = await findEnterpriseById(db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const assessed = assessedColumns(input);
  const guarantors: StoredGuarantors = {
    principal: { name: input.guarantors.principal.name, lastCheckedAt: null },
    technical: { name: input.guarantors.technical.name, lastCheckedAt: null },
    operational: { name: input.guarantors.operational.name, lastCheckedAt: null },
  };
  return db.transaction().execute(async (tx) => {
    const row = await insertSource(tx, {
      enterprise_id: enterprise.id,
      name: input.name,
      unit_kind: input.unitKind,
      sensor_codes: input.sensorCodes,
      responsible_persons: JSON.stringify(guarantors),
      ...assessed,
    });
    const created = presentSource({ ...row, enterprise_name: enterprise.name }, now);
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'major_hazard_source', entityId: row.id, after: created });
    return created;
  });
}

async function changeSource(
  db: Db,
  actor: Actor,
  id: string,
  action: string,
  change: (before: MajorHazardSourceRow) => Parameters<typeof updateSource>[2],
  now: Date,
): Promise<MajorHazardSource> {
  return db.transaction().execute(async (tx) => {
    const before = await findSource(tx, actor.scope, id, true);
    if (!before) throw notFound('Major hazard source');
    const row = await updateSource(tx, id, change(before));
    const after = presentSource({ ...row, enterprise_name: before.enterprise_name }, now);
    await recordAudit(tx, auditActorOf(actor), { action, entity: 'major_hazard_source', entityId: id, before: presentSource(before, now), after });
    return after;
  });
}

export function updateMajorHazardSource(db: Db, actor: Actor, id: string, input: MajorHazardSourceUpdate, now = new Date()) {
  return changeSource(
    db,
    actor,
    id,
    'update',
    (before) => {
      const stored = before.responsible_persons as StoredGuarantors;
      const guarantors = input.guarantors
        ? Object.fromEntries(
            (Object.keys(stored) as GuarantorRole[]).map((role) => {
              const name = input.guarantors?.[role].name ?? stored[role].name;
              // A new person starts without checks of their own: their first is due an interval after assignment.
              return [role, name === stored[role].name ? stored[role] : { name, lastCheckedAt: null, assignedAt: now.toISOString() }];
            }),
          )
        : undefined;
      const reassess = input.substances !== undefined || input.exposedPopulation !== undefined;
      return {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.unitKind !== undefined && { unit_kind: input.unitKind }),
        ...(input.sensorCodes !== undefined && { sensor_codes: input.sensorCodes }),
        ...(guarantors && { responsible_persons: JSON.stringify(guarantors) }),
        ...(reassess &&
          assessedColumns({
            exposedPopulation: input.exposedPopulation ?? before.exposed_population,
            substances: input.substances ?? (before.substances as AssessInput['substances']),
          })),
      };
    },
    now,
  );
}

export function presentCheck(row: CheckRow): GuarantorCheckRecord {
  const role = row.role as GuarantorRole;
  return {
    id: row.id,
    sourceId: row.source_id,
    role,
    checker: row.checker,
    checkedAt: row.checked_at.toISOString(),
    items: row.items as string[],
    problems: row.problems,
    hazardId: row.hazard_id,
    hazardTitle: row.hazard_title,
    nextDueAt: nextCheckDue(role, row.checked_at).toISOString(),
    recordedBy: row.recorded_by_name,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Records a 包保责任人's check: the check itself (who, when, what, problems found), and the role's last check on
 * the source, from which the next is due (CHECK_INTERVAL_DAYS). A check dated before the last one recorded is
 * kept but does not move the last check back.
 */
export async function recordGuarantorCheck(
  db: Db,
  actor: Actor,
  id: string,
  input: GuarantorCheckInput,
  now = new Date(),
): Promise<{ check: GuarantorCheckRecord; source: MajorHazardSource }> {
  const checkedAt = input.checkedAt ? new Date(input.checkedAt) : now;
  if (checkedAt.getTime() > now.getTime() + 60_000) throw invalid([{ path: 'checkedAt', message: 'must not be in the future' }]);
  return db.transaction().execute(async (tx) => {
    const before = await findSource(tx, actor.scope, id, true);
    if (!before) throw notFound('Major hazard source');
    const stored = before.responsible_persons as StoredGuarantors;
    const last = stored[input.role].lastCheckedAt;
    const lastCheckedAt = last && Date.parse(last) > checkedAt.getTime() ? last : checkedAt.toISOString();
    const row = await updateSource(tx, id, { responsible_persons: JSON.stringify({ ...stored, [input.role]: { ...stored[input.role], lastCheckedAt } }) });
    const source = presentSource({ ...row, enterprise_name: before.enterprise_name }, now);
    const problems = input.problems?.trim() ? input.problems.trim() : null;
    const check = presentCheck({
      ...(await insertCheck(tx, {
        source_id: id,
        role: input.role,
        checker: input.checker ?? stored[input.role].name,
        checked_at: checkedAt,
        items: JSON.stringify(input.items),
        problems,
        recorded_by: actor.userId,
        recorded_by_name: actor.displayName,
      })),
      hazard_title: null,
    });
    await recordAudit(tx, auditActorOf(actor), [
      { action: 'guarantor_check', entity: 'major_hazard_source', entityId: id, before: presentSource(before, now), after: source },
      { action: 'create', entity: 'major_hazard_check', entityId: check.id, after: check },
    ]);
    return { check, source };
  });
}

export async function searchChecks(db: Db, actor: Actor, id: string, query: PageQuery & { role?: GuarantorRole }): Promise<Page<GuarantorCheckRecord>> {
  if (!(await findSource(db, actor.scope, id))) throw notFound('Major hazard source');
  const { rows, total } = await listChecks(db, id, query.role, query.pageSize, offsetOf(query));
  return { items: rows.map(presentCheck), total, page: query.page, pageSize: query.pageSize };
}

export async function getGuarantorCheck(db: Db, actor: Actor, sourceId: string, checkId: string): Promise<GuarantorCheckRecord> {
  if (!(await findSource(db, actor.scope, sourceId))) throw notFound('Major hazard source');
  const row = await getCheck(db, sourceId, checkId);
  if (!row) throw notFound('Check');
  return presentCheck(row);
}

/**
 * Links the hazard reported from a check's problems to the check (once): the hazard must be the source's
 * enterprise's and in the caller's scope.
 */
export async function linkCheckHazard(db: Db, actor: Actor, sourceId: string, checkId: string, hazardId: string): Promise<GuarantorCheckRecord> {
  return db.transaction().execute(async (tx) => {
    const source = await findSource(tx, actor.scope, sourceId, true);
    if (!source) throw notFound('Major hazard source');
    const check = await findCheck(tx, sourceId, checkId);
    if (!check) throw notFound('Check');
    if (check.hazard_id) throw conflict('A hazard is already linked to this check');
    if (!check.problems) throw conflict('The check found no problems to report');
    const hazard = await findHazard(tx, actor.scope, hazardId);
    if (!hazard || hazard.enterprise_id !== source.enterprise_id) throw invalid([{ path: 'hazardId', message: 'must be a hazard of the source’s enterprise' }]);
    const row = await setCheckHazard(tx, checkId, hazardId);
    const after = presentCheck({ ...row, hazard_title: hazard.title });
    await recordAudit(tx, auditActorOf(actor), { action: 'link_hazard', entity: 'major_hazard_check', entityId: checkId, before: presentCheck({ ...check, hazard_title: null }), after });
    return after;
  });
}

export async function searchSources(db: Db, actor: Actor, query: MajorHazardSourceListQuery & PageQuery, now = new Date()): Promise<Page<MajorHazardSource>> {
  const { rows, total } = await listSources(db, actor.scope, query, query.pageSize, offsetOf(query));
  return { items: rows.map((r) => presentSource(r, now)), total, page: query.page, pageSize: query.pageSize };
}

export async function getSource(db: Db, actor: Actor, id: string, now = new Date()): Promise<MajorHazardSource> {
  const row = await findSource(db, actor.scope, id);
  if (!row) throw notFound('Major hazard source');
  return presentSource(row, now);
}
