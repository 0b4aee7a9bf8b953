// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { changedDeadlines } from './document-issue-modal.tsx';
import { officersDiffer } from './inspection-create.page.tsx';
import type { DocumentSummary, InspectionDetail } from './inspection.types.ts';
import { ReinspectionModal } from './reinspection-modal.tsx';
import dayjs from 'dayjs';

const finding = (id: string, deadline: string | null): InspectionDetail['findings'][number] => ({
  id, checkItem: `检查项${id.slice(-1)}`, legalBasis: { standard: '《安全生产法》' }, description: 'd', location: 'l', grade: 'general', deadline, hazardId: id.replace(/.$/, 'f'), hazardStatus: 'reported',
});
const inspection: InspectionDetail = {
  id: '00000000-0000-4000-8000-0000000000a1', kind: 'inspection', status: 'rectifying', enterpriseId: '00000000-0000-4000-8000-0000000000e1', enterpriseName: '青白江化工有限公司',
  departmentName: '成都市应急管理局', drawId: null, drawNumber: null, drawnAt: null, planId: null, orderDocumentId: null, orderDocumentNumber: null, officerNames: ['王执法', '李执法'],
  place: '储罐区', startedAt: '2026-12-01T02:00:00.000Z', endedAt: '2026-12-01T04:00:00.000Z', createdByName: '王执法', createdAt: '2026-12-01T04:00:00.000Z', summary: '', officerChangeReason: null,
  participants: [{ side: 'officer', name: '王执法', title: null, certificateNo: 'SC-1' }, { side: 'officer', name: '李执法', title: null, certificateNo: 'SC-2' }],
  findings: [finding('00000000-0000-4000-8000-000000000011', '2030-01-15'), finding('00000000-0000-4000-8000-000000000012', null)],
  measures: [], results: [], documents: [],
};
const order: DocumentSummary = {
  id: '00000000-0000-4000-8000-0000000000d1', kind: 'rectification_order', number: '成应急责改〔2026〕1号', title: '责令限期整改指令书', issuedAt: '2026-12-01T05:00:00.000Z', issuedByName: '王执法',
  correctsId: null, referencesId: null, correctedById: null, pdfUrl: '/api/v1/documents/x.pdf', reinspectionDue: '2030-01-25',
};

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
});
beforeAll(async () => {
  await i18n.changeLanguage('zh-CN');
});

async function show(ui: ReactNode) {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <MemoryRouter>
          <App>{ui}</App>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return view.container;
}

describe('an inspection form refused by the server', () => {
  it('marks the field the server names red, in the user’s language, and says so above the button — nothing thrown', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      const error = { code: 'VALIDATION_FAILED', message: 'Request validation failed', details: [{ path: 'endedAt', message: 'must not be before startedAt' }] };
      return new Response(JSON.stringify({ error }), { status: 400, headers: { 'content-type': 'application/json' } });
    });
    await show(<ReinspectionModal order={order} inspection={inspection} onClose={() => undefined} />);
    for (let i = 0; i < 20 && !document.querySelector('[data-testid=reinspection-submit]'); i++) await flush(25);
    await act(async () => (document.querySelector('[data-testid=reinspection-submit]') as HTMLButtonElement).click());
    for (let i = 0; i < 40 && !document.querySelector('[data-testid=submit-error]'); i++) await flush(25);
    expect(sent).toHaveLength(1);
    const ended = document.querySelector('#endedAt')?.closest('.ant-form-item');
    expect(ended?.classList.contains('ant-form-item-has-error')).toBe(true);
    expect(ended?.textContent).toContain('结束时间不能早于开始时间');
    expect(document.querySelector('#startedAt')?.closest('.ant-form-item')?.classList.contains('ant-form-item-has-error')).toBe(false);
    expect(document.querySelector('[data-testid=submit-error]')?.textContent).toContain('提交的数据有误，请检查标红的字段');
    await flush(50);
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    // A modal of pickers renders slowly in happy-dom on a busy machine.
  }, 20_000);
});

describe('the order form', () => {
  it('sends only the lines whose deadline changed (a correction moves only their hazards)', () => {
    expect(changedDeadlines(inspection.findings, [{ deadline: dayjs('2030-01-15') }, { deadline: null }])).toEqual([]);
    expect(changedDeadlines(inspection.findings, [{ deadline: dayjs('2030-02-01') }, { deadline: dayjs('2030-01-20') }])).toEqual([
      { findingId: inspection.findings[0]!.id, deadline: '2030-02-01' },
      { findingId: inspection.findings[1]!.id, deadline: '2030-01-20' },
    ]);
  });
});

describe('officers under a draw', () => {
  const draw = { inspectors: [{ id: 'a', name: '甲' }, { id: 'b', name: '乙' }] };
  it('differ when one is missing, added or named without an account', () => {
    expect(officersDiffer(draw, [{ side: 'officer', userId: 'b' }, { side: 'officer', userId: 'a' }, { side: 'enterprise' }])).toBe(false);
    expect(officersDiffer(draw, [{ side: 'officer', userId: 'a' }])).toBe(true);
    expect(officersDiffer(draw, [{ side: 'officer', userId: 'a' }, { side: 'officer', userId: 'b' }, { side: 'officer', name: '丙' }])).toBe(true);
    expect(officersDiffer(draw, [{ side: 'officer', userId: 'a' }, { side: 'officer', name: '乙' }])).toBe(true);
  });
});
