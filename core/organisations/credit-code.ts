/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 * Layout of the 18 characters (GB 32100-2015 §4):
 *   1      registration-authority code (登记管理部门代码), e.g. '9' 工商
 *   2      organisation-type code (机构类别代码), e.g. '1' 企业
 *   3–8    administrative-division code of the registering authority (GB/T 2260)
 *   9–17   organisation code (组织机构代码, GB 11714), whose 9th character is its own check character
 *   18     check character over the first 17 characters (GB 32100-2015 校验码)
 *
 * Only the 18th character is validated here. The inner GB 11714 check is exposed separately
 * (`organisationCodeCheckChar`) because some registrations carry organisation codes that do not satisfy it,
 * and rejecting those would reject codes that the registering authority actually issued.
 */

/** GB 32100-2015 §4 (代码字符集): digits and upper-case letters without I, O, Z, S, V; the index is the character's value. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 校验码: weight of position i (0-based) is 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 11714-1997 校验码: weights of the 8 body characters of an organisation code. */
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type CreditCodeProblem = 'length' | 'charset' | 'check';

function charValue(ch: string): number {
  return CREDIT_CODE_CHARSET.indexOf(ch);
}

/**
 * The 18th character for a 17-character prefix (GB 32100-2015 校验码): C18 = 31 − (Σ value·weight mod 31),
 * where 31 is written as '0'. Throws if the prefix is not 17 characters of the GB 32100 charset.
 */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = charValue(first17.charAt(i));
    if (value < 0) throw new RangeError(`character ${JSON.stringify(first17.charAt(i))} at ${i + 1} is not in GB 32100`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET.charAt(check === 31 ? 0 : check);
}

/**
 * Why a code is not a valid credit code, or null when it is. The input is taken as is: lower case is a
 * 'charset' problem, because GB 32100-2015 §4 allows upper-case letters only (callers may upper-case
 * user input first, but then they must store what they validated).
 */
export function explainCreditCode(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (charValue(ch) < 0) return 'charset';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'check';
}

export function isValidCreditCode(code: string): boolean {
  return explainCreditCode(code) === null;
}

/**
 * Check character of a GB 11714 organisation code from its 8 body characters (GB 11714-1997 校验码):
 * C9 = 11 − (Σ value·weight mod 11), where digits are worth 0–9 and letters A–Z 10–35; 10 is written 'X'
 * and 11 '0'. Used by the demo generator so that positions 9–17 of generated credit codes are also consistent.
 */
export function organisationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new RangeError(`expected 8 characters 0-9/A-Z, got ${JSON.stringify(body8)}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charAt(i);
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    sum += value * (ORGANISATION_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}
