/**
 * Chinese numerals as Chinese legal texts number their articles, paragraphs and items (第一百零二条, 第一款, （三）).
 * The forms follow the official texts: 十 for 10, 十一 for 11 (not 一十一), 一百一十条 for 110 (a 十 after 百 keeps its
 * 一), 零 once for every run of empty places inside the number (一百零二, 一千零二十, 一千零二).
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = [
  { value: 1000, char: '千' },
  { value: 100, char: '百' },
  { value: 10, char: '十' },
] as const;

/** 1 ≤ n ≤ 9999, a whole number: the largest article number of a Chinese act is in the low thousands. */
export const MAX_CHINESE_NUMERAL = 9999;

/** The Chinese numeral of a whole number 1–9999: 10 → 十, 11 → 十一, 20 → 二十, 102 → 一百零二, 110 → 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) throw new RangeError(`not a number 1–${MAX_CHINESE_NUMERAL}: ${n}`);
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const { value, char } of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十 alone opens a number 10–19; anywhere else 一十 (一百一十).
    out += value === 10 && digit === 1 && out === '' ? char : DIGITS[digit] + char;
  }
  if (rest > 0) out += (pendingZero ? '零' : '') + DIGITS[rest];
  return out;
}

const DIGIT_VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The number of a Chinese numeral (the inverse of `toChineseNumeral`, and lenient with 一十 and 两), or null when
 * the text is not one. Arabic digits are read too ("第41条").
 */
export function fromChineseNumeral(text: string): number | null {
  const s = text.trim();
  if (/^\d{1,4}$/.test(s)) {
    const n = Number(s);
    return n >= 1 ? n : null;
  }
  if (s === '' || !/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    if (ch in DIGIT_VALUE) {
      const value = DIGIT_VALUE[ch]!;
      if (digit !== null) return null; // two digits in a row
      if (value === 0) {
        if (total === 0) return null; // a leading 零
        continue; // 零 marks empty places: 一百零二
      }
      digit = value;
      continue;
    }
    const unit = UNIT_VALUE[ch]!;
    if (unit >= lastUnit) return null; // 十百, 百百
    total += (digit ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return null;
    lastUnit = unit;
    digit = null;
  }
  if (digit !== null) total += digit;
  return total >= 1 && total <= MAX_CHINESE_NUMERAL ? total : null;
}
