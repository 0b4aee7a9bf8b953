// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LawDetail } from '../../../../core/laws/law.schema.ts';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { LawDetailView, LawListView } from './law-library.tsx';
import type { LibraryDoor } from './use-laws.query.ts';

const spl: LawDetail = {
  id: 'work-safety-law',
  title: '中华人民共和国安全生产法',
  shortTitle: '安全生产法',
  titleEn: 'Work Safety Law',
  documentNumber: '中华人民共和国主席令第88号',
  issuer: '全国人民代表大会常务委员会',
  level: 'law',
  effectiveOn: '2021-09-01',
  status: 'current',
  replacedBy: null,
  articleCount: 2,
  aliases: [],
  source: null,
  articles: [
    { article: 102, paragraph: null, item: null, subject: '未采取措施消除事故隐患的法律责任', text: null },
    { article: 110, paragraph: 1, item: 3, subject: '测试主旨', text: '测试条文' },
  ],
};
const changes = {
  lawId: 'work-safety-law',
  replacedBy: null,
  amendments: [{ effectiveOn: '2021-09-01', amendingAct: '修改决定', summary: '第三次修正', changes: [{ kind: 'amended', article: 114, previousArticle: 109, note: '事故罚款提高' }] }],
};

let view: Rendered | undefined;
let urls: string[] = [];

async function show(door: LibraryDoor, ui: 'list' | 'detail', path = '/') {
  urls = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    const body = url.includes('/changes') ? changes : url.includes('/work-safety-law') ? spl : { items: [spl], total: 1, page: 1, pageSize: 20 };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  view = await render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <App>{ui === 'list' ? <LawListView door={door} /> : <LawDetailView door={door} id="work-safety-law" />}</App>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  await flush(10);
  await flush(10);
  return view.container;
}

describe('law library screens', () => {
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
    await i18n.changeLanguage('zh-CN');
  });

  it('shows an act’s articles in Chinese numerals, its amendment, and “no text” where none was imported', async () => {
    await i18n.changeLanguage('zh-CN');
    const text = (await show('internal', 'detail')).textContent ?? '';
    expect(text).toContain('第一百零二条');
    expect(text).toContain('第一百一十条第一款第三项');
    expect(text).toContain('未收录条文内容');
    expect(text).toContain('测试条文');
    expect(text).toContain('第一百一十四条');
    expect(text).toContain('原第一百零九条');
    expect(urls).toEqual(expect.arrayContaining(['/api/v1/laws/work-safety-law', '/api/v1/laws/work-safety-law/changes']));
  });

  it('speaks English on English screens and reads the public door without signing in', async () => {
    await i18n.changeLanguage('en');
    const text = (await show('public', 'detail')).textContent ?? '';
    expect(text).toContain('Art. 102');
    expect(text).toContain('Art. 110(1)(3)');
    expect(urls.every((u) => u.startsWith('/api/v1/public/laws/'))).toBe(true);
  });

  it('searches with the address’s query and links each act on its own door', async () => {
    const container = await show('public', 'list', `/?q=${encodeURIComponent('安全')}&level=law`);
    expect(urls[0]).toBe(`/api/v1/public/laws?q=${encodeURIComponent('安全')}&level=law&page=1&pageSize=20`);
    expect(container.querySelector('a[href="/public/laws/work-safety-law"]')?.textContent).toBe('中华人民共和国安全生产法');
  });
});
