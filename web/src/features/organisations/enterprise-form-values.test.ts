import { describe, expect, it } from 'vitest';
import type { Enterprise } from './enterprise.types.ts';
import { changedInput, fieldErrorsFrom, fieldForPath, toFormValues, toInput } from './enterprise-form-values.ts';

const enterprise: Enterprise = {
  id: 'e1',
  name: '成都蜀兴化工有限公司',
  creditCode: '91510104MA6CXXXX1X',
  industryCode: '2614',
  industryName: '有机化学原料制造',
  regionCode: '510104001',
  regionName: '锦江区',
  address: '督院街 8 号',
  location: { lng: 104.06, lat: 30.65 },
  employees: 320,
  keyIndustries: ['hazardous_chemicals'],
  highRisk: true,
  createdAt: '2026-01-01T00:00:00+08:00',
  updatedAt: '2026-01-01T00:00:00+08:00',
};

describe('enterprise form values', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedInput(enterprise, toInput(toFormValues(enterprise)), 'all')).toEqual({});
  });

  it('sends only the fields an enterprise user may change', () => {
    const values = { ...toFormValues(enterprise), name: 'Renamed', employees: 400 };
    expect(changedInput(enterprise, toInput(values), ['address', 'location', 'employees'])).toEqual({ employees: 400 });
  });

  it('clears the location when both coordinates are emptied', () => {
    const values = { ...toFormValues(enterprise), location: { lng: null, lat: null } };
    expect(changedInput(enterprise, toInput(values), 'all')).toEqual({ location: null });
  });

  it('maps API error paths to form fields', () => {
    expect(fieldForPath('creditCode')).toBe('creditCode');
    expect(fieldForPath('location.lat')).toEqual(['location', 'lat']);
    expect(fieldForPath('location')).toEqual(['location', 'lng']);
    expect(fieldForPath('keyIndustries')).toBeNull();
  });

  it('groups messages per field and keeps the ones no field can show', () => {
    const { fields, unmatched } = fieldErrorsFrom([
      { path: 'employees', message: 'must be an integer' },
      { path: 'employees', message: 'must be ≥ 0' },
      { path: 'somethingElse', message: 'odd' },
    ]);
    expect(fields).toEqual([{ name: 'employees', errors: ['must be an integer', 'must be ≥ 0'] }]);
    expect(unmatched).toEqual(['odd']);
  });
});
