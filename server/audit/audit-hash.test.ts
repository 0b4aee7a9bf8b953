import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, GENESIS_HASH } from './audit-hash.ts';

const fields = {
  at: new Date('2026-11-30T01:02:03.456Z'),
  actorId: null,
  actorName: 'system',
  action: 'create',
  entity: 'enterprise',
  entityId: 'e1',
  before: null,
  after: { b: 1, a: { d: [1, { y: 2, x: 1 }], c: '安全' } },
  ip: null,
};

describe('audit hash', () => {
  it('orders object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('does not depend on key order, but on every value and on the previous hash', () => {
    const h = auditHash(GENESIS_HASH, fields);
    expect(auditHash(GENESIS_HASH, { ...fields, after: { a: { c: '安全', d: [1, { x: 1, y: 2 }] }, b: 1 } })).toBe(h);
    expect(auditHash(GENESIS_HASH, { ...fields, after: { ...fields.after, b: 2 } })).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...fields, at: new Date('2026-11-30T01:02:03.457Z') })).not.toBe(h);
    expect(auditHash('f'.repeat(64), fields)).not.toBe(h);
  });
});
