import type { Insertable, Selectable, Transaction } from 'kysely';
import { cityToday } from '../../core/hazards/plan-window.ts';
import { evaluateRisk, type RiskEvaluation, type RiskEvaluationInput, type RiskLevelsConfig } from '../../core/risks/risk-evaluation.ts';
import type { RiskPoint, RiskPointCreate, RiskPointListQuery, RiskPointUpdate } from '../../core/risks/risk-point.schema.ts';
import { nextReviewDate, type RiskPointHistoryEntry, type RiskReview, type RiskReviewCreate } from '../../core/risks/risk-review.ts';
import type { RiskLevel } from '../../core/risks/risk-levels.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database, RiskPointReviewsTable, RiskPointsTable } from '../db/schema.ts';
import { conflict, invalid, notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { presentRiskPoint } from './risk-point.presenter.ts';
import {
  deleteRiskPoint,
  enterpriseRiskPoints,
  findRiskPoint,
  insertReview,
  insertRiskPoint,
  listReviews,
  listRiskPoints,
  listRiskPointAudit,
  updateRiskPoint,
  type RiskPointRow,
} from './risk-point.repository.ts';

/** The graded columns of an evaluation, with the city's mapping. */
export function gradedColumns(evaluation: RiskEvaluationInput, levels: RiskLevelsConfig) {
  const result = evaluateRisk(evaluation, levels);
  return { method: evaluation.method, evaluation: JSON.stringify(evaluation), score: result.score, band: result.band ?? null, level: result.level };
}

type Fields = Omit<RiskPointUpdate, 'evaluation'>;
export function fieldColumns(f: Fields): Partial<Insertable<RiskPointsTable>> {
  return {
    ...(f.name !== undefined && { name: f.name }),
    ...(f.location !== undefined && { location: f.location }),
    ...(f.objectKind !== undefined && { object_kind: f.objectKind }),
    ...(f.object !== undefined && { object: f.object }),
    ...(f.hazardFactors !== undefined && { hazard_factors: JSON.stringify(f.hazardFactors), factor_classes: [...new Set(f.hazardFactors.map((h) => h.class))] }),
    ...(f.controlMeasures !== undefined && { control_measures: JSON.stringify(f.controlMeasures) }),
    ...(f.controlLevel !== undefined && { control_level: f.controlLevel }),
    ...(f.responsiblePerson !== undefined && { responsible_person: f.responsiblePerson }),
    ...(f.reviewDate !== undefined && { review_date: f.reviewDate }),
  };
}

export async function createRiskPoint(db: Db, actor: Actor, input: RiskPointCreate, levels: RiskLevelsConfig, now = new Date()): Promise<RiskPoint> {
  const enterprise = await findEnterpriseById(db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const { enterpriseId, evaluation, ...fields } = input;
  const point = await db.transaction().execute(async (tx) => {
    const row = await insertRiskPoint(tx, {
      enterprise_id: enterpriseId,
      ...(fieldColumns(fields) as Omit<Insertable<RiskPointsTable>, 'enterprise_id' | 'method' | 'evaluation' | 'score' | 'level'>),
      ...gradedColumns(evaluation, levels),
    });
    const created = presentRiskPoint({ ...row, enterprise_name: enterprise.name }, cityToday(now));
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'risk_point', entityId: row.id, after: created });
    return created;
  });
  return point;
}

type Tx = Transaction<Database>;

/** The point in scope, locked for the change (404 outside the scope, as every read). */
async function lockedPoint(tx: Tx, actor: Actor, id: string, mustBeActive = true): Promise<RiskPointRow> {
  const row = await findRiskPoint(tx, actor.scope, id, true);
  if (!row) throw notFound('Risk point');
  if (mustBeActive && !row.active) throw conflict('The risk point is deactivated: reactivate it first');
  return row;
}

