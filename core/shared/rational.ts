/**
 * Exact arithmetic on decimals typed by people (quantities in tonnes, LEC scores), as fractions of BigInts.
 * Binary floating point makes 0.1 × 1 × 3 = 0.30000000000000004 and can put a sum of ratios that is exactly 1
 * just below it (domain-rules §3.1 "S ≥ 1 inclusive", §4.2), so rules compare fractions, never floats.
 */
export interface Rational {
  readonly n: bigint;
  /** Always > 0; the fraction is kept in lowest terms. */
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The exact value of a decimal as written: `0.1` is one tenth, not the nearest double. A JS number is taken
 * through its shortest round-trip text (`String(0.1)` = "0.1"), which is the decimal a person or JSON wrote.
 */
export function fromDecimal(value: number | string): Rational {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = DECIMAL.exec(String(value).trim());
  if (!match) throw new RangeError(`not a decimal: ${value}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let n = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  let d = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e >= 0) n *= 10n ** BigInt(e);
  else d *= 10n ** BigInt(-e);
  return rational(n, d);
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const sum = (values: readonly Rational[]) => values.reduce(add, rational(0n));

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rounded half away from zero to `digits` decimals, for display and JSON; never for a comparison. */
export function toNumber(value: Rational, digits = 6): number {
  const scale = 10n ** BigInt(digits);
  const scaled = abs(value.n) * scale * 2n + value.d;
  const rounded = scaled / (2n * value.d);
  const text = rounded.toString().padStart(digits + 1, '0');
  const signed = `${value.n < 0n ? '-' : ''}${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
  return Number(signed);
}
