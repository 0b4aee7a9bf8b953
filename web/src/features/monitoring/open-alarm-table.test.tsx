// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import type { Alarm } from './monitoring.types.ts';
import { AlarmTable } from './open-alarm-table.tsx';
import { alarm } from './test-alarms.ts';

let view: Rendered | undefined;

async function table(alarms: Alarm[], onAcknowledge?: (a: Alarm) => void) {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <AlarmTable alarms={alarms} onAcknowledge={onAcknowledge} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return view.container;
}

describe('alarm table', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    await i18n.changeLanguage('zh-CN');
  });

  it('offers acknowledge only on unacknowledged alarms, and passes the alarm on', async () => {
    const onAcknowledge = vi.fn();
    const container = await table([alarm({ id: 'a1' }), alarm({ id: 'a2', status: 'acknowledged' })], onAcknowledge);
    const buttons = container.querySelectorAll('[data-action=acknowledge]');
    expect(buttons).toHaveLength(1);
    await act(async () => (buttons[0] as HTMLButtonElement).click());
    expect(onAcknowledge).toHaveBeenCalledWith(expect.objectContaining({ id: 'a1' }));
    expect(container.textContent).toContain('已确认');
  });

  it('shows the status instead of the button to someone who may not acknowledge', async () => {
    const container = await table([alarm()]);
    expect(container.querySelector('[data-action=acknowledge]')).toBeNull();
    expect(container.textContent).toContain('未确认');
  });

  it('links the sensor to its page and shows opening and peak values with the limit, in English too', async () => {
    await i18n.changeLanguage('en');
    const container = await table([alarm({ kind: 'power_off', severity: 'critical', openValue: 1.5, peakValue: 1.8, limit: 1.5 })]);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/monitoring/sensors/00000000-0000-4000-8000-000000000001');
    expect(container.textContent).toContain('1.5 %CH4 / 1.8 %CH4');
    expect(container.textContent).toContain('Power-off');
    expect(container.textContent).toContain('Critical');
  });
});
