import { z } from 'zod';
import { text } from '../shared/text.ts';

/**
 * 治理方案 (governance plan) of a major hazard. 《安全生产事故隐患排查治理暂行规定》(原国家安全监管总局令第16号)
 * Art. 15 lists six elements (domain-rules §2.1 [M]); the keys follow the order of the article.
 */
export const GOVERNANCE_PLAN_ELEMENTS = [
  { key: 'objectivesAndTasks', label: '治理的目标和任务', en: 'objectives and tasks' },
  { key: 'methodsAndMeasures', label: '采取的方法和措施', en: 'methods and measures' },
  { key: 'fundsAndMaterials', label: '经费和物资的落实', en: 'funds and materials' },
  { key: 'organisationAndPersons', label: '负责治理的机构和人员', en: 'responsible organisation and persons' },
  { key: 'timeLimitAndRequirements', label: '治理的时限和要求', en: 'time limit and requirements' },
  { key: 'safetyMeasuresAndEmergencyPlan', label: '安全措施和应急预案', en: 'safety measures and emergency plan' },
] as const;

export type GovernancePlanElement = (typeof GOVERNANCE_PLAN_ELEMENTS)[number]['key'];

const element = text({ trim: true, multiline: true }).max(5000, 'must be at most 5000 characters');

/**
 * A governance plan as submitted. Every element is optional here so that a general hazard may carry a partial plan
 * and so that a major hazard's incomplete plan is reported element by element (`missingGovernancePlanElements`)
 * rather than stopping at the first missing key.
 */
export const governancePlanSchema = z.strictObject({
  objectivesAndTasks: element.optional().describe('治理的目标和任务 (16号令 Art. 15 (1))'),
  methodsAndMeasures: element.optional().describe('采取的方法和措施 (16号令 Art. 15 (2))'),
  fundsAndMaterials: element.optional().describe('经费和物资的落实 (16号令 Art. 15 (3))'),
  organisationAndPersons: element.optional().describe('负责治理的机构和人员 (16号令 Art. 15 (4))'),
  timeLimitAndRequirements: element.optional().describe('治理的时限和要求 (16号令 Art. 15 (5))'),
  safetyMeasuresAndEmergencyPlan: element.optional().describe('安全措施和应急预案 (16号令 Art. 15 (6))'),
});
export type GovernancePlan = z.output<typeof governancePlanSchema>;

/**
 * The elements of 16号令 Art. 15 that a plan lacks or leaves blank (whitespace only), in the article's order;
 * [] when the plan is complete, all six when there is no plan. A major hazard may not start rectification until
 * this is empty (hazards issue, `start_rectification`): the API answers 400 with one detail per element.
 */
export function missingGovernancePlanElements(plan: Partial<Record<GovernancePlanElement, string>> | null | undefined): GovernancePlanElement[] {
  return GOVERNANCE_PLAN_ELEMENTS.map((e) => e.key).filter((key) => (plan?.[key] ?? '').trim() === '');
}
