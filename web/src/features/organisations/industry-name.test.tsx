// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { IndustryName } from './industry-name.tsx';

const INDUSTRIES = [
  { code: 'C', name: '制造业', level: 1, section: 'C', parentCode: null },
  { code: '26', name: '化学原料和化学制品制造业', level: 2, section: 'C', parentCode: 'C' },
  { code: '2614', name: '有机化学原料制造', level: 4, section: 'C', parentCode: '261' },
];

let view: Rendered | undefined;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    return new Response(JSON.stringify({ items: INDUSTRIES }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(async () => {
  await view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
});

async function shown(ui: React.ReactNode): Promise<string[]> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  view = await render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  for (let i = 0; i < 40 && view.container.textContent?.includes('2614') && !view.container.textContent.includes('有机'); i++) await flush(10);
  return [...view.container.querySelectorAll('[data-industry-code]')].map((node) => node.textContent ?? '');
}

describe('IndustryName', () => {
  it('shows industries by name, reading the GB/T 4754 list once for every code on the screen', async () => {
    expect(
      await shown(
        <>
          <IndustryName code="2614" />
          <IndustryName code="c" />
          <IndustryName code="26" withCode />
          <IndustryName code="9999" />
        </>,
      ),
    ).toEqual(['有机化学原料制造', '制造业', '26化学原料和化学制品制造业', '9999']);
    expect(calls).toEqual(['/api/v1/industries']);
  });
});
