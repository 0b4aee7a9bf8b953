// @vitest-environment happy-dom
import { act, Component, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import zh from '../i18n/zh-CN.json';
import { i18n } from '../i18n/i18n.ts';
import { render, type Rendered } from '../test-support/render.tsx';
import { lazyCrumb, lazyPage } from './lazy-page.tsx';

/** A module load the test settles by hand, as the network would. */
function deferredModule<M>() {
  let resolve!: (module: M) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<M>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { load: () => promise, resolve, reject };
}

class OuterBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p data-testid="outer">{this.state.error.message}</p> : this.props.children;
  }
}

let view: Rendered | undefined;
const show = async (ui: ReactNode) => {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <OuterBoundary>{ui}</OuterBoundary>
    </I18nextProvider>,
  );
  return view.container;
};

describe('lazy pages', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.restoreAllMocks();
  });

  it('show a skeleton while the page code loads, then the page', async () => {
    const module = deferredModule<{ ReportPage: () => ReactNode }>();
    const container = await show(lazyPage(module.load, 'ReportPage'));
    expect(container.querySelector('[data-testid="page-loading"] .ant-skeleton')).not.toBeNull();
    await act(async () => module.resolve({ ReportPage: () => <h1>report</h1> }));
    expect(container.querySelector('h1')?.textContent).toBe('report');
    expect(container.querySelector('[data-testid="page-loading"]')).toBeNull();
  });

  it('offer a reload when the page code cannot be fetched (a release replaced it)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    const module = deferredModule<{ ReportPage: () => ReactNode }>();
    const container = await show(lazyPage(module.load, 'ReportPage'));
    await act(async () => module.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(zh.app.chunkFailedTitle);
    expect(container.querySelector('[data-testid="outer"]')).toBeNull();
    const button = container.querySelector<HTMLButtonElement>('[role="alert"] button');
    expect(button?.textContent?.replace(/\s/g, '')).toBe(zh.app.reload.replace(/\s/g, ''));
    await act(async () => button?.click());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('pass any other error of the page on to the boundary around them', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('page bug');
    };
    const module = deferredModule<{ Broken: () => ReactNode }>();
    const container = await show(lazyPage(module.load, 'Broken'));
    await act(async () => module.resolve({ Broken }));
    expect(container.querySelector('[data-testid="outer"]')?.textContent).toBe('page bug');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('lazy crumbs', () => {
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
  });

  it('show an ellipsis until their code arrives, then the record name', async () => {
    const module = deferredModule<{ NameCrumb: (props: { id: string }) => ReactNode }>();
    const NameCrumb = lazyCrumb(module.load, 'NameCrumb');
    const container = await show(<NameCrumb id="42" />);
    expect(container.textContent).toBe('…');
    await act(async () => module.resolve({ NameCrumb: ({ id }) => <>record {id}</> }));
    expect(container.textContent).toBe('record 42');
  });

  it('keep the ellipsis when their code cannot be fetched', async () => {
    const module = deferredModule<{ NameCrumb: (props: { id: string }) => ReactNode }>();
    const NameCrumb = lazyCrumb(module.load, 'NameCrumb');
    const container = await show(<NameCrumb id="42" />);
    await act(async () => module.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(container.textContent).toBe('…');
    expect(container.querySelector('[data-testid="outer"]')).toBeNull();
  });
});
