import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App, ConfigProvider } from 'antd';
import { act, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AuthProvider } from '../../app/auth-context.tsx';
import { SESSION_QUERY_KEY } from '../../app/query-client.ts';
import type { SessionUser } from '../../app/session.types.ts';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { waitFor } from '../../../../test/support/wait-for.ts';

/** Test kit of the sensor-management screens: a signed-in user, a fetch that answers by route, DOM helpers. */

export const ENTERPRISE = '00000000-0000-4000-8000-0000000000e1';

export const user = (overrides: Partial<SessionUser> = {}): SessionUser => ({
  id: 'u1',
  username: 'zhao',
  displayName: '赵强',
  role: 'enterprise',
  departmentId: null,
  enterpriseId: ENTERPRISE,
  ...overrides,
});

export interface Call {
  method: string;
  url: string;
  body: unknown;
}

type Route = (call: Call) => { status?: number; body?: unknown } | undefined;

/** Stubs fetch: each request is recorded and answered by the first route that answers (404 otherwise). */
export function stubApi(...routes: Route[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const call = { method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    for (const route of routes) {
      const answer = route(call);
      if (answer) {
        const status = answer.status ?? 200;
        return new Response(status === 204 ? null : JSON.stringify(answer.body ?? {}), { status, headers: { 'content-type': 'application/json' } });
      }
    }
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no route' } }), { status: 404, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

export const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 10 });

export async function mount(ui: ReactNode, signedIn: SessionUser = user()): Promise<Rendered> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_QUERY_KEY, signedIn);
  const view = await render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <AuthProvider>
          {/* No motion: a dialog closes at once, as the user sees it closed. */}
          <ConfigProvider theme={{ token: { motion: false } }}>
            <App>
              <MemoryRouter>{ui}</MemoryRouter>
            </App>
          </ConfigProvider>
        </AuthProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  await flush(20);
  return view;
}

export async function until(condition: () => boolean, what: string) {
  await waitFor(async () => {
    await flush(20);
    return condition();
  }, { what });
}

export const $ = (selector: string) => document.querySelector(selector) as HTMLElement | null;
export const $$ = (selector: string) => [...document.querySelectorAll(selector)] as HTMLElement[];
export const byText = (selector: string, text: string) => $$(selector).find((e) => e.textContent?.trim() === text) ?? null;

export async function click(element: Element | null, what = 'the element') {
  if (!element) throw new Error(`no ${what} to click`);
  await act(async () => (element as HTMLElement).click());
  await flush(20);
}

export async function type(element: Element | null, value: string) {
  if (!element) throw new Error('no input to type in');
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush(20);
}
