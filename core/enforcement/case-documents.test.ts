import { describe, expect, it } from 'vitest';
import { articleText, caseDocumentNumber, chineseNumeral, documentIssuedBy, fenText } from './case-documents.ts';

describe('case documents', () => {
  it('are numbered with the department prefix, word, year and serial', () => {
    expect(caseDocumentNumber('成都市应急管理局', 'penalty_decision', 2026, 7)).toBe('成应急罚决〔2026〕7号');
    expect(caseDocumentNumber('锦江区应急管理局', 'penalty_notice', 2026, 1)).toBe('锦应急罚告〔2026〕1号');
  });

  it('are issued by filing approval, notice, decision and closing only', () => {
    expect(documentIssuedBy('approve_filing')).toBe('case_filing');
    expect(documentIssuedBy('close')).toBe('case_closing');
    expect(documentIssuedBy('record_payment')).toBeUndefined();
  });

  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [99, '0.99'],
    [100, '1.00'],
    [15_000_000, '150000.00'],
  ])('writes %d fen as %s yuan', (fen, text) => {
    expect(fenText(fen)).toBe(text);
  });
});

describe('articleText', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [16, '十六'],
    [20, '二十'],
    [28, '二十八'],
    [97, '九十七'],
    [100, '一百'],
    [102, '一百零二'],
    [110, '一百一十'],
    [1010, '一千零一十'],
    [1001, '一千零一'],
  ])('numbers article %d as %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('cites article, paragraph and item', () => {
    expect(articleText({ law: '安全生产法', article: 97, item: 4 })).toBe('《安全生产法》第九十七条第（四）项');
    expect(articleText({ law: '安全生产法', article: 102, paragraph: 1 })).toBe('《安全生产法》第一百零二条第一款');
  });
});
