import { assessMajorHazard, type AssessInput, type Assessment } from '../../core/major-hazards/assess.ts';
import {
  guarantorViews,
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
import { invalid, notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { findSource, insertSource, listSources, updateSource, type MajorHazardSourceRow } from './major-hazard-source.repository.ts';

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
              // A new person starts without checks of their own.
              return [role, { name, lastCheckedAt: name === stored[role].name ? stored[role].lastCheckedAt : null }];
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

export function recordGuarantorCheck(db: Db, actor: Actor, id: string, role: GuarantorRole, checkedAt: Date, now = new Date()) {
  if (checkedAt.getTime() > now.getTime() + 60_000) throw invalid([{ path: 'checkedAt', message: 'must not be in the future' }]);
  return changeSource(
    db,
    actor,
    id,
    'guarantor_check',
    (before) => {
      const stored = before.responsible_persons as StoredGuarantors;
      return { responsible_persons: JSON.stringify({ ...stored, [role]: { ...stored[role], lastCheckedAt: checkedAt.toISOString() } }) };
    },
    now,
  );
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
