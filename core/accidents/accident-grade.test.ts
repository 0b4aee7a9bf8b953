import { describe, expect, it } from 'vitest';
import { gradeOf, type AccidentGrade } from './accident-grade.ts';

const none = { deaths: 0, seriousInjuries: 0, directLossYuan: 0 };

describe('gradeOf (493号令 Art. 3: "以上" includes, "以下" excludes)', () => {
  const deaths: Array<[number, AccidentGrade]> = [
    [0, 'general'], [2, 'general'], [3, 'larger'], [9, 'larger'], [10, 'major'], [29, 'major'], [30, 'extraordinary'], [300, 'extraordinary'],
  ];
  it.each(deaths)('%i deaths → %s', (n, grade) => expect(gradeOf({ ...none, deaths: n })).toBe(grade));

  const injuries: Array<[number, AccidentGrade]> = [
    [9, 'general'], [10, 'larger'], [49, 'larger'], [50, 'major'], [99, 'major'], [100, 'extraordinary'],
  ];
  it.each(injuries)('%i serious injuries → %s', (n, grade) => expect(gradeOf({ ...none, seriousInjuries: n })).toBe(grade));

  const loss: Array<[number, AccidentGrade]> = [
    [9_999_999, 'general'], [10_000_000, 'larger'], [49_999_999, 'larger'], [50_000_000, 'major'], [99_999_999, 'major'], [100_000_000, 'extraordinary'],
  ];
  it.each(loss)('%i yuan direct loss → %s', (n, grade) => expect(gradeOf({ ...none, directLossYuan: n })).toBe(grade));

  it('takes the highest grade any criterion reaches', () => {
    expect(gradeOf({ deaths: 2, seriousInjuries: 60, directLossYuan: 0 })).toBe('major');
    expect(gradeOf({ deaths: 3, seriousInjuries: 0, directLossYuan: 100_000_000 })).toBe('extraordinary');
  });

  it('takes a city’s own band table', () => {
    expect(gradeOf({ ...none, deaths: 1 }, [{ grade: 'larger', deaths: 1, seriousInjuries: 5, directLossYuan: 1 }])).toBe('larger');
  });
});
