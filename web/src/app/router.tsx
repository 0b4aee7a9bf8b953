import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login.page.tsx';
import { EnterpriseCreatePage } from '../features/organisations/enterprise-create.page.tsx';
import { EnterpriseDetailPage } from '../features/organisations/enterprise-detail.page.tsx';
import { EnterpriseEditPage } from '../features/organisations/enterprise-edit.page.tsx';
import { EnterpriseListPage } from '../features/organisations/enterprise-list.page.tsx';
import { EnterpriseCrumb } from '../features/organisations/enterprise-crumb.tsx';
import { HazardCrumb } from '../features/hazards/hazard-crumb.tsx';
import { HazardDetailPage } from '../features/hazards/hazard-detail.page.tsx';
import { HazardListPage } from '../features/hazards/hazard-list.page.tsx';
import { HazardReportPage } from '../features/hazards/hazard-report.page.tsx';
import { PlanCrumb, TaskCrumb } from '../features/investigations/investigation-crumbs.tsx';
import { PlanCreatePage } from '../features/investigations/plan-create.page.tsx';
import { PlanDetailPage } from '../features/investigations/plan-detail.page.tsx';
import { PlanListPage } from '../features/investigations/plan-list.page.tsx';
import { TaskExecutionPage } from '../features/investigations/task-execution.page.tsx';
import { TaskListPage } from '../features/investigations/task-list.page.tsx';
import { StatisticsPage } from '../features/statistics/statistics.page.tsx';
import { OverviewPage } from '../features/overview/overview.page.tsx';
import { RiskPointFormPage } from '../features/risks/risk-point-form.page.tsx';
import { RiskPointListPage } from '../features/risks/risk-point-list.page.tsx';
import { MajorHazardAssessPage } from '../features/major-hazards/major-hazard-assess.page.tsx';
import { MajorHazardSourceListPage } from '../features/major-hazards/major-hazard-source-list.page.tsx';
import { AlarmHistoryPage } from '../features/monitoring/alarm-history.page.tsx';
import { MonitoringWallPage } from '../features/monitoring/monitoring-wall.page.tsx';
import { SensorCrumb } from '../features/monitoring/sensor-crumb.tsx';
import { SensorPage } from '../features/monitoring/sensor.page.tsx';
import { AccidentDetailPage } from '../features/accidents/accident-detail.page.tsx';
import { AccidentListPage } from '../features/accidents/accident-list.page.tsx';
import { AccidentReportPage } from '../features/accidents/accident-report.page.tsx';
import { AccidentStatisticsPage } from '../features/accidents/accident-statistics.page.tsx';
import { CockpitPage } from '../features/cockpit/cockpit.page.tsx';
import { InspectionCreatePage } from '../features/inspections/inspection-create.page.tsx';
import { InspectionCrumb } from '../features/inspections/inspection-crumb.tsx';
import { InspectionDetailPage } from '../features/inspections/inspection-detail.page.tsx';
import { InspectionsPage } from '../features/inspections/inspections.page.tsx';
import { NotificationCentrePage } from '../features/notifications/notification-centre.page.tsx';
import { NotificationPreferencesPage } from '../features/notifications/notification-preferences.page.tsx';
import { AppLayout } from './app-layout.tsx';
import { AppProviders } from './app-providers.tsx';
import { NotFoundPage } from './not-found.page.tsx';
import { RequireAuth } from './require-auth.tsx';
import type { RouteHandle } from './route-handle.ts';

function Root() {
  return (
    <AppProviders>
      <Outlet />
    </AppProviders>
  );
}

// Enterprise users see one enterprise, theirs: "My enterprise" replaces both the list and the name.
const enterprisesCrumb: RouteHandle = {
  crumb: ({ user, t }) =>
    user.role === 'enterprise'
      ? { title: t('nav.myEnterprise'), to: `/enterprises/${user.enterpriseId ?? ''}` }
      : { title: t('nav.enterprises'), to: '/enterprises' },
};

const enterpriseCrumb: RouteHandle = {
  crumb: ({ params, user }) => {
    const id = params['id'] ?? '';
    if (user.role === 'enterprise' && user.enterpriseId === id) return null;
    return { title: <EnterpriseCrumb id={id} />, to: `/enterprises/${id}` };
  },
};

