import { describe, expect, it } from 'vitest';
import { text, textProblem, unstorableTextProblem } from './text.ts';

describe('text', () => {
  it.each(['成都沱江化工有限公司', 'GM23-11-03', 'a b', '😀 emoji in a surrogate pair', '', 'ß·—“”'])('accepts %j', (value) => {
    expect(text().safeParse(value).success).toBe(true);
    expect(text({ multiline: true }).safeParse(value).success).toBe(true);
  });

  it.each([
    ['a\u0000b', 'must not contain a NUL character (U+0000)'],
    ['a\u0001b', 'must not contain control characters (U+0001 found)'],
    ['a\u001bb', 'must not contain control characters (U+001B found)'],
    ['a\u007fb', 'must not contain control characters (U+007F found)'],
    ['a\u0085b', 'must not contain control characters (U+0085 found)'],
    ['a\ud800b', 'must not contain a lone UTF-16 surrogate (U+D800 found)'],
    ['a\udfffb', 'must not contain a lone UTF-16 surrogate (U+DFFF found)'],
    ['\ude00\ud83d', 'must not contain a lone UTF-16 surrogate (U+DE00 found)'],
  ])('refuses %j everywhere: %s', (value, message) => {
    expect(textProblem(value)).toBe(message);
    expect(textProblem(value, true)).toBe(message);
    const parsed = text({ multiline: true }).safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it.each(['a\nb', 'a\r\nb', 'a\tb'])('takes line breaks and tabs (%j) only in a multi-line text', (value) => {
    expect(text({ multiline: true }).safeParse(value).success).toBe(true);
    expect(text().safeParse(value).error?.issues[0]?.message).toBe('must be one line, without line breaks or tabs');
  });

  it('trims before it checks when asked to, so a pasted trailing line break is no error', () => {
    expect(text({ trim: true }).parse('  液氨储罐区\r\n')).toBe('液氨储罐区');
    expect(text({ trim: true }).safeParse('液氨\n储罐区').success).toBe(false);
  });

  it('keeps zod string checks chainable', () => {
    const name = text({ trim: true }).min(1, 'is required').max(3);
    expect(name.safeParse(' ').error?.issues[0]?.message).toBe('is required');
    expect(name.safeParse('abcd').success).toBe(false);
    expect(name.parse(' abc ')).toBe('abc');
  });
});

describe('unstorableTextProblem', () => {
  it('finds only what PostgreSQL cannot store: NUL and lone surrogates', () => {
    expect(unstorableTextProblem('a\u0000')).toBe('must not contain a NUL character (U+0000)');
    expect(unstorableTextProblem('a\ud800')).toBe('must not contain a lone UTF-16 surrogate (U+D800 found)');
    expect(unstorableTextProblem('a\u0001\n\t😀')).toBeUndefined();
  });
});
