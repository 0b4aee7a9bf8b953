import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installValidationMessages, validationReason } from './validation-messages.ts';

beforeAll(() => installValidationMessages());

const messagesOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`.trim()) ?? [];

describe('validation messages', () => {
  it('says a missing field is required, whatever its type', () => {
    const schema = z.object({ from: z.iso.date(), n: z.number(), grade: z.enum(['general', 'major']), when: z.iso.date().or(z.iso.datetime()) });
    expect(messagesOf(schema, {})).toEqual(['from is required', 'n is required', 'grade is required', 'when is required']);
  });

  it('names the expected type or format in words', () => {
    const schema = z.object({
      n: z.coerce.number(),
      i: z.number().int(),
      b: z.boolean(),
      list: z.array(z.string()),
      s: z.string(),
      id: z.uuid(),
      day: z.iso.date(),
      url: z.url(),
    });
    expect(messagesOf(schema, { n: 'abc', i: 1.5, b: 'yes', list: 'x', s: 5, id: 'x', day: '2026-02-30', url: 'nope' })).toEqual([
      'n must be a number',
      'i must be an integer',
      'b must be true or false',
      'list must be a list',
      's must be text',
      'id must be a UUID',
      'day must be a date (YYYY-MM-DD)',
      'url must be a URL',
    ]);
  });

  it('lists the allowed values of an enum and of a discriminated union', () => {
    expect(messagesOf(z.object({ grade: z.enum(['general', 'major']) }), { grade: 'minor' })).toEqual(['grade must be one of: general, major']);
    const union = z.discriminatedUnion('method', [z.object({ method: z.literal('lec') }), z.object({ method: z.literal('ls') })]);
    expect(messagesOf(union, { method: 'x' })).toEqual(['method must be one of: lec, ls']);
    expect(messagesOf(union, {})).toEqual(['method is required']);
  });

  it('joins what the branches of a union want', () => {
    expect(messagesOf(z.object({ from: z.iso.datetime({ offset: true }).or(z.iso.date()) }), { from: 'soon' })).toEqual([
      'from must be a date and time (ISO 8601 with an offset, e.g. 2026-05-01T08:30:00+08:00) or a date (YYYY-MM-DD)',
    ]);
  });

  it('says sizes in the units of the value', () => {
    const schema = z.object({ name: z.string().min(1).max(3), code: z.string().length(4), items: z.array(z.number()).min(1).max(2), n: z.number().min(1).lt(10) });
    expect(messagesOf(schema, { name: '', code: 'abc', items: [], n: 0 })).toEqual([
      'name must not be empty',
      'code must be exactly 4 characters long',
      'items must have at least one item',
      'n must be at least 1',
    ]);
    expect(messagesOf(schema, { name: 'abcd', code: 'abcd', items: [1, 2, 3], n: 10 })).toEqual([
      'name must be at most 3 characters long',
      'items must have at most 2 items',
      'n must be less than 10',
    ]);
  });

  it('never says "Invalid input", and leaves a schema’s own message alone', () => {
    const schema = z.object({ code: z.string().regex(/^\d{6}$/, 'must be a region code'), other: z.string().regex(/^\d+$/), ok: z.string().refine(() => false) });
    const messages = messagesOf(schema, { code: 'x', other: 'x', ok: 'x' });
    expect(messages).toEqual(['code must be a region code', 'other must match the pattern /^\\d+$/', 'ok is invalid']);
    expect(messages.join(' ')).not.toMatch(/invalid input/i);
  });

  it('names unknown fields of a strict object', () => {
    expect(messagesOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual(['has unknown fields: b, c']);
  });
});

describe('validation reasons', () => {
  const reasonsOf = (schema: z.ZodType, value: unknown) =>
    schema.safeParse(value).error?.issues.map((i) => {
      const { path, code, message, ...rest } = i as unknown as Record<string, unknown> & { path: unknown[]; code: string; message: string };
      return { path: path.join('.'), ...validationReason(code, rest, message) };
    }) ?? [];

  it('give each issue a kind and what it needs, for a client to say in its user’s language', () => {
    const schema = z.strictObject({
      name: z.string().min(1).max(5),
      n: z.number().int().min(1),
      grade: z.enum(['general', 'major']),
      day: z.iso.date(),
      list: z.array(z.string()).min(1),
      note: z.string().optional(),
    });
    expect(reasonsOf(schema, { name: 'toolong', n: 0, grade: 'x', day: 'x', list: [], extra: 1 })).toEqual([
      { path: 'name', reason: 'too_long', params: { count: 5, unit: 'characters' } },
      { path: 'n', reason: 'min', params: { limit: 1 } },
      { path: 'grade', reason: 'one_of', params: { values: 'general, major' } },
      { path: 'day', reason: 'format', params: { format: 'date' } },
      { path: 'list', reason: 'at_least_one' },
      { path: '', reason: 'unknown_fields', params: { fields: 'extra' } },
    ]);
    expect(reasonsOf(schema, {})[0]).toEqual({ path: 'name', reason: 'required' });
    expect(reasonsOf(z.object({ s: z.string().min(1) }), { s: '' })).toEqual([{ path: 's', reason: 'empty' }]);
    expect(reasonsOf(z.object({ s: z.string().refine(() => false, 'must be a region code') }), { s: 'a' })).toEqual([{ path: 's', reason: 'invalid' }]);
  });
});
