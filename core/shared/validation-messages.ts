import { z } from 'zod';

/**
 * Clear validation messages for every zod schema of the platform, in place of zod's defaults ("Invalid input:
 * expected string, received undefined"). A message completes its field's path: the API answers
 * `from is required`, `deadline must be a date (YYYY-MM-DD)`, `grade must be one of: general, major`.
 * A schema's own message (`.regex(…, 'must be a region code of 6 or 9 digits')`) still wins: zod asks this map only
 * for issues without one.
 */
export const validationMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${typeName(issue.expected)}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      if (issue.values.length === 1) return `must be ${literal(issue.values[0])}`;
      return `must be one of: ${issue.values.map(literal).join(', ')}`;
    case 'invalid_format':
      return formatMessage(issue as { format: string } & Record<string, unknown>);
    case 'too_small':
      return sizeMessage('small', issue.origin, issue.minimum, issue.inclusive ?? false, Boolean(issue.exact));
    case 'too_big':
      return sizeMessage('big', issue.origin, issue.maximum, issue.inclusive ?? false, Boolean(issue.exact));
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return unionMessage(issue as z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>);
    case 'invalid_key':
      return `has an invalid key${firstNested(issue.issues)}`;
    case 'invalid_element':
      return `has an invalid item${firstNested(issue.issues)}`;
    case 'custom':
      return 'is invalid';
  }
  return undefined;
};

/** Installs `validationMessage` as zod's global error map for this process (idempotent). */
export function installValidationMessages(): void {
  z.config({ customError: validationMessage });
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  bigint: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'an object',
  date: 'a date',
  null: 'null',
  file: 'a file',
  never: 'absent',
};
const typeName = (expected: string) => typeNames[expected] ?? `a ${expected}`;

const literal = (value: unknown) => (typeof value === 'string' ? value : String(value));

const formatNames: Record<string, string> = {
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601 with an offset, e.g. 2026-05-01T08:30:00+08:00)',
  time: 'a time (HH:MM or HH:MM:SS)',
  duration: 'an ISO 8601 duration',
  uuid: 'a UUID',
  guid: 'a UUID',
  email: 'an email address',
  url: 'a URL',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  base64: 'base64-encoded',
  base64url: 'base64url-encoded',
  json_string: 'JSON text',
};

function formatMessage(issue: { format: string } & Record<string, unknown>): string {
  switch (issue.format) {
    case 'regex':
      return `must match the pattern ${String(issue.pattern ?? '')}`.trimEnd();
    case 'starts_with':
      return `must start with "${String(issue.prefix)}"`;
    case 'ends_with':
      return `must end with "${String(issue.suffix)}"`;
    case 'includes':
      return `must include "${String(issue.includes)}"`;
  }
  return `must be ${formatNames[issue.format] ?? `a valid ${issue.format}`}`;
}

const units: Record<string, [one: string, many: string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
  map: ['entry', 'entries'],
  file: ['byte', 'bytes'],
};

function sizeMessage(side: 'small' | 'big', origin: string, bound: number | bigint, inclusive: boolean, exact: boolean): string {
  const unit = units[origin];
  if (unit) {
    const count = (n: number | bigint) => `${n} ${Number(n) === 1 ? unit[0] : unit[1]}`;
    const verb = origin === 'string' ? 'be' : 'have';
    const tail = origin === 'string' ? ' long' : '';
    if (exact) return `must ${verb} exactly ${count(bound)}${tail}`;
    if (side === 'small') {
      if (origin === 'string' && Number(bound) === 1 && inclusive) return 'must not be empty';
      if (origin !== 'string' && Number(bound) === 1 && inclusive) return 'must have at least one item';
      return `must ${verb} at least ${count(inclusive ? bound : Number(bound) + 1)}${tail}`;
    }
    return `must ${verb} at most ${count(inclusive ? bound : Number(bound) - 1)}${tail}`;
  }
  const value = origin === 'date' ? new Date(Number(bound)).toISOString() : String(bound);
  if (exact) return `must be exactly ${value}`;
  if (origin === 'date') return side === 'small' ? `must be on or after ${value}` : `must be on or before ${value}`;
  if (side === 'small') return inclusive ? `must be at least ${value}` : `must be greater than ${value}`;
  return inclusive ? `must be at most ${value}` : `must be less than ${value}`;
}

