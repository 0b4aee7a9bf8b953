// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthProvider } from '../../app/auth-context.tsx';
import { SESSION_QUERY_KEY } from '../../app/query-client.ts';
import type { SessionUser } from '../../app/session.types.ts';
import { i18n } from '../../i18n/i18n.ts';
import { render, type Rendered } from '../../test-support/render.tsx';
import { AccidentChainCard } from './accident-chain.tsx';
import type { AccidentDetail, ReportingStepView } from './accident.types.ts';

const regulator: SessionUser = { id: 'u', username: 'wang', displayName: '王监管', role: 'regulator', departmentId: 'd', enterpriseId: null };

function accidentWith(chain: ReportingStepView[]): AccidentDetail {
  return { id: 'a', number: '事故-2026-0007', reporting: { unitDeadline: chain[0]!.dueAt, chain } } as AccidentDetail;
}

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
  await i18n.changeLanguage('zh-CN');
});

async function steps(chain: ReportingStepView[], user: SessionUser = regulator) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_QUERY_KEY, user);
  view = await render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <AuthProvider>
          <App>
            <AccidentChainCard accident={accidentWith(chain)} />
          </App>
        </AuthProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return [...view.container.querySelectorAll('[data-step]')].map((node) => ({
    to: node.getAttribute('data-step'),
    done: node.closest('.ant-steps-item')?.className.includes('ant-steps-item-finish') ?? false,
    state: node.querySelector('[data-state]')?.textContent,
    button: node.querySelector('button')?.textContent?.replace(/\s/g, '') ?? null,
    text: node.textContent,
  }));
}

const step = (to: ReportingStepView['to'], from: ReportingStepView['from'], state: ReportingStepView['state'], reportedAt: string | null = null): ReportingStepView => ({
  from,
  to,
  dueAt: '2026-05-01T03:00:00.000Z',
  reportedAt,
  recordedBy: reportedAt ? '张三' : null,
  state,
});

describe('the reporting chain card', () => {
  it('ticks only the steps that were reported, shows 迟报 where it happened and offers to record the next', async () => {
    const shown = await steps([
      step('county', 'unit', 'late', '2026-05-01T03:20:00.000Z'),
      step('city', 'county', 'overdue'),
      step('province', 'city', 'pending'),
    ]);
    expect(shown.map(({ to, done, state, button }) => ({ to, done, state, button }))).toEqual([
      { to: 'county', done: true, state: '迟报', button: null },
      { to: 'city', done: false, state: '逾期未报', button: '登记上报' },
      { to: 'province', done: false, state: '待报告', button: null },
    ]);
    expect(shown[0]!.text).toContain('2026-05-01 11:20 报告');
    expect(shown[0]!.text).toContain('记录：张三');
  });

  it('ticks nothing for a historical record whose reports were never seen, and says so', async () => {
    await i18n.changeLanguage('en');
    const shown = await steps([step('county', 'unit', 'unknown'), step('city', 'county', 'unknown')], { ...regulator, role: 'expert' });
    expect(shown.map(({ done, state, button }) => ({ done, state, button }))).toEqual([
      { done: false, state: 'Time unknown', button: null },
      { done: false, state: 'Time unknown', button: null },
    ]);
    expect(view!.container.textContent).toContain('the platform never saw its reports');
  });
});
