// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import type { User } from './use-admin.queries.ts';
import { UserEditModal, userEditOf } from './user-edit-form.tsx';

const regulator: User = {
  id: '11111111-1111-4111-8111-111111111111',
  username: 'wang.ke',
  displayName: '王科长',
  role: 'regulator',
  departmentId: '22222222-2222-4222-8222-222222222222',
  enterpriseId: null,
  active: true,
  mustChangePassword: false,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('userEditOf', () => {
  it('sends the role\'s own link and removes the other', () => {
    expect(userEditOf({ displayName: ' 王科长 ', role: 'enterprise', departmentId: 'd', enterpriseId: 'e' })).toEqual({
      displayName: '王科长',
      role: 'enterprise',
      departmentId: null,
      enterpriseId: 'e',
    });
    expect(userEditOf({ displayName: '专家', role: 'expert', departmentId: 'd' })).toEqual({ displayName: '专家', role: 'expert', departmentId: null, enterpriseId: null });
  });
});

let view: Rendered | undefined;
let patches: unknown[] = [];

function serve(patchStatus: number, patchBody: unknown) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url.startsWith('/api/v1/departments')) {
      return json(200, { items: [{ id: regulator.departmentId, name: '成都市应急管理局', regionCodes: ['510100'], industryCodes: ['C'], active: true, createdAt: '' }], total: 1, page: 1, pageSize: 200 });
    }
    if (init.method === 'PATCH') {
      patches.push(JSON.parse(String(init.body)));
      return json(patchStatus, patchBody);
    }
    return json(404, { error: { code: 'NOT_FOUND', message: 'not here' } });
  });
}

async function mount(onClose = () => undefined) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  view = await render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <App>
          <UserEditModal user={regulator} onClose={onClose} />
        </App>
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

async function save() {
  let ok: HTMLButtonElement | undefined;
  for (let attempt = 0; attempt < 60 && !ok; attempt++) {
    await flush(25);
    ok = [...document.querySelectorAll<HTMLButtonElement>('.ant-modal button')].find((b) => b.textContent?.replace(/\s/g, '') === '保存');
  }
  if (!ok) throw new Error(`no save button in ${document.body.innerHTML.slice(0, 500)}`);
  await act(async () => ok.click());
}

async function waitForText(selector: string, predicate: (text: string) => boolean): Promise<string> {
  let text = '';
  for (let attempt = 0; attempt < 60; attempt++) {
    await flush(25);
    text = [...document.querySelectorAll(selector)].map((n) => n.textContent ?? '').join(' | ');
    if (predicate(text)) return text;
  }
  return text;
}

describe('UserEditModal', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    patches = [];
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('shows a server field error on its field', async () => {
    serve(400, { error: { code: 'VALIDATION_FAILED', message: 'departmentId: is deactivated', details: [{ path: 'departmentId', message: 'is deactivated' }] } });
    await mount();
    await save();
    const text = await waitForText('#departmentId_help, .ant-form-item-explain-error', (t) => t.includes('已停用'));
    expect(text).toContain('已停用');
    const item = document.querySelector('#departmentId')?.closest('.ant-form-item');
    expect(item?.classList.contains('ant-form-item-has-error')).toBe(true);
    expect(item?.textContent).toContain('已停用');
    expect(patches).toEqual([{ displayName: '王科长', role: 'regulator', departmentId: regulator.departmentId, enterpriseId: null }]);
  });

  it('shows the last-administrator refusal (409) as a message and stays open', async () => {
    serve(409, { error: { code: 'CONFLICT', message: 'This is the last active administrator: make another account an administrator before changing its role', details: [{ path: 'role', message: 'the last active administrator must stay one', reason: 'last_admin' }] } });
    const onClose = vi.fn();
    await mount(onClose);
    await save();
    const text = await waitForText('.ant-message', (t) => t.includes('最后一个启用的管理员'));
    expect(text).toContain('最后一个启用的管理员');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('refuses an empty name without calling the server', async () => {
    serve(200, regulator);
    await mount();
    await act(async () => {
      const input = document.querySelector<HTMLInputElement>('#displayName')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '  ');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await save();
    expect(await waitForText('.ant-form-item-explain-error', (t) => t.includes('必填'))).toContain('必填');
    expect(patches).toEqual([]);
  });
});
