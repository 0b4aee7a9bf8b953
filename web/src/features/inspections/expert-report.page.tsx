import { Alert, App, Card, Descriptions, Flex, List, Result, Skeleton, Tag, Typography } from 'antd';
import { apiErrorText } from '../../app/api-error-text.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ExpertFindingView } from '../../../../core/inspections/expert-assessment.ts';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { MajorCriterionTag } from '../investigations/checklist-item-card.tsx';
import { OutcomeTag } from '../investigations/task-results-card.tsx';
import { campaignDates, CampaignStatusTag, scoreText } from './expert-campaign-parts.tsx';
import './expert-campaigns.texts.ts';
import { canConvertFindings, FindingActions } from './expert-finding-actions.tsx';
import { ExpertReportForm } from './expert-report-form.tsx';
import { useExpertReport, useSubmitExpertReport, type ExpertReport } from './use-expert-campaigns.query.ts';

function FindingRow({ finding, index, report, convert }: { finding: ExpertFindingView; index: number; report: ExpertReport; convert: boolean }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="expert-finding" data-outcome={finding.outcome}>
      <Flex vertical gap={6} style={{ width: '100%' }}>
        <Flex justify="space-between" gap={8} align="flex-start">
          <Typography.Text style={{ lineHeight: 1.6 }}>
            {index + 1}. {finding.item}
          </Typography.Text>
          <Flex gap={6} align="center" style={{ flex: 'none' }}>
            <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
              {finding.score} / {finding.maxScore}
            </Typography.Text>
            <OutcomeTag outcome={finding.outcome} phrasing={finding.phrasing} />
          </Flex>
        </Flex>
        {finding.isMajorCriterion && (
          <span>
            <MajorCriterionTag />
          </span>
        )}
        {finding.note && <Typography.Text type="secondary">{finding.note}</Typography.Text>}
        <Flex gap={8} wrap align="center">
          {finding.hazardId && (
            <Link to={`/hazards/${finding.hazardId}`} data-testid="finding-hazard">
              <Tag color="error" style={{ marginInlineEnd: 0 }}>{t('expertCampaigns.convert.hazard')}</Tag>
            </Link>
          )}
          {finding.riskPointId && (
            <Link to={`/risks?enterpriseId=${report.enterpriseId}`} data-testid="finding-measure">
              <Tag color="processing" style={{ marginInlineEnd: 0 }}>{t('expertCampaigns.convert.measure', { name: finding.riskPointName ?? '' })}</Tag>
            </Link>
          )}
          {convert && <FindingActions finding={finding} enterpriseId={report.enterpriseId} />}
        </Flex>
      </Flex>
    </List.Item>
  );
}

function ReportView({ report }: { report: ExpertReport }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const convert = canConvertFindings(user, report);
  return (
    <>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          bordered
          items={[
            { key: 'campaign', label: t('expertCampaigns.fields.name'), children: <Link to={`/inspections/expert-campaigns/${report.campaignId}`}>{report.campaignName}</Link>, span: 2 },
            { key: 'expert', label: t('expertCampaigns.fields.expert'), children: report.expertName },
            { key: 'dates', label: t('expertCampaigns.fields.dates'), children: campaignDates(report) },
            { key: 'checklist', label: t('expertCampaigns.fields.checklist'), children: report.checklist?.name ?? t('expertCampaigns.fields.noChecklist'), span: 2 },
            ...(report.reportedAt
              ? [
                  { key: 'score', label: t('expertCampaigns.fields.score'), children: <strong>{scoreText(report)}</strong> },
                  { key: 'reported', label: t('expertCampaigns.fields.reported'), children: formatCityTime(String(report.reportedAt)) },
                  { key: 'conclusion', label: t('expertCampaigns.fields.conclusion'), span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.conclusion}</span> },
                ]
              : []),
          ]}
        />
      </Card>
      {report.reportedAt ? (
        <Card
          title={t('expertCampaigns.report.summary', { score: report.score, maxScore: report.maxScore, percent: report.percent, problems: report.problemCount })}
          styles={{ body: { paddingBlock: 4 } }}
        >
          <List dataSource={report.findings} renderItem={(f, i) => <FindingRow key={f.id} finding={f} index={i} report={report} convert={convert} />} />
        </Card>
      ) : (
        <Alert type="info" showIcon title={t('expertCampaigns.report.notReported')} />
      )}
    </>
  );
}

/**
 * One enterprise's assessment: the assigned expert fills it in here (on a phone as well) while the campaign runs;
 * afterwards everyone who sees it reads it, and the campaign's department turns findings into hazards or measures.
 */
export function ExpertReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { assignmentId } = useParams();
  const user = useSessionUser();
  const report = useExpertReport(assignmentId);
  const submit = useSubmitExpertReport();
  if (report.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (report.isError) {
    if (isApiError(report.error, 'NOT_FOUND') || isApiError(report.error, 'VALIDATION_FAILED')) {
      return (
        <Card>
          <Result status="404" title={t('expertCampaigns.reportNotFound')} extra={<LinkButton to="/inspections?tab=experts" type="primary">{t('nav.expertCampaigns')}</LinkButton>} />
        </Card>
      );
    }
    return <QueryErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  }
  const r = report.data;
  const fill = !r.reportedAt && user.role === 'expert' && user.id === r.expertId;
  return (
    <PageContainer
      title={r.enterpriseName}
      subtitle={`${t('expertCampaigns.report.title')} · ${r.campaignName}`}
      tags={<CampaignStatusTag status={r.status} />}
    >
      {fill && r.status === 'upcoming' && <Alert type="info" showIcon title={t('expertCampaigns.report.upcoming', { date: r.startDate })} />}
      {fill && r.status !== 'upcoming' ? (
        <ExpertReportForm
          items={r.items}
          submitting={submit.isPending}
          onSubmit={(body) =>
            submit.mutate(
              { target: r.id, body },
              {
                onSuccess: () => void message.success(t('expertCampaigns.report.submitted')),
                onError: (error) => void message.error(apiErrorText(t, error)),
              },
            )
          }
        />
      ) : (
        <ReportView report={r} />
      )}
    </PageContainer>
  );
}