export async function changeRiskPoint(db: Db, actor: Actor, id: string, input: RiskPointUpdate, levels: RiskLevelsConfig, now = new Date()): Promise<RiskPoint> {
  const today = cityToday(now);
  return db.transaction().execute(async (tx) => {
    const before = await lockedPoint(tx, actor, id);
    const { evaluation, ...fields } = input;
    const row = await updateRiskPoint(tx, id, { ...fieldColumns(fields), ...(evaluation && gradedColumns(evaluation, levels)) });
    const after = presentRiskPoint({ ...row, enterprise_name: before.enterprise_name }, today);
    await recordAudit(tx, auditActorOf(actor), { action: 'update', entity: 'risk_point', entityId: id, before: presentRiskPoint(before, today), after });
    return after;
  });
}

export async function searchRiskPoints(db: Db, actor: Actor, query: RiskPointListQuery & PageQuery, now = new Date()): Promise<Page<RiskPoint>> {
  const today = cityToday(now);
  const { rows, total } = await listRiskPoints(db, actor.scope, query, today, query.pageSize, offsetOf(query));
  return { items: rows.map((r) => presentRiskPoint(r, today)), total, page: query.page, pageSize: query.pageSize };
}

export async function getRiskPoint(db: Db, actor: Actor, id: string, now = new Date()): Promise<RiskPoint> {
  const row = await findRiskPoint(db, actor.scope, id);
  if (!row) throw notFound('Risk point');
  return presentRiskPoint(row, cityToday(now));
}

