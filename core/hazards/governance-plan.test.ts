import { describe, expect, it } from 'vitest';
import { GOVERNANCE_PLAN_ELEMENTS, governancePlanSchema, missingGovernancePlanElements } from './governance-plan.ts';

const complete = {
  objectivesAndTasks: '消除除尘系统爆炸隐患',
  methodsAndMeasures: '加装泄爆片和隔爆阀',
  fundsAndMaterials: '12万元，设备已采购',
  organisationAndPersons: '设备部，张工',
  timeLimitAndRequirements: '2026-04-30前完成并验收',
  safetyMeasuresAndEmergencyPlan: '停用该除尘系统，设置警戒；粉尘爆炸专项应急预案',
};

describe('missingGovernancePlanElements (16号令 Art. 15)', () => {
  it('has six elements in the order of the article', () => {
    expect(GOVERNANCE_PLAN_ELEMENTS.map((e) => e.key)).toEqual(Object.keys(complete));
  });

  it('finds nothing missing in a complete plan', () => {
    expect(missingGovernancePlanElements(complete)).toEqual([]);
  });

  it.each([[undefined], [null], [{}]])('names all six elements when the plan is %j', (plan) => {
    expect(missingGovernancePlanElements(plan)).toEqual(GOVERNANCE_PLAN_ELEMENTS.map((e) => e.key));
  });

  it.each(GOVERNANCE_PLAN_ELEMENTS.map((e) => e.key))('names %s when it is left out, empty or blank', (key) => {
    for (const value of [undefined, '', '  \n\t']) {
      expect(missingGovernancePlanElements({ ...complete, [key]: value })).toEqual([key]);
    }
  });
});

describe('governancePlanSchema', () => {
  it('trims the elements and accepts a partial plan, so that missing ones are listed by the lifecycle', () => {
    expect(governancePlanSchema.parse({ objectivesAndTasks: '  目标  ' })).toEqual({ objectivesAndTasks: '目标' });
  });

  it('refuses unknown keys, so that a misspelt element is not silently missing', () => {
    const r = governancePlanSchema.safeParse({ ...complete, objectives: 'x' });
    expect(r.success).toBe(false);
  });
});
