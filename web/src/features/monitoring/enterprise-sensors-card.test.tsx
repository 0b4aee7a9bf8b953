// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import type { Rendered } from '../../test-support/render.tsx';
import { EnterpriseSensorsCard } from './enterprise-sensors-card.tsx';
import type { Sensor } from './monitoring.types.ts';
import { $, $$, byText, click, ENTERPRISE, mount, page, stubApi, type, until, user } from './sensor-admin-test-kit.tsx';
import { sensor } from './test-alarms.ts';

const co = (overrides: Partial<Sensor> = {}) =>
  sensor({ id: '00000000-0000-4000-8000-0000000000c1', enterpriseId: ENTERPRISE, code: 'HC000-CO-01', name: '装置区一氧化碳', kind: 'co', unit: 'ppm', lastReading: { ts: '2026-12-03T08:00:00.000Z', value: 1.869 }, ...overrides });

let view: Rendered | undefined;

describe('sensors on the enterprise page', () => {
  beforeAll(() => i18n.changeLanguage('zh-CN'));
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('lists code, name, rules, state, last reading and open alarms; deactivates only after confirmation', async () => {
    const list = [co({ openAlarms: 2, alarmState: 'alarm', silencedUntil: '2026-12-03T12:00:00.000Z' }), co({ id: '00000000-0000-4000-8000-0000000000c2', code: 'HC000-LEL-01', template: 'gbt50493-combustible' })];
    const calls = stubApi(
      (c) => (c.method === 'GET' && c.url.startsWith('/api/v1/sensors?') ? { body: page(list) } : undefined),
      (c) => (c.url === '/api/v1/sensor-templates' ? { body: { items: [{ id: 'gbt50493-combustible', name: '可燃气体检测报警（GB/T 50493）', kind: 'combustible_gas' }] } } : undefined),
      (c) => (c.method === 'DELETE' ? { status: 204 } : undefined),
    );
    view = await mount(<EnterpriseSensorsCard enterpriseId={ENTERPRISE} />);
    await until(() => $$('.ant-table-row').length === 2, 'the sensor list');
    expect(calls[0]!.url).toBe(`/api/v1/sensors?enterpriseId=${ENTERPRISE}&page=1&pageSize=10`);
    const first = $$('.ant-table-row')[0]!.textContent!;
    for (const text of ['HC000-CO-01', '装置区一氧化碳', '自定义规则', 'ppm', '报警', '屏蔽中', '1.869 ppm', '2026-12-03 16:00', '2']) expect(first).toContain(text);
    await until(() => ($$('.ant-table-row')[1]!.textContent ?? '').includes('可燃气体检测报警'), 'the template’s name');

    await click($$('[data-action="deactivate"]')[0]!, 'deactivate');
    await until(() => $('.ant-popconfirm') !== null, 'the confirmation');
    expect($('.ant-popconfirm')!.textContent).toContain('停用传感器 HC000-CO-01？');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await click($('.ant-popconfirm .ant-btn-dangerous'), 'the confirmation’s OK');
    await until(() => calls.some((c) => c.method === 'DELETE'), 'the deactivation');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/v1/sensors/00000000-0000-4000-8000-0000000000c1']);
  }, 30_000);

  it('registers from custom thresholds, refusing levels out of order before asking the server', async () => {
    const calls = stubApi(
      (c) => (c.method === 'GET' && c.url.startsWith('/api/v1/sensors?') ? { body: page([]) } : undefined),
      (c) => (c.url === '/api/v1/sensor-templates' ? { body: { items: [] } } : undefined),
      (c) => (c.method === 'POST' && c.url === '/api/v1/sensors' ? { status: 201, body: co({ code: 'T-1' }) } : undefined),
    );
    view = await mount(<EnterpriseSensorsCard enterpriseId={ENTERPRISE} />);
    await until(() => document.body.textContent!.includes('尚未登记传感器。'), 'the empty state saying what to do');
    await click(byText('#sensors .ant-card-extra button span', '登记传感器')?.closest('button') ?? null, 'register');
    await click(byText('.ant-modal .ant-radio-button-wrapper span', '自定义阈值'), 'custom thresholds');
    await until(() => $('.ant-modal input#unit') !== null, 'the custom fields');
    await type($('.ant-modal input#unit'), 'ppm');
    await type($('.ant-modal input#code'), 'T-1');
    await type($('.ant-modal input#name'), '一氧化碳');
    // A kind: the first option.
    const kind = $('.ant-modal #kind')!.closest('.ant-select')!;
    await act(async () => {
      kind.querySelector('.ant-select-selector, .ant-select-content')?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await until(() => $$('.ant-select-item-option').length > 0, 'the kinds');
    await click($$('.ant-select-item-option')[1]!, 'a kind');
    const [warning, alarm] = $$('.ant-modal .ant-input-number input');
    await type(warning!, '50');
    await type(alarm!, '24');
    await click($('.ant-modal-footer .ant-btn-primary'), 'register');
    await until(() => document.body.textContent!.includes('高限应逐级递增'), 'the order message');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    await type(warning!, '12');
    await click($('.ant-modal-footer .ant-btn-primary'), 'register');
    await until(() => calls.some((c) => c.method === 'POST'), 'the registration');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      enterpriseId: ENTERPRISE,
      code: 'T-1',
      name: '一氧化碳',
      location: '',
      expectedIntervalSec: 30,
      rangeLow: null,
      rangeHigh: null,
      kind: 'co',
      unit: 'ppm',
      rules: [
        { kind: 'threshold', direction: 'high', levels: [{ severity: 'warning', at: 12 }, { severity: 'alarm', at: 24 }], deadband: 0, minDurationSec: 0 },
        { kind: 'stale', severity: 'warning' },
      ],
    });
  }, 60_000);

  it('shows no register, edit or deactivate to an inspector, nor to another enterprise', async () => {
    stubApi((c) => (c.method === 'GET' && c.url.startsWith('/api/v1/sensors?') ? { body: page([co()]) } : undefined));
    view = await mount(<EnterpriseSensorsCard enterpriseId={ENTERPRISE} />, user({ role: 'inspector', enterpriseId: null, departmentId: 'd1' }));
    await until(() => $$('.ant-table-row').length === 1, 'the sensor list');
    expect($$('[data-action="deactivate"]')).toHaveLength(0);
    expect($('#sensors .ant-card-extra button')).toBeNull();
    await view.unmount();
    view = await mount(<EnterpriseSensorsCard enterpriseId={ENTERPRISE} />, user({ enterpriseId: '00000000-0000-4000-8000-0000000000e2' }));
    await until(() => $$('.ant-table-row').length === 1, 'the sensor list');
    expect($$('[data-action="deactivate"]')).toHaveLength(0);
  }, 30_000);
});
