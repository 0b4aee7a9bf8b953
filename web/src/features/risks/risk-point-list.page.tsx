import { DownloadOutlined, FileDoneOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Select, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { RiskDistributionCard } from './risk-distribution-card.tsx';
import './risk-point.texts.ts';
import { RiskLevelTag } from './risk-level-tag.tsx';
import { RISK_LEVELS, type RiskLevel, type RiskPoint } from './risk.types.ts';
import { useCreateRiskChecklist, useRiskDistribution, useRiskPoints } from './use-risks.query.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

const isLevel = (v: string | null): v is RiskLevel => v !== null && (RISK_LEVELS as readonly string[]).includes(v);

/** The risk register (风险点清单) in the caller's scope, with its four-colour distribution. */
export function RiskPointListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSessionUser();
  const [params, setParams] = useSearchParams();
  const ownEnterprise = user.role === 'enterprise' ? (user.enterpriseId ?? undefined) : undefined;
  const enterpriseId = ownEnterprise ?? params.get('enterpriseId') ?? undefined;
  const levelParam = params.get('level');
  const level = isLevel(levelParam) ? levelParam : undefined;
  const reviewOverdue = params.get('overdue') === '1' ? true : undefined;
  const inactive = params.get('status') === 'inactive';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const points = useRiskPoints({ enterpriseId, level, reviewOverdue: inactive ? undefined : reviewOverdue, active: inactive ? false : undefined, page });
  const canWrite = can(user, 'risks.write');
  const distribution = useRiskDistribution(enterpriseId);
  const makeChecklist = useCreateRiskChecklist();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) (v ? next.set(k, v) : next.delete(k));
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const columns: TableProps<RiskPoint>['columns'] = [
    { title: t('risks.fields.level'), dataIndex: 'level', width: 110, render: (l: RiskLevel) => <RiskLevelTag level={l} /> },
    {
      title: t('risks.fields.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Flex vertical>
          <Link to={`/risks/${row.id}`} style={{ fontWeight: 600 }}>
            {name}
          </Link>
          <span style={{ color: '#888', fontSize: 12 }}>{row.location}</span>
        </Flex>
      ),
    },
    ...(ownEnterprise ? [] : [{ title: t('risks.fields.enterprise'), dataIndex: 'enterpriseName', ellipsis: true }]),
    { title: t('risks.fields.object'), dataIndex: 'object', ellipsis: true },
    {
      title: t('risks.fields.score'),
      key: 'score',
      width: 150,
      render: (_: unknown, row) => `${row.method.toUpperCase()} ${row.result.score}${row.result.band ? ` · ${t(`risks.band.${row.result.band}` as 'risks.band.1')}` : ''}`,
    },
    { title: t('risks.fields.controlLevel'), dataIndex: 'controlLevel', width: 90, render: (c: RiskPoint['controlLevel']) => t(`risks.controlLevel.${c}`) },
    { title: t('risks.fields.responsiblePerson'), dataIndex: 'responsiblePerson', width: 100 },
    {
      title: t('risks.fields.reviewDate'),
      dataIndex: 'reviewDate',
      width: 190,
      render: (d: string, row) => (
        <Flex gap={4} align="center" wrap>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{d}</span>
          {row.reviewOverdue && <Tag color="error">{t('risks.fields.overdue')}</Tag>}
          {row.reviewOverdue && canWrite && (
            <Link to={`/risks/${row.id}/review`} style={{ whiteSpace: 'nowrap' }}>
              {t('riskPoint.list.recordReview')}
            </Link>
          )}
          {!row.active && <Tag>{t('riskPoint.list.inactive')}</Tag>}
        </Flex>
      ),
    },
  ];

  const onMakeChecklist = async () => {
    if (!enterpriseId) return;
    try {
      const checklist = await makeChecklist.mutateAsync(enterpriseId);
      void message.success(t('risks.checklistMade', { name: checklist.name, count: checklist.items.length }));
    } catch (error) {
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <PageContainer
      title={t('risks.title')}
      subtitle={t('risks.subtitle')}
      extra={
        <Flex gap={8} wrap>
          {enterpriseId && (
            <Button icon={<DownloadOutlined />} href={`/api/v1/enterprises/${enterpriseId}/risk-register.xlsx`}>
              {t('risks.export')}
            </Button>
          )}
          {enterpriseId && can(user, 'checklists.write') && (
            <Button icon={<FileDoneOutlined />} loading={makeChecklist.isPending} onClick={() => void onMakeChecklist()}>
              {t('risks.makeChecklist')}
            </Button>
          )}
          {can(user, 'risks.write') && (
            <LinkButton to={enterpriseId ? `/risks/new?enterpriseId=${enterpriseId}` : '/risks/new'} type="primary" icon={<PlusOutlined />}>
              {t('risks.create')}
            </LinkButton>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {distribution.data && <RiskDistributionCard distribution={distribution.data} showMap={!enterpriseId} />}
        {points.isError && <QueryErrorAlert error={points.error} onRetry={() => void points.refetch()} />}
        <Card styles={{ body: { padding: '12px 16px 0' } }}>
          <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
            {!ownEnterprise && (
              <div style={{ width: 320 }}>
                <EnterpriseSelect value={enterpriseId} onChange={(id) => update({ enterpriseId: id })} />
              </div>
            )}
            <Select
              style={{ width: 160 }}
              value={level ?? ''}
              onChange={(v: string) => update({ level: v || undefined })}
              options={[{ value: '', label: t('risks.allLevels') }, ...RISK_LEVELS.map((l) => ({ value: l, label: t(`risks.level.${l}`) }))]}
              aria-label={t('risks.fields.level')}
            />
            <Select
              style={{ width: 120 }}
              value={inactive ? 'inactive' : 'active'}
              onChange={(v: string) => update({ status: v === 'inactive' ? v : undefined })}
              options={[
                { value: 'active', label: t('riskPoint.list.active') },
                { value: 'inactive', label: t('riskPoint.list.inactive') },
              ]}
              aria-label={t('riskPoint.list.status')}
            />
            <Checkbox checked={reviewOverdue === true} disabled={inactive} onChange={(e) => update({ overdue: e.target.checked ? '1' : undefined })}>
              {t('risks.overdueOnly')}
            </Checkbox>
            {!enterpriseId && <span style={{ color: '#888' }}>{t('risks.chooseEnterprise')}</span>}
          </Flex>
          <Table<RiskPoint>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={points.data?.items ?? []}
            loading={points.isFetching}
            scroll={{ x: 900 }}
            expandable={{
              expandedRowRender: (row) => (
                <Flex vertical gap={4}>
                  {row.hazardFactors.map((f, i) => (
                    <span key={`f${i}`}>
                      <Tag>{t(`risks.factorClass.${f.class}`)}</Tag>
                      {f.description}
                    </span>
                  ))}
                  {row.controlMeasures.map((m, i) => (
                    <span key={`m${i}`}>
                      <Tag color="processing">{t(`risks.measureKind.${m.kind}`)}</Tag>
                      {m.content}
                      {m.checkItem && <span style={{ color: '#888' }}> — {m.checkItem}</span>}
                    </span>
                  ))}
                </Flex>
              ),
            }}
            locale={{ emptyText: t('risks.empty') }}
            pagination={{
              current: page,
              pageSize: 20,
              total: points.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('risks.total', { total }),
              onChange: (p) => update({ page: p > 1 ? String(p) : undefined }),
            }}
          />
        </Card>
      </Flex>
    </PageContainer>
  );
}
