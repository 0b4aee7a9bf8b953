import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password rules of NIST SP 800-63B (rev. 3 §5.1.1.2 "Memorized Secret Verifiers"; rev. 4 §3.1.1.2 keeps
 * them): a minimum length, a maximum of at least 64, every printable character and Unicode allowed, NO
 * composition rules (no "one upper-case letter, one digit…"), and a check against values known to be
 * commonly used, expected or compromised — a breach list, dictionary words, repetitive or sequential
 * characters, context-specific words such as the name of the service and the username. docs/adr (password
 * policy and login throttling) says why the minimum is 8.
 */

/**
 * rev. 3 §5.1.1.2: "at least 8 characters in length". rev. 4 asks 15 for a password that is the only factor;
 * the platform has no second factor yet, and keeps 8 together with the blocklist and the throttle (the ADR).
 */
export const PASSWORD_MIN_LENGTH = 8;
/** §5.1.1.2: "SHOULD permit … at least 64 characters"; argon2 takes any length, 128 is ample. */
export const PASSWORD_MAX_LENGTH = 128;

/** Context-specific words (§5.1.1.2 "the name of the service"): the platform's own name. */
export const SERVICE_WORDS: readonly string[] = ['anquan'];

/**
 * §5.1.1.2: "Unicode characters SHOULD be normalized using NFKC or NFKD before hashing", so that a password
 * typed on another keyboard or input method (full-width digits from a Chinese IME, say) still matches.
 */
export const normalisePassword = (password: string) => password.normalize('NFKC');

/**
 * The breach list: the common-password dictionary of zxcvbn-ts (@zxcvbn-ts/language-common, MIT), about
 * 49,000 passwords each seen more than ten times in the "10 million passwords" corpus released by Mark
 * Burnett (xato.net, 2015), lower-cased. Shipped inside the package: no network call. Built on first use.
 */
let blocklist: Set<string> | undefined;
const commonPasswords = () => (blocklist ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/** Keyboard rows (US layout, as typed on Chinese keyboards too): walks such as "qwertyui" or "asdfghjk". */
const KEYBOARD_ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./'];
const keyPosition = new Map<string, { row: number; col: number }>();
KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((key, c) => keyPosition.set(key, { row: r, col: c })));

type Step = 'same' | 'up' | 'down' | 'right' | 'left';

/** The ways `b` continues from `a`: the same character, the next or previous code point, the next or previous key. */
function stepsBetween(a: string, b: string): Set<Step> {
  const steps = new Set<Step>();
  if (a === b) steps.add('same');
  const d = b.codePointAt(0)! - a.codePointAt(0)!;
  if (d === 1) steps.add('up');
  if (d === -1) steps.add('down');
  const ka = keyPosition.get(a);
  const kb = keyPosition.get(b);
  if (ka && kb && ka.row === kb.row) {
    if (kb.col - ka.col === 1) steps.add('right');
    if (kb.col - ka.col === -1) steps.add('left');
  }
  return steps;
}

/**
 * The password's length once every repetitive or sequential run of three or more characters ("aaaa",
 * "1234", "dcba", "qwer") counts as one character: "aaaaaaaa" → 1, "1234abcd" → 2, "Demo@2026" → 9.
 */
export function effectiveLength(password: string): number {
  const chars = [...password.toLowerCase()];
  let count = 0;
  let i = 0;
  while (i < chars.length) {
    let end = i + 1;
    let common = end < chars.length ? stepsBetween(chars[i]!, chars[end]!) : new Set<Step>();
    while (common.size > 0 && end + 1 < chars.length) {
      const next = stepsBetween(chars[end]!, chars[end + 1]!);
      const both = new Set([...common].filter((s) => next.has(s)));
      if (both.size === 0) break;
      common = both;
      end++;
    }
    const runLength = common.size > 0 ? end - i + 1 : 1;
    count++;
    i += runLength >= 3 ? runLength : 1;
  }
  return count;
}

/** Below this many characters once runs are collapsed, a password is "repetitive or sequential" (§5.1.1.2). */
export const MIN_EFFECTIVE_LENGTH = 5;

/** The shortest period of a string: "abababab" → 2, "passpass" → 4, "abcdefgh" → 8. */
function period(chars: readonly string[]): number {
  for (let p = 1; p < chars.length; p++) {
    if (chars.every((c, i) => i + p >= chars.length || c === chars[i + p])) return p;
  }
  return chars.length;
}

/** Control characters and lone surrogates cannot be typed reliably and break storage and logs. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface PasswordContext {
  /** The account's username: the password must not contain it. */
  username?: string;
  /** The account's display name: the password must not contain it (when it has 3+ characters, or 2+ CJK). */
  displayName?: string;
}

const lower = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function displayNameIsSpecific(name: string): boolean {
  const chars = [...name];
  return chars.length >= 3 || (chars.length >= 2 && /\p{Script=Han}/u.test(name));
}

/**
 * Why `password` may not be set for an account, as messages that follow the field's path ("password: is too
 * common"); empty when it is acceptable. Composition is never asked for (§5.1.1.2: "SHOULD NOT impose other
 * composition rules").
 */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  return [...intrinsicPasswordProblems(password), ...contextPasswordProblems(password, context)];
}

/** The problems of the password alone: characters, length, the breach list, repetition and sequences. */
export function intrinsicPasswordProblems(password: string): string[] {
  if (CONTROL.test(password)) return ['must not contain control characters or unpaired surrogates'];
  const normalised = normalisePassword(password);
  const chars = [...normalised];
  if (chars.length < PASSWORD_MIN_LENGTH) return [`must be at least ${PASSWORD_MIN_LENGTH} characters`];
  if (chars.length > PASSWORD_MAX_LENGTH) return [`must be at most ${PASSWORD_MAX_LENGTH} characters`];
  const folded = normalised.toLowerCase();
  if (commonPasswords().has(folded)) return ['is too common: it is on a list of passwords seen in breaches'];
  if (effectiveLength(normalised) < MIN_EFFECTIVE_LENGTH || period([...folded]) <= Math.min(4, chars.length / 2)) {
    return ['is too predictable: it repeats or runs through characters (such as aaaaaaaa, 12345678 or abcdefgh)'];
  }
  return [];
}

/** The problems of the password for this account (§5.1.1.2 "context-specific words"): its names, the platform's. */
export function contextPasswordProblems(password: string, context: PasswordContext): string[] {
  const problems: string[] = [];
  const squeezed = lower(password);
  if (context.username && squeezed.includes(lower(context.username))) problems.push('must not contain the username');
  if (context.displayName && displayNameIsSpecific(lower(context.displayName)) && squeezed.includes(lower(context.displayName))) {
    problems.push('must not contain the display name');
  }
  for (const word of SERVICE_WORDS) if (squeezed.includes(word)) problems.push(`must not contain the platform's name (${word})`);
  return problems;
}
