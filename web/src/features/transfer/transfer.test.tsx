// @vitest-environment happy-dom
import { App } from 'antd';
import { act, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage, i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { fileNameOf } from './download.ts';
import { ExportButton } from './export-button.tsx';
import { ImportReport } from './import-report.tsx';
import type { ImportReport as Report } from './import-report.types.ts';

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
  await changeLanguage('zh-CN');
});

const wrap = (ui: ReactNode) => (
  <I18nextProvider i18n={i18n}>
    <MemoryRouter>
      <App>{ui}</App>
    </MemoryRouter>
  </I18nextProvider>
);

const report: Report = {
  dryRun: false,
  mode: 'valid-only',
  rows: 3,
  created: 1,
  refused: 2,
  results: [
    { row: 2, outcome: 'created', id: '11111111-1111-4111-8111-111111111111', label: '甲公司', problems: [] },
    { row: 3, outcome: 'refused', id: null, label: '乙公司', problems: [{ column: '统一社会信用代码', field: 'creditCode', message: 'is already registered' }] },
    { row: 4, outcome: 'refused', id: null, label: '', problems: [{ column: '企业名称', field: 'name', message: 'is required' }] },
  ],
};

describe('the import report', () => {
  it('sums the import up and names each refused row’s column and reason, showing the refused rows first', async () => {
    view = await render(wrap(<ImportReport report={report} linkOf={(id) => `/enterprises/${id}`} />));
    const text = view.container.textContent ?? '';
    expect(text).toContain('共 3 行：已导入 1 行，2 行未导入');
    expect(text).toContain('统一社会信用代码：is already registered');
    expect(text).toContain('企业名称：is required');
    // Only the refused rows at first; the switch shows all, with a link to the created one.
    expect(view.container.querySelector('a[href^="/enterprises/"]')).toBeNull();
    await act(async () => (view!.container.querySelector('[role=switch]') as HTMLElement).click());
    expect(view.container.querySelector('a[href="/enterprises/11111111-1111-4111-8111-111111111111"]')?.textContent).toBe('甲公司');
  });
});

describe('the export button', () => {
  it('asks the export endpoint for the list with its filters, in the screen’s language, without paging', async () => {
    await changeLanguage('en');
    const fetchMock = vi.fn(async () => new Response(new Blob(['x']), { status: 200, headers: { 'content-disposition': "attachment; filename*=UTF-8''hazards-20261203.xlsx" } }));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    view = await render(wrap(<ExportButton path="/hazards/export.xlsx" filters={{ grade: 'major', q: '', page: 3, pageSize: 50 }} />));
    expect(view.container.textContent).toContain('Export to Excel');
    await act(async () => (view!.container.querySelector('button') as HTMLElement).click());
    await flush(10);
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/hazards/export.xlsx?grade=major&lang=en', { credentials: 'same-origin' });
  });

  it('reads the file name a response gives', () => {
    expect(fileNameOf("attachment; filename*=UTF-8''%E9%9A%90%E6%82%A3.xlsx", 'x.xlsx')).toBe('隐患.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
