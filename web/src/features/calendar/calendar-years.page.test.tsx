// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../../../test/support/wait-for.ts';
import type { SessionUser } from '../../app/session.types.ts';
import { i18n } from '../../i18n/i18n.ts';
import type { Rendered } from '../../test-support/render.tsx';
import { click, fakeApi, renderScreen, typeInto } from '../../test-support/screen.tsx';
import { CalendarYearsPage } from './calendar-years.page.tsx';

const admin: SessionUser = { id: 'u1', username: 'admin', displayName: '管理员', role: 'admin', departmentId: null, enterpriseId: null };
const packageYear = { year: 2026, source: 'package', notice: 'chinese-days 1.5.7', holidays: 33, workdays: 6, updatedAt: null, updatedBy: null };

let view: Rendered | undefined;
const text = () => document.body.textContent ?? '';
const field = <E extends Element>(id: string) => document.querySelector(`#${id}`) as E | null;
const fieldError = (id: string) => field(id)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent ?? '';

describe('the working-day calendar screen', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('sends a year typed as lines — holidays first, ranges expanded — and puts the server’s refusal on the line’s box with its date', async () => {
    const api = fakeApi((method, path) => {
      if (method === 'GET' && path === '/api/v1/calendar/years') return [200, { items: [packageYear] }];
      if (method === 'PUT' && path === '/api/v1/calendar/years/2027') {
        return [400, { error: { code: 'VALIDATION_FAILED', message: 'days.3.date: …', details: [{ path: 'days.3.date', message: 'must be a Saturday or Sunday to be a make-up working day', reason: 'workday_not_weekend' }] } }];
      }
      return [404, { error: { code: 'NOT_FOUND', message: path } }];
    });
    vi.stubGlobal('fetch', api.fetch);
    view = (await renderScreen([{ path: '/admin/calendar', element: <CalendarYearsPage /> }], '/admin/calendar', admin)).view;
    await waitFor(() => text().includes('系统自带'), { what: 'the shipped year listed' });

    await click([...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === '录入年度安排'));
    await waitFor(() => field('notice') !== null, { what: 'the year form' });
    await typeInto(field<HTMLInputElement>('year')!, '2027');
    await typeInto(field<HTMLInputElement>('notice')!, '国务院办公厅关于2027年部分节假日安排的通知');
    await typeInto(field<HTMLTextAreaElement>('holidays')!, '2027-01-01 元旦\n2027-02-06 ~ 2027-02-07 春节');
    await typeInto(field<HTMLTextAreaElement>('workdays')!, '2027-01-05 元旦');
    await click(document.querySelector('.ant-modal-footer .ant-btn-primary'));

    await waitFor(() => api.calls.some((c) => c.method === 'PUT'), { what: 'the PUT' });
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      notice: '国务院办公厅关于2027年部分节假日安排的通知',
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-06', kind: 'holiday', name: '春节' },
        { date: '2027-02-07', kind: 'holiday', name: '春节' },
        { date: '2027-01-05', kind: 'workday', name: '元旦' },
      ],
    });
    await waitFor(() => fieldError('workdays').includes('2027-01-05'), { what: 'the refusal on the make-up days' });
    expect(fieldError('workdays')).toContain('调休上班日必须是周六或周日');
  });

  it('names a line it cannot read and sends nothing', async () => {
    const api = fakeApi((method, path) => (method === 'GET' && path === '/api/v1/calendar/years' ? [200, { items: [packageYear] }] : [404, { error: { code: 'NOT_FOUND', message: path } }]));
    vi.stubGlobal('fetch', api.fetch);
    view = (await renderScreen([{ path: '/admin/calendar', element: <CalendarYearsPage /> }], '/admin/calendar', admin)).view;
    await waitFor(() => text().includes('系统自带'), { what: 'the shipped year listed' });
    await click([...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === '录入年度安排'));
    await waitFor(() => field('notice') !== null, { what: 'the year form' });
    await typeInto(field<HTMLInputElement>('notice')!, '通知');
    await typeInto(field<HTMLTextAreaElement>('holidays')!, '2027-01-01 元旦\n2027-02-30 春节');
    await click(document.querySelector('.ant-modal-footer .ant-btn-primary'));
    await waitFor(() => fieldError('holidays').includes('第 2 行'), { what: 'the unreadable line named' });
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});
