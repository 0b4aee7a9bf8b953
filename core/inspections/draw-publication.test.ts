import { describe, expect, it } from 'vitest';
import { scopeOf, type Scope } from '../organisations/scope.ts';
import { allDrawnInspected, mayPublishDraw, mayReadDraw, type DrawViewer } from './draw-publication.ts';

const ALL = 'ABCDEFGHIJKLMNOPQRST'.split('');
const departments = {
  city: { id: 'city-ema', regionCodes: ['510100'], industryCodes: ALL },
  jinjiang: { id: 'jinjiang-ema', regionCodes: ['510104'], industryCodes: ALL },
  qingbaijiang: { id: 'qbj-ema', regionCodes: ['510113'], industryCodes: ALL },
};
const officer = (role: 'regulator' | 'inspector', d: (typeof departments)[keyof typeof departments]): DrawViewer => ({
  role,
  departmentId: d.id,
  scope: scopeOf({ role, department: d }),
});
const viewers = {
  admin: { role: 'admin', departmentId: null, scope: { kind: 'city' } },
  expert: { role: 'expert', departmentId: null, scope: { kind: 'city' } },
  enterprise: { role: 'enterprise', departmentId: null, scope: { kind: 'enterprise', enterpriseId: 'e1' } },
  drawingRegulator: officer('regulator', departments.jinjiang),
  drawingInspector: officer('inspector', departments.jinjiang),
  city: officer('regulator', departments.city),
  neighbour: officer('regulator', departments.qingbaijiang),
} satisfies Record<string, DrawViewer>;

const drawOf = (publishedAt: Date | null) => ({
  departmentScope: scopeOf({ role: 'regulator', department: departments.jinjiang }) as Extract<Scope, { kind: 'department' }>,
  publishedAt,
});

describe('who reads a draw (一公开)', () => {
  it('before publication: the drawing department, the department above it and the administrator only', () => {
    const unpublished = drawOf(null);
    const readers = Object.entries(viewers).filter(([, v]) => mayReadDraw(v, unpublished)).map(([k]) => k);
    expect(readers.sort()).toEqual(['admin', 'city', 'drawingInspector', 'drawingRegulator']);
    expect(mayReadDraw(null, unpublished)).toBe(false);
  });

  it('after publication: everyone, signed in or not', () => {
    const published = drawOf(new Date('2026-12-01T08:00:00+08:00'));
    expect(Object.values(viewers).every((v) => mayReadDraw(v, published))).toBe(true);
    expect(mayReadDraw(null, published)).toBe(true);
  });
});

describe('who publishes a draw', () => {
  it('the drawing department’s officers only, not the city above it or the administrator', () => {
    const draw = { departmentId: departments.jinjiang.id };
    expect(mayPublishDraw(viewers.drawingRegulator, draw)).toBe(true);
    expect(mayPublishDraw(viewers.drawingInspector, draw)).toBe(true);
    expect(mayPublishDraw(viewers.city, draw)).toBe(false);
    expect(mayPublishDraw(viewers.admin, draw)).toBe(false);
    expect(mayPublishDraw(viewers.enterprise, draw)).toBe(false);
  });
});

describe('a draw done by its inspections', () => {
  it('is done when every drawn enterprise has been inspected under it, not before', () => {
    expect(allDrawnInspected(['a', 'b'], ['a'])).toBe(false);
    expect(allDrawnInspected(['a', 'b'], ['b', 'a', 'a'])).toBe(true);
  });
});
