import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { transitionBodySchema } from '../../../../core/hazards/hazard-transition.schema.ts';
import { needsConfirmation, toTransitionBody } from './hazard-action-values.ts';

describe('transition bodies from the action forms', () => {
  it('sends a date deadline as a bare city date and only the plan elements filled in', () => {
    const body = toTransitionBody('start_rectification', {
      rectification: {
        mode: 'deadline',
        deadline: { kind: 'date', value: dayjs('2026-03-31 10:20') },
        responsiblePerson: ' 李明 ',
        measures: '更换液位计',
        fundsYuan: 180000,
      },
      governancePlan: { objectivesAndTasks: '恢复联锁', fundsAndMaterials: '  ' },
    });
    expect(body).toEqual({
      action: 'start_rectification',
      rectification: { mode: 'deadline', deadline: '2026-03-31', responsiblePerson: '李明', measures: '更换液位计', fundsYuan: 180000 },
      governancePlan: { objectivesAndTasks: '恢复联锁' },
    });
    expect(transitionBodySchema.safeParse(body).success).toBe(true);
  });

  it('sends an exact deadline in city time with its offset', () => {
    const body = toTransitionBody('request_extension', {
      requestedDeadline: { kind: 'time', value: dayjs('2026-04-30 17:30:45') },
      reason: '供货延迟',
    });
    expect(body).toEqual({ action: 'request_extension', requestedDeadline: '2026-04-30T17:30:00+08:00', reason: '供货延迟' });
    expect(transitionBodySchema.safeParse(body).success).toBe(true);
  });

  it('leaves out an immediate rectification’s empty deadline and an empty plan', () => {
    const body = toTransitionBody('start_rectification', {
      rectification: { mode: 'immediate', deadline: { kind: 'date', value: null }, responsiblePerson: '王芳', measures: '清理', fundsYuan: 0 },
      governancePlan: {},
    });
    expect(body).toEqual({
      action: 'start_rectification',
      rectification: { mode: 'immediate', deadline: undefined, responsiblePerson: '王芳', measures: '清理', fundsYuan: 0 },
      governancePlan: undefined,
    });
    expect(transitionBodySchema.safeParse(body).success).toBe(true);
  });

  it('answers the pending extension request by its number', () => {
    expect(toTransitionBody('decide_extension', { granted: false, comment: '' }, 2)).toEqual({
      action: 'decide_extension',
      extensionId: 2,
      granted: false,
      comment: undefined,
    });
  });

  it('asks for confirmation before a rejection or a refused extension only', () => {
    expect(needsConfirmation('reject', { comment: '照片不清' })).toBe(true);
    expect(needsConfirmation('decide_extension', { granted: false })).toBe(true);
    expect(needsConfirmation('decide_extension', { granted: true })).toBe(false);
    expect(needsConfirmation('approve', {})).toBe(false);
  });
});
