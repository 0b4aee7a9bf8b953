// @vitest-environment happy-dom
import dayjs from 'dayjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextCheckDue } from '../../../../core/major-hazards/major-hazard-source.schema.ts';
import { waitFor } from '../../../../test/support/wait-for.ts';
import type { SessionUser } from '../../app/session.types.ts';
import { i18n } from '../../i18n/i18n.ts';
import { flush, type Rendered } from '../../test-support/render.tsx';
import { click, fakeApi, renderScreen, typeInto } from '../../test-support/screen.tsx';
import { formatCityTime, instantOfCityWallClock } from '../hazards/hazard-time.ts';
import { checkBody, defaultRole, GuarantorCheckPage } from './guarantor-check.page.tsx';
import { sourceChanges } from './major-hazard-source-edit.page.tsx';
import { toSourceFormValues } from './major-hazard-source-form.tsx';
import type { GuarantorView, MajorHazardSource } from './major-hazard.types.ts';

const ID = '00000000-0000-4000-8000-00000000b001';
const officer: SessionUser = { id: 'u1', username: 'enterprise', displayName: '赵强', role: 'enterprise', departmentId: null, enterpriseId: 'e1' };
const DAY = 86_400_000;

const guarantor = (role: GuarantorView['role'], name: string, overdue: boolean, intervalDays: number): GuarantorView => ({
  role,
  name,
  intervalDays,
  lastCheckedAt: new Date(Date.now() - (overdue ? intervalDays + 2 : 1) * DAY).toISOString(),
  dueAt: new Date(Date.now() + (overdue ? -2 : intervalDays - 1) * DAY).toISOString(),
  overdue,
});

