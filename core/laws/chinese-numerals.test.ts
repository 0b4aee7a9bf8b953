import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, toChineseNumeral } from './chinese-numerals.ts';

describe('toChineseNumeral (article numbers as the official texts write them)', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [102, '一百零二'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [119, '一百一十九'],
    [120, '一百二十'],
    [200, '二百'],
    [498, '四百九十八'],
    [655, '六百五十五'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1020, '一千零二十'],
    [1100, '一千一百'],
    [1259, '一千二百五十九'],
    [9999, '九千九百九十九'],
  ])('%i → %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
    expect(fromChineseNumeral(text)).toBe(n);
  });

  it.each([0, -1, 1.5, 10_000, Number.NaN])('refuses %s', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});

describe('fromChineseNumeral (reading cited articles)', () => {
  it.each([
    ['一十一', 11],
    ['两百', 200],
    ['41', 41],
    ['〇', null],
    ['零', null],
    ['零一', null],
    ['0', null],
    ['十十', null],
    ['百一', null],
    ['一二', null],
    ['一百十', null],
    ['一万', null],
    ['', null],
    ['12345', null],
    ['第一', null],
  ])('%s → %s', (text, n) => {
    expect(fromChineseNumeral(text)).toBe(n);
  });
});
