// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { waitFor } from '../../../../test/support/wait-for.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { AcknowledgeAlarmModal } from './acknowledge-alarm-modal.tsx';
import type { Alarm } from './monitoring.types.ts';
import { alarm } from './test-alarms.ts';
import { monitoringKeys } from './use-monitoring.queries.ts';

let view: Rendered | undefined;

describe('acknowledge alarm dialog', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  it('posts the note, updates the open-alarm list in place and closes', async () => {
    const open = alarm({ id: '00000000-0000-4000-8000-0000000000a1' });
    const requests: { url: string; method: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(JSON.stringify({ ...open, status: 'acknowledged', acknowledgedBy: '张伟' }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const client = new QueryClient();
    client.setQueryData<Alarm[]>(monitoringKeys.openAlarms, [open, alarm({ id: 'other', severity: 'warning' })]);
    const onClose = vi.fn();
    view = await render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <App>
            <AcknowledgeAlarmModal alarm={open} onClose={onClose} />
          </App>
        </QueryClientProvider>
      </I18nextProvider>,
    );
    const textarea = document.querySelector('.ant-modal textarea') as HTMLTextAreaElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(textarea, '  已通知撤人  ');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const ok = document.querySelector('.ant-modal .ant-btn-primary') as HTMLButtonElement;
    await act(async () => ok.click());
    await waitFor(async () => {
      await flush(25);
      return onClose.mock.calls.length > 0;
    }, { what: 'the modal to close' });

    expect(requests).toEqual([{ url: '/api/v1/alarms/00000000-0000-4000-8000-0000000000a1/acknowledge', method: 'POST', body: { note: '已通知撤人' } }]);
    expect(onClose).toHaveBeenCalled();
    const list = client.getQueryData<Alarm[]>(monitoringKeys.openAlarms)!;
    expect(list.map((a) => [a.id, a.status])).toEqual([
      ['00000000-0000-4000-8000-0000000000a1', 'acknowledged'],
      ['other', 'active'],
    ]);
  });
});
