// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import type { Rendered } from '../../test-support/render.tsx';
import { $, $$, byText, click, ENTERPRISE, mount, page, stubApi, type, until, user } from './sensor-admin-test-kit.tsx';
import { SensorSilencesCard, SilenceBanner } from './sensor-silences.tsx';
import { sensor } from './test-alarms.ts';
import type { Silence } from './use-sensor-admin.queries.ts';

const SENSOR = '00000000-0000-4000-8000-000000000001';
const silence = (overrides: Partial<Silence> = {}): Silence => ({
  id: '00000000-0000-4000-8000-0000000000f1',
  sensorId: SENSOR,
  reason: '传感器标校（每15天）',
  until: '2026-12-03T12:00:00.000Z',
  createdAt: '2026-12-03T08:00:00.000Z',
  createdBy: '赵强',
  cancelledAt: null,
  cancelledBy: null,
  state: 'in_force',
  ...overrides,
});

let view: Rendered | undefined;

describe('maintenance silences on the sensor page', () => {
  beforeAll(() => i18n.changeLanguage('zh-CN'));
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('the banner says until when and why; the list shows past ones; cancelling asks first', async () => {
    const current = silence();
    const past = silence({ id: '00000000-0000-4000-8000-0000000000f2', reason: '检修', state: 'cancelled', cancelledAt: '2026-12-02T03:00:00.000Z', cancelledBy: '李娜' });
    const calls = stubApi(
      (c) => (c.method === 'GET' && c.url.startsWith(`/api/v1/sensors/${SENSOR}/silences?`) ? { body: page([current, past]) } : undefined),
      (c) => (c.method === 'POST' && c.url.endsWith('/cancel') ? { body: { ...current, state: 'cancelled', cancelledAt: '2026-12-03T09:00:00.000Z', cancelledBy: '赵强' } } : undefined),
    );
    const silenced = sensor({ id: SENSOR, enterpriseId: ENTERPRISE, silencedUntil: current.until });
    view = await mount(
      <>
        <SilenceBanner sensor={silenced} />
        <SensorSilencesCard sensor={silenced} />
      </>,
    );
    await until(() => $('[data-testid="silence-banner"]')?.textContent?.includes('传感器标校') ?? false, 'the banner with the reason');
    expect($('[data-testid="silence-banner"]')!.textContent).toContain('维护屏蔽中，至 2026-12-03 20:00');
    const rows = $$('.ant-table-row').map((r) => r.textContent);
    expect(rows[0]).toContain('生效中');
    expect(rows[1]).toContain('已取消');
    expect(rows[1]).toContain('李娜 于 2026-12-02 11:00 取消');
    expect($$('[data-action="cancel-silence"]')).toHaveLength(1);

    await click($('[data-action="cancel-silence"]'), 'cancel');
    await until(() => $('.ant-popconfirm') !== null, 'the confirmation');
    expect($('.ant-popconfirm')!.textContent).toContain('提前结束该屏蔽？');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await click($('.ant-popconfirm .ant-btn-primary'), 'the confirmation’s OK');
    await until(() => calls.some((c) => c.method === 'POST'), 'the cancel request');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([`/api/v1/sensors/${SENSOR}/silences/${current.id}/cancel`]);
  }, 30_000);

  it('sets a silence for a preset duration with a reason', async () => {
    const calls = stubApi(
      (c) => (c.method === 'GET' ? { body: page([]) } : undefined),
      (c) => (c.method === 'POST' ? { status: 201, body: silence({ reason: (c.body as { reason: string }).reason, until: (c.body as { until: string }).until }) } : undefined),
    );
    view = await mount(<SensorSilencesCard sensor={sensor({ id: SENSOR, enterpriseId: ENTERPRISE })} />);
    await until(() => document.body.textContent!.includes('标校或检修前可新建屏蔽'), 'the empty state');
    await click(byText('.ant-card-extra button span', '新建屏蔽')?.closest('button') ?? null, 'new silence');
    await click($('.ant-modal-footer .ant-btn-primary'), 'OK without a reason');
    await until(() => document.body.textContent!.includes('请填写原因'), 'the reason is required');
    await type($('.ant-modal textarea'), ' 更换探头 ');
    await click(byText('.ant-modal .ant-radio-button-wrapper span', '4 小时'), '4 hours');
    const before = Date.now();
    await click($('.ant-modal-footer .ant-btn-primary'), 'OK');
    await until(() => calls.some((c) => c.method === 'POST'), 'the silence');
    const body = calls.find((c) => c.method === 'POST')!.body as { reason: string; until: string };
    expect(body.reason).toBe('更换探头');
    const until4h = Date.parse(body.until) - before;
    expect(until4h).toBeGreaterThan(4 * 3_600_000 - 60_000);
    expect(until4h).toBeLessThanOrEqual(4 * 3_600_000 + 60_000);
  }, 30_000);

  it('an inspector sees the silences but cannot set or cancel one', async () => {
    stubApi((c) => (c.method === 'GET' ? { body: page([silence()]) } : undefined));
    view = await mount(<SensorSilencesCard sensor={sensor({ id: SENSOR, enterpriseId: ENTERPRISE })} />, user({ role: 'inspector', enterpriseId: null, departmentId: 'd1' }));
    await until(() => $$('.ant-table-row').length === 1, 'the list');
    expect($$('[data-action="cancel-silence"]')).toHaveLength(0);
    expect($('.ant-card-extra button')).toBeNull();
  }, 30_000);
});
