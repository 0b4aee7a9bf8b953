// @vitest-environment happy-dom
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import type { ChecklistItemView } from './investigation.types.ts';
import { TaskChecklistForm } from './task-checklist-form.tsx';
import { summarise } from './task-execution-state.ts';

function item(code: string, isMajorCriterion: boolean, phrasing: ChecklistItemView['phrasing'] = 'requirement'): ChecklistItemView {
  return {
    code,
    content: phrasing === 'violation' ? `主要负责人未依法经考核合格 ${code}` : `检查项 ${code}`,
    legalBasis: { standard: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）', article: '第一条' },
    isMajorCriterion,
    industryScope: [],
    checkType: 'boolean',
    phrasing,
    confidence: null,
    note: null,
  };
}

const ITEMS = [item('HG-01', true), item('HG-02', false), item('HG-03', false)];
let view: Rendered | undefined;

async function renderForm(onSubmit = vi.fn(), items = ITEMS) {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <App>
        <TaskChecklistForm items={items} onSubmit={onSubmit} />
      </App>
    </I18nextProvider>,
  );
  return view.container;
}

const submitButton = (container: HTMLElement) => container.querySelector<HTMLButtonElement>('[data-testid=task-submit]');

async function choose(container: HTMLElement, index: number, outcome: string) {
  const card = container.querySelectorAll('[data-testid=checklist-item]')[index];
  await act(async () => {
    card?.querySelector<HTMLButtonElement>(`[data-outcome=${outcome}]`)?.click();
  });
}

describe('checklist execution', { timeout: 20_000 }, () => {
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    await i18n.changeLanguage('zh-CN');
  });

  it('keeps submit disabled until every item has an outcome', async () => {
    await i18n.changeLanguage('zh-CN');
    const container = await renderForm();
    expect(submitButton(container)?.disabled).toBe(true);
    expect(container.querySelector('[data-testid=task-progress]')?.textContent).toBe('已排查 0 / 3 项');
    await choose(container, 0, 'fail');
    await choose(container, 1, 'pass');
    expect(submitButton(container)?.disabled).toBe(true);
    expect(container.querySelector('[data-testid=task-progress]')?.textContent).toBe('已排查 2 / 3 项 · 问题 1 项');
    await choose(container, 2, 'not_applicable');
    expect(submitButton(container)?.disabled).toBe(false);
  });

  it('marks major criteria and asks for a note and photos only on a failed item, in English too', async () => {
    await i18n.changeLanguage('en');
    const container = await renderForm();
    const cards = container.querySelectorAll('[data-testid=checklist-item]');
    expect(cards[0]?.textContent).toContain('Major hazard criterion');
    expect(cards[1]?.textContent).not.toContain('Major hazard criterion');
    expect([...(cards[0]?.querySelectorAll('[data-outcome]') ?? [])].map((b) => b.textContent?.trim())).toEqual(['Pass', 'Fail', 'N/A']);
    expect(container.querySelector('textarea')).toBeNull();
    await choose(container, 0, 'fail');
    expect(cards[0]?.querySelector('textarea')).not.toBeNull();
    expect(cards[0]?.textContent).toContain('Submitting creates a major hazard');
    await choose(container, 0, 'pass');
    expect(container.querySelector('textarea')).toBeNull();
    expect(submitButton(container)?.textContent).toBe('Submit results');
    expect(submitButton(container)?.disabled).toBe(true);
  });
});

describe('answers worded for the item', { timeout: 20_000 }, () => {
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    await i18n.changeLanguage('zh-CN');
  });

  const labels = (card: Element | undefined) => [...(card?.querySelectorAll('[data-outcome]') ?? [])].map((b) => b.textContent?.trim());

  it('asks 存在此问题 / 不存在此问题 of an item that describes a problem, and 合格 / 不合格 of a requirement', async () => {
    await i18n.changeLanguage('zh-CN');
    const container = await renderForm(vi.fn(), [item('HC17-01', true, 'violation'), item('GEN-01', false)]);
    const cards = container.querySelectorAll('[data-testid=checklist-item]');
    expect(labels(cards[0])).toEqual(['不存在此问题', '存在此问题', '不适用']);
    expect(cards[0]?.querySelector('[data-testid=violation-hint]')).not.toBeNull();
    expect(labels(cards[1])).toEqual(['合格', '不合格', '不适用']);
    expect(cards[1]?.querySelector('[data-testid=violation-hint]')).toBeNull();
  });

  it('stores a problem found as not compliant (fail), and not found as compliant (pass), in English too', async () => {
    await i18n.changeLanguage('en');
    const onSubmit = vi.fn();
    const items = [item('HC17-01', true, 'violation'), item('HC17-02', true, 'violation')];
    const container = await renderForm(onSubmit, items);
    const cards = container.querySelectorAll('[data-testid=checklist-item]');
    expect(labels(cards[0])).toEqual(['Not found', 'Found', 'N/A']);
    await choose(container, 0, 'fail');
    await choose(container, 1, 'pass');
    expect(cards[0]?.querySelector('[aria-pressed=true]')?.textContent?.trim()).toBe('Found');
    await act(async () => submitButton(container)?.click());
    for (let i = 0; i < 20 && !document.querySelector('[data-testid=task-confirm-ok]'); i++) await new Promise((r) => setTimeout(r, 25));
    await act(async () => document.querySelector<HTMLButtonElement>('[data-testid=task-confirm-ok]')?.click());
    expect(onSubmit).toHaveBeenCalledWith([
      expect.objectContaining({ itemCode: 'HC17-01', outcome: 'fail' }),
      expect.objectContaining({ itemCode: 'HC17-02', outcome: 'pass' }),
    ]);
  });
});

describe('execution summary', () => {
  it('counts the hazards a submission creates and blocks it while a photo uploads', () => {
    const answers = {
      'HG-01': { outcome: 'fail' as const, photos: [{ uid: '1', name: 'a.png', status: 'uploading' as const }] },
      'HG-02': { outcome: 'fail' as const },
      'HG-03': { outcome: 'pass' as const },
    };
    expect(summarise(ITEMS, answers)).toEqual({ total: 3, answered: 3, failed: 2, failedMajor: 1, photosPending: true, canSubmit: false });
    expect(summarise(ITEMS, { ...answers, 'HG-01': { outcome: 'fail' } }).canSubmit).toBe(true);
    expect(summarise([], {}).canSubmit).toBe(false);
  });
});
