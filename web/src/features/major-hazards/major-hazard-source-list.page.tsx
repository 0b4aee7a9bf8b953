import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { EnterpriseSelect } from '../hazards/enterprise-select.tsx';
import { AssessmentSteps, SourceLevelTag } from './assessment-steps.tsx';
import type { MajorHazardSource } from './major-hazard.types.ts';
import { useMajorHazardSources } from './use-major-hazards.query.ts';

/** The registry of major hazard sources in the caller's scope, level 1 first, each with its assessment. */
export function MajorHazardSourceListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [params, setParams] = useSearchParams();
  const own = user.role === 'enterprise';
  const enterpriseId = own ? (user.enterpriseId ?? undefined) : (params.get('enterpriseId') ?? undefined);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sources = useMajorHazardSources(enterpriseId, page);
  const canWrite = can(user, 'majorHazards.write');

  const columns: TableProps<MajorHazardSource>['columns'] = [
    { title: t('majorHazards.fields.level'), dataIndex: 'level', width: 110, render: (level: number | null) => <SourceLevelTag level={level} /> },
    {
      title: t('majorHazards.fields.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Link to={`/major-hazard-sources/${row.id}`} style={{ fontWeight: 600 }}>
          {name}
        </Link>
      ),
    },
    ...(own ? [] : [{ title: t('majorHazards.fields.enterprise'), dataIndex: 'enterpriseName', ellipsis: true }]),
    { title: t('majorHazards.fields.unitKind'), dataIndex: 'unitKind', width: 100, render: (k: MajorHazardSource['unitKind']) => t(`majorHazards.unitKind.${k}`) },
    { title: 'S', key: 's', width: 90, align: 'right', render: (_: unknown, row) => row.assessment.s },
    { title: 'R', key: 'r', width: 90, align: 'right', render: (_: unknown, row) => row.assessment.r },
    {
      title: t('majorHazards.fields.guarantors'),
      key: 'guarantors',
      render: (_: unknown, row) => (
        <Flex gap={4} wrap>
          {row.guarantors.map((g) => {
            const tag = (
              <Tag key={g.role} color={g.overdue ? 'error' : 'default'} title={g.lastCheckedAt ?? ''}>
                {t(`majorHazards.guarantor.${g.role}`)} {g.name}
                {g.overdue ? ` · ${t('majorHazards.checkOverdue')}` : ''}
              </Tag>
            );
            // An overdue check leads to the screen that records it.
            return g.overdue && canWrite ? (
              <Link key={g.role} to={`/major-hazard-sources/${row.id}/check?role=${g.role}`}>
                {tag}
              </Link>
            ) : (
              tag
            );
          })}
        </Flex>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('majorHazards.title')}
      subtitle={t('majorHazards.subtitle')}
      extra={
        canWrite && (
          <LinkButton to="/major-hazard-sources/new" type="primary" icon={<PlusOutlined />}>
            {t('majorHazards.create')}
          </LinkButton>
        )
      }
    >
      {sources.isError && <QueryErrorAlert error={sources.error} onRetry={() => void sources.refetch()} />}
      <Card styles={{ body: { padding: '12px 16px 0' } }}>
        {!own && (
          <div style={{ width: 320, marginBottom: 12 }}>
            <EnterpriseSelect value={enterpriseId} onChange={(id) => setParams(id ? { enterpriseId: id } : {})} />
          </div>
        )}
        <Table<MajorHazardSource>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={sources.data?.items ?? []}
          loading={sources.isFetching}
          scroll={{ x: 900 }}
          expandable={{ expandedRowRender: (row) => <AssessmentSteps assessment={row.assessment} /> }}
          locale={{ emptyText: t('majorHazards.empty') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: sources.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('majorHazards.total', { total }),
            onChange: (p) => {
              const next = new URLSearchParams(params);
              if (p > 1) next.set('page', String(p));
              else next.delete('page');
              setParams(next);
            },
          }}
        />
      </Card>
    </PageContainer>
  );
}
