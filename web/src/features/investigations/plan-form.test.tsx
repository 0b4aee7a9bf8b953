// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import dayjs from 'dayjs';
import { act, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiRequest, type ApiErrorDetail } from '../../app/api-client.ts';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import type { Checklist } from './investigation.types.ts';
import { PlanForm } from './plan-form.tsx';

const OWN = '00000000-0000-4000-8000-0000000000e1';
const OTHER = '00000000-0000-4000-8000-0000000000e2';

const list = (id: string, name: string): Checklist => ({
  id,
  builtIn: true,
  name,
  industryScope: ['C'],
  edition: null,
  source: null,
  departmentId: null,
  enterpriseId: null,
  createdBy: null,
  createdAt: null,
  retiredAt: null,
  inUse: false,
  items: [],
});
const CHEMICALS = list('chemicals-2017', '化工和危险化学品重大隐患判定标准');
const GENERAL = list('general', '通用安全检查项');
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let view: Rendered | undefined;
let requests: { url: string; method: string }[] = [];

/** The server: the checklists that fit the enterprises asked about, and a plan refused with the server's reason. */
function stubServer(refusal?: ApiErrorDetail[]) {
  requests = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    requests.push({ url, method: init.method ?? 'GET' });
    if (url.startsWith('/api/v1/checklists')) return json({ items: [CHEMICALS, GENERAL], total: 2, page: 1, pageSize: 200 });
    if (url.startsWith('/api/v1/investigation-plans') && refusal) {
      return json({ error: { code: 'VALIDATION_FAILED', message: 'Validation failed', details: refusal } }, 400);
    }
    return json({ items: [], total: 0, page: 1, pageSize: 20 });
  });
}

async function show(ui: ReactNode) {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <App>{ui}</App>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return view.container;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 40 && !check(); i++) await flush(25);
};
const checklistRequests = () => requests.filter((r) => r.url.startsWith('/api/v1/checklists')).map((r) => decodeURIComponent(r.url));

describe('the plan form’s checklists', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('asks for the lists that fit an enterprise officer’s own enterprise, and offers only those', async () => {
    stubServer();
    const container = await show(<PlanForm forEnterprise ownEnterpriseId={OWN} onSubmit={vi.fn()} onCancel={vi.fn()} />);
    await until(() => checklistRequests().length > 0);
    expect(checklistRequests()).toEqual([`/api/v1/checklists?pageSize=200&enterpriseIds=${OWN}`]);
    const select = container.querySelector('[data-testid=plan-checklist]');
    await act(async () => select?.querySelector('input')?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    await until(() => document.querySelectorAll('.ant-select-item-option').length > 0);
    const options = [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title') ?? o.textContent);
    expect(options.join('|')).toContain('化工和危险化学品重大隐患判定标准');
    expect(options.join('|')).not.toContain('工贸');
    expect(container.textContent).toContain('只列出对本企业行业有适用检查项的检查表');
  });

  it('asks again for the chosen enterprises, and clears a chosen list that does not fit them, saying why', async () => {
    stubServer();
    const container = await show(
      <PlanForm forEnterprise={false} initialValues={{ enterpriseIds: [OTHER, OWN], checklist: 'industry-trade-2023' }} onSubmit={vi.fn()} onCancel={vi.fn()} />,
    );
    await until(() => container.textContent?.includes('所选检查表对已选企业的行业没有适用的检查项') ?? false);
    expect(checklistRequests()).toContain(`/api/v1/checklists?pageSize=200&enterpriseIds=${[OWN, OTHER].sort().join(',')}`);
    expect(container.textContent).toContain('所选检查表对已选企业的行业没有适用的检查项，请重新选择');
  });

  it('shows the server’s reason on the checklist field when it still refuses the plan', async () => {
    stubServer([{ path: 'checklist', message: 'has no item for the industry 2614 of your enterprise' }]);
    const onSubmit = vi.fn((body: unknown) => apiRequest('/investigation-plans', { method: 'POST', body }));
    const container = await show(
      <PlanForm
        forEnterprise
        ownEnterpriseId={OWN}
        initialValues={{ name: '每日自查', keyAreas: ['罐区'], checklist: 'chemicals-2017', startDate: dayjs().add(1, 'day'), endDate: dayjs().add(2, 'month') }}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    await until(() => checklistRequests().length > 0);
    await flush(50);
    await act(async () => container.querySelector<HTMLButtonElement>('button[type=submit]')?.click());
    await until(() => onSubmit.mock.calls.length > 0);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ checklist: 'chemicals-2017', name: '每日自查' });
    await until(() => container.querySelector('#checklist_help') !== null);
    expect(container.querySelector('#checklist_help')?.textContent).toBe('未通过服务器校验：该检查表没有适用于行业 2614 的检查项，请选择适用的检查表');
  });
});
