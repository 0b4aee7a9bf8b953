import { describe, expect, it } from 'vitest';
import { deadlineText, departmentNumberPrefix, documentNumber, drawNumber, lineDeadline, numberingYear, reinspectionDueDate } from './document-rules.ts';

describe('document numbers (文号)', () => {
  it.each([
    ['成都市应急管理局', '成应急'],
    ['锦江区应急管理局', '锦应急'],
    ['成都市住房和城乡建设局', '成住建'],
    ['彭州市应急管理局', '彭应急'],
  ])('%s → %s', (name, prefix) => expect(departmentNumberPrefix(name)).toBe(prefix));

  it('formats prefix, kind, year and serial', () => {
    expect(documentNumber('成都市应急管理局', 'rectification_order', 2026, 7)).toBe('成应急责改〔2026〕7号');
  });

  it('numbers by the civil year in Asia/Shanghai', () => {
    expect(numberingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
  });
});

describe('re-inspection due date', () => {
  it('is the latest line deadline plus the configured days; 立即 lines count as the issue day', () => {
    expect(reinspectionDueDate(new Date('2026-11-30T04:00:00Z'), ['2026-12-10', null, '2026-12-20'])).toBe('2026-12-30');
    expect(reinspectionDueDate(new Date('2026-11-30T04:00:00Z'), [null], 5)).toBe('2026-12-05');
  });

  it('prints deadlines as the order says them', () => {
    expect(deadlineText(null)).toBe('立即整改');
    expect(deadlineText('2027-01-05')).toBe('于2027年1月5日前整改完毕');
  });
});

describe('draw numbers', () => {
  it('follow the 文号 pattern with their own word', () => {
    expect(drawNumber('成都市应急管理局', 2026, 3)).toBe('成应急抽查〔2026〕3号');
  });
});

describe('the hazard deadline of an order line', () => {
  it('is the end of the line’s day in the city', () => {
    expect(lineDeadline('2026-12-20', new Date('2026-11-30T04:00:00Z')).toISOString()).toBe('2026-12-20T15:59:59.999Z');
  });

  it('is the end of the ordering day for 立即整改, in the city’s calendar', () => {
    expect(lineDeadline(null, new Date('2026-11-30T04:00:00Z')).toISOString()).toBe('2026-11-30T15:59:59.999Z');
    // 23:30 UTC is already 1 December in Chengdu.
    expect(lineDeadline(null, new Date('2026-11-30T23:30:00Z')).toISOString()).toBe('2026-12-01T15:59:59.999Z');
  });
});
