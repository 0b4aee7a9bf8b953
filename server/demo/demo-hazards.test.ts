import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../core/hazards/overdue.ts';
import { generateDemoHazards, type DemoActors } from './demo-hazards.ts';

const actors: DemoActors = {
  officerOf: (i) => ({ userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, role: 'enterprise', name: '安全员' }),
  inspector: { userId: '00000000-0000-4000-9000-000000000001', role: 'inspector', name: '检查员' },
  regulator: { userId: '00000000-0000-4000-9000-000000000002', role: 'regulator', name: '监管员' },
};
const enterprises = ['2614', '4710', '3110', '1810', '5810', '0610', '4500', '6210'].flatMap((code) => Array.from({ length: 20 }, () => ({ industryCode: code })));
const now = new Date('2026-11-30T02:00:00Z');

describe('demo hazards', () => {
  it('is deterministic for a seed', () => {
    expect(generateDemoHazards(enterprises, actors, now)).toEqual(generateDemoHazards(enterprises, actors, now));
  });

  it('covers every status, both grades, supervision and overdue, with mostly general findings', () => {
    const hazards = generateDemoHazards(enterprises, actors, now);
    const statuses = new Set(hazards.map((h) => h.state.status));
    expect([...statuses].sort()).toEqual(['closed', 'pending_review', 'rectifying', 'reported']);
    const major = hazards.filter((h) => h.state.grade === 'major').length;
    expect(major).toBeGreaterThan(0);
    expect(major / hazards.length).toBeLessThan(0.35);
    expect(hazards.some((h) => h.state.supervision)).toBe(true);
    expect(hazards.some((h) => isOverdue(h.state, now))).toBe(true);
  });

  it('keeps every event in time order and before now, and a timeline that ends in the state', () => {
    for (const h of generateDemoHazards(enterprises, actors, now)) {
      const times = h.events.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const t of times) expect(t).toBeLessThanOrEqual(now.getTime());
      expect(h.events.at(-1)?.to ?? 'reported').toBe(h.state.status);
    }
  });
});