const source = (operationalOverdue: boolean): MajorHazardSource => ({
  id: ID,
  enterpriseId: 'e1',
  enterpriseName: '成都沱江化工有限公司',
  name: '液氨罐区',
  unitKind: 'storage',
  exposedPopulation: 120,
  substances: [{ name: '液氨', quantityTonnes: 60 }],
  assessment: { items: [], s: 6, isMajor: true, alpha: 2, r: 24, level: 3, warnings: [] } as unknown as MajorHazardSource['assessment'],
  isMajor: true,
  level: 3,
  sensorCodes: [],
  guarantors: [guarantor('principal', '王总', false, 92), guarantor('technical', '李工', false, 31), guarantor('operational', '赵班长', operationalOverdue, 7)],
  checksOverdue: operationalOverdue,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

let view: Rendered | undefined;
const text = () => document.body.textContent ?? '';
const roleRow = (role: string) => document.querySelector(`[data-testid=role-${role}]`)?.closest('.ant-radio-wrapper')?.textContent ?? '';

describe('recording a 包保 check', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('records the overdue operator’s check with its findings, shows the next due time by the rule, clears the flag, and offers to report a hazard', async () => {
    let current = source(true);
    const api = fakeApi((method, path, body) => {
      if (method === 'GET' && path === `/api/v1/major-hazard-sources/${ID}`) return [200, current];
      if (method === 'POST' && path === `/api/v1/major-hazard-sources/${ID}/checks`) {
        const b = body as { role: 'operational'; checker: string; checkedAt: string; items: string[]; problems?: string };
        current = source(false);
        const check = { id: 'c1', sourceId: ID, ...b, problems: b.problems ?? null, hazardId: null, hazardTitle: null, nextDueAt: nextCheckDue(b.role, new Date(b.checkedAt)).toISOString(), recordedBy: '赵强', createdAt: '' };
        return [201, { check, source: current }];
      }
      return [404, { error: { code: 'NOT_FOUND', message: path } }];
    });
    vi.stubGlobal('fetch', api.fetch);
    view = (await renderScreen([{ path: '/major-hazard-sources/:id/check', element: <GuarantorCheckPage /> }], `/major-hazard-sources/${ID}/check`, officer)).view;

    // Without ?role the overdue operator is chosen, with their name as the checker.
    await waitFor(() => (document.querySelector('#checker') as HTMLInputElement | null)?.value === '赵班长', { what: 'the form for the overdue role' });
    expect(roleRow('operational')).toContain('已逾期');
    const operational = document.querySelector('[data-testid=role-operational]');
    expect((operational?.matches('input') ? operational : operational?.querySelector('input')) as HTMLInputElement).toHaveProperty('checked', true);
    // The next check is due 7 days after the check's time (CHECK_INTERVAL_DAYS.operational).
    const picked = (document.querySelector('#checkedAt') as HTMLInputElement).value;
    const expected = formatCityTime(new Date(instantOfCityWallClock(dayjs(picked, 'YYYY-MM-DD HH:mm')).getTime() + 7 * DAY).toISOString());
    await waitFor(() => document.querySelector('[data-testid=next-check-due]')?.textContent === expected, { what: `the next due time ${expected}` });

    // Nothing ticked: refused here, nothing sent.
    await click(document.querySelector('button[type=submit]'));
    await waitFor(() => text().includes('请至少勾选或填写一项检查内容'), { what: 'the items message' });
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    await click(document.querySelectorAll('.ant-checkbox-input')[2]);
    await typeInto(document.querySelector('#otherItems') as HTMLTextAreaElement, '罐区围堰\n\n 应急喷淋 ');
    await click([...document.querySelectorAll('.ant-radio-button-wrapper')].find((b) => b.textContent === '发现问题'));
    await waitFor(() => document.querySelector('#problems') !== null, { what: 'the problems field' });
    await typeInto(document.querySelector('#problems') as HTMLTextAreaElement, ' 2号储罐报警器超期未标定 ');
    await click(document.querySelector('button[type=submit]'));
    await waitFor(async () => {
      await flush(20);
      return text().includes('检查已记录') && text().includes('上报隐患');
    }, { what: 'the saved screen' });

    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({
      role: 'operational',
      checker: '赵班长',
      checkedAt: `${dayjs(picked, 'YYYY-MM-DD HH:mm').format('YYYY-MM-DDTHH:mm:ss')}+08:00`,
      items: ['储罐、管线、阀门有无泄漏', '罐区围堰', '应急喷淋'],
      problems: '2号储罐报警器超期未标定',
    });
    expect(text()).toContain(`下次检查应于 ${expected} 前完成`);
    const report = [...document.querySelectorAll('a')].find((a) => a.textContent?.includes('上报隐患'));
    expect(report?.getAttribute('href')).toBe(`/major-hazard-sources/${ID}/checks/c1/hazard`);

    // Another check: the operator is no longer overdue.
    await click([...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === '继续记录'));
    await waitFor(() => document.querySelector('[data-testid=role-operational]') !== null, { what: 'the form again' });
    expect(roleRow('operational')).not.toContain('已逾期');
  }, 40_000);
});

describe('the check and edit bodies', () => {
  it('sends ticked and written items once each, problems only when found', () => {
    const base = { role: 'technical' as const, checker: ' 李工 ', checkedAt: null, items: ['SIS'], otherItems: 'SIS\n培训', found: 'none' as const, problems: '写了又改为未发现' };
    expect(checkBody(base)).toEqual({ role: 'technical', checker: '李工', items: ['SIS', '培训'] });
    expect(checkBody({ ...base, found: 'some', problems: ' 旁路 ' })).toMatchObject({ problems: '旁路' });
  });

  it('picks the overdue role, else the one due soonest', () => {
    expect(defaultRole(source(true))).toBe('operational');
    const s = source(false);
    expect(defaultRole({ ...s, guarantors: s.guarantors.map((g) => (g.role === 'technical' ? { ...g, dueAt: new Date(Date.now() + DAY).toISOString() } : g)) })).toBe('technical');
  });

  it('sends only what the edit changed; a new person replaces all three names', () => {
    const s = source(false);
    const v = toSourceFormValues(s);
    expect(sourceChanges(s, v, { exposedPopulation: 120, substances: s.substances })).toEqual({});
    const changed = sourceChanges(s, { ...v, guarantors: { ...v.guarantors, operational: { name: '钱班长' } } }, { exposedPopulation: 120, substances: [{ name: '液氨', quantityTonnes: 80 }] });
    expect(changed).toEqual({
      substances: [{ name: '液氨', quantityTonnes: 80 }],
      guarantors: { principal: { name: '王总' }, technical: { name: '李工' }, operational: { name: '钱班长' } },
    });
  });
});
