// @vitest-environment happy-dom
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import { KpiCard } from './kpi-card.tsx';

let view: Rendered | undefined;
const show = async (kpi: { key: string; value: number; previous: number | null }) => {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <KpiCard kpi={kpi} />
    </I18nextProvider>,
  );
  return view.container.textContent ?? '';
};

describe('cockpit KPI card', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
  });

  it('shows a rise year on year as a red up arrow with the percentage', async () => {
    const text = await show({ key: 'deaths', value: 12, previous: 10 });
    expect(text).toContain('本年死亡人数');
    expect(text).toContain('20%');
    expect(view!.container.querySelector('.anticon-arrow-up')).not.toBeNull();
  });

  it('shows a fall as a down arrow, and a start from nothing without a percentage', async () => {
    await show({ key: 'accidents', value: 8, previous: 10 });
    expect(view!.container.querySelector('.anticon-arrow-down')).not.toBeNull();
    await view!.unmount();
    expect(await show({ key: 'openHazards', value: 5, previous: 0 })).toContain('0 → 5');
  });
});
