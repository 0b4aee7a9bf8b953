import { describe, expect, it } from 'vitest';
import { builtInItem } from './checklists/built-in-checklists.ts';
import { hazardCreateSchema } from './hazard.schema.ts';
import { executionRefusal, hazardOfFailedItem, mayExecuteTask, resultProblems, taskStatusAt } from './investigation-task.ts';

const task = { status: 'open' as const, periodStart: new Date('2026-12-01T00:00:00+08:00'), dueAt: new Date('2026-12-01T23:59:59.999+08:00') };
const noon = new Date('2026-12-01T12:00:00+08:00');

describe('taskStatusAt', () => {
  it('is missed as soon as the due time passes, before any job runs', () => {
    expect(taskStatusAt(task, task.dueAt)).toBe('open');
    expect(taskStatusAt(task, new Date(task.dueAt.getTime() + 1))).toBe('missed');
    expect(taskStatusAt({ ...task, status: 'done' }, new Date('2027-01-01'))).toBe('done');
  });
});

describe('executionRefusal', () => {
  it('allows an open task within its period', () => {
    expect(executionRefusal(task, noon)).toBeNull();
    expect(executionRefusal(task, task.periodStart)).toBeNull();
  });

  it('refuses a second execution, a missed task and a period that has not started', () => {
    expect(executionRefusal({ ...task, status: 'done' }, noon)).toEqual({ reason: 'task_done', message: expect.stringMatching(/already/) });
    expect(executionRefusal({ ...task, status: 'missed' }, noon)?.reason).toBe('task_missed');
    expect(executionRefusal(task, new Date(task.dueAt.getTime() + 1))?.message).toMatch(/missed/);
    expect(executionRefusal(task, new Date(task.periodStart.getTime() - 1))).toEqual({ reason: 'task_not_started', message: expect.stringMatching(/not started/) });
  });
});

describe('mayExecuteTask', () => {
  it('leaves a self-check task (the enterprise’s own plan) to the enterprise, a department’s plan also to an inspector', () => {
    expect(mayExecuteTask('enterprise', { selfCheck: true })).toBe(true);
    expect(mayExecuteTask('enterprise', { selfCheck: false })).toBe(true);
    expect(mayExecuteTask('inspector', { selfCheck: false })).toBe(true);
    expect(mayExecuteTask('inspector', { selfCheck: true })).toBe(false);
    for (const role of ['admin', 'regulator', 'expert'] as const) expect(mayExecuteTask(role, { selfCheck: false })).toBe(false);
  });
});

describe('resultProblems', () => {
  const r = (itemCode: string, photoIds: string[] = []) => ({ itemCode, photoIds });

  it('accepts exactly one result per item in any order', () => {
    expect(resultProblems(['A', 'B'], [r('B'), r('A')])).toEqual([]);
  });

  it('names unknown and repeated items where they are and the missing ones together', () => {
    expect(resultProblems(['A', 'B', 'C'], [r('A'), r('X'), r('A')])).toEqual([
      { path: 'results.1.itemCode', message: 'X is not an item of this task’s checklist' },
      { path: 'results.2.itemCode', message: 'A already has a result (results.0)' },
      { path: 'results', message: 'needs a result for items B, C' },
    ]);
  });

  it('refuses one photo on two results', () => {
    expect(resultProblems(['A', 'B'], [r('A', ['p']), r('B', ['q', 'p'])])).toEqual([{ path: 'results.1.photoIds.1', message: 'is already used by results.0.photoIds.0' }]);
  });
});

describe('hazardOfFailedItem', () => {
  const context = { enterpriseId: '3b1f6a0e-2d4c-4e8a-9f3b-5c6d7e8f9a0b', keyAreas: ['粉尘爆炸危险场所', '除尘系统'], foundAt: noon, source: 'self_check' as const };

  it('makes a major hazard from a major criterion, valid for the create schema', () => {
    const item = builtInItem('GM23-11-03')!;
    const hazard = hazardOfFailedItem(item, { itemCode: item.code, outcome: 'fail', note: '3号车间除尘器无泄爆片', photoIds: ['p'] }, context);
    expect(hazard).toMatchObject({
      grade: 'major',
      checklistItemId: 'GM23-11-03',
      category: 'management',
      location: '粉尘爆炸危险场所、除尘系统',
      legalBasis: { article: '第十一条', item: '（三）' },
      photoIds: ['p'],
    });
    expect(hazard.description).toBe(`${item.text}\n\n3号车间除尘器无泄爆片`);
    expect(hazardCreateSchema.safeParse({ ...hazard, photoIds: [] }).success).toBe(true);
  });

  it('makes a general hazard from a general item, where and of what class the result says', () => {
    const item = builtInItem('GEN-02')!;
    const hazard = hazardOfFailedItem(item, { itemCode: item.code, outcome: 'fail', photoIds: [], location: '2号楼', category: 'thing' }, context);
    expect(hazard).toMatchObject({ grade: 'general', location: '2号楼', category: 'thing', description: item.text });
  });

  it('clips a long item text to a title', () => {
    const item = { ...builtInItem('GEN-02')!, text: '长'.repeat(300) };
    expect(hazardOfFailedItem(item, { itemCode: item.code, outcome: 'fail', photoIds: [] }, context).title).toHaveLength(200);
  });
});
