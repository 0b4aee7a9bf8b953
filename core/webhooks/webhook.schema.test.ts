import { describe, expect, it } from 'vitest';
import { nextAttemptDelay, webhookCreateSchema } from './webhook.schema.ts';

describe('webhooks', () => {
  it('retries after 1 min, 5 min, 30 min, 2 h, 12 h, then gives up', () => {
    expect([1, 2, 3, 4, 5, 6].map(nextAttemptDelay)).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 43_200_000, null]);
  });

  it('accepts http(s) URLs only', () => {
    expect(webhookCreateSchema.safeParse({ url: 'https://gov.example/hook', events: ['hazard.escalated'] }).success).toBe(true);
    expect(webhookCreateSchema.safeParse({ url: 'ftp://x/y', events: ['hazard.escalated'] }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ url: 'https://x/y', events: [] }).success).toBe(false);
  });
});
