import { createHash } from 'node:crypto';

/**
 * The random draw of 双随机一公开 (国务院办公厅关于推广随机抽查规范事中事后监管的通知, 国办发〔2015〕58号: 随机抽取检查
 * 对象、随机选派执法检查人员、抽查情况及查处结果及时向社会公开), as a pure, reproducible function (docs/adr/0019).
 *
 * Inputs are the seed and the two frozen candidate lists in canonical order (ids sorted ascending, as text). The
 * random stream is SHA-256 in counter mode: block i is SHA-256(`${ALGORITHM}|${label}|${seed}|${i}`), read as
 * eight big-endian uint32. An index below n is drawn by rejection sampling (no modulo bias), and k of n are
 * chosen by a partial Fisher–Yates shuffle. Anyone with the published seed and candidate lists can re-run it in
 * any language; nothing depends on Math.random, the platform or the database's row order.
 */
export const DRAW_ALGORITHM = 'sha256-ctr-fisher-yates-v1';

/** Canonical order of a candidate list: ids sorted by their text (code-unit order), duplicates removed. */
export function canonicalOrder(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A stream of uint32 values, deterministic in (label, seed). */
export function uint32Stream(seed: string, label: string): () => number {
  let counter = 0;
  let block: Buffer = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset >= block.length) {
      block = createHash('sha256').update(`${DRAW_ALGORITHM}|${label}|${seed}|${counter++}`, 'utf8').digest();
      offset = 0;
    }
    const value = block.readUInt32BE(offset);
    offset += 4;
    return value;
  };
}

/** Uniform integer in [0, n) by rejection sampling over uint32 (n ≤ 2^32). */
export function uniformBelow(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) throw new RangeError(`bad bound ${n}`);
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const v = next();
    if (v < limit) return v % n;
  }
}

/** k distinct elements of `candidates` (already canonically ordered), in draw order: a partial Fisher–Yates shuffle. */
export function drawSample(candidates: readonly string[], k: number, seed: string, label: string): string[] {
  if (!Number.isInteger(k) || k < 0 || k > candidates.length) throw new RangeError(`cannot draw ${k} of ${candidates.length}`);
  const pool = [...candidates];
  const next = uint32Stream(seed, label);
  for (let i = 0; i < k; i++) {
    const j = i + uniformBelow(next, pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

export interface DrawInput {
  seed: string;
  candidateEnterprises: readonly string[];
  candidateInspectors: readonly string[];
  enterpriseCount: number;
  inspectorCount: number;
}

export interface DrawOutcome {
  enterprises: string[];
  inspectors: string[];
  candidatesDigest: string;
}

/** SHA-256 of the two canonical candidate lists: publishing it lets anyone check that the lists were not swapped. */
export function candidatesDigest(enterprises: readonly string[], inspectors: readonly string[]): string {
  return createHash('sha256').update(`${enterprises.join(',')}\n${inspectors.join(',')}`, 'utf8').digest('hex');
}

/** The whole draw: enterprises and inspectors from independent streams of the same seed. */
export function runDraw(input: DrawInput): DrawOutcome {
  const enterprises = canonicalOrder(input.candidateEnterprises);
  const inspectors = canonicalOrder(input.candidateInspectors);
  return {
    enterprises: drawSample(enterprises, input.enterpriseCount, input.seed, 'enterprises'),
    inspectors: drawSample(inspectors, input.inspectorCount, input.seed, 'inspectors'),
    candidatesDigest: candidatesDigest(enterprises, inspectors),
  };
}

/** Re-runs a stored draw and compares: any change to the seed, the lists or the result makes it invalid. */
export function verifyDraw(stored: DrawInput & DrawOutcome): { valid: boolean; problems: string[] } {
  const again = runDraw(stored);
  const problems: string[] = [];
  if (again.candidatesDigest !== stored.candidatesDigest) problems.push('the candidate lists do not match their published digest');
  if (again.enterprises.join() !== stored.enterprises.join()) problems.push('the drawn enterprises differ from a re-run of the draw');
  if (again.inspectors.join() !== stored.inspectors.join()) problems.push('the drawn inspectors differ from a re-run of the draw');
  return { valid: problems.length === 0, problems };
}
