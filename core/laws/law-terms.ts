/**
 * The closed lists of the law library, free of zod so that screens can carry them (docs/adr/0049).
 * 法律 / 行政法规 / 部门规章 / 地方性法规和规章 / 标准 (立法法's ranks, plus technical standards).
 */
export const lawLevels = ['law', 'administrative_regulation', 'departmental_rule', 'local', 'standard'] as const;

/** 现行有效 / 已被修改 (a later edition is the current one) / 已废止. */
export const lawStatuses = ['current', 'amended', 'repealed'] as const;
