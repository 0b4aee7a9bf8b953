import { describe, expect, it } from 'vitest';
import { transitionBodySchema } from './hazard-transition.schema.ts';

const issues = (input: unknown) =>
  transitionBodySchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

const rectification = { mode: 'deadline', deadline: '2026-03-31', responsiblePerson: '张工', measures: '加装泄爆片', fundsYuan: 0 };

describe('transitionBodySchema', () => {
  it('parses the deadline of a rectification as the end of that day in Asia/Shanghai', () => {
    const b = transitionBodySchema.parse({ action: 'start_rectification', rectification });
    expect(b.action === 'start_rectification' && b.rectification.deadline?.toISOString()).toBe('2026-03-31T15:59:59.999Z');
  });

  it.each([
    [{ action: 'start_rectification', rectification: { ...rectification, deadline: undefined } }, 'rectification.deadline', 'is required when mode is deadline'],
    [{ action: 'start_rectification', rectification: { ...rectification, fundsYuan: -1 } }, 'rectification.fundsYuan', 'must not be negative'],
    [{ action: 'start_rectification', rectification: { ...rectification, fundsYuan: 0.5 } }, 'rectification.fundsYuan', 'must be whole yuan'],
    [{ action: 'start_rectification', rectification: { ...rectification, deadline: '2026-02-30' } }, 'rectification.deadline', '2026-02-30 is not a calendar date'],
    [{ action: 'start_rectification', rectification, governancePlan: { objectives: 'x' } }, 'governancePlan', expect.any(String)],
    [{ action: 'submit_for_review', note: ' ' }, 'note', 'is required'],
    [{ action: 'submit_for_review', note: 'ok', photoIds: ['x'] }, 'photoIds.0', 'must be a photo id'],
    [{ action: 'reject' }, 'comment', expect.any(String)],
    [{ action: 'reject', comment: '' }, 'comment', 'is required'],
    [{ action: 'rectify_immediately' }, 'note', expect.any(String)],
    [{ action: 'list_for_supervision', level: 'county', authority: 'x', deadline: '2026-04-30' }, 'level', expect.any(String)],
    [{ action: 'list_for_supervision', level: 'city', authority: 'x' }, 'deadline', expect.any(String)],
    [{ action: 'request_extension', requestedDeadline: 'soon', reason: 'x' }, 'requestedDeadline', expect.stringContaining('must be')],
    [{ action: 'decide_extension', extensionId: 0, granted: true }, 'extensionId', 'must be an extension number'],
    [{ action: 'decide_extension', extensionId: 1, granted: 'yes' }, 'granted', expect.any(String)],
    [{ action: 'approve', extra: 1 }, '', expect.any(String)],
    [{ action: 'close' }, 'action', expect.any(String)],
  ])('%j → %s', (input, path, message) => {
    expect(issues(input)).toEqual([[path, message]]);
  });

  it.each([
    [{ action: 'start_rectification', rectification: { ...rectification, mode: 'immediate', deadline: undefined } }],
    [{ action: 'approve' }],
    [{ action: 'approve', comment: '同意销号' }],
    [{ action: 'rectify_immediately', note: '当场清理' }],
    [{ action: 'list_for_supervision', level: 'province', authority: '四川省安委办', deadline: 1_777_000_000_000 }],
    [{ action: 'decide_extension', extensionId: 2, granted: false }],
  ])('accepts %j', (input) => {
    expect(issues(input)).toEqual([]);
  });
});
