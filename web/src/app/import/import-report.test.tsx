// @vitest-environment happy-dom
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordImportReport as Report } from '../../../../core/shared/import-report.ts';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import { ImportReport } from './import-report.tsx';

type Thing = { name: string; count: number };

const report: Report<Thing> = {
  mode: 'all-or-nothing',
  dryRun: true,
  rows: 3,
  accepted: 1,
  imported: 0,
  rejected: 2,
  errors: [],
  items: [
    { row: 2, status: 'accepted', record: { name: '甲', count: 1 }, issues: [] },
    {
      row: 3,
      status: 'refused',
      record: null,
      issues: [
        { path: 'count', code: 'not_a_number', message: 'must be a number' },
        { path: 'name', code: 'no_mapping', params: { value: 'Fire in timbers', column: 'Type' }, message: 'has no mapping' },
      ],
    },
    { row: 4, status: 'refused', record: null, issues: [{ path: 'count', code: 'too_large', params: { max: 10000 }, message: 'is implausibly large (at most 10000)' }] },
  ],
};

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
  await i18n.changeLanguage('zh-CN');
});

async function rows(language: 'zh-CN' | 'en') {
  await i18n.changeLanguage(language);
  const labels: Record<string, Record<string, string>> = { 'zh-CN': { name: '名称', count: '数量' }, en: { name: 'Name', count: 'Count' } };
  view = await render(
    <I18nextProvider i18n={i18n}>
      <App>
        <ImportReport<Thing>
          report={report}
          columns={[
            { key: 'name', title: 'name', render: (r) => r.name },
            { key: 'count', title: 'count', render: (r) => r.count },
          ]}
          fieldLabel={(path) => labels[language]![path] ?? path}
        />
      </App>
    </I18nextProvider>,
  );
  // The refused rows are shown first when there are any; "all" shows every row.
  const all = [...view.container.querySelectorAll<HTMLElement>('.ant-segmented-item')].find((n) => n.textContent?.includes('(3)'))!;
  await act(async () => all.click());
  return [...view.container.querySelectorAll('tr[data-row]')].map((tr) => ({
    row: tr.getAttribute('data-row'),
    status: tr.getAttribute('data-status'),
    text: [...tr.querySelectorAll('[data-issue]')].map((n) => n.textContent),
  }));
}

describe('ImportReport', () => {
  it('shows each row accepted or refused with its reasons in Chinese', async () => {
    expect(await rows('zh-CN')).toEqual([
      { row: '2', status: 'accepted', text: [] },
      { row: '3', status: 'refused', text: ['数量：不是数字', '名称：列“Type”中的“Fire in timbers”没有对应的代码'] },
      { row: '4', status: 'refused', text: ['数量：数值过大（最大 10000）'] },
    ]);
    expect(view!.container.textContent).toContain('2 行未通过检查');
  });

  it('and in English', async () => {
    expect((await rows('en')).map((r) => r.text)).toEqual([[], ['Count: is not a number', 'Name: "Fire in timbers" in column "Type" has no code in the mapping'], ['Count: is too large (at most 10000)']]);
  });
});
