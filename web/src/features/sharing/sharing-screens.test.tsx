// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../app/auth-context.tsx';
import { SESSION_QUERY_KEY } from '../../app/query-client.ts';
import type { Role, SessionUser } from '../../app/session.types.ts';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { AuditTrailPage } from '../audit/audit-trail.page.tsx';
import { PartnerClientListPage } from './partner-client-list.page.tsx';
import { SecretRevealModal } from './secret-reveal-modal.tsx';
import { WebhookFormModal, webhookInputOf } from './webhook-form.tsx';
import { WebhookListPage } from './webhook-list.page.tsx';

let view: Rendered | undefined;
let requests: Array<{ method: string; url: string; body: unknown }> = [];
let answer: (method: string, url: string) => Response = () => json({ items: [], total: 0, page: 1, pageSize: 20 });

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const userWith = (role: Role): SessionUser => ({ id: `user-${role}`, username: role, displayName: role, role, departmentId: null, enterpriseId: null });

async function mount(ui: ReactNode, role: Role = 'admin') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_QUERY_KEY, userWith(role));
  view = await render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <AuthProvider>
          <MemoryRouter>
            <App>{ui}</App>
          </MemoryRouter>
        </AuthProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  await flush(50);
}

async function until(check: () => boolean, what: string) {
  for (let attempt = 0; attempt < 80; attempt++) {
    if (check()) return;
    await flush(25);
  }
  throw new Error(`waited for ${what}`);
}

beforeEach(async () => {
  requests = [];
  answer = () => json({ items: [], total: 0, page: 1, pageSize: 20 });
  await i18n.changeLanguage('zh-CN');
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    requests.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    return answer(method, url);
  });
});
afterEach(async () => {
  await view?.unmount();
  view = undefined;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('the admin area’s sharing and audit screens', { timeout: 30_000 }, () => {
  it.each([
    ['webhooks', <WebhookListPage key="w" />],
    ['partner clients', <PartnerClientListPage key="p" />],
    ['audit trail', <AuditTrailPage key="a" />],
  ])('show a regulator the 403 page for %s, and ask the server nothing', async (_name, page) => {
    await mount(page, 'regulator');
    expect(document.body.textContent).toContain('403');
    expect(requests.filter((r) => !r.url.includes('/auth/me'))).toEqual([]);
  });

  it('lists webhooks for an admin, with an empty state saying what to do', async () => {
    await mount(<WebhookListPage />);
    await until(() => document.body.textContent?.includes('还没有 Webhook') ?? false, 'the empty state');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toContain('GET /api/v1/webhooks?page=1&pageSize=20');
  });
});

describe('SecretRevealModal', () => {
  it('shows the client id and secret once with a warning, and closes only when the admin says it was saved', async () => {
    const onClose = vi.fn();
    await mount(<SecretRevealModal title="凭证已签发" help="以 Bearer 调用" clientId="c0ffee00-0000-4000-8000-000000000000" secret="anqp_s3cret" onClose={onClose} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain('密钥只显示这一次');
    expect(text).toContain('c0ffee00-0000-4000-8000-000000000000');
    expect(document.querySelector('[data-testid="revealed-secret"]')?.textContent).toContain('anqp_s3cret');
    expect(document.querySelectorAll('.ant-typography-copy')).toHaveLength(2);
    expect(document.querySelector('.ant-modal-close')).toBeNull();
    await act(async () => document.querySelector<HTMLButtonElement>('[data-testid="secret-saved"]')!.click());
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('WebhookFormModal', { timeout: 30_000 }, () => {
  it('drops repeats and sends an emptied enterprise as null', () => {
    expect(webhookInputOf({ url: ' https://x.example/h ', events: ['alarm.opened', 'alarm.opened'], regionCodes: ['510104', '510104'], industryCodes: [], enterpriseId: undefined as unknown as null })).toEqual({
      url: 'https://x.example/h',
      events: ['alarm.opened'],
      regionCodes: ['510104'],
      industryCodes: [],
      enterpriseId: null,
    });
  });

  it('puts the server’s refusal of a district code on the districts field', async () => {
    answer = (method, url) => {
      if (method === 'PATCH' && url.startsWith('/api/v1/webhooks/')) {
        return json({ error: { code: 'VALIDATION_FAILED', message: 'regionCodes.0: unknown region code 510199', details: [{ path: 'regionCodes.0', message: 'unknown region code 510199' }] } }, 400);
      }
      return json({ items: [] });
    };
    const webhook = {
      id: 'aaaaaaaa-0000-4000-8000-000000000000',
      url: 'https://city.example/hook',
      events: ['alarm.opened' as const],
      regionCodes: ['510199'],
      industryCodes: [],
      enterpriseId: null,
      enterpriseName: null,
      active: true,
      createdAt: '2026-12-01T00:00:00.000Z',
      lastDelivery: null,
    };
    await mount(<WebhookFormModal webhook={webhook} onClose={() => undefined} onCreated={() => undefined} />);
    expect(document.body.textContent).toContain('报警产生');
    await act(async () => document.querySelector<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary')!.click());
    let item: Element | null | undefined;
    await until(() => {
      item = document.querySelector('#regionCodes')?.closest('.ant-form-item');
      return item?.classList.contains('ant-form-item-has-error') ?? false;
    }, 'the field error');
    expect(item?.textContent).toContain('未知的行政区划代码 510199');
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ url: 'https://city.example/hook', events: ['alarm.opened'], regionCodes: ['510199'], industryCodes: [], enterpriseId: null });
  });
});
