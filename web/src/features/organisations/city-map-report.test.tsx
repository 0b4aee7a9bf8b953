// @vitest-environment happy-dom
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import { CityMapReportCard } from './city-map.page.tsx';
import type { DistrictMapReport } from './use-city-map.query.ts';

const hangzhou: DistrictMapReport = {
  cityCode: '330100',
  featureCount: 13,
  usable: true,
  problems: [],
  matched: Array.from({ length: 11 }, (_, i) => ({ code: `3301${String(i).padStart(2, '0')}`, name: `区${i}` })),
  missing: [{ code: '330113', name: '临平区' }, { code: '330114', name: '钱塘区' }],
  extra: [{ code: '330103', name: '下城区' }, { code: '330104', name: '江干区' }],
  invalid: [{ index: 7, code: '330108', name: '滨江区', reason: 'a ring is not closed (its last position differs from its first)' }],
  renamed: [],
};

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

describe('the city map check report', () => {
  it.each(['zh-CN', 'en'] as const)('names the missing and extra districts and the unusable features (%s)', async (language) => {
    await i18n.changeLanguage(language);
    view = await render(
      <I18nextProvider i18n={i18n}>
        <CityMapReportCard report={hangzhou} />
      </I18nextProvider>,
    );
    const text = view.container.textContent ?? '';
    expect(text).toContain(language === 'en' ? '11 of 13 districts (13 features in the file)' : '11 / 13 个区县（文件共 13 个要素）');
    expect(text).toContain('330113 临平区');
    expect(text).toContain('330114 钱塘区');
    expect(text).toContain('330103 下城区');
    expect(text).toContain('330104 江干区');
    expect(text).toContain('a ring is not closed');
    expect(text).toContain(language === 'en' ? 'Not current districts (not shown)' : '非现行区县（不显示）');
  });
});
