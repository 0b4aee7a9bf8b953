import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { can } from '../../app/permissions.ts';
import { FileCaseModal } from './file-case-modal.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import './penalty-cases.texts.ts';
import { CASE_STATUSES, CaseStatusTag } from './penalty-case-parts.tsx';
import { usePenaltyCases, yuanOfFen, type CaseListParams, type CaseStatus, type CaseSummary } from './use-penalty-cases.query.ts';

const PAGE_SIZE = 20;

function paramsFrom(search: URLSearchParams): CaseListParams {
  const status = search.get('status');
  return {
    status: (CASE_STATUSES as readonly string[]).includes(status ?? '') ? (status as CaseStatus) : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** The department's penalty cases (行政处罚案件), newest filing first, filtered by status. */
export function PenaltyCaseListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const cases = usePenaltyCases(params);
  const user = useSessionUser();
  const [filing, setFiling] = useState(false);
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) (value ? next.set(key, value) : next.delete(key));
    if (!('page' in changes)) next.delete('page');
    setSearch(next);
  };

  const columns: TableProps<CaseSummary>['columns'] = [
    { title: t('penaltyCases.fields.number'), dataIndex: 'number', render: (n: string, row) => <Link to={`/penalty-cases/${row.id}`}>{n}</Link> },
    { title: t('penaltyCases.fields.enterprise'), dataIndex: 'enterpriseName', ellipsis: true },
    { title: t('penaltyCases.fields.status'), dataIndex: 'status', width: 130, render: (s: CaseStatus) => <CaseStatusTag status={s} /> },
    { title: t('penaltyCases.fields.filedOn'), dataIndex: 'filedOn', width: 120 },
    {
      title: t('penaltyCases.fields.fine'),
      dataIndex: 'fineYuan',
      width: 150,
      align: 'right',
      render: (fine: number | null, row) => (
        <Flex gap={4} justify="flex-end">
          {fine === null ? '—' : fine.toLocaleString('zh-CN')}
          {row.fineFlagged ? <Tag color="orange">{t('penaltyCases.fields.flagged')}</Tag> : null}
        </Flex>
      ),
    },
    { title: t('penaltyCases.fields.paid'), dataIndex: 'paidFen', width: 130, align: 'right', render: (fen: number) => yuanOfFen(fen) },
  ];

  return (
    <PageContainer
      title={t('penaltyCases.title')}
      extra={
        can(user, 'cases.handle') && user.departmentId ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('penaltyCases.fileCase')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<CaseStatus | ''>
            aria-label={t('penaltyCases.filters.status')}
            style={{ width: 200 }}
            value={params.status ?? ''}
            onChange={(v) => update({ status: v || undefined })}
            options={[{ value: '', label: t('penaltyCases.filters.all') }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`penaltyCases.statuses.${s}`) }))]}
          />
        </Flex>
        {cases.isError ? (
          <QueryErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <Table<CaseSummary>
            rowKey="id"
            columns={columns}
            dataSource={cases.data?.items ?? []}
            loading={cases.isLoading}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(params.status ? 'penaltyCases.emptyFiltered' : 'penaltyCases.empty')} /> }}
            pagination={{ current: params.page, pageSize: PAGE_SIZE, total: cases.data?.total ?? 0, showSizeChanger: false, onChange: (page) => update({ page: page > 1 ? String(page) : undefined }) }}
            scroll={{ x: 800 }}
          />
        )}
      </Card>
      <FileCaseModal open={filing} onClose={() => setFiling(false)} />
    </PageContainer>
  );
}
