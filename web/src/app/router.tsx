import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login.page.tsx';
import { AppProviders } from './app-providers.tsx';
import { lazyCrumb, lazyPage, lazyScreen } from './lazy-page.tsx';
import { RequireAuth } from './require-auth.tsx';
import { can } from './permissions.ts';
import { guard } from './require-permission.tsx';
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
const penaltyCaseListPage = lazyPage(() => import('../features/enforcement/penalty-case-list.page.tsx'), 'PenaltyCaseListPage');
const penaltyCaseDetailPage = lazyPage(() => import('../features/enforcement/penalty-case-detail.page.tsx'), 'PenaltyCaseDetailPage');
// 一公开: published draws for anyone, without signing in and outside the signed-in layout.
const publicDrawListPage = lazyScreen(() => import('../features/inspections/public-draws.page.tsx'), 'PublicDrawListPage');
const publicDrawPage = lazyScreen(() => import('../features/inspections/public-draws.page.tsx'), 'PublicDrawPage');
const publicLawListPage = lazyScreen(() => import('../features/laws/public-laws.page.tsx'), 'PublicLawListPage');
const publicLawPage = lazyScreen(() => import('../features/laws/public-laws.page.tsx'), 'PublicLawPage');
const lawListPage = lazyPage(() => import('../features/laws/law-list.page.tsx'), 'LawListPage');
const lawDetailPage = lazyPage(() => import('../features/laws/law-detail.page.tsx'), 'LawDetailPage');
const lawArticleImportPage = lazyPage(() => import('../features/transfer/workbook-import.page.tsx'), 'LawArticleImportPage');
const cityMapPage = lazyPage(() => import('../features/organisations/city-map.page.tsx'), 'CityMapPage');
const calendarYearsPage = lazyPage(() => import('../features/calendar/calendar-years.page.tsx'), 'CalendarYearsPage');
const enforcementCalculatorsPage = lazyPage(() => import('../features/enforcement/enforcement-calculators.page.tsx'), 'EnforcementCalculatorsPage');
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
const LawCrumb = lazyCrumb(() => import('../features/laws/law-crumb.tsx'), 'LawCrumb');
const ExpertCampaignCrumb = lazyCrumb(() => import('../features/inspections/expert-crumbs.tsx'), 'ExpertCampaignCrumb');
const ExpertReportCrumb = lazyCrumb(() => import('../features/inspections/expert-crumbs.tsx'), 'ExpertReportCrumb');
const TaskCrumb = lazyCrumb(() => import('../features/investigations/investigation-crumbs.tsx'), 'TaskCrumb');
// A record's crumb reads the record: only for a role that may (on a 403 page it stays out).
const SensorCrumb = lazyCrumb(() => import('../features/monitoring/sensor-crumb.tsx'), 'SensorCrumb');
const AccidentCrumb = lazyCrumb(() => import('../features/accidents/accident-crumb.tsx'), 'AccidentCrumb');
const InspectionCrumb = lazyCrumb(() => import('../features/inspections/inspection-crumb.tsx'), 'InspectionCrumb');
const PenaltyCaseCrumb = lazyCrumb(() => import('../features/enforcement/penalty-case-crumb.tsx'), 'PenaltyCaseCrumb');
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
      { path: '/public/laws', element: publicLawListPage },
      { path: '/public/laws/:id', element: publicLawPage },
      // The cockpit is full-screen: signed in, without the app's header and side menu.
      {
        path: '/cockpit',
        element: (
          <RequireAuth>
            {guard('cockpit.view', cockpitPage, 'screen')}
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
          { index: true, element: guard('enterprises.list', overviewPage, 'home'), handle: { crumb: ({ t }) => ({ title: t('nav.overview') }) } satisfies RouteHandle },
          {
            path: 'enterprises',
            handle: enterprisesCrumb,
            children: [
              { index: true, element: guard('enterprises.list', enterpriseListPage, 'home') },
              {
                path: 'new',
                element: guard('enterprises.create', enterpriseCreatePage),
                handle: { crumb: ({ t }) => ({ title: t('nav.enterpriseCreate') }) } satisfies RouteHandle,
              },
              {
                path: 'import',
                element: guard('enterprises.create', enterpriseImportPage),
                handle: { crumb: ({ t }) => ({ title: t('nav.enterpriseImport') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                handle: enterpriseCrumb,
                children: [
                  { index: true, element: guard('enterprises.view', enterpriseDetailPage) },
                  {
                    path: 'edit',
                    element: guard('enterprises.edit', enterpriseEditPage),
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
              { index: true, element: guard('hazards.view', hazardListPage) },
              {
                path: 'new',
                element: guard('hazards.report', hazardReportPage),
                handle: { crumb: ({ t }) => ({ title: t('nav.hazardReport') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                element: guard('hazards.view', hazardDetailPage),
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
              { index: true, element: guard('investigations.view', taskListPage) },
              {
                path: ':id',
                element: guard('investigations.view', taskExecutionPage),
                handle: { crumb: ({ params, user }) => (can(user, 'investigations.view') ? { title: <TaskCrumb id={params['id'] ?? ''} /> } : null) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'investigation-plans',
            handle: { crumb: ({ t }) => ({ title: t('nav.plans'), to: '/investigation-plans' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('investigations.view', planListPage) },
              {
                path: 'new',
                element: guard('investigations.plan', planCreatePage),
                handle: { crumb: ({ t }) => ({ title: t('nav.planCreate') }) } satisfies RouteHandle,
              },
              {
                path: ':id',
                element: guard('investigations.view', planDetailPage),
                handle: { crumb: ({ params, user }) => (can(user, 'investigations.view') ? { title: <PlanCrumb id={params['id'] ?? ''} /> } : null) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'checklists',
            handle: { crumb: ({ t }) => ({ title: t('nav.checklists'), to: '/checklists' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('investigations.view', checklistListPage) },
              { path: 'new', element: guard('checklists.write', checklistFormPage), handle: { crumb: ({ t }) => ({ title: t('nav.checklistCreate') }) } satisfies RouteHandle },
              {
                path: ':id',
                handle: { crumb: ({ params }) => ({ title: <ChecklistCrumb id={params['id'] ?? ''} />, to: `/checklists/${params['id'] ?? ''}` }) } satisfies RouteHandle,
                children: [
                  { index: true, element: guard('investigations.view', checklistDetailPage) },
                  { path: 'edit', element: guard('checklists.write', checklistFormPage), handle: { crumb: ({ t }) => ({ title: t('nav.checklistEdit') }) } satisfies RouteHandle },
                ],
              },
            ],
          },
          {
            path: 'statistics',
            element: guard('hazards.statistics', statisticsPage),
            handle: { crumb: ({ t }) => ({ title: t('nav.statistics') }) } satisfies RouteHandle,
          },
          {
            path: 'monitoring',
            handle: { crumb: ({ t }) => ({ title: t('nav.monitoring'), to: '/monitoring' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('monitoring.view', monitoringWallPage) },
              {
                path: 'alarms',
                element: guard('monitoring.view', alarmHistoryPage),
                handle: { crumb: ({ t }) => ({ title: t('nav.alarmHistory') }) } satisfies RouteHandle,
              },
              {
                path: 'sensors/import',
                element: guard('sensors.manage', sensorImportPage),
                handle: { crumb: ({ t }) => ({ title: t('nav.sensorImport') }) } satisfies RouteHandle,
              },
              {
                path: 'sensors/:id',
                element: guard('monitoring.view', sensorPage),
                handle: { crumb: ({ params, user }) => (can(user, 'monitoring.view') ? { title: <SensorCrumb id={params['id'] ?? ''} /> } : null) } satisfies RouteHandle,
              },
            ],
          },
          {
            path: 'risks',
            handle: { crumb: ({ t }) => ({ title: t('nav.risks'), to: '/risks' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('risks.view', riskPointListPage) },
              { path: 'new', element: guard('risks.write', riskPointFormPage), handle: { crumb: ({ t }) => ({ title: t('nav.riskCreate') }) } satisfies RouteHandle },
              {
                path: ':id',
                handle: { crumb: ({ params }) => ({ title: <RiskPointCrumb id={params['id'] ?? ''} />, to: `/risks/${params['id'] ?? ''}` }) } satisfies RouteHandle,
                children: [
                  { index: true, element: guard('risks.view', riskPointDetailPage) },
                  { path: 'edit', element: guard('risks.write', riskPointEditPage), handle: { crumb: ({ t }) => ({ title: t('common.edit') }) } satisfies RouteHandle },
                  { path: 'review', element: guard('risks.write', riskReviewPage), handle: { crumb: ({ t }) => ({ title: t('nav.riskReview') }) } satisfies RouteHandle },
                ],
              },
            ],
          },
          {
            path: 'major-hazard-sources',
            handle: { crumb: ({ t }) => ({ title: t('nav.majorHazards'), to: '/major-hazard-sources' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('majorHazards.view', majorHazardSourceListPage) },
              { path: 'new', element: guard('majorHazards.write', majorHazardAssessPage), handle: { crumb: ({ t }) => ({ title: t('nav.majorHazardCreate') }) } satisfies RouteHandle },
              {
                path: ':id',
                handle: {
                  crumb: ({ params }) => ({ title: <MajorHazardSourceCrumb id={params['id'] ?? ''} />, to: `/major-hazard-sources/${params['id'] ?? ''}` }),
                } satisfies RouteHandle,
                children: [
                  { index: true, element: guard('majorHazards.view', majorHazardSourceDetailPage) },
                  { path: 'edit', element: guard('majorHazards.write', majorHazardSourceEditPage), handle: { crumb: ({ t }) => ({ title: t('common.edit') }) } satisfies RouteHandle },
                  { path: 'check', element: guard('majorHazards.write', guarantorCheckPage), handle: { crumb: ({ t }) => ({ title: t('nav.majorHazardCheck') }) } satisfies RouteHandle },
                  {
                    path: 'checks/:checkId/hazard',
                    element: guard('hazards.report', checkHazardReportPage),
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
              { index: true, element: guard('accidents.view', accidentListPage) },
              { path: 'new', element: guard('accidents.report', accidentReportPage), handle: { crumb: ({ t }) => ({ title: t('nav.accidentReport') }) } satisfies RouteHandle },
              { path: 'import', element: guard('accidents.import', accidentImportPage), handle: { crumb: ({ t }) => ({ title: t('nav.accidentImport') }) } satisfies RouteHandle },
              {
                path: 'statistics',
                handle: { crumb: ({ t }) => ({ title: t('nav.accidentStatistics'), to: '/accidents/statistics' }) } satisfies RouteHandle,
                children: [
                  { index: true, element: guard('accidents.view', accidentStatisticsPage) },
                  { path: 'denominators', element: guard('accidents.view', accidentDenominatorsPage), handle: { crumb: ({ t }) => ({ title: t('nav.accidentDenominators') }) } satisfies RouteHandle },
                ],
              },
              { path: ':id', element: guard('accidents.view', accidentDetailPage), handle: { crumb: ({ params }) => ({ title: <AccidentCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'inspections',
            handle: { crumb: ({ t }) => ({ title: t('nav.inspections'), to: '/inspections' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('inspections.view', inspectionsPage) },
              { path: 'new', element: guard('inspections.enforce', inspectionCreatePage), handle: { crumb: ({ t }) => ({ title: t('nav.inspectionCreate') }) } satisfies RouteHandle },
              { path: 'calculators', element: guard('app.use', enforcementCalculatorsPage), handle: { crumb: ({ t }) => ({ title: t('nav.enforcementCalculators') }) } satisfies RouteHandle },
              {
                path: 'expert-campaigns',
                handle: { crumb: ({ t }) => ({ title: t('nav.expertCampaigns'), to: '/inspections?tab=experts' }) } satisfies RouteHandle,
                children: [
                  { path: 'new', element: guard('expertCampaigns.create', expertCampaignCreatePage), handle: { crumb: ({ t }) => ({ title: t('nav.expertCampaignCreate') }) } satisfies RouteHandle },
                  {
                    path: ':id',
                    handle: {
                      crumb: ({ params }) => ({ title: <ExpertCampaignCrumb id={params['id'] ?? ''} />, to: `/inspections/expert-campaigns/${params['id'] ?? ''}` }),
                    } satisfies RouteHandle,
                    children: [
                      { index: true, element: guard('expertCampaigns.view', expertCampaignDetailPage) },
                      {
                        path: 'assignments/:assignmentId',
                        element: guard('expertCampaigns.view', expertReportPage),
                        handle: { crumb: ({ params }) => ({ title: <ExpertReportCrumb id={params['assignmentId'] ?? ''} /> }) } satisfies RouteHandle,
                      },
                    ],
                  },
                ],
              },
              { path: ':id', element: guard('inspections.view', inspectionDetailPage), handle: { crumb: ({ params }) => ({ title: <InspectionCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'laws',
            handle: { crumb: ({ t }) => ({ title: t('nav.laws'), to: '/laws' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('laws.view', lawListPage) },
              { path: 'articles/import', element: guard('laws.manage', lawArticleImportPage), handle: { crumb: ({ t }) => ({ title: t('nav.lawArticleImport') }) } satisfies RouteHandle },
              { path: ':id', element: guard('laws.view', lawDetailPage), handle: { crumb: ({ params }) => ({ title: <LawCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle },
            ],
          },
          {
            path: 'penalty-cases',
            handle: { crumb: ({ t }) => ({ title: t('nav.penaltyCases'), to: '/penalty-cases' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('cases.view', penaltyCaseListPage) },
              { path: ':id', element: guard('cases.view', penaltyCaseDetailPage), handle: { crumb: ({ params }) => ({ title: <PenaltyCaseCrumb id={params['id'] ?? ''} /> }) } satisfies RouteHandle },
            ],
          },
          { path: 'admin/city-map', element: guard('admin.cityMap', cityMapPage), handle: { crumb: ({ t }) => ({ title: t('nav.cityMap') }) } satisfies RouteHandle },
          { path: 'admin/calendar', element: guard('admin.calendar', calendarYearsPage), handle: { crumb: ({ t }) => ({ title: t('nav.calendar') }) } satisfies RouteHandle },
          { path: 'account/password', element: guard('app.use', changePasswordPage), handle: { crumb: ({ t }) => ({ title: t('account.password.title') }) } satisfies RouteHandle },
          { path: 'account/sessions', element: guard('app.use', mySessionsPage), handle: { crumb: ({ t }) => ({ title: t('account.sessions.title') }) } satisfies RouteHandle },
          { path: 'admin/users', element: guard('admin.users', userListPage), handle: { crumb: ({ t }) => ({ title: t('admin.users.title') }) } satisfies RouteHandle },
          { path: 'admin/departments', element: guard('admin.departments', departmentListPage), handle: { crumb: ({ t }) => ({ title: t('admin.departments.title') }) } satisfies RouteHandle },
          { path: 'admin/webhooks', element: guard('admin.webhooks', webhookListPage), handle: { crumb: ({ t }) => ({ title: t('nav.webhooks') }) } satisfies RouteHandle },
          { path: 'admin/partners', element: guard('admin.partners', partnerClientListPage), handle: { crumb: ({ t }) => ({ title: t('nav.partners') }) } satisfies RouteHandle },
          { path: 'admin/audit', element: guard('admin.audit', auditTrailPage), handle: { crumb: ({ t }) => ({ title: t('nav.auditTrail') }) } satisfies RouteHandle },
          {
            path: 'notifications',
            handle: { crumb: ({ t }) => ({ title: t('notifications.centre.title'), to: '/notifications' }) } satisfies RouteHandle,
            children: [
              { index: true, element: guard('app.use', notificationCentrePage) },
              { path: 'preferences', element: guard('app.use', notificationPreferencesPage), handle: { crumb: ({ t }) => ({ title: t('notifications.preferences.title') }) } satisfies RouteHandle },
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
