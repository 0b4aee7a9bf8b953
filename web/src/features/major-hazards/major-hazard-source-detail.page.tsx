import { AlertOutlined, EditOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Empty, Flex, List, Row, Select, Skeleton, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { useDescriptionsLayout } from '../hazards/use-descriptions-layout.ts';
import { AssessmentSteps, SourceLevelTag } from './assessment-steps.tsx';
import './major-hazard-source.texts.ts';
import { canWriteSources } from './major-hazard.policy.ts';
import { GUARANTOR_ROLES, type GuarantorCheckRecord, type GuarantorRole, type MajorHazardSource } from './major-hazard.types.ts';
import { SourceNotFound } from './source-not-found.tsx';
import { CHECKS_PAGE_SIZE, useGuarantorChecks, useMajorHazardSource } from './use-major-hazards.query.ts';

/** The three 包保责任人: when each last checked, when the next is due, and a way to record one. */
function GuarantorsCard({ source, canWrite }: { source: MajorHazardSource; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('mhSource.detail.guarantors')}>
      <List
        dataSource={source.guarantors}
        renderItem={(g) => (
          <List.Item
            data-testid={`guarantor-${g.role}`}
            actions={
              canWrite
                ? [
                    <LinkButton key="check" size="small" type={g.overdue ? 'primary' : 'default'} icon={<FileDoneOutlined />} to={`/major-hazard-sources/${source.id}/check?role=${g.role}`}>
                      {t('mhSource.detail.recordCheck')}
                    </LinkButton>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Flex gap={6} align="center" wrap>
                  <span>{t(`majorHazards.guarantor.${g.role}`)}</span>
                  <strong>{g.name}</strong>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('mhSource.detail.interval', { days: g.intervalDays })}
                  </Typography.Text>
                  {g.overdue && <Tag color="error">{t('majorHazards.checkOverdue')}</Tag>}
                </Flex>
              }
              description={
                <Flex vertical>
                  <span>
                    {t('mhSource.detail.lastChecked')}
                    {t('common.colon')}
                    {g.lastCheckedAt ? formatCityTime(g.lastCheckedAt) : t('mhSource.detail.neverChecked')}
                  </span>
                  <span style={{ color: g.overdue ? '#cf1322' : undefined }}>
                    {g.overdue ? t('mhSource.detail.overdueSince', { time: formatCityTime(g.dueAt) }) : t('mhSource.detail.dueBy', { time: formatCityTime(g.dueAt) })}
                  </span>
                </Flex>
              }
            />
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('mhSource.detail.guarantorsRule')}
      </Typography.Text>
    </Card>
  );
}

function ChecksCard({ source, canWrite }: { source: MajorHazardSource; canWrite: boolean }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<GuarantorRole | undefined>(undefined);
  const [page, setPage] = useState(1);
  const checks = useGuarantorChecks(source.id, role, page);
  const columns: TableProps<GuarantorCheckRecord>['columns'] = [
    { title: t('mhSource.check.checkedAt'), dataIndex: 'checkedAt', width: 140, render: (at: string) => formatCityTime(at) },
    {
      title: t('mhSource.check.role'),
      key: 'who',
      width: 150,
      render: (_: unknown, c) => (
        <Flex vertical>
          <span>{t(`majorHazards.guarantor.${c.role}`)}</span>
          <strong>{c.checker}</strong>
        </Flex>
      ),
    },
    { title: t('mhSource.check.items'), dataIndex: 'items', render: (items: string[]) => items.join('；') },
    {
      title: t('mhSource.check.found'),
      key: 'problems',
      width: 260,
      render: (_: unknown, c) =>
        c.problems ? (
          <Flex vertical gap={4}>
            <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap' }}>
              {c.problems}
            </Typography.Text>
            {c.hazardId ? (
              <Link to={`/hazards/${c.hazardId}`}>
                <Tag color="processing">{t('mhSource.detail.hazardLinked')}</Tag>
                {c.hazardTitle}
              </Link>
            ) : (
              canWrite && (
                <Link to={`/major-hazard-sources/${source.id}/checks/${c.id}/hazard`}>
                  <AlertOutlined /> {t('mhSource.detail.reportHazard')}
                </Link>
              )
            )}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('mhSource.detail.noProblems')}</Typography.Text>
        ),
    },
    { title: t('mhSource.detail.recordedBy'), dataIndex: 'recordedBy', width: 100, responsive: ['lg'] },
  ];
  return (
    <Card
      size="small"
      title={t('mhSource.detail.checks')}
      extra={
        <Select
          size="small"
          style={{ width: 190 }}
          value={role ?? ''}
          onChange={(v: string) => {
            setRole(v ? (v as GuarantorRole) : undefined);
            setPage(1);
          }}
          options={[{ value: '', label: t('mhSource.detail.allRoles') }, ...GUARANTOR_ROLES.map((r) => ({ value: r, label: t(`majorHazards.guarantor.${r}`) }))]}
          aria-label={t('mhSource.check.role')}
        />
      }
    >
      {checks.isError && <QueryErrorAlert error={checks.error} onRetry={() => void checks.refetch()} />}
      <Table<GuarantorCheckRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={checks.data?.items ?? []}
        loading={checks.isFetching}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mhSource.detail.checksEmpty')} /> }}
        pagination={
          (checks.data?.total ?? 0) > CHECKS_PAGE_SIZE && { current: page, pageSize: CHECKS_PAGE_SIZE, total: checks.data?.total ?? 0, showSizeChanger: false, onChange: setPage }
        }
      />
    </Card>
  );
}

/** One major hazard source: its assessment step by step, its 包保责任人 and their checks. */
export function MajorHazardSourceDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const source = useMajorHazardSource(id);
  const layout = useDescriptionsLayout(120, 1);
  const canWrite = canWriteSources(user);

  if (source.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (source.isError) return <SourceNotFound error={source.error} onRetry={() => void source.refetch()} />;
  const s = source.data;

  return (
    <PageContainer
      title={s.name}
      subtitle={`${s.enterpriseName} · ${t(`majorHazards.unitKind.${s.unitKind}`)}`}
      tags={
        <>
          <SourceLevelTag level={s.level} />
          {s.checksOverdue && <Tag color="error">{t('majorHazards.checkOverdue')}</Tag>}
        </>
      }
      extra={
        canWrite && (
          <LinkButton to={`/major-hazard-sources/${s.id}/edit`} icon={<EditOutlined />}>
            {t('mhSource.detail.edit')}
          </LinkButton>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <GuarantorsCard source={s} canWrite={canWrite} />
            <Card size="small" title={t('mhSource.detail.basic')}>
              <Descriptions {...layout}>
                <Descriptions.Item label={t('majorHazards.fields.enterprise')}>{s.enterpriseName}</Descriptions.Item>
                <Descriptions.Item label={t('majorHazards.fields.unitKind')}>{t(`majorHazards.unitKind.${s.unitKind}`)}</Descriptions.Item>
                <Descriptions.Item label={t('majorHazards.fields.exposedPopulation')}>{s.exposedPopulation}</Descriptions.Item>
                <Descriptions.Item label={t('mhSource.detail.sensors')}>{s.sensorCodes.length ? s.sensorCodes.join(', ') : t('mhSource.detail.noSensors')}</Descriptions.Item>
              </Descriptions>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('mhSource.detail.assessment')}>
            <AssessmentSteps assessment={s.assessment} />
          </Card>
        </Col>
        <Col span={24}>
          <ChecksCard source={s} canWrite={canWrite} />
        </Col>
      </Row>
    </PageContainer>
  );
}
