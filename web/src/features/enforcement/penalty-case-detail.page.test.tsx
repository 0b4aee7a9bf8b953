// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { PenaltyCaseDetailPage } from './penalty-case-detail.page.tsx';
import type { CaseDetail } from './use-penalty-cases.query.ts';

const ID = '00000000-0000-4000-8000-0000000000c1';
const DOC = '00000000-0000-4000-8000-0000000000f1';
const penalty = { tier: 'general' as const, unitFineYuan: 180_000, persons: [{ name: '张三', fineYuan: 30_000 }], reasonKind: 'heavier' as const, reason: '两年内再次违法' };
const detail: CaseDetail = {
  id: ID,
  number: '锦应急立〔2026〕3号',
  status: 'decided',
  departmentId: '00000000-0000-4000-8000-0000000000d1',
  enterpriseId: '00000000-0000-4000-8000-0000000000e1',
  enterpriseName: '青白江培训违法有限公司',
  violationCode: 'spl-97-training-overdue',
  violationTitle: '未按照规定进行安全生产教育和培训，逾期未改正',
  source: { kind: 'public_report', id: null, note: '群众举报' },
  filedOn: '2026-11-01',
  decidedOn: '2026-11-20',
  fineYuan: 210_000,
  fineFlagged: true,
  paidFen: 0,
  closedOn: null,
  filedByName: '王警官',
  summary: '逾期未开展安全培训',
  persons: [{ name: '张三', role: 'principal' }],
  notice: { servedOn: '2026-11-10', facts: '逾期未改正', proposed: penalty, hearingEligible: true, windowEndsOn: '2026-11-17' },
  hearing: null,
  decision: { decidedOn: '2026-11-20', penalty, totalFineYuan: 210_000, flagged: true },
  decisionServedOn: null,
  schedule: [],
  outstandingFen: 21_000_000,
  evidence: [{ id: '00000000-0000-4000-8000-0000000000b1', kind: 'inquiry', takenAt: '2026-11-05T02:00:00.000Z', description: '询问笔录', officers: [{ name: '王警官', certificateNo: 'SC-1' }, { name: '李警官', certificateNo: 'SC-2' }] }],
  payments: [],
  timeline: [
    { action: 'file', from: null, to: 'registered', at: '2026-11-01T02:00:00.000Z', actorName: '王警官', flagged: false, body: {} },
    { action: 'decide', from: 'notified', to: 'decided', at: '2026-11-20T02:00:00.000Z', actorName: '赵局', flagged: true, body: {} },
  ],
  documents: [{ id: DOC, kind: 'penalty_decision', number: '锦应急罚决〔2026〕2号', issuedAt: '2026-11-20T02:00:00.000Z' }],
  allowedActions: ['serve_decision'],
};

let view: Rendered | undefined;

async function show() {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(detail), { status: 200, headers: { 'content-type': 'application/json' } }));
  const router = createMemoryRouter([{ path: '/penalty-cases/:id', element: <PenaltyCaseDetailPage /> }], { initialEntries: [`/penalty-cases/${ID}`] });
  view = await render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <App>
          <RouterProvider router={router} />
        </App>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  for (let i = 0; i < 40 && !view.container.textContent?.includes(detail.number); i++) await flush(25);
  return view.container;
}

describe('the penalty case page', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('shows the case, the flagged decision, its documents and timeline, and only the allowed steps', async () => {
    const page = await show();
    const text = page.textContent ?? '';
    for (const part of [detail.number, '已决定', '青白江培训违法有限公司', '从重: 两年内再次违法', '超出裁量档次', '210000.00', '立案', '作出处罚决定', '询问笔录', '未按照规定进行安全生产教育和培训，逾期未改正']) expect(text).toContain(part);
    const link = page.querySelector(`a[href="/api/v1/penalty-cases/${ID}/documents/${DOC}.pdf"]`);
    expect(link?.textContent).toContain('行政处罚决定书 锦应急罚决〔2026〕2号');
    const buttons = [...page.querySelectorAll('button')].map((b) => b.textContent?.replace(/\s/g, ''));
    expect(buttons).toContain('送达决定书');
    expect(buttons).not.toContain('结案审批');
  });

  it('opens the step’s own form', async () => {
    const page = await show();
    const button = [...page.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === '送达决定书')!;
    await act(async () => button.click());
    for (let i = 0; i < 20 && !document.querySelector('.ant-modal'); i++) await flush(25);
    expect(document.querySelector('.ant-modal-title')?.textContent).toBe('送达决定书');
    expect(document.querySelector('.ant-modal')?.textContent).toContain('送达方式');
  });
});
