// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../app/session.types.ts';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { DrawPublicationTag, DrawPublishButton } from './draw-publication.tsx';
import type { Draw } from './inspection.types.ts';

const DEPARTMENT = '00000000-0000-4000-8000-0000000000d1';
const draw: Draw = {
  id: '00000000-0000-4000-8000-0000000000a1',
  number: '锦应急抽查〔2026〕1号',
  seed: 'seed',
  algorithm: 'sha256-ctr-fisher-yates-v1',
  departmentId: DEPARTMENT,
  departmentName: '锦江区应急管理局',
  planId: null,
  scope: {},
  scopeNames: { regions: [], industries: [] },
  enterpriseCount: 1,
  inspectorCount: 1,
  candidateEnterpriseCount: 3,
  candidateInspectorCount: 2,
  candidatesDigest: 'digest',
  enterprises: [],
  inspectors: [],
  createdByName: '王局',
  createdAt: '2026-12-01T08:00:00.000Z',
  publishedAt: null,
};
const user = (role: SessionUser['role'], departmentId: string | null): SessionUser => ({ id: 'u', username: 'u', displayName: 'u', role, departmentId, enterpriseId: null });

let view: Rendered | undefined;

async function show(ui: ReactNode) {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <App>{ui}</App>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return view.container;
}

describe('publishing a draw (一公开)', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('is offered to the drawing department’s officers only, and only while the draw is unpublished', async () => {
    const offered = async (u: SessionUser, d: Draw) => {
      const container = await show(<DrawPublishButton draw={d} user={u} onPublished={() => undefined} />);
      const found = container.querySelector('[data-testid=publish-draw]') !== null;
      await view!.unmount();
      view = undefined;
      return found;
    };
    expect(await offered(user('regulator', DEPARTMENT), draw)).toBe(true);
    expect(await offered(user('inspector', DEPARTMENT), draw)).toBe(true);
    expect(await offered(user('regulator', '00000000-0000-4000-8000-0000000000d2'), draw)).toBe(false);
    expect(await offered(user('admin', null), draw)).toBe(false);
    expect(await offered(user('enterprise', null), draw)).toBe(false);
    expect(await offered(user('regulator', DEPARTMENT), { ...draw, publishedAt: '2026-12-02T08:00:00.000Z' })).toBe(false);
  });

  it('publishes after confirmation and hands back the published draw', async () => {
    const requests: { url: string; method: string }[] = [];
    const published = { ...draw, publishedAt: '2026-12-02T08:00:00.000Z' };
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({ url, method: init.method ?? 'GET' });
      return new Response(JSON.stringify(published), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const onPublished = vi.fn();
    const container = await show(<DrawPublishButton draw={draw} user={user('regulator', DEPARTMENT)} onPublished={onPublished} />);
    await act(async () => (container.querySelector('[data-testid=publish-draw]') as HTMLButtonElement).click());
    // Nothing is sent before the officer confirms.
    expect(requests).toEqual([]);
    for (let i = 0; i < 20 && !document.querySelector('[data-testid=publish-draw-confirm]'); i++) await flush(25);
    expect(document.body.textContent).toContain('向社会公开本次抽查？');
    await act(async () => (document.querySelector('[data-testid=publish-draw-confirm]') as HTMLButtonElement).click());
    for (let i = 0; i < 20 && onPublished.mock.calls.length === 0; i++) await flush(25);
    expect(requests).toEqual([{ url: `/api/v1/inspections/draws/${draw.id}/publish`, method: 'POST' }]);
    expect(onPublished).toHaveBeenCalledWith(published);
  });

  it('tags a draw published or not', async () => {
    const container = await show(
      <>
        <DrawPublicationTag draw={draw} />
        <DrawPublicationTag draw={{ publishedAt: '2026-12-02T08:00:00.000Z' }} />
      </>,
    );
    expect(container.querySelector('[data-testid=draw-unpublished]')?.textContent).toBe('未公开');
    expect(container.querySelector('[data-testid=draw-published]')?.textContent).toBe('已公开');
  });
});
