import { PlusOutlined } from '@ant-design/icons';
import { can } from '../../app/permissions.ts';
import { Card, Empty, Flex, Grid, Input, Pagination, Progress, Select, Skeleton, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { isKeyIndustry, KEY_INDUSTRIES } from '../organisations/enterprise.types.ts';
import { campaignDates, CampaignStatusTag } from './expert-campaign-parts.tsx';
import './expert-campaigns.texts.ts';
import { useExpertCampaigns, type ExpertCampaignListParams, type ExpertCampaignStatus, type ExpertCampaignSummary } from './use-expert-campaigns.query.ts';

const PAGE_SIZE = 20;
const STATUSES: ExpertCampaignStatus[] = ['upcoming', 'active', 'ended'];

function paramsFrom(search: URLSearchParams): ExpertCampaignListParams {
  const keyIndustry = search.get('keyIndustry');
  const status = search.get('status');
  return {
    q: search.get('q') ?? undefined,
    keyIndustry: isKeyIndustry(keyIndustry) ? keyIndustry : undefined,
    status: (STATUSES as string[]).includes(status ?? '') ? (status as ExpertCampaignStatus) : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

const link = (c: { id: string }) => `/inspections/expert-campaigns/${c.id}`;

/** The expert campaigns tab of the inspections page: a department's campaigns, an expert's own. */
export function ExpertCampaignList() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const screens = Grid.useBreakpoint();
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const campaigns = useExpertCampaigns(params);
  const canCreate = can(user, 'expertCampaigns.create') && Boolean(user.departmentId);
  const filtered = Boolean(params.q ?? params.keyIndustry ?? params.status);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) (value ? next.set(key, value) : next.delete(key));
    if (!('page' in changes)) next.delete('page');
    setSearch(next);
  };
  const setPage = (page: number) => update({ page: page > 1 ? String(page) : undefined });

  const progress = (c: ExpertCampaignSummary) => (
    <Flex vertical gap={0} style={{ minWidth: 110 }}>
      <Typography.Text style={{ fontSize: 13 }}>{t('expertCampaigns.progress', { reported: c.reportedCount, total: c.assignmentCount })}</Typography.Text>
      <Progress percent={c.assignmentCount ? Math.round((c.reportedCount / c.assignmentCount) * 100) : 0} showInfo={false} size="small" />
    </Flex>
  );
  const columns: TableProps<ExpertCampaignSummary>['columns'] = [
    {
      title: t('expertCampaigns.fields.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Flex vertical gap={2}>
          <Link to={link(row)} style={{ fontWeight: 500 }}>
            {name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.checklist?.name ?? t('expertCampaigns.fields.noChecklist')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('expertCampaigns.fields.keyIndustry'), dataIndex: 'keyIndustry', width: 120, render: (k: string) => (isKeyIndustry(k) ? t(`keyIndustries.${k}`) : k) },
    { title: t('expertCampaigns.fields.dates'), key: 'dates', width: 210, render: (_: unknown, row) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{campaignDates(row)}</span> },
    { title: t('expertCampaigns.fields.status'), dataIndex: 'status', width: 90, render: (s: ExpertCampaignStatus) => <CampaignStatusTag status={s} /> },
    { title: t('expertCampaigns.fields.progress'), key: 'progress', width: 140, render: (_: unknown, row) => progress(row) },
    { title: t('expertCampaigns.fields.department'), dataIndex: 'departmentName', width: 170, ellipsis: true },
  ];
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t(filtered ? 'expertCampaigns.emptyFiltered' : user.role === 'expert' ? 'expertCampaigns.emptyExpert' : 'expertCampaigns.empty')}
    />
  );

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={12} wrap align="center">
          <Input.Search
            key={params.q ?? ''}
            defaultValue={params.q}
            allowClear
            placeholder={t('expertCampaigns.filters.q')}
            aria-label={t('expertCampaigns.filters.q')}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: screens.md ? 220 : '100%' }}
          />
          <Select
            style={{ width: 150 }}
            value={params.keyIndustry ?? ''}
            aria-label={t('expertCampaigns.fields.keyIndustry')}
            onChange={(v: string) => update({ keyIndustry: v || undefined })}
            options={[{ value: '', label: t('expertCampaigns.filters.allIndustries') }, ...KEY_INDUSTRIES.map((k) => ({ value: k, label: t(`keyIndustries.${k}`) }))]}
          />
          <Select
            style={{ width: 120 }}
            value={params.status ?? ''}
            aria-label={t('expertCampaigns.fields.status')}
            onChange={(v: string) => update({ status: v || undefined })}
            options={[{ value: '', label: t('expertCampaigns.filters.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`expertCampaigns.status.${s}`) }))]}
          />
        </Flex>
        {canCreate && (
          <LinkButton to="/inspections/expert-campaigns/new" type="primary" icon={<PlusOutlined />}>
            {t('expertCampaigns.create')}
          </LinkButton>
        )}
      </Flex>
      {campaigns.isError && <QueryErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
      {screens.md ? (
        <Table<ExpertCampaignSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={campaigns.data?.items ?? []}
          loading={campaigns.isFetching}
          locale={{ emptyText: campaigns.isPending ? ' ' : empty }}
          pagination={{
            current: params.page,
            pageSize: PAGE_SIZE,
            total: campaigns.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('expertCampaigns.total', { total }),
            onChange: setPage,
          }}
        />
      ) : campaigns.isPending ? (
        <Skeleton active />
      ) : (campaigns.data?.items.length ?? 0) === 0 ? (
        <Card>{empty}</Card>
      ) : (
        <Flex vertical gap={8} data-testid="expert-campaign-cards">
          {campaigns.data?.items.map((c) => (
            <Link key={c.id} to={link(c)} style={{ color: 'inherit' }}>
              <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
                <Flex vertical gap={6}>
                  <Flex justify="space-between" gap={8} align="flex-start">
                    <Typography.Text strong style={{ fontSize: 15, color: '#1459c7' }}>
                      {c.name}
                    </Typography.Text>
                    <CampaignStatusTag status={c.status} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {isKeyIndustry(c.keyIndustry) ? t(`keyIndustries.${c.keyIndustry}`) : c.keyIndustry} · {campaignDates(c)}
                  </Typography.Text>
                  {progress(c)}
                </Flex>
              </Card>
            </Link>
          ))}
          <Pagination simple size="small" align="center" current={params.page} pageSize={PAGE_SIZE} total={campaigns.data?.total ?? 0} onChange={setPage} />
        </Flex>
      )}
    </Flex>
  );
}
