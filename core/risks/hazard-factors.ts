import { z } from 'zod';
import { text } from '../shared/text.ts';

/**
 * Hazard and harmful factors by GB/T 13861-2022 《生产过程危险和有害因素分类与代码》 top-level classes
 * (domain-rules §4.4 [M]): 1 人的因素, 2 物的因素, 3 环境因素, 4 管理因素.
 */
export const hazardFactorClassSchema = z.enum(['human', 'physical', 'environmental', 'management']);
export type HazardFactorClass = z.infer<typeof hazardFactorClassSchema>;

/** The standard's code of each class. */
export const HAZARD_FACTOR_CODE: Record<HazardFactorClass, '1' | '2' | '3' | '4'> = {
  human: '1',
  physical: '2',
  environmental: '3',
  management: '4',
};

export const hazardFactorSchema = z.strictObject({
  class: hazardFactorClassSchema,
  description: text({ trim: true, multiline: true }).min(1, 'is required').max(500, 'must be at most 500 characters').describe('e.g. 储罐泄漏遇点火源'),
});
export type HazardFactor = z.infer<typeof hazardFactorSchema>;