/** Every risk point of one enterprise in scope, highest level first: the register to export. */
export async function riskRegister(db: Db, actor: Actor, enterpriseId: string, now = new Date()) {
  const enterprise = await findEnterpriseById(db, actor.scope, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const today = cityToday(now);
  const points = (await enterpriseRiskPoints(db, actor.scope, enterprise.id)).map((r) => presentRiskPoint(r, today));
  return { enterpriseName: enterprise.name, today, points };
}

export function presentReview(row: Selectable<RiskPointReviewsTable>): RiskReview {
  const before = row.grade_before as RiskEvaluation;
  const after = row.grade_after as RiskEvaluation;
  return {
    id: row.id,
    riskPointId: row.risk_point_id,
    reviewedOn: row.reviewed_on,
    reviewer: row.reviewer,
    conclusion: row.conclusion,
    evaluation: (row.evaluation as RiskEvaluationInput | null) ?? null,
    before,
    after,
    levelChanged: before.level !== after.level,
    nextReviewDate: row.next_review_date,
    recordedBy: row.recorded_by_name,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Records a review (复评): the point's next review moves to the day the rule gives (core/risks/risk-review.ts), a
 * re-evaluation re-grades it, and the review, the change and both audit events commit together.
 */
export async function reviewRiskPoint(
  db: Db,
  actor: Actor,
  id: string,
  input: RiskReviewCreate,
  levels: RiskLevelsConfig,
  now = new Date(),
): Promise<{ review: RiskReview; point: RiskPoint }> {
  const today = cityToday(now);
  if (input.reviewedOn > today) throw invalid([{ path: 'reviewedOn', message: 'must not be in the future' }]);
  return db.transaction().execute(async (tx) => {
    const before = await lockedPoint(tx, actor, id);
    if (before.last_reviewed_on && input.reviewedOn < before.last_reviewed_on) {
      throw invalid([{ path: 'reviewedOn', message: `must not be before the last review (${before.last_reviewed_on})` }]);
    }
    const pointBefore = presentRiskPoint(before, today);
    const next = nextReviewDate(input.reviewedOn);
    const row = await updateRiskPoint(tx, id, { review_date: next, last_reviewed_on: input.reviewedOn, ...(input.evaluation && gradedColumns(input.evaluation, levels)) });
    const point = presentRiskPoint({ ...row, enterprise_name: before.enterprise_name }, today);
    const review = presentReview(
      await insertReview(tx, {
        risk_point_id: id,
        reviewed_on: input.reviewedOn,
        reviewer: input.reviewer,
        conclusion: input.conclusion,
        evaluation: input.evaluation ? JSON.stringify(input.evaluation) : null,
        grade_before: JSON.stringify(pointBefore.result),
        grade_after: JSON.stringify(point.result),
        next_review_date: next,
        recorded_by: actor.userId,
        recorded_by_name: actor.displayName,
      }),
    );
    await recordAudit(tx, auditActorOf(actor), [
      { action: 'review', entity: 'risk_point', entityId: id, before: pointBefore, after: point },
      { action: 'create', entity: 'risk_point_review', entityId: review.id, after: review },
    ]);
    return { review, point };
  });
}

export async function searchRiskPointReviews(db: Db, actor: Actor, id: string, query: PageQuery): Promise<Page<RiskReview>> {
  if (!(await findRiskPoint(db, actor.scope, id))) throw notFound('Risk point');
  const { rows, total } = await listReviews(db, id, query.pageSize, offsetOf(query));
  return { items: rows.map(presentReview), total, page: query.page, pageSize: query.pageSize };
}

/** Takes a point out of the register (设备拆除, 作业取消), keeping it and its reviews for the record. */
export async function deactivateRiskPoint(db: Db, actor: Actor, id: string, reason: string, now = new Date()): Promise<RiskPoint> {
  const today = cityToday(now);
  return db.transaction().execute(async (tx) => {
    const before = await lockedPoint(tx, actor, id, false);
    if (!before.active) throw conflict('The risk point is already deactivated');
    const row = await updateRiskPoint(tx, id, { active: false, deactivated_at: now, deactivation_reason: reason });
    const after = presentRiskPoint({ ...row, enterprise_name: before.enterprise_name }, today);
    await recordAudit(tx, auditActorOf(actor), { action: 'deactivate', entity: 'risk_point', entityId: id, before: presentRiskPoint(before, today), after });
    return after;
  });
}

export async function reactivateRiskPoint(db: Db, actor: Actor, id: string, now = new Date()): Promise<RiskPoint> {
  const today = cityToday(now);
  return db.transaction().execute(async (tx) => {
    const before = await lockedPoint(tx, actor, id, false);
    if (before.active) throw conflict('The risk point is active');
    const row = await updateRiskPoint(tx, id, { active: true, deactivated_at: null, deactivation_reason: null });
    const after = presentRiskPoint({ ...row, enterprise_name: before.enterprise_name }, today);
    await recordAudit(tx, auditActorOf(actor), { action: 'reactivate', entity: 'risk_point', entityId: id, before: presentRiskPoint(before, today), after });
    return after;
  });
}

/**
 * Deletes a point registered in error. One that has been reviewed has a record to keep: 409, deactivate it
 * instead. The audit trail keeps what was deleted.
 */
export async function removeRiskPoint(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await lockedPoint(tx, actor, id, false);
    if (before.last_reviewed_on !== null) throw conflict('The risk point has reviews on record: deactivate it instead of deleting it');
    await deleteRiskPoint(tx, id);
    await recordAudit(tx, auditActorOf(actor), { action: 'delete', entity: 'risk_point', entityId: id, before: presentRiskPoint(before, cityToday(now)) });
  });
}

/** The fields a history entry names when they changed (the presented point's keys). */
const HISTORY_FIELDS = [
  'name',
  'location',
  'objectKind',
  'object',
  'hazardFactors',
  'evaluation',
  'level',
  'controlMeasures',
  'controlLevel',
  'responsiblePerson',
  'reviewDate',
  'active',
] as const;

type Snapshot = Partial<Record<(typeof HISTORY_FIELDS)[number], unknown>> | null;

/** A point's history from the audit trail, newest first: who did what when, and which fields changed. */
export async function riskPointHistory(db: Db, actor: Actor, id: string, query: PageQuery): Promise<Page<RiskPointHistoryEntry>> {
  if (!(await findRiskPoint(db, actor.scope, id))) throw notFound('Risk point');
  const { rows, total } = await listRiskPointAudit(db, id, query.pageSize, offsetOf(query));
  const items = rows.map((r) => {
    const before = r.before as Snapshot;
    const after = r.after as Snapshot;
    const changedFields = before && after ? HISTORY_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])) : [];
    return {
      id: r.id,
      at: r.at.toISOString(),
      actorName: r.actor_name,
      action: r.action,
      changedFields,
      levelBefore: (before?.level as RiskLevel | undefined) ?? null,
      levelAfter: (after?.level as RiskLevel | undefined) ?? null,
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
