import type { GovernancePlan } from '../../core/hazards/governance-plan.ts';

/** A complete governance plan (16号令 Art. 15, all six elements) for the demo city's major hazards. */
export const completeDemoPlan: GovernancePlan = {
  objectivesAndTasks: '彻底消除该重大事故隐患，恢复安全生产条件',
  methodsAndMeasures: '停用相关设备设施，按标准改造并经专家验收',
  fundsAndMaterials: '企业安全生产费用列支专项资金，所需物资已落实',
  organisationAndPersons: '成立隐患治理领导小组，主要负责人任组长',
  timeLimitAndRequirements: '在督办期限内完成治理并申请销号',
  safetyMeasuresAndEmergencyPlan: '设置警戒区域和警示标志，撤离危险区域人员，启动专项应急预案',
};
