import { describe, expect, it } from 'vitest';
import { formatNoticeLines, parseNoticeLines } from './notice-lines.ts';

describe('a notice typed as lines', () => {
  it('reads dates and ranges with their festival, in every separator', () => {
    const parsed = parseNoticeLines('2027-01-01 元旦\n\n2027-02-06 ~ 2027-02-08 春节\n2027-05-01至2027-05-02 劳动节\n2027-10-01 .. 2027-10-01 国庆节', 'holiday');
    expect(parsed.errors).toEqual([]);
    expect(parsed.days.map((d) => `${d.date} ${d.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-10-01 国庆节',
    ]);
    expect(parsed.days.every((d) => d.kind === 'holiday')).toBe(true);
  });

  it('crosses month ends and names the lines it cannot read', () => {
    expect(parseNoticeLines('2027-01-30 ~ 2027-02-02 春节', 'holiday').days.map((d) => d.date)).toEqual(['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02']);
    const parsed = parseNoticeLines('2027-02-30 春节\n2027-02-08 ~ 2027-02-06 春节\n2027-02-06\nabc 春节\n2027-01-01 ~ 2027-03-01 过长', 'workday');
    expect(parsed.errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 5]);
    expect(parsed.days).toEqual([]);
  });

  it('writes the days back as ranges per festival, and reads them again unchanged', () => {
    const days = parseNoticeLines('2027-02-06 ~ 2027-02-08 春节\n2027-02-09 元宵\n2027-10-01 ~ 2027-10-03 国庆节', 'holiday').days;
    const text = formatNoticeLines([...days, { date: '2027-02-20', kind: 'workday', name: '春节' }], 'holiday');
    expect(text).toBe('2027-02-06 ~ 2027-02-08 春节\n2027-02-09 元宵\n2027-10-01 ~ 2027-10-03 国庆节');
    expect(parseNoticeLines(text, 'holiday').days).toEqual(days);
    expect(formatNoticeLines(days, 'workday')).toBe('');
  });
});
