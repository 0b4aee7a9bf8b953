import { describe, expect, it } from 'vitest';
import { evaluationOf } from './risk-point-form.page.tsx';
import { assessInputOf } from '../major-hazards/major-hazard-assess.page.tsx';

describe('the live evaluation of the risk form', () => {
  it('waits for every score of the chosen method', () => {
    expect(evaluationOf({ method: 'lec', l: 3, e: 6 })).toBeUndefined();
    expect(evaluationOf({ method: 'lec', l: 3, e: 6, c: 15 })).toEqual({ method: 'lec', l: 3, e: 6, c: 15 });
    expect(evaluationOf({ method: 'ls', l: 4 })).toBeUndefined();
    expect(evaluationOf({ method: 'ls', l: 4, s: 5, e: 6 })).toEqual({ method: 'ls', l: 4, s: 5 });
  });
});

describe('the live assessment of the major hazard form', () => {
  it('sends only complete rows, trimmed, and nothing without an exposed population', () => {
    const rows = [{ name: ' 液氯 ', quantityTonnes: 10 }, { cas: '74-98-6' }, { category: 'W5.3', quantityTonnes: 0 }, { cas: '74-98-6', quantityTonnes: 25 }];
    expect(assessInputOf(120, rows)).toEqual({
      exposedPopulation: 120,
      substances: [
        { name: '液氯', quantityTonnes: 10 },
        { cas: '74-98-6', quantityTonnes: 25 },
      ],
    });
    expect(assessInputOf(null, rows)).toBeUndefined();
    expect(assessInputOf(0, [{ name: '液氯' }])).toBeUndefined();
  });
});
