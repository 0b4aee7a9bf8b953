import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login.page.tsx';
import { AppProviders } from './app-providers.tsx';
import { lazyCrumb, lazyPage, lazyScreen } from './lazy-page.tsx';
import { RequireAuth } from './require-auth.tsx';
import type { RouteHandle } from './route-handle.ts';

// Each page is its own chunk, fetched on first navigation (docs/adr/0035): the login page carries none of them.
const appLayout = lazyScreen(() => import('./app-layout.tsx'), 'AppLayout');
const cockpitPage = lazyScreen(() => import('../features/cockpit/cockpit.page.tsx'), 'CockpitPage');
const enterpriseCreatePage = lazyPage(() => import('../features/organisations/enterprise-create.page.tsx'), 'EnterpriseCreatePage');
const enterpriseDetailPage = lazyPage(() => import('../features/organisations/enterprise-detail.page.tsx'), 'EnterpriseDetailPage');
const enterpriseEditPage = lazyPage(() => import('../features/organisations/enterprise-edit.page.tsx'), 'EnterpriseEditPage');
const enterpriseImportPage = lazyPage(() => import('../features/transfer/workbook-import.page.tsx'), 'EnterpriseImportPage');
const sensorImportPage = lazyPage(() => import('../features/transfer/workbook-import.page.tsx'), 'SensorImportPage');
const enterpriseListPage = lazyPage(() => import('../features/organisations/enterprise-list.page.tsx'), 'EnterpriseListPage');
const hazardDetailPage = lazyPage(() => import('../features/hazards/hazard-detail.page.tsx'), 'HazardDetailPage');
const hazardListPage = lazyPage(() => import('../features/hazards/hazard-list.page.tsx'), 'HazardListPage');
const hazardReportPage = lazyPage(() => import('../features/hazards/hazard-report.page.tsx'), 'HazardReportPage');
const planCreatePage = lazyPage(() => import('../features/investigations/plan-create.page.tsx'), 'PlanCreatePage');
const planDetailPage = lazyPage(() => import('../features/investigations/plan-detail.page.tsx'), 'PlanDetailPage');
const planListPage = lazyPage(() => import('../features/investigations/plan-list.page.tsx'), 'PlanListPage');
const taskExecutionPage = lazyPage(() => import('../features/investigations/task-execution.page.tsx'), 'TaskExecutionPage');
const checklistListPage = lazyPage(() => import('../features/investigations/checklist-list.page.tsx'), 'ChecklistListPage');
const checklistDetailPage = lazyPage(() => import('../features/investigations/checklist-detail.page.tsx'), 'ChecklistDetailPage');
const checklistFormPage = lazyPage(() => import('../features/investigations/checklist-form.page.tsx'), 'ChecklistFormPage');
const expertCampaignCreatePage = lazyPage(() => import('../features/inspections/expert-campaign-create.page.tsx'), 'ExpertCampaignCreatePage');
const expertCampaignDetailPage = lazyPage(() => import('../features/inspections/expert-campaign-detail.page.tsx'), 'ExpertCampaignDetailPage');
const expertReportPage = lazyPage(() => import('../features/inspections/expert-report.page.tsx'), 'ExpertReportPage');
const taskListPage = lazyPage(() => import('../features/investigations/task-list.page.tsx'), 'TaskListPage');
const statisticsPage = lazyPage(() => import('../features/statistics/statistics.page.tsx'), 'StatisticsPage');
const overviewPage = lazyPage(() => import('../features/overview/overview.page.tsx'), 'OverviewPage');
const riskPointFormPage = lazyPage(() => import('../features/risks/risk-point-form.page.tsx'), 'RiskPointFormPage');
const riskPointListPage = lazyPage(() => import('../features/risks/risk-point-list.page.tsx'), 'RiskPointListPage');
const riskPointDetailPage = lazyPage(() => import('../features/risks/risk-point-detail.page.tsx'), 'RiskPointDetailPage');
const riskPointEditPage = lazyPage(() => import('../features/risks/risk-point-edit.page.tsx'), 'RiskPointEditPage');
const riskReviewPage = lazyPage(() => import('../features/risks/risk-review.page.tsx'), 'RiskReviewPage');
const majorHazardAssessPage = lazyPage(() => import('../features/major-hazards/major-hazard-assess.page.tsx'), 'MajorHazardAssessPage');
const majorHazardSourceListPage = lazyPage(() => import('../features/major-hazards/major-hazard-source-list.page.tsx'), 'MajorHazardSourceListPage');
const majorHazardSourceDetailPage = lazyPage(() => import('../features/major-hazards/major-hazard-source-detail.page.tsx'), 'MajorHazardSourceDetailPage');
const majorHazardSourceEditPage = lazyPage(() => import('../features/major-hazards/major-hazard-source-edit.page.tsx'), 'MajorHazardSourceEditPage');
const guarantorCheckPage = lazyPage(() => import('../features/major-hazards/guarantor-check.page.tsx'), 'GuarantorCheckPage');
const checkHazardReportPage = lazyPage(() => import('../features/major-hazards/check-hazard-report.page.tsx'), 'CheckHazardReportPage');
const alarmHistoryPage = lazyPage(() => import('../features/monitoring/alarm-history.page.tsx'), 'AlarmHistoryPage');
const monitoringWallPage = lazyPage(() => import('../features/monitoring/monitoring-wall.page.tsx'), 'MonitoringWallPage');
const sensorPage = lazyPage(() => import('../features/monitoring/sensor.page.tsx'), 'SensorPage');
const accidentDetailPage = lazyPage(() => import('../features/accidents/accident-detail.page.tsx'), 'AccidentDetailPage');
const accidentListPage = lazyPage(() => import('../features/accidents/accident-list.page.tsx'), 'AccidentListPage');
const accidentReportPage = lazyPage(() => import('../features/accidents/accident-report.page.tsx'), 'AccidentReportPage');
const accidentStatisticsPage = lazyPage(() => import('../features/accidents/accident-statistics.page.tsx'), 'AccidentStatisticsPage');
const accidentImportPage = lazyPage(() => import('../features/accidents/accident-import.page.tsx'), 'AccidentImportPage');
const accidentDenominatorsPage = lazyPage(() => import('../features/accidents/accident-denominators.page.tsx'), 'AccidentDenominatorsPage');
const inspectionCreatePage = lazyPage(() => import('../features/inspections/inspection-create.page.tsx'), 'InspectionCreatePage');
const inspectionDetailPage = lazyPage(() => import('../features/inspections/inspection-detail.page.tsx'), 'InspectionDetailPage');
const inspectionsPage = lazyPage(() => import('../features/inspections/inspections.page.tsx'), 'InspectionsPage');
// 一公开: published draws for anyone, without signing in and outside the signed-in layout.
const publicDrawListPage = lazyScreen(() => import('../features/inspections/public-draws.page.tsx'), 'PublicDrawListPage');
const publicDrawPage = lazyScreen(() => import('../features/inspections/public-draws.page.tsx'), 'PublicDrawPage');
const cityMapPage = lazyPage(() => import('../features/organisations/city-map.page.tsx'), 'CityMapPage');
const notificationCentrePage = lazyPage(() => import('../features/notifications/notification-centre.page.tsx'), 'NotificationCentrePage');
const notificationPreferencesPage = lazyPage(() => import('../features/notifications/notification-preferences.page.tsx'), 'NotificationPreferencesPage');
const changePasswordPage = lazyPage(() => import('../features/account/change-password.page.tsx'), 'ChangePasswordPage');
const mySessionsPage = lazyPage(() => import('../features/account/my-sessions.page.tsx'), 'MySessionsPage');
const userListPage = lazyPage(() => import('../features/admin/user-list.page.tsx'), 'UserListPage');
const departmentListPage = lazyPage(() => import('../features/admin/department-list.page.tsx'), 'DepartmentListPage');
const webhookListPage = lazyPage(() => import('../features/sharing/webhook-list.page.tsx'), 'WebhookListPage');
const partnerClientListPage = lazyPage(() => import('../features/sharing/partner-client-list.page.tsx'), 'PartnerClientListPage');
const auditTrailPage = lazyPage(() => import('../features/audit/audit-trail.page.tsx'), 'AuditTrailPage');
const notFoundPage = lazyPage(() => import('./not-found.page.tsx'), 'NotFoundPage');
const EnterpriseCrumb = lazyCrumb(() => import('../features/organisations/enterprise-crumb.tsx'), 'EnterpriseCrumb');
const HazardCrumb = lazyCrumb(() => import('../features/hazards/hazard-crumb.tsx'), 'HazardCrumb');
const PlanCrumb = lazyCrumb(() => import('../features/investigations/investigation-crumbs.tsx'), 'PlanCrumb');
const ChecklistCrumb = lazyCrumb(() => import('../features/investigations/checklist-crumb.tsx'), 'ChecklistCrumb');
const ExpertCampaignCrumb = lazyCrumb(() => import('../features/inspections/expert-crumbs.tsx'), 'ExpertCampaignCrumb');
const ExpertReportCrumb = lazyCrumb(() => import('../features/inspections/expert-crumbs.tsx'), 'ExpertReportCrumb');
const TaskCrumb = lazyCrumb(() => import('../features/investigations/investigation-crumbs.tsx'), 'TaskCrumb');
const SensorCrumb = lazyCrumb(() => import('../features/monitoring/sensor-crumb.tsx'), 'SensorCrumb');
const AccidentCrumb = lazyCrumb(() => import('../features/accidents/accident-crumb.tsx'), 'AccidentCrumb');
const InspectionCrumb = lazyCrumb(() => import('../features/inspections/inspection-crumb.tsx'), 'InspectionCrumb');
const RiskPointCrumb = lazyCrumb(() => import('../features/risks/risk-point-crumb.tsx'), 'RiskPointCrumb');
const MajorHazardSourceCrumb = lazyCrumb(() => import('../features/major-hazards/major-hazard-source-crumb.tsx'), 'MajorHazardSourceCrumb');

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
      { path: '/public/draws', element: publicDrawListPage },
      { path: '/public/draws/:id', element: publicDrawPage },
      // The cockpit is full-screen: signed in, without the app's header and side menu.
      {
        path: '/cockpit',
        element: (
          <RequireAuth>
            {cockpitPage}
          </RequireAuth>
        ),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            {appLayout}
          </RequireAuth>
        ),
        children: [
          { index: true, element: overviewPage, handle: { crumb: ({ t }) => ({ title: t('nav.overview') }) } satisfies RouteHandle },
          {
            path: 'enterprises',
            handle: enterprisesCrumb,
            children: [
              { index: true, element: enterpriseListPage },
              {
                path: 'new',
                element: enterpriseCreatePage,
                handle: { crumb: ({ t }) => ({ title: t('nav.enterpriseCreate') }) } satisfies RouteHandle,
              },
              {
                path: 'import',
                element: enterpriseImportPage,
                handle: { crumb: ({ t }) => ({ title: t('nav.enterpriseImport') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                handle: enterpriseCrumb,
                children: [
                  { index: true, element: enterpriseDetailPage },
                  {
                    path: 'edit',
                    element: enterpriseEditPage,
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
              { index: true, element: hazardListPage },
              {
                path: 'new',
                element: hazardReportPage,
                handle: { crumb: ({ t }) => ({ title: t('nav.hazardReport') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                element: hazardDetailPage,
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
              { index: true, element: taskListPage },
              {
                path: ':id',
                element: taskExecutionPage,
                handle: { crumb: ({ params }) => ({ title: <TaskCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'investigation-plans',
            handle: { crumb: ({ t }) => ({ title: t('nav.plans'), to: '/investigation-plans' }) } satisfies RouteHandle,
            children: [
              { index: true, element: planListPage },
              {
                path: 'new',
                element: planCreatePage,
                handle: { crumb: ({ t }) => ({ title: t('nav.planCreate') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                element: planDetailPage,
                handle: { crumb: ({ params }) => ({ title: <PlanCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'checklists',
            handle: { crumb: ({ t }) => ({ title: t('nav.checklists'), to: '/checklists' }) } satisfies RouteHandle,
            children: [
              { index: true, element: checklistListPage },
              { path: 'new', element: checklistFormPage, handle: { crumb: ({ t }) => ({ title: t('nav.checklistCreate') }) } satisfies RouteHandle },
              {
                path: ':id',
                handle: { crumb: ({ params }) => ({ title: <ChecklistCrumb id={params['id'] ?? ''} />, to: `/checklists/${params['id'] ?? ''}` }) } satisfies RouteHandle,
                children: [
                  { index: true, element: checklistDetailPage },
                  { path: 'edit', element: checklistFormPage, handle: { crumb: ({ t }) => ({ title: t('nav.checklistEdit') }) } satisfies RouteHandle },
                ],
              },
            ],
          },
          {
            path: 'statistics',
            element: statisticsPage,
            handle: { crumb: ({ t }) => ({ title: t('nav.statistics') }) } satisfies RouteHandle,
          },
          {
            path: 'monitoring',
            handle: { crumb: ({ t }) => ({ title: t('nav.monitoring'), to: '/monitoring' }) } satisfies RouteHandle,
            children: [
              { index: true, element: monitoringWallPage },
              {
                path: 'alarms',
                element: alarmHistoryPage,
                handle: { crumb: ({ t }) => ({ title: t('nav.alarmHistory') }) } satisfies RouteHandle,
              },
              {
                path: 'sensors/import',
                element: sensorImportPage,
                handle: { crumb: ({ t }) => ({ title: t('nav.sensorImport') }) } satisfies RouteHandle,
              },
              {
                path: 'sensors/:id',
                element: sensorPage,
                handle: { crumb: ({ params }) => ({ title: <SensorCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'risks',
            handle: { crumb: ({ t }) => ({ title: t('nav.risks'), to: '/risks' }) } satisfies RouteHandle,
            children: [
              { index: true, element: riskPointListPage },
              { path: 'new', element: riskPointFormPage, handle: { crumb: ({ t }) => ({ title: t('nav.riskCreate') }) } satisfies RouteHandle },
              {
                path: ':id',
                handle: { crumb: ({ params }) => ({ title: <RiskPointCrumb id={params['id'] ?? ''} />, to: `/risks/${params['id'] ?? ''}` }) } satisfies RouteHandle,
                children: [
                  { index: true, element: riskPointDetailPage },
                  { path: 'edit', element: riskPointEditPage, handle: { crumb: ({ t }) => ({ title: t('common.edit') }) } satisfies RouteHandle },
                  { path: 'review', element: riskReviewPage, handle: { crumb: ({ t }) => ({ title: t('nav.riskReview') }) } satisfies RouteHandle },
                ],
              },
            ],
          },
          {
            path: 'major-hazard-sources',
            handle: { crumb: ({ t }) => ({ title: t('nav.majorHazards'), to: '/major-hazard-sources' }) } satisfies RouteHandle,
            children: [
              { index: true, element: majorHazardSourceListPage },
              { path: 'new', element: majorHazardAssessPage, handle: { crumb: ({ t }) => ({ title: t('nav.majorHazardCreate') }) } satisfies RouteHandle },
              {
                path: ':id',
                handle: {
                  crumb: ({ params }) => ({ title: <MajorHazardSourceCrumb id={params['id'] ?? ''} />, to: `/major-hazard-sources/${params['id'] ?? ''}` }),
                } satisfies RouteHandle,
                children: [
                  { index: true, element: majorHazardSourceDetailPage },
                  { path: 'edit', element: majorHazardSourceEditPage, handle: { crumb: ({ t }) => ({ title: t('common.edit') }) } satisfies RouteHandle },
                  { path: 'check', element: guarantorCheckPage, handle: { crumb: ({ t }) => ({ title: t('nav.majorHazardCheck') }) } satisfies RouteHandle },
                  {
                    path: 'checks/:checkId/hazard',
                    element: checkHazardReportPage,
                    handle: { crumb: ({ t }) => ({ title: t('nav.hazardReport') }) } satisfies RouteHandle,
                  },
                ],
              },
            ],
          },
          {
            path: 'accidents',
            handle: { crumb: ({ t }) => ({ title: t('nav.accidents'), to: '/accidents' }) } satisfies RouteHandle,
            children: [
              { index: true, element: accidentListPage },
              { path: 'new', element: accidentReportPage, handle: { crumb: ({ t }) => ({ title: t('nav.accidentReport') }) } satisfies RouteHandle },
              { path: 'import', element: accidentImportPage, handle: { crumb: ({ t }) => ({ title: t('nav.accidentImport') }) } satisfies RouteHandle },
              {
                path: 'statistics',
                handle: { crumb: ({ t }) => ({ title: t('nav.accidentStatistics'), to: '/accidents/statistics' }) } satisfies RouteHandle,
                children: [
                  { index: true, element: accidentStatisticsPage },
                  { path: 'denominators', element: accidentDenominatorsPage, handle: { crumb: ({ t }) => ({ title: t('nav.accidentDenominators') }) } satisfies RouteHandle },
                ],
              },
              { path: ':id', element: accidentDetailPage, handle: { crumb: ({ params }) => ({ title: <AccidentCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'inspections',
            handle: { crumb: ({ t }) => ({ title: t('nav.inspections'), to: '/inspections' }) } satisfies RouteHandle,
            children: [
              { index: true, element: inspectionsPage },
              { path: 'new', element: inspectionCreatePage, handle: { crumb: ({ t }) => ({ title: t('nav.inspectionCreate') }) } satisfies RouteHandle },
              {
                path: 'expert-campaigns',
                handle: { crumb: ({ t }) => ({ title: t('nav.expertCampaigns'), to: '/inspections?tab=experts' }) } satisfies RouteHandle,
                children: [
                  { path: 'new', element: expertCampaignCreatePage, handle: { crumb: ({ t }) => ({ title: t('nav.expertCampaignCreate') }) } satisfies RouteHandle },
                  {
                    path: ':id',
                    handle: {
                      crumb: ({ params }) => ({ title: <ExpertCampaignCrumb id={params['id'] ?? ''} />, to: `/inspections/expert-campaigns/${params['id'] ?? ''}` }),
                    } satisfies RouteHandle,
                    children: [
                      { index: true, element: expertCampaignDetailPage },
                      {
                        path: 'assignments/:assignmentId',
                        element: expertReportPage,
                        handle: { crumb: ({ params }) => ({ title: <ExpertReportCrumb id={params['assignmentId'] ?? ''} /> }) } satisfies RouteHandle,
                      },
                    ],
                  },
                ],
              },
              { path: ':id', element: inspectionDetailPage, handle: { crumb: ({ params }) => ({ title: <InspectionCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle },
            ],
          },
          { path: 'admin/city-map', element: cityMapPage, handle: { crumb: ({ t }) => ({ title: t('nav.cityMap') }) } satisfies RouteHandle },
          { path: 'account/password', element: changePasswordPage, handle: { crumb: ({ t }) => ({ title: t('account.password.title') }) } satisfies RouteHandle },
          { path: 'account/sessions', element: mySessionsPage, handle: { crumb: ({ t }) => ({ title: t('account.sessions.title') }) } satisfies RouteHandle },
          { path: 'admin/users', element: userListPage, handle: { crumb: ({ t }) => ({ title: t('admin.users.title') }) } satisfies RouteHandle },
          { path: 'admin/departments', element: departmentListPage, handle: { crumb: ({ t }) => ({ title: t('admin.departments.title') }) } satisfies RouteHandle },
          { path: 'admin/webhooks', element: webhookListPage, handle: { crumb: ({ t }) => ({ title: t('nav.webhooks') }) } satisfies RouteHandle },
          { path: 'admin/partners', element: partnerClientListPage, handle: { crumb: ({ t }) => ({ title: t('nav.partners') }) } satisfies RouteHandle },
          { path: 'admin/audit', element: auditTrailPage, handle: { crumb: ({ t }) => ({ title: t('nav.auditTrail') }) } satisfies RouteHandle },
          {
            path: 'notifications',
            handle: { crumb: ({ t }) => ({ title: t('notifications.centre.title'), to: '/notifications' }) } satisfies RouteHandle,
            children: [
              { index: true, element: notificationCentrePage },
              { path: 'preferences', element: notificationPreferencesPage, handle: { crumb: ({ t }) => ({ title: t('notifications.preferences.title') }) } satisfies RouteHandle },
            ],
          },
          { path: '*', element: notFoundPage, handle: { crumb: ({ t }) => ({ title: t('nav.notFound') }) } satisfies RouteHandle },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
