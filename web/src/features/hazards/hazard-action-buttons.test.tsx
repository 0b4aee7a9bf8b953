// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import type { HazardAction } from './hazard.types.ts';
import { HazardActionButtons } from './hazard-action-buttons.tsx';

let view: Rendered | undefined;

async function buttonsFor(actions: HazardAction[], onSelect: (action: HazardAction) => void = () => undefined) {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <HazardActionButtons actions={actions} onSelect={onSelect} />
    </I18nextProvider>,
  );
  return [...view.container.querySelectorAll('button')].map((button) => ({
    action: button.getAttribute('data-action'),
    text: (button.textContent ?? '').replace(/\s+/g, ''),
    primary: button.classList.contains('ant-btn-primary'),
  }));
}

describe('hazard action buttons', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    await i18n.changeLanguage('zh-CN');
  });

  it('shows nothing when the user may do nothing', async () => {
    expect(await buttonsFor([])).toEqual([]);
    expect(view?.container.textContent).toBe('');
  });

  it('shows exactly the allowed actions of a reported general hazard, the forward step first among equals', async () => {
    expect(await buttonsFor(['rectify_immediately', 'start_rectification'])).toEqual([
      { action: 'start_rectification', text: '开始整改', primary: true },
      { action: 'rectify_immediately', text: '立即整改销号', primary: false },
    ]);
  });

  it('offers a reviewer approve and reject, and never an action the server did not list', async () => {
    const shown = await buttonsFor(['approve', 'reject']);
    expect(shown.map((button) => button.action)).toEqual(['approve', 'reject']);
    expect(shown.find((button) => button.action === 'approve')?.primary).toBe(true);
    expect(view?.container.querySelector('[data-action=reject]')?.classList.contains('ant-btn-dangerous')).toBe(true);
    expect(view?.container.querySelector('[data-action=submit_for_review]')).toBeNull();
  });

  it.each([
    [['submit_for_review', 'request_extension'], ['submit_for_review', 'request_extension']],
    [['list_for_supervision', 'decide_extension'], ['list_for_supervision', 'decide_extension']],
    [['decide_extension', 'start_rectification', 'list_for_supervision'], ['start_rectification', 'list_for_supervision', 'decide_extension']],
  ] as const)('for %j shows %j in the lifecycle order', async (allowed, expected) => {
    expect((await buttonsFor([...allowed])).map((button) => button.action)).toEqual(expected);
  });

  it('labels the buttons in English and reports the chosen action', async () => {
    await i18n.changeLanguage('en');
    const onSelect = vi.fn();
    const shown = await buttonsFor(['list_for_supervision', 'decide_extension'], onSelect);
    expect(shown.map((button) => button.text)).toEqual(['Listforsupervision', 'Decideextension']);
    await act(async () => {
      (view?.container.querySelector('[data-action=decide_extension]') as HTMLButtonElement).click();
    });
    expect(onSelect).toHaveBeenCalledWith('decide_extension');
  });
});
