// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

let view: Rendered | undefined;
let requests: { url: string; body: unknown }[] = [];

/** The browser's fetch answered as the server would: the test sets the response of POST /auth/password. */
function answer(status: number, body?: unknown) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
}

async function mount(onDone = () => undefined) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  view = await render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <App>
          <ChangePasswordForm onDone={onDone} />
        </App>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return view;
}

function type(label: string, value: string) {
  const input = [...view!.container.querySelectorAll<HTMLInputElement>('input')].find((i) => i.id === label)!;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function submit() {
  await act(async () => {
    view!.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  });
}

/** Field errors as the user sees them, by field id; waits (with a deadline) for antd's message animation. */
async function errorsWhen(predicate: (errors: Record<string, string>) => boolean): Promise<Record<string, string>> {
  let errors: Record<string, string> = {};
  for (let attempt = 0; attempt < 40; attempt++) {
    await flush(25);
    errors = {};
    for (const item of view!.container.querySelectorAll('.ant-form-item')) {
      const id = item.querySelector('input')?.id ?? '';
      const text = [...item.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent).join(' | ');
      if (text) errors[id] = text;
    }
    if (predicate(errors)) return errors;
  }
  return errors;
}

describe('ChangePasswordForm', () => {
  beforeEach(async () => {
    requests = [];
    await i18n.changeLanguage('en');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('asks for every field and refuses two different new passwords without calling the server', async () => {
    answer(204);
    await mount();
    await submit();
    expect(await errorsWhen((e) => Object.keys(e).length === 3)).toEqual({ currentPassword: 'Enter the password', newPassword: 'Enter the password', confirm: 'Enter the password' });
    type('currentPassword', 'old-password');
    type('newPassword', 'river tea house morning');
    type('confirm', 'river tea house evening');
    await submit();
    expect(await errorsWhen((e) => e['confirm'] === 'The two new passwords differ')).toEqual({ confirm: 'The two new passwords differ' });
    expect(requests).toEqual([]);
  });

  it('shows the server\'s refusals on their fields', async () => {
    answer(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'currentPassword: is not your current password; newPassword: is too common',
        details: [
          { path: 'currentPassword', message: 'is not your current password' },
          { path: 'newPassword', message: 'is too common' },
        ],
      },
    });
    await mount();
    type('currentPassword', 'wrong');
    type('newPassword', 'password1');
    type('confirm', 'password1');
    await submit();
    const errors = await errorsWhen((e) => Boolean(e['currentPassword'] && e['newPassword']));
    expect(errors).toEqual({ currentPassword: 'Is not your current password', newPassword: 'Too common: it is on a list of passwords seen in breaches' });
    expect(requests).toEqual([{ url: '/api/v1/auth/password', body: { currentPassword: 'wrong', newPassword: 'password1' } }]);
  });

  it('sends the change and reports it done', async () => {
    answer(204);
    const done = vi.fn();
    await mount(done);
    type('currentPassword', 'Temp-Jinjiang-Bridge-7');
    type('newPassword', 'river tea house morning');
    type('confirm', 'river tea house morning');
    await submit();
    for (let attempt = 0; attempt < 40 && done.mock.calls.length === 0; attempt++) await flush(25);
    expect(done).toHaveBeenCalledOnce();
    expect(requests[0]?.body).toEqual({ currentPassword: 'Temp-Jinjiang-Bridge-7', newPassword: 'river tea house morning' });
  });
});
