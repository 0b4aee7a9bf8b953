import { describe, expect, it } from 'vitest';
import { inspectionStatus } from './inspection-status.ts';

describe('the status of an inspection', () => {
  const base = { kind: 'inspection' as const, hasFindings: true, hasOpenHazard: true, hasOrder: false };

  it('follows the problems it found: none, order to issue, rectifying, rectified', () => {
    expect(inspectionStatus({ ...base, hasFindings: false, hasOpenHazard: false })).toBe('no_findings');
    expect(inspectionStatus(base)).toBe('order_pending');
    expect(inspectionStatus({ ...base, hasOrder: true })).toBe('rectifying');
    expect(inspectionStatus({ ...base, hasOrder: true, hasOpenHazard: false })).toBe('rectified');
  });

  it('of a re-inspection follows the order it checked, which is issued by definition', () => {
    expect(inspectionStatus({ ...base, kind: 're_inspection' })).toBe('rectifying');
    expect(inspectionStatus({ ...base, kind: 're_inspection', hasOpenHazard: false })).toBe('rectified');
  });
});
