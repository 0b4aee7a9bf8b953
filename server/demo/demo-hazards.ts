import { BUILT_IN_CHECKLISTS } from '../../core/hazards/checklists/built-in-checklists.ts';
import { hazardPrefillOf, itemsForIndustry } from '../../core/hazards/checklists/checklist-rules.ts';
import { completeDemoPlan } from './demo-governance-plan.ts';
import { decide } from '../../core/hazards/hazard-lifecycle.ts';
import { newHazardState, type ActorInfo, type HazardEvent, type HazardState } from '../../core/hazards/hazard-state.ts';
import type { HazardCategory, HazardSource, LegalBasis } from '../../core/hazards/hazard.schema.ts';
import type { TransitionBody } from '../../core/hazards/hazard-transition.schema.ts';
import { createPrng } from './prng.ts';

/**
 * Hidden hazards for the demo city, found from built-in checklist items that apply to each enterprise's
 * industry and moved through the real lifecycle (core `decide`), so every state, timeline and deadline is one
 * the platform itself could have produced. Deterministic for a seed; times are relative to `now`.
 */

export interface DemoHazard {
  enterpriseIndex: number;
  title: string;
  description: string;
  location: string;
  source: HazardSource;
  category: HazardCategory;
  legalBasis: LegalBasis;
  checklistItemId: string;
  reporter: ActorInfo & { name: string };
  state: HazardState;
  events: HazardEvent[];
}

export interface DemoActors {
  /** The enterprise's own safety officer: a demo account where there is one, else a stand-in. */
  officerOf(enterpriseIndex: number): ActorInfo & { name: string };
  inspector: ActorInfo & { name: string };
  regulator: ActorInfo & { name: string };
}

const DAY = 86_400_000;
const LOCATIONS = ['1号生产车间', '2号仓库', '配电室', '罐区', '除尘系统', '锅炉房', '装卸区', '办公楼消防通道', '危化品库房', '维修车间'];

function step(state: HazardState, events: HazardEvent[], actor: ActorInfo, body: TransitionBody, at: Date): HazardState {
  const decision = decide(state, actor, body, at);
  if (!decision.ok) throw new Error(`demo hazard step ${body.action} refused: ${decision.error.message}`);
  events.push(decision.event);
  return decision.next;
}

export function generateDemoHazards(enterprises: { industryCode: string }[], actors: DemoActors, now: Date, seed = 4754): DemoHazard[] {
  const rng = createPrng(seed);
  const hazards: DemoHazard[] = [];
  enterprises.forEach((enterprise, enterpriseIndex) => {
    // About half the enterprises have open or past findings; the first two (the demo officers') always do.
    if (enterpriseIndex > 1 && rng.next() < 0.5) return;
    const items = itemsForIndustry(BUILT_IN_CHECKLISTS, enterprise.industryCode);
    // Most findings are general ones; major criteria are the exception (roughly one in eight).
    const general = items.filter((i) => !i.isMajorCriterion);
    const major = items.filter((i) => i.isMajorCriterion);
    if (items.length === 0) return;
    for (let n = rng.int(1, 3); n > 0; n--) {
      const item = major.length > 0 && (general.length === 0 || rng.next() < 0.12) ? rng.pick(major) : rng.pick(general);
      const prefill = hazardPrefillOf(item);
      const foundAt = new Date(now.getTime() - rng.int(2, 75) * DAY - rng.int(0, 10) * 3_600_000);
      const officer = actors.officerOf(enterpriseIndex);
      const inspected = rng.next() < 0.4;
      const reporter = inspected ? actors.inspector : officer;
      const events: HazardEvent[] = [];
      let state = newHazardState({ grade: prefill.grade, foundAt });
      const roll = rng.next();
      let at = new Date(foundAt.getTime() + rng.int(1, 48) * 3_600_000);
      if (roll > 0.2) {
        const deadline = new Date(foundAt.getTime() + rng.int(15, 90) * DAY);
        state = step(state, events, officer, {
          action: 'start_rectification',
          rectification: { mode: 'deadline', deadline, responsiblePerson: rng.pick(['王建国', '李志强', '张敏', '陈刚']), measures: `按照${prefill.legalBasis.standard}整改`, fundsYuan: rng.int(1, 50) * 1000 },
          ...(prefill.grade === 'major' && { governancePlan: completeDemoPlan }),
        }, at);
        if (prefill.grade === 'major' && rng.next() < 0.5) {
          at = new Date(at.getTime() + DAY);
          state = step(state, events, actors.regulator, { action: 'list_for_supervision', level: 'city', authority: '成都市安全生产委员会办公室', deadline, documentNo: `成安办督〔2026〕${enterpriseIndex + 1}号` }, at);
        }
        const reviewAt = new Date(at.getTime() + rng.int(1, 20) * DAY);
        if (prefill.grade === 'general' && roll > 0.45 && reviewAt < now) {
          state = step(state, events, officer, { action: 'submit_for_review', note: '已按整改措施完成整改', photoIds: [] }, reviewAt);
          const approveAt = new Date(reviewAt.getTime() + rng.int(1, 3) * DAY);
          if (roll > 0.6 && approveAt < now) state = step(state, events, actors.inspector, { action: 'approve', comment: '复查合格，予以销号' }, approveAt);
        }
      }
      hazards.push({
        enterpriseIndex,
        title: item.text.length > 40 ? `${item.text.slice(0, 38)}…` : item.text,
        description: prefill.description,
        location: rng.pick(LOCATIONS),
        source: inspected ? 'inspection' : 'self_check',
        category: item.code.startsWith('GEN') ? 'thing' : 'management',
        legalBasis: prefill.legalBasis,
        checklistItemId: prefill.checklistItemId,
        reporter,
        state,
        events,
      });
    }
  });
  return hazards;
}
