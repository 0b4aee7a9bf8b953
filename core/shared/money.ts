/**
 * Money as the statistics speak it: the API carries integer yuan (元); screens and printed records show 万元
 * (10,000 yuan), as accident statistics and 493号令's grading thresholds do (1000万元 = 10,000,000 元).
 */

/** Integer yuan as a 万元 figure: two decimals at most; a small non-zero sum keeps two significant digits. */
export function formatWanYuan(yuan: number, locale = 'zh-CN'): string {
  const wan = yuan / 10_000;
  const small = yuan !== 0 && Math.abs(wan) < 0.01;
  return wan.toLocaleString(locale, small ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 2 });
}

/** A 万元 figure typed into a form as integer yuan (123.45 → 1,234,500). */
export const wanToYuan = (wan: number): number => Math.round(wan * 10_000);
