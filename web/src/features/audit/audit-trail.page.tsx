import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, DatePicker, Empty, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AUDIT_ENTITIES } from '../../../../core/audit/audit.schema.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { EnterpriseSelect } from '../sharing/scope-fields.tsx';
import { formatSeconds } from '../sharing/format.ts';
import { AuditEventDetail } from './audit-event-detail.tsx';
import { AUDIT_PAGE_SIZES, auditTrailSearch, parseAuditTrailParams, type AuditTrailParams } from './audit-trail-params.ts';
import { useAuditTrail, useVerifyAuditChain, type AuditEvent } from './use-audit-trail.query.ts';
import './audit-trail.texts.ts';

/** Actions the platform records most (the filter takes any action). */
const COMMON_ACTIONS = ['create', 'update', 'delete', 'report', 'revise', 'issue', 'acknowledge', 'escalate', 'reinspect', 'activate', 'deactivate', 'revoke', 'rotate_secret', 'send_test', 'import', 'reset_password', 'alarm_opened', 'alarm_cleared'];

/** Where a record is shown in the app, for the types that have a page. */
const RECORD_PAGES: Record<string, (id: string) => string> = {
  enterprise: (id) => `/enterprises/${id}`,
  hazard: (id) => `/hazards/${id}`,
  accident: (id) => `/accidents/${id}`,
  inspection: (id) => `/inspections/${id}`,
  sensor: (id) => `/monitoring/sensors/${id}`,
  investigation_plan: (id) => `/investigation-plans/${id}`,
  investigation_task: (id) => `/investigation-tasks/${id}`,
};

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', revoke: 'red', deactivate: 'orange', report: 'gold', issue: 'purple' };

/** An action typed or picked from the common ones; applied on Enter or on picking. */
function ActionFilter({ value, onChange }: { value: string | undefined; onChange: (action: string | undefined) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value ?? '');
  return (
    <AutoComplete
      value={draft}
      onChange={(next?: string) => setDraft(next ?? '')}
      onSelect={(picked?: string) => onChange(picked || undefined)}
      options={COMMON_ACTIONS.filter((a) => a.includes(draft.trim())).map((a) => ({ value: a, label: `${t(`auditTrail.actions.${a as 'create'}`, { defaultValue: a })} · ${a}` }))}
      style={{ width: 180 }}
    >
      <Input.Search allowClear aria-label={t('auditTrail.filters.action')} placeholder={t('auditTrail.filters.action')} onSearch={(typed) => onChange(typed.trim() || undefined)} />
    </AutoComplete>
  );
}

/** The admin area's audit trail: other roles get the 403 page (the server refuses them too). */
export function AuditTrailPage() {
  const me = useSessionUser();
  return me.role === 'admin' ? <AuditTrail /> : <ForbiddenPage />;
}