export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { path: '/login', element: <LoginPage /> },
      // The cockpit is full-screen: signed in, without the app's header and side menu.
      {
        path: '/cockpit',
        element: (
          <RequireAuth>
            <CockpitPage />
          </RequireAuth>
        ),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <OverviewPage />, handle: { crumb: ({ t }) => ({ title: t('nav.overview') }) } satisfies RouteHandle },
          {
            path: 'enterprises',
            handle: enterprisesCrumb,
            children: [
              { index: true, element: <EnterpriseListPage /> },
              {
                path: 'new',
                element: <EnterpriseCreatePage />,
                handle: { crumb: ({ t }) => ({ title: t('nav.enterpriseCreate') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                handle: enterpriseCrumb,
                children: [
                  { index: true, element: <EnterpriseDetailPage /> },
                  {
                    path: 'edit',
                    element: <EnterpriseEditPage />,
                    handle: { crumb: ({ t }) => ({ title: t('nav.enterpriseEdit') }) } satisfies RouteHandle,
                  },
                ],
              },
            ],
          },
          {
            path: 'hazards',
            handle: { crumb: ({ t }) => ({ title: t('nav.hazards'), to: '/hazards' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <HazardListPage /> },
              {
                path: 'new',
                element: <HazardReportPage />,
                handle: { crumb: ({ t }) => ({ title: t('nav.hazardReport') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                element: <HazardDetailPage />,
                handle: {
                  crumb: ({ params }) => ({ title: <HazardCrumb id={params['id'] ?? ''} /> }),
                } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'investigation-tasks',
            handle: {
              crumb: ({ t, user }) => ({ title: t(user.role === 'enterprise' ? 'nav.myTasks' : 'nav.tasks'), to: '/investigation-tasks' }),
            } satisfies RouteHandle,
            children: [
              { index: true, element: <TaskListPage /> },
              {
                path: ':id',
                element: <TaskExecutionPage />,
                handle: { crumb: ({ params }) => ({ title: <TaskCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'investigation-plans',
            handle: { crumb: ({ t }) => ({ title: t('nav.plans'), to: '/investigation-plans' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <PlanListPage /> },
              {
                path: 'new',
                element: <PlanCreatePage />,
                handle: { crumb: ({ t }) => ({ title: t('nav.planCreate') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                element: <PlanDetailPage />,
                handle: { crumb: ({ params }) => ({ title: <PlanCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'statistics',
            element: <StatisticsPage />,
            handle: { crumb: ({ t }) => ({ title: t('nav.statistics') }) } satisfies RouteHandle,
          },
          {
            path: 'monitoring',
            handle: { crumb: ({ t }) => ({ title: t('nav.monitoring'), to: '/monitoring' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <MonitoringWallPage /> },
              {
                path: 'alarms',
                element: <AlarmHistoryPage />,
                handle: { crumb: ({ t }) => ({ title: t('nav.alarmHistory') }) } satisfies RouteHandle,
              },
              {
                path: 'sensors/:id',
                element: <SensorPage />,
                handle: { crumb: ({ params }) => ({ title: <SensorCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'risks',
            handle: { crumb: ({ t }) => ({ title: t('nav.risks'), to: '/risks' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <RiskPointListPage /> },
              { path: 'new', element: <RiskPointFormPage />, handle: { crumb: ({ t }) => ({ title: t('nav.riskCreate') }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'major-hazard-sources',
            handle: { crumb: ({ t }) => ({ title: t('nav.majorHazards'), to: '/major-hazard-sources' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <MajorHazardSourceListPage /> },
              { path: 'new', element: <MajorHazardAssessPage />, handle: { crumb: ({ t }) => ({ title: t('nav.majorHazardCreate') }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'accidents',
            handle: { crumb: ({ t }) => ({ title: t('nav.accidents'), to: '/accidents' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <AccidentListPage /> },
              { path: 'new', element: <AccidentReportPage />, handle: { crumb: ({ t }) => ({ title: t('nav.accidentReport') }) } satisfies RouteHandle },
              { path: 'statistics', element: <AccidentStatisticsPage />, handle: { crumb: ({ t }) => ({ title: t('nav.accidentStatistics') }) } satisfies RouteHandle },
              { path: ':id', element: <AccidentDetailPage />, handle: { crumb: ({ t }) => ({ title: t('accidents.title') }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'inspections',
            handle: { crumb: ({ t }) => ({ title: t('nav.inspections'), to: '/inspections' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <InspectionsPage /> },
              { path: 'new', element: <InspectionCreatePage />, handle: { crumb: ({ t }) => ({ title: t('nav.inspectionCreate') }) } satisfies RouteHandle },
              { path: ':id', element: <InspectionDetailPage />, handle: { crumb: ({ params }) => ({ title: <InspectionCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'notifications',
            handle: { crumb: ({ t }) => ({ title: t('notifications.centre.title'), to: '/notifications' }) } satisfies RouteHandle,
            children: [
              { index: true, element: <NotificationCentrePage /> },
              { path: 'preferences', element: <NotificationPreferencesPage />, handle: { crumb: ({ t }) => ({ title: t('notifications.preferences.title') }) } satisfies RouteHandle },
            ],
          },
          { path: '*', element: <NotFoundPage />, handle: { crumb: ({ t }) => ({ title: t('nav.notFound') }) } satisfies RouteHandle },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
