// @vitest-environment happy-dom
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import type { ChecklistItemView } from '../investigations/investigation.types.ts';
import { ExpertReportForm, reportOf } from './expert-report-form.tsx';

const item = (code: string, phrasing: ChecklistItemView['phrasing']): ChecklistItemView => ({
  code,
  content: phrasing === 'violation' ? `特种作业人员未持证上岗 ${code}` : `灭火器按标准配置 ${code}`,
  legalBasis: { standard: '判定标准' },
  isMajorCriterion: phrasing === 'violation',
  industryScope: [],
  checkType: 'boolean',
  phrasing,
  confidence: null,
  note: null,
});
const ITEMS = [item('HC17-02', 'violation'), item('GEN-01', 'requirement'), item('HC17-11', 'violation')];

let view: Rendered | undefined;
const labels = (card: Element | undefined) => [...(card?.querySelectorAll('[data-choice]') ?? [])].map((b) => b.textContent?.trim());
const choose = async (container: HTMLElement, index: number, choice: string) => {
  const card = container.querySelectorAll('[data-testid=expert-item]')[index];
  await act(async () => card?.querySelector<HTMLButtonElement>(`[data-choice=${choice}]`)?.click());
};

describe('the expert’s report form', { timeout: 20_000 }, () => {
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    await i18n.changeLanguage('zh-CN');
  });

  it('words each item’s answers for its phrasing, in both languages', async () => {
    await i18n.changeLanguage('zh-CN');
    view = await render(<I18nextProvider i18n={i18n}><App><ExpertReportForm items={ITEMS} submitting={false} onSubmit={vi.fn()} /></App></I18nextProvider>);
    const cards = view.container.querySelectorAll('[data-testid=expert-item]');
    expect(labels(cards[0])).toEqual(['不存在此问题', '存在此问题', '不适用']);
    expect(labels(cards[1])).toEqual(['合格', '不合格', '不适用']);
    await act(async () => i18n.changeLanguage('en'));
    expect(labels(cards[0])).toEqual(['Not found', 'Found', 'N/A']);
    expect(labels(cards[1])).toEqual(['Pass', 'Fail', 'N/A']);
  });

  it('submits a problem found as fail with no points, compliance as pass with full points, leaving N/A out', async () => {
    await i18n.changeLanguage('zh-CN');
    const onSubmit = vi.fn();
    view = await render(<I18nextProvider i18n={i18n}><App><ExpertReportForm items={ITEMS} submitting={false} onSubmit={onSubmit} /></App></I18nextProvider>);
    const { container } = view;
    const submit = () => container.querySelector<HTMLButtonElement>('[data-testid=report-submit]');
    await choose(container, 0, 'fail');
    await choose(container, 1, 'pass');
    expect(submit()?.disabled).toBe(true);
    await choose(container, 2, 'skip');
    const conclusion = container.querySelector<HTMLTextAreaElement>('[data-testid=report-conclusion]')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(conclusion, '存在重大事故隐患一项');
      conclusion.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(container.querySelector('[data-testid=report-progress]')?.textContent).toBe('已评 3 / 3 项 · 10 / 20 · 问题 1 项');
    expect(submit()?.disabled).toBe(false);
    await act(async () => submit()?.click());
    for (let i = 0; i < 20 && !document.querySelector('[data-testid=report-confirm-ok]'); i++) await flush(25);
    await act(async () => document.querySelector<HTMLButtonElement>('[data-testid=report-confirm-ok]')?.click());
    expect(onSubmit).toHaveBeenCalledWith({
      findings: [
        { itemCode: 'HC17-02', outcome: 'fail', score: 0, maxScore: 10, note: '' },
        { itemCode: 'GEN-01', outcome: 'pass', score: 10, maxScore: 10, note: '' },
      ],
      conclusion: '存在重大事故隐患一项',
    });
  });

  it('needs every checklist item answered and a scored finding before it can be submitted', () => {
    const none = reportOf(ITEMS, {}, [], 'x');
    expect(none.canSubmit).toBe(false);
    const allSkipped = reportOf(ITEMS, Object.fromEntries(ITEMS.map((i) => [i.code, { outcome: 'skip' as const, maxScore: 10, note: '' }])), [], 'x');
    expect(allSkipped).toMatchObject({ answered: 3, canSubmit: false });
    const free = reportOf([], {}, [{ key: 1, item: '应急物资不足', outcome: 'fail', score: 2, maxScore: 5, note: '' }], 'x');
    expect(free.body.findings).toEqual([{ item: '应急物资不足', outcome: 'fail', score: 2, maxScore: 5, note: '' }]);
    expect(free.canSubmit).toBe(true);
  });
});