function AuditTrail() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = parseAuditTrailParams(search);
  const events = useAuditTrail(params);
  const verify = useVerifyAuditChain();
  const filtered = Object.entries(params).some(([k, v]) => k !== 'page' && k !== 'pageSize' && v !== undefined);

  const update = (changes: Partial<AuditTrailParams>) => {
    const filterChanged = Object.keys(changes).some((key) => key !== 'page' && key !== 'pageSize');
    setSearch(auditTrailSearch({ ...params, ...changes, ...(filterChanged ? { page: 1 } : {}) }));
  };
  const entityLabel = (entity: string) => t(`auditTrail.entities.${entity as (typeof AUDIT_ENTITIES)[number]}`, { defaultValue: entity });

  const record = (e: AuditEvent): ReactNode => {
    const page = RECORD_PAGES[e.entity];
    const id = e.entityId.length > 12 ? `${e.entityId.slice(0, 8)}…` : e.entityId;
    return (
      <Space size={4}>
        <Tag>{entityLabel(e.entity)}</Tag>
        {page ? <Link to={page(e.entityId)}>{id}</Link> : <Typography.Text code>{id}</Typography.Text>}
      </Space>
    );
  };

  const columns: TableProps<AuditEvent>['columns'] = [
    { title: t('auditTrail.fields.at'), dataIndex: 'at', width: 170, render: formatSeconds },
    {
      title: t('auditTrail.fields.actor'),
      key: 'actor',
      width: 190,
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <span>{e.actorName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.actorId ? (e.ip ?? '') : t('auditTrail.system')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('auditTrail.fields.action'),
      dataIndex: 'action',
      width: 170,
      render: (a: string) => (
        <Tooltip title={a}>
          <Tag color={ACTION_COLORS[a]}>{t(`auditTrail.actions.${a as 'create'}`, { defaultValue: a })}</Tag>
        </Tooltip>
      ),
    },
    { title: t('auditTrail.fields.entity'), key: 'entity', render: (_, e) => record(e) },
  ];

  const verified = verify.data;
  return (
    <PageContainer
      title={t('auditTrail.title')}
      subtitle={t('auditTrail.subtitle')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
          {verify.isPending ? t('auditTrail.verifying') : t('auditTrail.verify')}
        </Button>
      }
    >
      {verified && (
        <Alert
          showIcon
          closable
          type={verified.ok ? 'success' : 'error'}
          title={verified.ok ? t('auditTrail.verifyOk', { rows: verified.rows, at: formatSeconds(verified.checkedAt) }) : t('auditTrail.verifyBroken', { id: verified.brokenAt, reason: verified.reason })}
          data-testid="verify-result"
        />
      )}
      {verify.isError && <QueryErrorAlert error={verify.error} />}
      <Card size="small">
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            aria-label={t('auditTrail.filters.actor')}
            placeholder={t('auditTrail.filters.actor')}
            defaultValue={params.actor}
            key={`actor-${params.actor ?? ''}`}
            onSearch={(actor) => update({ actor: actor.trim() || undefined })}
            style={{ width: 240 }}
          />
          <ActionFilter key={`action-${params.action ?? ''}`} value={params.action} onChange={(action) => update({ action })} />
          <Select
            allowClear
            aria-label={t('auditTrail.filters.entity')}
            placeholder={t('auditTrail.filters.entity')}
            style={{ width: 170 }}
            value={params.entity}
            showSearch={{ optionFilterProp: 'label' }}
            options={[...AUDIT_ENTITIES, ...(params.entity && !(AUDIT_ENTITIES as readonly string[]).includes(params.entity) ? [params.entity] : [])].map((e) => ({ value: e, label: entityLabel(e) }))}
            onChange={(entity?: string) => update({ entity })}
          />
          <Input.Search
            allowClear
            aria-label={t('auditTrail.filters.entityId')}
            placeholder={t('auditTrail.filters.entityId')}
            defaultValue={params.entityId}
            key={`id-${params.entityId ?? ''}`}
            onSearch={(entityId) => update({ entityId: entityId.trim() || undefined })}
            style={{ width: 220 }}
          />
          <EnterpriseSelect
            style={{ width: 240 }}
            aria-label={t('auditTrail.filters.enterprise')}
            placeholder={t('auditTrail.filters.enterprise')}
            value={params.enterpriseId ?? null}
            onChange={(enterpriseId) => update({ enterpriseId: enterpriseId ?? undefined })}
          />
          <DatePicker.RangePicker
            aria-label={t('auditTrail.filters.range')}
            value={params.from && params.to ? [dayjs(params.from), dayjs(params.to)] : null}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
          />
          <Button disabled={!filtered} onClick={() => setSearch(new URLSearchParams())}>
            {t('auditTrail.filters.clear')}
          </Button>
        </Flex>
      </Card>
      {events.isError && <QueryErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        <Table<AuditEvent>
          rowKey="id"
          columns={columns}
          dataSource={events.data?.items ?? []}
          loading={events.isFetching}
          expandable={{ expandedRowRender: (e) => <AuditEventDetail event={e} /> }}
          locale={{ emptyText: events.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(filtered ? 'auditTrail.empty' : 'auditTrail.emptyAll')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: AUDIT_PAGE_SIZES.map(String),
            showTotal: (total) => t('auditTrail.total', { total }),
            onChange: (page, pageSize) => update(pageSize !== params.pageSize ? { page: 1, pageSize } : { page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
