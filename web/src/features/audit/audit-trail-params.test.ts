import { describe, expect, it } from 'vitest';
import { fieldChanges } from './audit-event-detail.tsx';
import { auditTrailQuery, auditTrailSearch, parseAuditTrailParams } from './audit-trail-params.ts';

describe('audit trail parameters', () => {
  it('read the filters from the URL, ignoring what is malformed, and write back only what is set', () => {
    const params = parseAuditTrailParams(new URLSearchParams('actor=%20li%20&entity=webhook&enterpriseId=not-a-uuid&from=2026-12-01&to=12/03&page=3&pageSize=7'));
    expect(params).toEqual({ actor: 'li', action: undefined, entity: 'webhook', entityId: undefined, enterpriseId: undefined, from: '2026-12-01', to: undefined, page: 3, pageSize: 20 });
    expect(auditTrailSearch(params).toString()).toBe('actor=li&entity=webhook&from=2026-12-01&page=3');
  });

  it('ask the API for the city’s whole days, the last one included', () => {
    const query = auditTrailQuery({ from: '2026-12-01', to: '2026-12-31', page: 1, pageSize: 20 });
    expect(query).toMatchObject({ from: '2026-12-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' });
  });
});

describe('fieldChanges', () => {
  it('lists changed fields first, a created record with its fields only after', () => {
    expect(fieldChanges({ employees: 10, name: 'A' }, { employees: 11, name: 'A' })).toEqual([
      { field: 'employees', before: 10, after: 11, changed: true },
      { field: 'name', before: 'A', after: 'A', changed: false },
    ]);
    expect(fieldChanges(null, { url: 'https://x' })).toEqual([{ field: 'url', before: undefined, after: 'https://x', changed: true }]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});