function unionMessage(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>): string {
  const options = (issue as { options?: unknown[] }).options;
  if (Array.isArray(options) && options.length > 0) {
    // A discriminated union's issue sits at its discriminator, with the whole object as the input.
    const discriminator = (issue as { discriminator?: string }).discriminator;
    const input = issue.input as Record<string, unknown> | undefined;
    const missing = discriminator && input && typeof input === 'object' ? input[discriminator] === undefined : issue.input === undefined;
    return missing ? 'is required' : `must be one of: ${options.map(literal).join(', ')}`;
  }
  if (issue.inclusive === false) return 'matches more than one of the accepted forms';
  if (issue.input === undefined) return 'is required';
  // Each branch that failed on the value itself (not inside it) says what it wanted: "must be A or B".
  const wanted = issue.errors.map((branch) => (branch.length === 1 && branch[0]!.path.length === 0 ? branch[0]!.message : undefined));
  if (wanted.length > 0 && wanted.every((m): m is string => m !== undefined)) {
    const unique = [...new Set(wanted)];
    if (unique.every((m) => m.startsWith('must be '))) return `must be ${unique.map((m) => m.slice('must be '.length)).join(' or ')}`;
    return unique.join(', or ');
  }
  return 'matches none of the accepted forms';
}

const firstNested = (issues: readonly z.core.$ZodIssue[] | undefined) => (issues?.[0] ? ` (${issues[0].message})` : '');

/** A validation problem as a client says it in its user's language: a kind and what it needs (docs/adr/0040). */
export interface ValidationReason {
  reason: string;
  params?: Record<string, string | number>;
}

const SIZE_UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', map: 'items', file: 'bytes' };

/**
 * The kind of a validation issue beside its English message (`validationMessage`): `required`, `type`
 * ({expected}), `one_of` ({values}), `format` ({format}), `pattern`, `empty`, `at_least_one`, `too_short` /
 * `too_long` ({count, unit}), `min` / `max` / `greater_than` / `less_than` ({limit}), `not_before` / `not_after`
 * ({limit}), `unknown_fields` ({fields}), `characters` (a text with characters it must not hold), or `invalid`
 * when the schema's own words are the only ones (its message then says it, in English).
 * `issue` is zod's issue without path, code and message (what fastify-type-provider-zod passes on as `params`).
 */
export function validationReason(code: string, issue: Record<string, unknown>, message: string): ValidationReason {
  if (message === 'is required') return { reason: 'required' };
  // A rule's own issue may name its reason: `ctx.addIssue({ code: 'custom', message, params: { reason, …params } })`.
  const own = issue['params'] as { reason?: unknown } | undefined;
  if (code === 'custom' && own && typeof own.reason === 'string') {
    const { reason, ...params } = own as Record<string, string | number> & { reason: string };
    return Object.keys(params).length > 0 ? { reason, params } : { reason };
  }
  const num = (v: unknown) => Number(v);
  switch (code) {
    case 'invalid_type':
      return { reason: 'type', params: { expected: String(issue['expected'] ?? '') } };
    case 'invalid_value':
      return { reason: 'one_of', params: { values: (Array.isArray(issue['values']) ? issue['values'] : []).map(literal).join(', ') } };
    case 'invalid_format':
      if (!message.startsWith('must be ')) return { reason: 'pattern' };
      return { reason: 'format', params: { format: String(issue['format'] ?? '') } };
    case 'too_small':
    case 'too_big': {
      const small = code === 'too_small';
      const origin = String(issue['origin'] ?? '');
      const bound = num(small ? issue['minimum'] : issue['maximum']);
      const inclusive = issue['inclusive'] !== false;
      const unit = SIZE_UNITS[origin];
      if (unit) {
        if (message === 'must not be empty') return { reason: 'empty' };
        if (message === 'must have at least one item') return { reason: 'at_least_one' };
        const count = inclusive ? bound : small ? bound + 1 : bound - 1;
        return { reason: issue['exact'] ? 'length_exact' : small ? 'too_short' : 'too_long', params: { count, unit } };
      }
      if (origin === 'date') return { reason: small ? 'not_before' : 'not_after', params: { limit: new Date(bound).toISOString() } };
      if (issue['exact']) return { reason: 'exactly', params: { limit: bound } };
      return { reason: small ? (inclusive ? 'min' : 'greater_than') : inclusive ? 'max' : 'less_than', params: { limit: bound } };
    }
    case 'not_multiple_of':
      return { reason: 'multiple_of', params: { divisor: num(issue['divisor']) } };
    case 'unrecognized_keys':
      return { reason: 'unknown_fields', params: { fields: (Array.isArray(issue['keys']) ? issue['keys'] : []).join(', ') } };
  }
  if (/^must (not contain|be one line)/.test(message)) return { reason: 'characters' };
  return { reason: 'invalid' };
}
