import type { Insertable } from 'kysely';
import { cityToday } from '../../core/hazards/plan-window.ts';
import { evaluateRisk, type RiskEvaluationInput, type RiskLevelsConfig } from '../../core/risks/risk-evaluation.ts';
import type { RiskPoint, RiskPointCreate, RiskPointListQuery, RiskPointUpdate } from '../../core/risks/risk-point.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { RiskPointsTable } from '../db/schema.ts';
import { notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { presentRiskPoint } from './risk-point.presenter.ts';
import { enterpriseRiskPoints, findRiskPoint, insertRiskPoint, listRiskPoints, updateRiskPoint } from './risk-point.repository.ts';

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

export async function changeRiskPoint(db: Db, actor: Actor, id: string, input: RiskPointUpdate, levels: RiskLevelsConfig, now = new Date()): Promise<RiskPoint> {
  const today = cityToday(now);
  return db.transaction().execute(async (tx) => {
    const before = await findRiskPoint(tx, actor.scope, id, true);
    if (!before) throw notFound('Risk point');
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
