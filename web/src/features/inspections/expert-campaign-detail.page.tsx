import { Card, Descriptions, Empty, Flex, Grid, Result, Skeleton, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import type { ExpertAssignment } from '../../../../core/inspections/expert-assessment.ts';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { isKeyIndustry } from '../organisations/enterprise.types.ts';
import { campaignDates, CampaignStatusTag, scoreText } from './expert-campaign-parts.tsx';
import './expert-campaigns.texts.ts';
import { useExpertCampaign, type ExpertCampaign } from './use-expert-campaigns.query.ts';

const reportLink = (campaignId: string, assignmentId: string) => `/inspections/expert-campaigns/${campaignId}/assignments/${assignmentId}`;

/** What the user can do with an assignment's report: the assigned expert fills it in, everyone else reads it. */
function ReportAction({ campaign, assignment }: { campaign: ExpertCampaign; assignment: ExpertAssignment }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const mine = user.role === 'expert' && user.id === assignment.expertId;
  if (assignment.reportedAt) return <Link to={reportLink(campaign.id, assignment.id)}>{t('expertCampaigns.detail.view')}</Link>;
  if (mine && campaign.status !== 'upcoming') {
    return (
      <LinkButton to={reportLink(campaign.id, assignment.id)} type="primary" size="small" data-testid="fill-report">
        {t('expertCampaigns.detail.fill')}
      </LinkButton>
    );
  }
  return <Typography.Text type="secondary">{t('expertCampaigns.detail.pending')}</Typography.Text>;
}

/** One campaign: its period, checklist and department, and each enterprise's expert, score and problems. */
export function ExpertCampaignDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const screens = Grid.useBreakpoint();
  const campaign = useExpertCampaign(id);
  if (campaign.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (campaign.isError) {
    if (isApiError(campaign.error, 'NOT_FOUND') || isApiError(campaign.error, 'VALIDATION_FAILED')) {
      return (
        <Card>
          <Result status="404" title={t('expertCampaigns.notFound')} extra={<LinkButton to="/inspections?tab=experts" type="primary">{t('nav.expertCampaigns')}</LinkButton>} />
        </Card>
      );
    }
    return <QueryErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const c = campaign.data;
  const columns: TableProps<ExpertAssignment>['columns'] = [
    { title: t('expertCampaigns.fields.enterprise'), dataIndex: 'enterpriseName', render: (name: string) => <strong>{name}</strong> },
    { title: t('expertCampaigns.fields.expert'), dataIndex: 'expertName', width: 200 },
    { title: t('expertCampaigns.fields.score'), key: 'score', width: 150, render: (_: unknown, a) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{scoreText(a)}</span> },
    {
      title: t('expertCampaigns.fields.problems'),
      dataIndex: 'problemCount',
      width: 80,
      align: 'right',
      render: (n: number, a) => (a.reportedAt ? <Tag color={n > 0 ? 'error' : 'success'} style={{ marginInlineEnd: 0 }}>{n}</Tag> : null),
    },
    { title: t('expertCampaigns.fields.reported'), dataIndex: 'reportedAt', width: 150, render: (at: string | null) => formatCityTime(at) },
    { key: 'action', width: 110, render: (_: unknown, a) => <ReportAction campaign={c} assignment={a} /> },
  ];
  return (
    <PageContainer title={c.name} tags={<CampaignStatusTag status={c.status} />}>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          bordered
          items={[
            { key: 'industry', label: t('expertCampaigns.fields.keyIndustry'), children: isKeyIndustry(c.keyIndustry) ? t(`keyIndustries.${c.keyIndustry}`) : c.keyIndustry },
            { key: 'dates', label: t('expertCampaigns.fields.dates'), children: campaignDates(c) },
            {
              key: 'checklist',
              label: t('expertCampaigns.fields.checklist'),
              span: 2,
              children: c.checklist ? <Link to={`/checklists/${c.checklist.id}`}>{c.checklist.name}</Link> : t('expertCampaigns.fields.noChecklist'),
            },
            { key: 'department', label: t('expertCampaigns.fields.department'), children: c.departmentName },
            { key: 'createdBy', label: t('expertCampaigns.fields.createdBy'), children: `${c.createdByName} · ${formatCityTime(String(c.createdAt))}` },
          ]}
        />
      </Card>
      <Card title={`${t('expertCampaigns.detail.assignments')} · ${t('expertCampaigns.progress', { reported: c.reportedCount, total: c.assignmentCount })}`} styles={{ body: { padding: screens.md ? '8px 16px' : 12 } }}>
        {c.assignments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('expertCampaigns.detail.noAssignments')} />
        ) : screens.md ? (
          <Table<ExpertAssignment> rowKey="id" size="middle" columns={columns} dataSource={c.assignments} pagination={false} />
        ) : (
          <Flex vertical gap={8}>
            {c.assignments.map((a) => (
              <Card key={a.id} size="small" styles={{ body: { padding: 12 } }} data-testid="assignment-card">
                <Flex vertical gap={6}>
                  <Typography.Text strong>{a.enterpriseName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {a.expertName}
                    {a.reportedAt ? ` · ${scoreText(a)}` : ''}
                  </Typography.Text>
                  <Flex justify="flex-end">
                    <ReportAction campaign={c} assignment={a} />
                  </Flex>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
      </Card>
    </PageContainer>
  );
}
