// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { render, type Rendered } from '../test-support/render.tsx';
import type { Role, SessionUser } from './session.types.ts';
import { SideMenu } from './side-menu.tsx';

function userWith(role: Role): SessionUser {
  return {
    id: `user-${role}`,
    username: role,
    displayName: role,
    role,
    departmentId: role === 'enterprise' ? null : 'dept-1',
    enterpriseId: role === 'enterprise' ? 'ent-42' : null,
  };
}

let view: Rendered | undefined;

async function menuLinks(role: Role, path = '/'): Promise<{ text: string; href: string | null }[]> {
  view = await render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <SideMenu user={userWith(role)} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return [...view.container.querySelectorAll('.ant-menu-item a')].map((link) => ({
    text: link.textContent ?? '',
    href: link.getAttribute('href'),
  }));
}

describe('side menu', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
  });

  it('shows the administrator the overview, enterprise list, hazards, monitoring, inspections (to read) and the admin area (users, departments, city map, working-day calendar, webhooks, partner clients, audit trail) under its heading, and no plans or statistics', async () => {
    expect(await menuLinks('admin')).toEqual([
      { text: '首页', href: '/' },
      { text: '企业管理', href: '/enterprises' },
      { text: '隐患排查治理', href: '/hazards' },
      { text: '监测预警', href: '/monitoring' },
      { text: '风险分级管控', href: '/risks' },
      { text: '重大危险源', href: '/major-hazard-sources' },
      { text: '生产安全事故', href: '/accidents' },
      { text: '领导驾驶舱', href: '/cockpit' },
      { text: '监管执法检查', href: '/inspections' },
      { text: '法规库', href: '/laws' },
      { text: '用户管理', href: '/admin/users' },
      { text: '部门管理', href: '/admin/departments' },
      { text: '城市地图', href: '/admin/city-map' },
      { text: '工作日历', href: '/admin/calendar' },
      { text: 'Webhook 推送', href: '/admin/webhooks' },
      { text: '数据共享客户端', href: '/admin/partners' },
      { text: '审计日志', href: '/admin/audit' },
    ]);
    expect(view!.container.querySelector('.ant-menu-item-group-title')?.textContent).toBe('系统管理');
  });

  it.each(['regulator', 'inspector', 'expert'] as const)('shows %s hazards, tasks, plans, checklists and statistics (monitoring for those who act on alarms, penalty cases for department officers)', async (role) => {
    expect(await menuLinks(role)).toEqual([
      { text: '首页', href: '/' },
      { text: '企业管理', href: '/enterprises' },
      { text: '隐患排查治理', href: '/hazards' },
      { text: '排查任务', href: '/investigation-tasks' },
      { text: '排查计划', href: '/investigation-plans' },
      { text: '检查表库', href: '/checklists' },
      { text: '统计分析', href: '/statistics' },
      ...(role === 'expert' ? [] : [{ text: '监测预警', href: '/monitoring' }]),
      { text: '风险分级管控', href: '/risks' },
      { text: '重大危险源', href: '/major-hazard-sources' },
      { text: '生产安全事故', href: '/accidents' },
      { text: '领导驾驶舱', href: '/cockpit' },
      { text: '监管执法检查', href: '/inspections' },
      { text: '法规库', href: '/laws' },
      ...(role === 'expert' ? [] : [{ text: '行政处罚案件', href: '/penalty-cases' }]),
    ]);
    expect(view!.container.querySelector('.ant-menu-item-group-title')).toBeNull();
  });

  it('shows an enterprise user their own enterprise, hazards, tasks, plans and checklists', async () => {
    expect(await menuLinks('enterprise')).toEqual([
      { text: '本企业', href: '/enterprises/ent-42' },
      { text: '隐患排查治理', href: '/hazards' },
      { text: '我的排查任务', href: '/investigation-tasks' },
      { text: '排查计划', href: '/investigation-plans' },
      { text: '检查表库', href: '/checklists' },
      { text: '监测预警', href: '/monitoring' },
      { text: '风险分级管控', href: '/risks' },
      { text: '重大危险源', href: '/major-hazard-sources' },
      { text: '生产安全事故', href: '/accidents' },
      { text: '监管执法检查', href: '/inspections' },
      { text: '法规库', href: '/laws' },
    ]);
  });

  it('highlights hazards on a hazard detail page', async () => {
    await menuLinks('enterprise', '/hazards/abc');
    const selected = view?.container.querySelector('.ant-menu-item-selected');
    expect(selected?.textContent).toBe('隐患排查治理');
  });

  it('highlights the enterprise list on an enterprise detail page', async () => {
    await menuLinks('regulator', '/enterprises/abc/edit');
    const selected = view?.container.querySelector('.ant-menu-item-selected');
    expect(selected?.textContent).toBe('企业管理');
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    expect((await menuLinks('enterprise'))[0]?.text).toBe('My enterprise');
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    expect(view?.container.textContent).toBe('本企业隐患排查治理我的排查任务排查计划检查表库监测预警风险分级管控重大危险源生产安全事故监管执法检查法规库');
  });
});
