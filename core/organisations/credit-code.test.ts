import { describe, it, expect } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  explainCreditCode,
  isValidCreditCode,
  organisationCodeCheckChar,
} from './credit-code.ts';

// Codes of well-known companies as published on their licences. Each also passes the independent GB 11714
// check of positions 9–17, which a mistyped code would fail about 10 times in 11.
const published = [
  '91350100M000100Y43',
  '91110000600037341L',
  '914403001922038216',
  '91440300708461136T',
  '91110000710926094P',
  '91110108551385082Q',
  '91330100799655058B',
];

/** Replaces the character at `i` by the next one in the GB 32100 charset (wrapping). */
function bump(code: string, i: number): string {
  const next = CREDIT_CODE_CHARSET.charAt((CREDIT_CODE_CHARSET.indexOf(code.charAt(i)) + 1) % 31);
  return code.slice(0, i) + next + code.slice(i + 1);
}

describe('isValidCreditCode', () => {
  it.each(published)('accepts the published code %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(explainCreditCode(code)).toBeNull();
  });

  it.each(published)('rejects %s after any single character is changed by one step', (code) => {
    for (let i = 0; i < 18; i++) expect(explainCreditCode(bump(code, i))).toBe('check');
  });

  it('rejects two adjacent characters swapped', () => {
    expect(explainCreditCode('91350100M000100Y34')).toBe('check');
  });

  it.each([
    ['', 'length'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    [' 91350100M000100Y43', 'length'],
  ] as const)('reports a wrong length for %j', (code, problem) => {
    expect(explainCreditCode(code)).toBe(problem);
  });

  it.each([
    ['91350100m000100y43', 'lower case'],
    ['91350100M000100I43', 'the letter I'],
    ['91350100M000100O43', 'the letter O'],
    ['91350100M000100Z43', 'the letter Z'],
    ['91350100M000100S43', 'the letter S'],
    ['91350100M000100V43', 'the letter V'],
    ['91350100M000100Y4-', 'punctuation'],
    ['９1350100M000100Y43', 'a full-width digit'],
  ])('reports a charset problem for %s (%s)', (code) => {
    expect(explainCreditCode(code)).toBe('charset');
  });
});

describe('creditCodeCheckChar', () => {
  it.each(published)('reproduces the check character of %s', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it("writes a remainder-free sum as '0', not as a 32nd character", () => {
    // Σ = 0 → 31 − 0 = 31 → '0' (GB 32100-2015 校验码)
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('gives 30 as Y, the last character of the charset', () => {
    // Σ = 1·1 → 31 − 1 = 30 → 'Y'
    expect(creditCodeCheckChar('10000000000000000')).toBe('Y');
  });

  it('throws on a prefix of the wrong length or charset', () => {
    expect(() => creditCodeCheckChar('9135')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100I4')).toThrow(RangeError);
  });
});

describe('organisationCodeCheckChar (GB 11714)', () => {
  it.each(published)('matches the organisation-code check character inside %s', (code) => {
    expect(organisationCodeCheckChar(code.slice(8, 16))).toBe(code.charAt(16));
  });

  it("writes 10 as 'X' and 11 as '0'", () => {
    // Σ = 0 → 11 → '0'; Σ = 1·2 → 9; Σ = 1·3 → 8; Σ = 1·5 → 6
    expect(organisationCodeCheckChar('00000000')).toBe('0');
    expect(organisationCodeCheckChar('00000001')).toBe('9');
    expect(organisationCodeCheckChar('10000000')).toBe('8');
    expect(organisationCodeCheckChar('00001000')).toBe('6');
    // Σ = 1 → 11 − 1 = 10 → 'X': no single weight is 1, so use 3·4 = 12 ≡ 1
    expect(organisationCodeCheckChar('40000000')).toBe('X');
  });

  it('throws on a body that is not 8 alphanumerics', () => {
    expect(() => organisationCodeCheckChar('1234567')).toThrow(RangeError);
    expect(() => organisationCodeCheckChar('1234567a')).toThrow(RangeError);
  });
});
