import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS } from './hazard-action-values.ts';
import { fieldErrorsFrom, fieldForPath } from './hazard-form-errors.ts';
import { REPORT_FIELDS } from './hazard-report-values.ts';

describe('server error paths on form fields', () => {
  it.each([
    ['governancePlan.fundsAndMaterials', ['governancePlan', 'fundsAndMaterials']],
    ['rectification.deadline', ['rectification', 'deadline']],
    ['body.rectification.fundsYuan', ['rectification', 'fundsYuan']],
  ] as const)('puts %s of start_rectification on %j', (path, field) => {
    expect(fieldForPath(path, ACTION_FIELDS.start_rectification)).toEqual(field);
  });

  it('shows photo id errors on the photo upload, whichever photo they name', () => {
    expect(fieldForPath('photoIds', ACTION_FIELDS.submit_for_review)).toEqual(['photos']);
    expect(fieldForPath('photoIds.2', REPORT_FIELDS)).toEqual(['photos']);
  });

  it('puts a legal-basis error on its part', () => {
    expect(fieldForPath('legalBasis.standard', REPORT_FIELDS)).toEqual(['legalBasis', 'standard']);
  });

  it('groups details by field and keeps the ones no field shows', () => {
    const result = fieldErrorsFrom(
      [
        { path: 'governancePlan.objectivesAndTasks', message: 'is required for a major hazard' },
        { path: 'rectification.deadline', message: 'must not be before the hazard was found' },
        { path: 'rectification.deadline', message: 'must not be after the current deadline' },
        { path: 'extensionId', message: 'there is no extension request 3' },
      ],
      ACTION_FIELDS.start_rectification,
      (detail) => `server: ${detail.message}`,
    );
    expect(result.fields).toEqual([
      { name: ['governancePlan', 'objectivesAndTasks'], errors: ['server: is required for a major hazard'] },
      {
        name: ['rectification', 'deadline'],
        errors: ['server: must not be before the hazard was found', 'server: must not be after the current deadline'],
      },
    ]);
    expect(result.unmatched).toEqual(['extensionId: server: there is no extension request 3']);
  });
});
