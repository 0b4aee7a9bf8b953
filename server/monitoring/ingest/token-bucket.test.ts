import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

describe('TokenBuckets', () => {
  it('allows a burst of two seconds, then the rate, per key', () => {
    const buckets = new TokenBuckets();
    expect(buckets.take('a', 100, 200, 0)).toEqual({ ok: true });
    expect(buckets.take('a', 100, 50, 0)).toEqual({ ok: false, retryAfterMs: 500 });
    expect(buckets.take('b', 100, 50, 0)).toEqual({ ok: true });
    expect(buckets.take('a', 100, 50, 500)).toEqual({ ok: true });
  });

  it('lets one request larger than the burst through on a full bucket', () => {
    expect(new TokenBuckets().take('a', 10, 1000, 0)).toEqual({ ok: true });
  });
});
