import { describe, expect, it } from 'vitest';
import { planCreateSchema } from './investigation-plan.schema.ts';

const body = { name: '2027年一季度粉尘涉爆专项排查', keyAreas: ['除尘系统'], checklist: 'industry-trade-2023', frequency: 'weekly', startDate: '2027-01-04', endDate: '2027-03-31' };
const paths = (input: unknown) => planCreateSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('planCreateSchema', () => {
  it('accepts a plan with or without enterprises', () => {
    expect(paths(body)).toEqual([]);
    expect(paths({ ...body, filter: { regionCodes: ['510113'], keyIndustry: 'metal_smelting' } })).toEqual([]);
  });

  it('names each bad field', () => {
    expect(paths({ ...body, endDate: '2027-01-03' })).toEqual(['endDate']);
    expect(paths({ ...body, startDate: '2027-02-30' })).toEqual(['startDate']);
    expect(paths({ ...body, endDate: '2032-01-04' })).toEqual(['endDate']);
    expect(paths({ ...body, frequency: 'hourly' })).toEqual(['frequency']);
    expect(paths({ ...body, keyAreas: [] })).toEqual(['keyAreas']);
    expect(paths({ ...body, checklist: 'GM23 11' })).toEqual(['checklist']);
    expect(paths({ ...body, enterpriseIds: ['nope'] })).toEqual(['enterpriseIds.0']);
    expect(paths({ ...body, enterpriseIds: [crypto.randomUUID()], filter: {} })).toEqual(['filter']);
  });

  it('allows a plan of just under five years', () => {
    expect(paths({ ...body, startDate: '2027-01-04', endDate: '2032-01-03' })).toEqual([]);
  });
});
