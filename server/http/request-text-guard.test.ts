import { describe, expect, it } from 'vitest';
import { unstorableTextIn } from './request-text-guard.ts';

describe('unstorableTextIn', () => {
  it('finds NUL or a lone surrogate at any depth, with its path', () => {
    expect(unstorableTextIn({ a: { b: [1, 'x', { c: 'y\u0000' }] } })).toEqual({ path: 'a.b.2.c', message: 'must not contain a NUL character (U+0000)' });
    expect(unstorableTextIn(['ok', 'a\ud800'])).toEqual({ path: '1', message: 'must not contain a lone UTF-16 surrogate (U+D800 found)' });
    expect(unstorableTextIn('\u0000')).toEqual({ path: '', message: 'must not contain a NUL character (U+0000)' });
  });

  it('checks field names too', () => {
    expect(unstorableTextIn({ rules: { 'a\u0000': 1 } })).toEqual({ path: 'rules', message: 'has a field name that must not contain a NUL character (U+0000)' });
  });

  it('lets other text through: line breaks, control characters (the schemas judge those), pairs of surrogates', () => {
    expect(unstorableTextIn({ a: 'line\nbreak\u0001', b: ['😀', null, 1, true], c: Buffer.from([0, 0xd8]) })).toBeUndefined();
  });

  it('walks a deeply nested value without overflowing the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableTextIn(deep)?.message).toBe('must not contain a NUL character (U+0000)');
  });
});
