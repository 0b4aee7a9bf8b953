import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/test-app.ts';
import type { TestApp } from '../../test/support/test-app.ts';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createPlanAs, planBody } from '../../test/support/plan-factories.ts';
import { waitFor } from '../../test/support/wait-for.ts';
import { jobLockKey, runExclusively, startScheduler, type ScheduledJob } from './scheduler.ts';

let t: TestApp;
const silent = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('runExclusively', () => {
  it('lets one session run a job while another holds its lock, and frees the lock afterwards', async () => {
    let release: (() => void) | undefined;
    const held = runExclusively(t.db, 'demo-job', () => new Promise<string>((r) => (release = () => r('first'))));
    await waitFor(() => release !== undefined, { what: 'the first session to hold the lock' });
    expect(await runExclusively(t.db, 'demo-job', async () => 'second')).toEqual({ ran: false });
    expect(await runExclusively(t.db, 'another-job', async () => 'other')).toEqual({ ran: true, result: 'other' });
    release!();
    expect(await held).toEqual({ ran: true, result: 'first' });
    expect(await runExclusively(t.db, 'demo-job', async () => 'third')).toEqual({ ran: true, result: 'third' });
  });

  it('frees the lock when the job fails', async () => {
    await expect(runExclusively(t.db, 'failing-job', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await runExclusively(t.db, 'failing-job', async () => 1)).toEqual({ ran: true, result: 1 });
  });

  it('keys jobs by a stable hash of their name', () => {
    expect(jobLockKey('generate-investigation-tasks')).toBe(jobLockKey('generate-investigation-tasks'));
    expect(jobLockKey('generate-investigation-tasks')).not.toBe(jobLockKey('mark-missed-tasks'));
  });
});

describe('startScheduler', () => {
  it('runs a job in one instance at a time however many run the scheduler, and stops cleanly', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const job: ScheduledJob = {
      name: 'overlap-probe',
      everyMs: 5,
      async run() {
        active++;
        most = Math.max(most, active);
        runs++;
        await sleep(30);
        active--;
      },
    };
    const instances = [startScheduler(t.db, silent, [job]), startScheduler(t.db, silent, [job]), startScheduler(t.db, silent, [job])];
    await waitFor(() => runs > 3, { what: 'more than three runs' });
    await Promise.all(instances.map((s) => s.stop()));
    expect(most).toBe(1);
    expect(active).toBe(0);
    // Nothing runs after stop(): watch for a while (a window, not a wait: on a slow machine it only sees less).
    const after = runs;
    await sleep(50);
    expect(runs).toBe(after);
  });

  it('keeps running after a failing run', async () => {
    let runs = 0;
    const scheduler = startScheduler(t.db, silent, [{ name: 'flaky', everyMs: 5, run: async () => { runs++; if (runs === 1) throw new Error('boom'); } }]);
    await waitFor(() => runs > 1, { what: 'a run after the failing one' });
    await scheduler.stop();
    expect(runs).toBeGreaterThan(1);
  });

  it('runs the investigation jobs by default', async () => {
    const enterprise = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' });
    const { token } = await signedIn(t, 'enterprise', { enterpriseId: enterprise.id });
    const plan = await createPlanAs(t, token, planBody({ checklist: 'general' }));
    await t.db.updateTable('investigation_tasks').set({ due_at: new Date(Date.now() - 1000) }).where('plan_id', '=', plan.id).execute();
    const scheduler = startScheduler(t.db, silent);
    const status = async () => (await t.db.selectFrom('investigation_tasks').select('status').where('plan_id', '=', plan.id).executeTakeFirstOrThrow()).status;
    await waitFor(async () => (await status()) === 'missed', { what: 'the overdue task to be marked missed' }).finally(() => scheduler.stop());
    expect(await status()).toBe('missed');
  });
});
