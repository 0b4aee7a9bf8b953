import { z } from 'zod';

/**
 * GB 6441-86 《企业职工伤亡事故分类》 accident categories 01–20 (domain-rules §1.7 [H]); labels live in the web's
 * locale files. 08 is fire (火灾), 02 vehicle injury (车辆伤害).
 */
export const ACCIDENT_CATEGORIES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'] as const;
export const accidentCategorySchema = z.enum(ACCIDENT_CATEGORIES, { error: 'must be a GB 6441 category code "01"–"20"' });
export type AccidentCategory = z.infer<typeof accidentCategorySchema>;
