/**
 * Per device key rate limit (issue 4 "floods from one device"): a token bucket of `ratePerSec` readings,
 * holding at most 2 seconds' worth. One device's flood drains only its own bucket.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly burstSeconds = 2) {}

  /** Takes `n` tokens when available; otherwise takes none and returns the ms until they would be. */
  take(keyId: string, ratePerSec: number, n: number, now = Date.now()): { ok: true } | { ok: false; retryAfterMs: number } {
    const capacity = Math.max(ratePerSec * this.burstSeconds, n);
    const bucket = this.#buckets.get(keyId) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * ratePerSec);
    bucket.at = now;
    this.#buckets.set(keyId, bucket);
    if (bucket.tokens >= n) {
      bucket.tokens -= n;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: Math.ceil(((n - bucket.tokens) / ratePerSec) * 1000) };
  }
}
