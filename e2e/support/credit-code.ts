import { randomInt } from 'node:crypto';

// GB 32100-2015: 31 characters (no I, O, Z, S, V) valued 0..30, weighted sum mod 31 gives the check character.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Written independently of core/ so the journey cross-checks the validator rather than reusing it. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  return CHARSET[(31 - (sum % 31)) % 31] ?? '0';
}

/** A random, valid code for a company (9 = registered by market regulation, 1 = enterprise) in `division`. */
export function randomCreditCode(division = '510104'): string {
  let body = `91${division.slice(0, 6).padEnd(6, '0')}`;
  while (body.length < 17) body += CHARSET[randomInt(CHARSET.length)];
  return body + checkCharacter(body);
}

/** The same code with a wrong check character. */
export function withWrongCheckCharacter(code: string): string {
  const right = code[17];
  return code.slice(0, 17) + (right === '0' ? '1' : '0');
}
