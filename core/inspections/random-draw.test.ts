import { describe, expect, it } from 'vitest';
import { candidatesDigest, canonicalOrder, drawSample, runDraw, uniformBelow, verifyDraw } from './random-draw.ts';

const ids = Array.from({ length: 40 }, (_, i) => `e${String(i).padStart(2, '0')}`);

describe('the reproducible draw', () => {
  it('gives the same result for the same seed and lists, whatever order the lists came in', () => {
    const a = runDraw({ seed: 's1', candidateEnterprises: ids, candidateInspectors: ['i1', 'i2', 'i3'], enterpriseCount: 5, inspectorCount: 2 });
    const b = runDraw({ seed: 's1', candidateEnterprises: [...ids].reverse(), candidateInspectors: ['i3', 'i1', 'i2'], enterpriseCount: 5, inspectorCount: 2 });
    expect(b).toEqual(a);
    expect(new Set(a.enterprises).size).toBe(5);
  });

  it('pins the stream: a known seed draws known ids (any change to the algorithm must change its name)', () => {
    expect(drawSample(ids, 3, 'anquan', 'enterprises')).toEqual(['e07', 'e18', 'e33']);
    expect(drawSample(['a', 'b', 'c', 'd'], 4, 'x', 'l').sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(drawSample(ids, 3, 'anquan', 'enterprises')).not.toEqual(drawSample(ids, 3, 'anquan2', 'enterprises'));
  });

  it('is roughly uniform over many seeds', () => {
    const hits = new Map<string, number>();
    for (let s = 0; s < 4000; s++) for (const id of drawSample(ids.slice(0, 10), 1, `seed-${s}`, 'e')) hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const n of hits.values()) expect(n).toBeGreaterThan(320);
  });

  it('samples without modulo bias by rejection', () => {
    const values = [4294967295, 4294967294, 7];
    const next = () => values.shift()!;
    // 2^32 mod 3 = 1: the single largest value is rejected, the next is kept.
    expect(uniformBelow(next, 3)).toBe(4294967294 % 3);
  });

  it('refuses to draw more than the candidates', () => {
    expect(() => drawSample(['a'], 2, 's', 'l')).toThrow(RangeError);
  });

  it('verification fails when a list, the seed or the result was changed', () => {
    const input = { seed: 's', candidateEnterprises: canonicalOrder(ids), candidateInspectors: ['i1', 'i2'], enterpriseCount: 3, inspectorCount: 1 };
    const stored = { ...input, ...runDraw(input) };
    expect(verifyDraw(stored).valid).toBe(true);
    expect(verifyDraw({ ...stored, seed: 't' }).valid).toBe(false);
    expect(verifyDraw({ ...stored, candidateEnterprises: ids.slice(1) }).problems).toContain('the candidate lists do not match their published digest');
    expect(verifyDraw({ ...stored, enterprises: [...stored.enterprises].reverse() }).valid).toBe(false);
    expect(candidatesDigest(['a'], ['b'])).toMatch(/^[0-9a-f]{64}$/);
  });
});
