import { describe, expect, it } from 'vitest';
import { renderNotification } from './notification-message.ts';

describe('renderNotification', () => {
  it('writes an overdue hazard in Chinese with its deadline on the city calendar and a link', () => {
    const m = renderNotification(
      {
        kind: 'hazard_overdue',
        entity: 'hazard',
        entityId: 'h-1',
        title: '储罐区可燃气体报警器失效',
        // 16:30 UTC on 19 December is 00:30 on 20 December in Chengdu.
        payload: { enterpriseName: '成都沱江化工有限公司', grade: 'major', deadline: '2026-12-19T16:30:00.000Z', target: 'district' },
      },
      'https://anquan.example.gov.cn',
    );
    expect(m.subject).toBe('【安全生产】隐患逾期未整改：储罐区可燃气体报警器失效');
    expect(m.text).toContain('成都沱江化工有限公司的重大事故隐患“储罐区可燃气体报警器失效”整改期限为2026年12月20日，逾期仍未整改完毕。');
    expect(m.text).toContain('区（市）县监管部门');
    expect(m.text).toContain('查看：https://anquan.example.gov.cn/hazards/h-1');
    expect(m.short).toBe('【安全生产】隐患逾期未整改：储罐区可燃气体报警器失效 https://anquan.example.gov.cn/hazards/h-1');
  });

  it('says whether an alarm climbed the ladder or is only reminded, and has no link without a public URL', () => {
    const base = { entity: 'alarm', entityId: 'a-1', title: '某公司 甲烷传感器（CH4-01）甲烷 1.2 %CH4' };
    const escalated = renderNotification({ ...base, kind: 'alarm_escalated', payload: { severity: 'critical', target: 'city' } });
    expect(escalated.subject).toBe('【安全生产】严重报警未确认，已逐级上报：某公司 甲烷传感器（CH4-01）甲烷 1.2 %CH4');
    expect(escalated.text).toContain('已上报至市级监管部门');
    expect(escalated.text).not.toContain('查看');
    expect(renderNotification({ ...base, kind: 'alarm_reminder', payload: { severity: 'alarm' } }).subject).toBe('【安全生产】报警仍未确认：某公司 甲烷传感器（CH4-01）甲烷 1.2 %CH4');
  });

  it('falls back to the title for a kind it does not know', () => {
    expect(renderNotification({ kind: 'other', entity: 'x', entityId: '1', title: '标题', payload: null }).subject).toBe('【安全生产】标题');
  });
});
