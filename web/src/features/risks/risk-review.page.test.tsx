// @vitest-environment happy-dom
import dayjs from 'dayjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cityToday } from '../../../../core/hazards/plan-window.ts';
import { nextReviewDate } from '../../../../core/risks/risk-review.ts';
import { waitFor } from '../../../../test/support/wait-for.ts';
import type { SessionUser } from '../../app/session.types.ts';
import { i18n } from '../../i18n/i18n.ts';
import { flush, type Rendered } from '../../test-support/render.tsx';
import { click, fakeApi, renderScreen, typeInto } from '../../test-support/screen.tsx';
import { changedFields } from './risk-point-edit.page.tsx';
import { RiskPointDetailPage } from './risk-point-detail.page.tsx';
import { toFormValues } from './risk-point-form.tsx';
import { reviewBody, RiskReviewPage } from './risk-review.page.tsx';
import type { RiskPoint, RiskReview } from './risk.types.ts';

const ID = '00000000-0000-4000-8000-00000000a001';
const officer: SessionUser = { id: 'u1', username: 'enterprise', displayName: '赵强', role: 'enterprise', departmentId: null, enterpriseId: 'e1' };
const today = cityToday(new Date());

const point = (overrides: Partial<RiskPoint> = {}): RiskPoint => ({
  id: ID,
  enterpriseId: 'e1',
  enterpriseName: '成都沱江化工有限公司',
  name: '氯化反应釜',
  location: '一车间二层',
  objectKind: 'equipment',
  object: '氯化反应釜 R-201',
  hazardFactors: [{ class: 'physical', description: '反应失控超温超压' }],
  evaluation: { method: 'lec', l: 1, e: 6, c: 40 },
  method: 'lec',
  result: { score: 240, band: 2, level: 'larger', color: 'orange' },
  level: 'larger',
  color: 'orange',
  controlMeasures: [{ kind: 'engineering', content: '设置SIS' }],
  controlLevel: 'workshop',
  responsiblePerson: '黄磊',
  reviewDate: '2026-01-01',
  reviewOverdue: true,
  active: true,
  deactivatedAt: null,
  deactivationReason: null,
  lastReviewedOn: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 10 });
const routes = [
  { path: '/risks/:id', element: <RiskPointDetailPage /> },
  { path: '/risks/:id/review', element: <RiskReviewPage /> },
];

let view: Rendered | undefined;
const text = () => document.body.textContent ?? '';

describe('recording a risk point review', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('clears the overdue flag: the overdue point is reviewed, and its page shows the next review date, not 已逾期', async () => {
    let current = point();
    let reviews: RiskReview[] = [];
    const api = fakeApi((method, path, body) => {
      if (method === 'GET' && path === `/api/v1/risk-points/${ID}`) return [200, current];
      if (method === 'GET' && path.startsWith(`/api/v1/risk-points/${ID}/reviews`)) return [200, page(reviews)];
      if (method === 'GET' && path.startsWith(`/api/v1/risk-points/${ID}/history`)) return [200, page([])];
      if (method === 'POST' && path === `/api/v1/risk-points/${ID}/reviews`) {
        const b = body as { reviewedOn: string; reviewer: string; conclusion: string };
        current = point({ reviewDate: nextReviewDate(b.reviewedOn), reviewOverdue: false, lastReviewedOn: b.reviewedOn });
        const review = { id: 'r1', riskPointId: ID, ...b, evaluation: null, before: current.result, after: current.result, levelChanged: false, nextReviewDate: current.reviewDate, recordedBy: '赵强', createdAt: '' };
        reviews = [review];
        return [201, { review, point: current }];
      }
      return [404, { error: { code: 'NOT_FOUND', message: path } }];
    });
    vi.stubGlobal('fetch', api.fetch);
    const screen = await renderScreen(routes, `/risks/${ID}/review`, officer);
    view = screen.view;

    await waitFor(() => text().includes('复评已于 2026-01-01 到期'), { what: 'the overdue alert' });
    // The next review date by the rule in core, from today's review.
    await waitFor(() => document.querySelector('[data-testid=next-review-date]')?.textContent === nextReviewDate(today), { what: 'the next review date' });

    await typeInto(document.querySelector('#reviewer') as HTMLInputElement, ' 张工 ');
    await typeInto(document.querySelector('#conclusion') as HTMLTextAreaElement, '管控措施有效，风险等级不变');
    await click(document.querySelector('button[type=submit]'));
    await waitFor(() => screen.router.state.location.pathname === `/risks/${ID}`, { what: 'the detail page' });
    await waitFor(async () => {
      await flush(20);
      return document.querySelector('[data-testid=review-date]')?.textContent === nextReviewDate(today) && text().includes('张工');
    }, { what: 'the detail page with the review' });

    expect(api.calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', path: `/api/v1/risk-points/${ID}/reviews`, body: { reviewedOn: today, reviewer: '张工', conclusion: '管控措施有效，风险等级不变' } },
    ]);
    expect(text()).not.toContain('已逾期');
  }, 30_000);

  it('refuses to send without a reviewer and a conclusion, and shows the server’s field messages', async () => {
    const api = fakeApi((method, path) => {
      if (method === 'GET' && path === `/api/v1/risk-points/${ID}`) return [200, point({ lastReviewedOn: today })];
      if (method === 'POST') return [400, { error: { code: 'VALIDATION_FAILED', message: 'x', details: [{ path: 'reviewedOn', message: 'must not be before the last review (2026-11-02)' }] } }];
      return [404, { error: { code: 'NOT_FOUND', message: path } }];
    });
    vi.stubGlobal('fetch', api.fetch);
    view = (await renderScreen(routes, `/risks/${ID}/review`, officer)).view;
    await waitFor(() => document.querySelector('#reviewer') !== null, { what: 'the form' });
    await click(document.querySelector('button[type=submit]'));
    await waitFor(async () => {
      await flush(20);
      return document.querySelectorAll('.ant-form-item-explain-error').length === 2;
    }, { what: 'two required-field messages' });
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    await typeInto(document.querySelector('#reviewer') as HTMLInputElement, '张工');
    await typeInto(document.querySelector('#conclusion') as HTMLTextAreaElement, '好');
    await click(document.querySelector('button[type=submit]'));
    await waitFor(() => text().includes('不得早于上次复评日期（2026-11-02）'), { what: 'the server’s message on the date field' });
  }, 30_000);
});

describe('the review and edit bodies', () => {
  it('sends the scores only when re-evaluating', () => {
    const base = { reviewedOn: dayjs('2026-12-03'), reviewer: ' 张工 ', conclusion: ' 有效 ', method: 'ls' as const, l: 4, s: 5 };
    expect(reviewBody({ ...base, reEvaluate: false })).toEqual({ reviewedOn: '2026-12-03', reviewer: '张工', conclusion: '有效' });
    expect(reviewBody({ ...base, reEvaluate: true })).toEqual({ reviewedOn: '2026-12-03', reviewer: '张工', conclusion: '有效', evaluation: { method: 'ls', l: 4, s: 5 } });
  });

  it('sends only what the edit changed, and a new evaluation only if the scores differ', () => {
    const p = point();
    expect(changedFields(p, toFormValues(p))).toEqual({});
    expect(changedFields(p, { ...toFormValues(p), name: '氯化反应釜（新）', c: 15 })).toEqual({ name: '氯化反应釜（新）', evaluation: { method: 'lec', l: 1, e: 6, c: 15 } });
  });
});
