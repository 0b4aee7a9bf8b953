import type { Checklist } from '../../core/hazards/checklist-api.schema.ts';
import { MAX_CHECKLIST_ITEMS } from '../../core/hazards/checklist-api.schema.ts';
import { cityToday } from '../../core/hazards/plan-window.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { createChecklist } from '../hazards/checklist.service.ts';
import { invalid, notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { enterpriseRiskPoints } from './risk-point.repository.ts';
import type { ControlMeasure } from '../../core/risks/risk-point.schema.ts';

/** Risk control and hazard investigation are one duty: 安全生产法 (2021) Art. 41. */
const LEGAL_BASIS = { standard: '中华人民共和国安全生产法', article: '第四十一条' } as const;

/**
 * An enterprise's risk-control checklist: one item per control measure of its risk points, worded by the measure's
 * check item (or the measure itself), highest risk first — so an investigation plan checks what the risk
 * assessment said must be controlled. It is an ordinary custom checklist (server/hazards/checklist.*), a snapshot:
 * plans and recorded results keep referring to the items they were made with; make a new one after re-assessing.
 */
export async function createRiskChecklist(db: Db, actor: Actor, enterpriseId: string, now = new Date()): Promise<Checklist> {
  const enterprise = await findEnterpriseById(db, actor.scope, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const points = await enterpriseRiskPoints(db, actor.scope, enterpriseId);
  const items = points.flatMap((p) =>
    (p.control_measures as ControlMeasure[]).map((m) => ({
      content: `【${p.name}】${m.checkItem ?? m.content}`.slice(0, 2000),
      legalBasis: { ...LEGAL_BASIS },
      isMajorCriterion: false,
    })),
  );
  if (items.length === 0) throw invalid([{ path: 'enterpriseId', message: 'the enterprise has no risk point with control measures yet' }]);
  if (items.length > MAX_CHECKLIST_ITEMS) {
    throw invalid([{ path: 'enterpriseId', message: `its risk points have ${items.length} control measures, more than the ${MAX_CHECKLIST_ITEMS} a checklist holds` }]);
  }
  const name = `风险管控措施检查表·${enterprise.name}·${cityToday(now)}`.slice(0, 100);
  return createChecklist(db, actor, { name, industryScope: [enterprise.industry_code], items });
}
