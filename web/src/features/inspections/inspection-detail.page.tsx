import { Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { DocumentsCard } from './documents-card.tsx';
import type { InspectionDetail } from './inspection.types.ts';
import { formatTime } from './inspection-list.tsx';
import { InspectionStatusTag } from './inspection-status-tag.tsx';
import { useInspection } from './use-inspections.query.ts';
import './inspections.texts.ts';

type Finding = InspectionDetail['findings'][number];

export function InspectionDetailPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { id } = useParams();
  const query = useInspection(id);
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (!data) return <Skeleton active />;
  return (
    <PageContainer
      title={data.enterpriseName}
      tags={
        <Space size={4}>
          <Tag color={data.kind === 're_inspection' ? 'cyan' : 'blue'}>{t(`inspections.kinds.${data.kind}`)}</Tag>
          <InspectionStatusTag status={data.status} />
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('inspections.fields.department')}>{data.departmentName}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.place')}>{data.place}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.time')}>{formatTime(data.startedAt)} – {formatTime(data.endedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.createdBy')}>{data.createdByName}</Descriptions.Item>
            {data.drawId && (
              <Descriptions.Item label={t('inspections.fields.draw')}>
                <Link to={`/inspections?tab=draws&draw=${data.drawId}`} data-testid="inspection-draw">
                  {data.drawNumber}
                </Link>
                {data.drawnAt && <Typography.Text type="secondary">（{t('inspections.fields.drawnAt', { date: formatTime(data.drawnAt) })}）</Typography.Text>}
              </Descriptions.Item>
            )}
            {data.orderDocumentId && (
              <Descriptions.Item label={t('inspections.reinspection.order')}>
                <a href={`/api/v1/documents/${data.orderDocumentId}.pdf`} target="_blank" rel="noreferrer">{data.orderDocumentNumber}</a>
              </Descriptions.Item>
            )}
            {data.summary && <Descriptions.Item label={t('inspections.fields.summary')} span="filled">{data.summary}</Descriptions.Item>}
            <Descriptions.Item label={t('inspections.fields.participants')} span="filled">
              {data.participants.map((p) => `${p.name}（${t(`inspections.sides.${p.side as 'officer'}`)}${p.certificateNo ? ` ${p.certificateNo}` : ''}）`).join('、')}
            </Descriptions.Item>
            {data.officerChangeReason && (
              <Descriptions.Item label={t('inspections.fields.officerChangeReason')} span="filled">
                <span style={{ whiteSpace: 'pre-wrap' }} data-testid="officer-change-reason">{data.officerChangeReason}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        {data.findings.length > 0 && (
          <Card title={t('inspections.fields.findings')} styles={{ body: { padding: '8px 16px' } }}>
            <Table<Finding>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 720 }}
              dataSource={data.findings}
              columns={[
                { title: '#', key: 'no', width: 40, render: (_: unknown, __: Finding, i: number) => i + 1 },
                { title: t('inspections.fields.checkItem'), dataIndex: 'checkItem' },
                { title: t('inspections.fields.standard'), key: 'basis', render: (_: unknown, f: Finding) => `${f.legalBasis.standard}${f.legalBasis.article ?? ''}` },
                { title: t('inspections.fields.deadline'), dataIndex: 'deadline', width: 120, render: (d: string | null) => d ?? t('inspections.fields.immediate') },
                {
                  title: t('inspections.fields.hazard'),
                  key: 'hazard',
                  width: 120,
                  render: (_: unknown, f: Finding) => (
                    <Link to={`/hazards/${f.hazardId}`} data-testid="finding-hazard" data-status={f.hazardStatus}>
                      {t(`hazard.statuses.${f.hazardStatus as 'closed'}`)}
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
        )}
        {data.results.length > 0 && (
          <Card title={t('inspections.reinspection.start')}>
            {data.results.map((r, i) => (
              <div key={r.findingId} data-testid="reinspection-result">
                {i + 1}. {r.checkItem}：<Tag color={r.result === 'rectified' ? 'green' : 'red'}>{t(`inspections.reinspection.results.${r.result}`)}</Tag>
                {r.note}
              </div>
            ))}
          </Card>
        )}
        {data.measures.length > 0 && (
          <Card title={t('inspections.fields.measures')}>
            {data.measures.map((m, i) => (
              <div key={i}>
                {i + 1}. {t(`inspections.measureKinds.${m.kind as 'evacuation'}`)}：{m.scope}
                {m.liftingConditions && `（${t('inspections.fields.liftingConditions')}：${m.liftingConditions}）`}
              </div>
            ))}
          </Card>
        )}
        <DocumentsCard key={data.id} inspection={data} canIssue={can(user, 'inspections.enforce')} />
      </Space>
    </PageContainer>
  );
}
