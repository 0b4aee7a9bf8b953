// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { departmentEditOf } from './department-edit-form.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import type { User } from './use-admin.queries.ts';

const expert: User = {
  id: '33333333-3333-4333-8333-333333333333',
  username: 'chen.jing',
  displayName: '陈静',
  role: 'expert',
  departmentId: null,
  enterpriseId: null,
  active: true,
  mustChangePassword: false,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('departmentEditOf', () => {
  it('trims the name, upper-cases section letters and drops repeats', () => {
    expect(departmentEditOf({ name: ' 锦江区应急管理局 ', regionCodes: ['510104', '510104'], industryCodes: ['c', ' 2614', 'C', ''] })).toEqual({
      name: '锦江区应急管理局',
      regionCodes: ['510104'],
      industryCodes: ['C', '2614'],
    });
  });
});

let view: Rendered | undefined;
let posts: unknown[] = [];

async function buttonNamed(text: string): Promise<HTMLButtonElement> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const found = [...document.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent?.replace(/\s/g, '') === text).at(-1);
    if (found) return found;
    await flush(25);
  }
  throw new Error(`no button ${text}`);
}

describe('ResetPasswordModal', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    posts = [];
    await i18n.changeLanguage('zh-CN');
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      posts.push(JSON.parse(String(init.body)));
      const body = { error: { code: 'VALIDATION_FAILED', message: 'temporaryPassword: is too common', details: [{ path: 'temporaryPassword', message: 'is too common' }] } };
      return new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('asks for confirmation, then shows the policy refusal on the temporary password field', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    view = await render(
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={i18n}>
          <App>
            <ResetPasswordModal user={expert} onClose={() => undefined} />
          </App>
        </I18nextProvider>
      </QueryClientProvider>,
    );
    const input = document.querySelector<HTMLInputElement>('#temporaryPassword')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '12345678');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => (await buttonNamed('重置密码')).click());
    // Nothing is sent before the confirmation.
    for (let attempt = 0; attempt < 60 && !document.querySelector('.ant-modal-confirm'); attempt++) await flush(25);
    expect(document.querySelector('.ant-modal-confirm')?.textContent).toContain('确定重置 陈静 的密码？');
    expect(posts).toEqual([]);
    await act(async () => document.querySelector<HTMLButtonElement>('.ant-modal-confirm .ant-btn-dangerous')!.click());
    let item: Element | null | undefined;
    for (let attempt = 0; attempt < 60; attempt++) {
      await flush(25);
      item = document.querySelector('#temporaryPassword')?.closest('.ant-form-item');
      if (item?.classList.contains('ant-form-item-has-error')) break;
    }
    expect(item?.classList.contains('ant-form-item-has-error')).toBe(true);
    expect(item?.textContent).toContain('过于常见');
    expect(posts).toEqual([{ temporaryPassword: '12345678' }]);
  });
});
