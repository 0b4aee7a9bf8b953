import { PlusOutlined } from '@ant-design/icons';
import { can } from '../../app/permissions.ts';
import { Card, Checkbox, Empty, Flex, Input, Select, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { IndustryTreeSelect } from '../organisations/classification-selects.tsx';
import { ChecklistKindTag, ChecklistStatusTags, IndustryScopeText } from './checklist-parts.tsx';
import './checklists.texts.ts';
import type { Checklist } from './investigation.types.ts';
import { useChecklistLibrary, type ChecklistListParams } from './use-checklist-library.query.ts';

const PAGE_SIZE = 20;
const KINDS = ['built_in', 'custom'] as const;

function paramsFrom(search: URLSearchParams): ChecklistListParams {
  const kind = search.get('kind');
  return {
    q: search.get('q') ?? undefined,
    kind: kind === 'built_in' || kind === 'custom' ? kind : undefined,
    industryCode: search.get('industryCode') ?? undefined,
    retired: search.get('retired') === '1',
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** The checklist library (检查表库): built-in libraries first, then the custom lists the user sees. */
export function ChecklistListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const lists = useChecklistLibrary(params);
  const canWrite = can(user, 'checklists.write') && Boolean(user.departmentId ?? user.enterpriseId);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) (value ? next.set(key, value) : next.delete(key));
    if (!('page' in changes)) next.delete('page');
    setSearch(next);
  };

  const columns: TableProps<Checklist>['columns'] = [
    {
      title: t('checklists.fields.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Flex vertical gap={2}>
          <Link to={`/checklists/${row.id}`} style={{ fontWeight: 500 }}>
            {name}
          </Link>
          {row.edition && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.edition}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('checklists.fields.kind'),
      key: 'kind',
      width: 150,
      render: (_: unknown, row) => (
        <Flex gap={4} wrap>
          <ChecklistKindTag builtIn={row.builtIn} />
          <ChecklistStatusTags checklist={row} />
        </Flex>
      ),
    },
    { title: t('checklists.fields.industryScope'), dataIndex: 'industryScope', width: 260, render: (scope: string[]) => <IndustryScopeText scope={scope} /> },
    { title: t('checklists.fields.items'), key: 'items', width: 90, align: 'right', render: (_: unknown, row) => t('checklists.itemCount', { count: row.items.length }) },
    {
      title: t('checklists.fields.writer'),
      key: 'writer',
      width: 220,
      render: (_: unknown, row) =>
        row.builtIn ? (
          <Typography.Text type="secondary">{t('checklists.builtInWriter')}</Typography.Text>
        ) : (
          <Flex vertical>
            <span>{row.createdBy?.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatCityTime(row.createdAt)}
            </Typography.Text>
          </Flex>
        ),
    },
  ];

  return (
    <PageContainer
      title={t('checklists.title')}
      subtitle={t('checklists.subtitle')}
      extra={
        canWrite && (
          <LinkButton to="/checklists/new" type="primary" icon={<PlusOutlined />}>
            {t('checklists.create')}
          </LinkButton>
        )
      }
    >
      {lists.isError && <QueryErrorAlert error={lists.error} onRetry={() => void lists.refetch()} />}
      <Card styles={{ body: { padding: '12px 16px 0' } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Input.Search
            key={params.q ?? ''}
            defaultValue={params.q}
            allowClear
            placeholder={t('checklists.filters.q')}
            aria-label={t('checklists.filters.q')}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: 240 }}
          />
          <Select
            style={{ width: 140 }}
            value={params.kind ?? ''}
            aria-label={t('checklists.fields.kind')}
            onChange={(value: string) => update({ kind: value || undefined })}
            options={[{ value: '', label: t('checklists.filters.allKinds') }, ...KINDS.map((k) => ({ value: k, label: t(`checklists.kinds.${k}`) }))]}
          />
          <div style={{ width: 260 }}>
            <IndustryTreeSelect
              allowClear
              value={params.industryCode}
              onChange={(code) => update({ industryCode: code })}
              placeholder={t('checklists.filters.industry')}
              aria-label={t('checklists.filters.industry')}
              style={{ width: '100%' }}
            />
          </div>
          <Checkbox checked={params.retired} onChange={(e) => update({ retired: e.target.checked ? '1' : undefined })}>
            {t('checklists.filters.retired')}
          </Checkbox>
        </Flex>
        <Table<Checklist>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={lists.data?.items ?? []}
          loading={lists.isFetching}
          scroll={{ x: 860 }}
          locale={{ emptyText: lists.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(params.retired ? 'checklists.emptyRetired' : 'checklists.empty')} /> }}
          pagination={{
            current: params.page,
            pageSize: PAGE_SIZE,
            total: lists.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('checklists.total', { total }),
            onChange: (page) => update({ page: page > 1 ? String(page) : undefined }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
