import { describe, expect, it } from 'vitest';
import { hazardCategorySchema, hazardGradeSchema, hazardSourceSchema, hazardStatusSchema } from '../../core/hazards/hazard.schema.ts';
import { alarmStatusSchema } from '../../core/monitoring/alarm.schema.ts';
import { alarmKindSchema, alarmSeveritySchema, sensorKindSchema } from '../../core/monitoring/sensor-rules.ts';
import { keyIndustrySchema } from '../../core/organisations/industries.ts';
import { roleSchema } from '../../core/organisations/roles.ts';
import { hasLabel, label, languageOf } from './export-labels.ts';
import { EXPORT_MAX_ROWS, refuseOverCap } from './xlsx-export.ts';

describe('export labels', () => {
  it('has a label in both languages for every code a workbook shows', () => {
    const groups: Array<[string, readonly string[]]> = [
      ['hazard.statuses', hazardStatusSchema.options],
      ['hazard.grades', hazardGradeSchema.options],
      ['hazard.sources', hazardSourceSchema.options],
      ['hazard.categories', hazardCategorySchema.options],
      ['monitoring.kinds', alarmKindSchema.options],
      ['monitoring.severities', alarmSeveritySchema.options],
      ['monitoring.statuses', alarmStatusSchema.options],
      ['monitoring.sensorKinds', sensorKindSchema.options],
      ['monitoring.states', ['normal', ...alarmSeveritySchema.options]],
      ['roles', roleSchema.options],
      ['keyIndustries', keyIndustrySchema.options],
      ['inspections.kinds', ['inspection', 're_inspection']],
    ];
    const missing = groups.flatMap(([group, codes]) => codes.map((c) => `${group}.${c}`)).filter((key) => !hasLabel(key));
    expect(missing).toEqual([]);
  });

  it('fills the placeholders of a text', () => {
    expect(label('en', 'statistics.reasons.major_overdue', { count: 2 })).toMatch(/^2 /);
  });

  it('takes ?lang= first, then Accept-Language, else Chinese', () => {
    expect(languageOf({ lang: 'en' }, 'zh-CN')).toBe('en');
    expect(languageOf({}, 'fr-FR, en-US;q=0.8')).toBe('en');
    expect(languageOf({}, 'zh-TW,en;q=0.5')).toBe('zh-CN');
    expect(languageOf({}, undefined)).toBe('zh-CN');
  });

  it('refuses a list longer than a workbook may hold', () => {
    expect(() => refuseOverCap(EXPORT_MAX_ROWS)).not.toThrow();
    expect(() => refuseOverCap(EXPORT_MAX_ROWS + 1)).toThrow(/narrow the filters/);
  });
});
