// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import type { Rendered } from '../../test-support/render.tsx';
import { EnterpriseDeviceKeysCard } from './enterprise-device-keys-card.tsx';
import { $, $$, byText, click, ENTERPRISE, mount, page, stubApi, type, until } from './sensor-admin-test-kit.tsx';
import type { DeviceKey } from './use-sensor-admin.queries.ts';

const KEY = 'x5Qz7Vd3kL0pR2sT9uW1yA4bC6eF8gH0iJ2kL4mN6oP';
const deviceKey = (overrides: Partial<DeviceKey> = {}): DeviceKey => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  enterpriseId: ENTERPRISE,
  name: '1 号井下监控分站',
  ratePerSec: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  revokedAt: null,
  lastSeenAt: '2026-12-03T08:00:00.000Z',
  counters: { accepted: 1200, duplicates: 0, rejected: 0, rejectedByReason: {} },
  ...overrides,
});

let view: Rendered | undefined;

describe('device keys on the enterprise page', () => {
  beforeAll(() => i18n.changeLanguage('zh-CN'));
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('shows a new key once, with a copy button and the warning, and forgets it once the user says it is saved', async () => {
    const keys: DeviceKey[] = [deviceKey()];
    const calls = stubApi(
      (c) => (c.method === 'GET' && c.url.startsWith('/api/v1/device-keys?') ? { body: page(keys) } : undefined),
      (c) => {
        if (c.method !== 'POST' || c.url !== '/api/v1/device-keys') return undefined;
        const created = deviceKey({ id: '00000000-0000-4000-8000-0000000000d2', name: (c.body as { name: string }).name, lastSeenAt: null, counters: { accepted: 0, duplicates: 0, rejected: 0, rejectedByReason: {} } });
        keys.unshift(created);
        return { status: 201, body: { ...created, key: KEY } };
      },
    );
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    view = await mount(<EnterpriseDeviceKeysCard enterpriseId={ENTERPRISE} />);
    await until(() => $$('.ant-table-row').length === 1, 'the key list');
    expect(view.container.textContent).toContain('2026-12-03 16:00'); // last used, city time

    await click(byText('#device-keys .ant-card-extra button span', '新建密钥')?.closest('button') ?? null, 'the create button');
    await type($('.ant-modal input#name'), '  2 号分站  ');
    await click($('.ant-modal-footer .ant-btn-primary'), 'the create dialog’s OK');
    await until(() => $('[data-testid="device-key"]') !== null, 'the created key');

    expect(calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', url: '/api/v1/device-keys', body: { enterpriseId: ENTERPRISE, name: '2 号分站' } }]);
    expect(($('[data-testid="device-key"]') as HTMLInputElement).value).toBe(KEY);
    expect(document.body.textContent).toContain('密钥只显示这一次');
    expect(document.body.textContent).toContain('关闭本窗口后无法再次查看');
    await click($('[data-action="copy-key"]'), 'copy');
    expect(writeText).toHaveBeenCalledWith(KEY);
    expect($('[data-action="copy-key"]')?.textContent).toBe('已复制');

    // The dialog has no close icon: only "I have saved the key" closes it; then the key is nowhere on the page.
    expect($('[data-testid="device-key"]')!.closest('.ant-modal')!.querySelector('.ant-modal-close')).toBeNull();
    await click($('[data-action="key-saved"]'), 'the saved button');
    await until(() => $('[data-testid="device-key"]') === null, 'the key dialog to close');
    await until(() => $$('.ant-table-row').length === 2, 'the list with the new key');
    expect(document.body.innerHTML).not.toContain(KEY);
  }, 30_000);

  it('revokes a key only after confirmation, and offers nothing on a revoked key', async () => {
    const active = deviceKey();
    const revoked = deviceKey({ id: '00000000-0000-4000-8000-0000000000d3', name: '旧网关', revokedAt: '2026-11-30T02:00:00.000Z' });
    const calls = stubApi(
      (c) => (c.method === 'GET' && c.url.startsWith('/api/v1/device-keys?') ? { body: page([active, revoked]) } : undefined),
      (c) => (c.method === 'POST' && c.url.endsWith('/revoke') ? { body: { ...active, revokedAt: '2026-12-03T09:00:00.000Z' } } : undefined),
    );
    view = await mount(<EnterpriseDeviceKeysCard enterpriseId={ENTERPRISE} />);
    await until(() => $$('.ant-table-row').length === 2, 'the key list');
    expect($$('[data-action="revoke"]')).toHaveLength(1);
    expect(view.container.textContent).toContain('已吊销 2026-11-30 10:00');

    await click($('[data-action="revoke"]'), 'revoke');
    await until(() => $('.ant-popconfirm') !== null, 'the confirmation');
    expect($('.ant-popconfirm')?.textContent).toContain('吊销密钥“1 号井下监控分站”？');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    await click($('.ant-popconfirm .ant-btn-primary'), 'the confirmation’s OK');
    await until(() => calls.some((c) => c.method === 'POST'), 'the revoke request');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([`/api/v1/device-keys/${active.id}/revoke`]);
  }, 30_000);
});
