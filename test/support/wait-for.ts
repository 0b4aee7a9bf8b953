export interface WaitOptions {
  /** Give up after this long (default 10 s: generous, a loaded machine is slow, a met condition returns at once). */
  timeoutMs?: number;
  /** Pause between two checks (default 20 ms). */
  intervalMs?: number;
  /** What was awaited, for the error when the deadline passes. */
  what?: string;
}

/**
 * Waits until `condition` returns true (or a promise of true), checking every `intervalMs`, and fails once the
 * deadline passes. Tests wait for what they expect to happen, never for a fixed time. No Node.js imports: the web
 * tests (happy-dom) use it too.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 10_000, intervalMs = 20, what = 'the condition' } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}, in vain`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
