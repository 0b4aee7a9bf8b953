import { z } from 'zod';

/**
 * The one zod type for text that people type: names, titles, search words, notes. Every string field of an
 * API input that is not already constrained to a closed alphabet (an enum, a UUID, a date, a code's pattern)
 * uses it, so a character PostgreSQL or a reader cannot handle is refused at the schema with 400 and the
 * field's path, not by the database with a 500.
 *
 * Refused everywhere:
 * - NUL (U+0000): PostgreSQL stores no 0x00 in UTF-8 text, nor `\u0000` in jsonb;
 * - a lone UTF-16 surrogate (U+D800–U+DFFF not in a pair): not a character; jsonb refuses `\ud800`, and UTF-8
 *   encoding would silently turn it into U+FFFD in a text column;
 * - the other C0 controls, DEL and the C1 controls (U+0001–U+001F, U+007F–U+009F): invisible, they make two
 *   names that look alike differ and break exports, terminals and logs.
 *
 * `text({ multiline: true })` allows TAB, LF and CR, for texts written in paragraphs (descriptions, measures,
 * notes, comments, reasons, opinions, a CSV file); one-line texts (names, titles, places, codes, search words,
 * passwords) allow none of them, so a pasted line break cannot hide in a name.
 *
 * `text({ trim: true })` trims before it checks (a name pasted with a trailing line break is kept, trimmed);
 * write it so rather than `text().trim()`, whose check would see the untrimmed value.
 */
export function text(options: { multiline?: boolean; trim?: boolean } = {}) {
  const multiline = options.multiline ?? false;
  return (options.trim ? z.string().trim() : z.string()).check((ctx) => {
    const problem = textProblem(ctx.value, multiline);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: true });
  });
}

// Without the `u` flag a regular expression sees UTF-16 code units, which is what finds an unpaired surrogate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const codePoint = (unit: string) => `U+${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `value` is not acceptable text, or undefined when it is (see `text`). */
export function textProblem(value: string, multiline = false): string | undefined {
  const control = (multiline ? CONTROL_MULTILINE : CONTROL_ONE_LINE).exec(value);
  if (control) {
    if (control[0] === '\u0000') return 'must not contain a NUL character (U+0000)';
    if ('\t\n\r'.includes(control[0])) return 'must be one line, without line breaks or tabs';
    return `must not contain control characters (${codePoint(control[0])} found)`;
  }
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return `must not contain a lone UTF-16 surrogate (${codePoint(surrogate[0])} found)`;
  return undefined;
}

/**
 * What no stored string may hold, whatever its field: NUL or a lone surrogate. The request guard
 * (server/http/request-text-guard.ts) checks every string of a request with it, including free-form JSON that
 * no text field describes.
 */
export function unstorableTextProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return `must not contain a lone UTF-16 surrogate (${codePoint(surrogate[0])} found)`;
  return undefined;
}
