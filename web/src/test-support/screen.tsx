import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AuthProvider } from '../app/auth-context.tsx';
import { SESSION_QUERY_KEY } from '../app/query-client.ts';
import type { SessionUser } from '../app/session.types.ts';
import { i18n } from '../i18n/i18n.ts';
import { render, type Rendered } from './render.tsx';

export interface Call {
  method: string;
  path: string;
  body: unknown;
}

/** A fake API: `answer(method, path, body)` returns [status, json]; every call is kept. */
export function fakeApi(answer: (method: string, path: string, body: unknown) => [number, unknown]) {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = new URL(url, 'http://test').pathname + new URL(url, 'http://test').search;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, path, body });
    const [status, json] = answer(method, path, body);
    return new Response(status === 204 ? null : JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetch };
}

/** Renders `routes` at `path` as the signed-in `user`, with the app's providers and a memory router. */
export async function renderScreen(routes: RouteObject[], path: string, user: SessionUser): Promise<{ view: Rendered; router: ReturnType<typeof createMemoryRouter>; client: QueryClient }> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_QUERY_KEY, user);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = await render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <App>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </App>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { view, router, client };
}

/** Types into an input or text area as a person would (React sees the change). */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
}
