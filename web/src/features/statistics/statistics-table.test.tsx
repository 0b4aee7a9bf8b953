// @vitest-environment happy-dom
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import type { HazardStatisticsRow } from './statistics.types.ts';
import { StatisticsTable } from './statistics-table.tsx';

function row(key: string, changes: Partial<HazardStatisticsRow>): HazardStatisticsRow {
  return {
    key,
    name: `企业 ${key}`,
    tasksDue: 10,
    tasksDone: 10,
    completionRate: 1,
    hazardsFound: 4,
    hazardsClosed: 4,
    closedOnTime: 4,
    onTimeRate: 1,
    overdueNow: 0,
    openMajor: 0,
    overdueMajor: 0,
    repeatHazards: 0,
    flagged: false,
    reasons: [],
    rank: 2,
    ...changes,
  };
}

const ROWS = [
  row('a', {
    tasksDone: 6,
    completionRate: 0.6,
    overdueMajor: 2,
    openMajor: 2,
    flagged: true,
    rank: 1,
    reasons: [
      { code: 'low_completion', message: 'completion 60.0% < 90%', thresholdPercent: 90 },
      { code: 'major_overdue', message: '2 major hazard(s) overdue' },
    ],
  }),
  row('b', {}),
];

let view: Rendered | undefined;

async function renderTable() {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <StatisticsTable rows={ROWS} groupBy="enterprise" />
      </MemoryRouter>
    </I18nextProvider>,
  );
  const rows = [...view.container.querySelectorAll('[data-testid=statistics-row]')];
  return rows.map((tr) => ({
    key: tr.getAttribute('data-key'),
    flag: tr.querySelector('[data-testid=statistics-flag] .ant-tag')?.textContent ?? null,
    reasons: [...tr.querySelectorAll('[data-reason]')].map((node) => node.textContent),
  }));
}

describe('statistics table', () => {
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    await i18n.changeLanguage('zh-CN');
  });

  it('flags 排查不力 in red with each reason and its figure, and nothing on a sound unit', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(await renderTable()).toEqual([
      { key: 'a', flag: '排查不力', reasons: ['排查任务完成率 60.0%，低于 90%', '2 项重大隐患逾期未整改'] },
      { key: 'b', flag: null, reasons: [] },
    ]);
    const tag = view?.container.querySelector('[data-testid=statistics-flag] .ant-tag');
    expect(tag?.className).toContain('ant-tag-error');
    expect(view?.container.querySelector('a[href="/enterprises/a"]')?.textContent).toBe('企业 a');
  });

  it('says the same in English', async () => {
    await i18n.changeLanguage('en');
    expect(await renderTable()).toEqual([
      { key: 'a', flag: 'Inadequate investigation', reasons: ['Task completion 60.0%, below 90%', '2 major hazard(s) overdue'] },
      { key: 'b', flag: null, reasons: [] },
    ]);
  });
});
