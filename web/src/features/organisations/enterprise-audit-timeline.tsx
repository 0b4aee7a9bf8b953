import { Card, Empty, Pagination, Skeleton, Timeline, Typography, type TimelineItemProps } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { isKeyIndustry } from './enterprise.types.ts';
import { useIndustryName } from './industry-name.tsx';
import { useRegions, type Region } from './use-regions.query.ts';
import { AUDIT_PAGE_SIZE, useEnterpriseAudit, type AuditEvent } from './use-enterprise-audit.query.ts';

const FIELD_LABEL_KEYS = {
  name: 'enterprise.fields.name',
  creditCode: 'enterprise.fields.creditCode',
  industryCode: 'enterprise.fields.industry',
  regionCode: 'enterprise.fields.region',
  address: 'enterprise.fields.address',
  location: 'enterprise.fields.location',
  employees: 'enterprise.fields.employees',
  keyIndustries: 'enterprise.fields.keyIndustries',
  highRisk: 'enterprise.fields.highRisk',
} as const;

type AuditedField = keyof typeof FIELD_LABEL_KEYS;
const AUDITED_FIELDS = Object.keys(FIELD_LABEL_KEYS) as AuditedField[];
const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };
const KNOWN_ACTIONS = ['create', 'update', 'delete'] as const;

/** Names for the codes an audit event keeps: an industry and a region show by name, not by code. */
interface CodeNames {
  industry: (code: string) => string | undefined;
  region: (code: string) => string | undefined;
}

function formatValue(field: AuditedField, value: unknown, t: TFunction, names: CodeNames): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (field === 'industryCode' && typeof value === 'string') return names.industry(value) ? `${names.industry(value)}（${value}）` : value;
  if (field === 'regionCode' && typeof value === 'string') return names.region(value) ?? value;
  if (field === 'keyIndustries' && Array.isArray(value)) {
    const labels = value.map((code) => (isKeyIndustry(code) ? t(`keyIndustries.${code}`) : String(code)));
    return labels.length ? labels.join('、') : t('common.none');
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.length ? value.join('、') : t('common.none');
  if (typeof value === 'object') {
    const { lng, lat } = value as { lng?: unknown; lat?: unknown };
    if (typeof lng === 'number' && typeof lat === 'number') return `${lng}, ${lat}`;
    return JSON.stringify(value);
  }
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface FieldChange {
  field: AuditedField;
  before: unknown;
  after: unknown;
}

function changesOf(event: AuditEvent): FieldChange[] {
  const { before, after } = event;
  if (!isRecord(before) || !isRecord(after)) return [];
  return AUDITED_FIELDS.filter(
    (field) => field in after && JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  ).map((field) => ({ field, before: before[field], after: after[field] }));
}

function actionLabel(action: string, t: TFunction): string {
  const known = KNOWN_ACTIONS.find((candidate) => candidate === action);
  return known ? t(`audit.actions.${known}`) : action;
}

function toTimelineItem(event: AuditEvent, t: TFunction, names: CodeNames): TimelineItemProps {
  const changes = changesOf(event);
  return {
    key: event.id,
    color: ACTION_COLORS[event.action] ?? 'gray',
    content: (
      <div>
        <Typography.Text strong>{actionLabel(event.action, t)}</Typography.Text>
        <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 2 }}>
          {dayjs(event.at).format('YYYY-MM-DD HH:mm:ss')} · {t('audit.byActor', { actor: event.actorName })}
          {event.ip ? ` · ${t('audit.fromIp', { ip: event.ip })}` : ''}
        </div>
        {changes.length > 0 && (
          <ul style={{ margin: '6px 0 0', paddingInlineStart: 18, color: 'rgba(0,0,0,0.65)', fontSize: 13 }}>
            {changes.map(({ field, before, after }) => (
              <li key={field}>
                {t(FIELD_LABEL_KEYS[field])}
                {t('common.colon')}
                <Typography.Text delete type="secondary">
                  {formatValue(field, before, t, names)}
                </Typography.Text>
                {' → '}
                <Typography.Text>{formatValue(field, after, t, names)}</Typography.Text>
              </li>
            ))}
          </ul>
        )}
      </div>
    ),
  };
}

/** The enterprise's change history ("变更记录"), newest first; only administrators read the audit log. */
export function EnterpriseAuditTimeline({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const audit = useEnterpriseAudit(enterpriseId, page);
  const industry = useIndustryName();
  const regions = useRegions();
  const regionNames = useMemo(() => {
    const map = new Map<string, string>();
    const visit = (nodes: readonly Region[]) => {
      for (const node of nodes) {
        map.set(node.code, node.name);
        if (node.children) visit(node.children);
      }
    };
    visit(regions.data ?? []);
    return map;
  }, [regions.data]);
  const names: CodeNames = { industry, region: (code) => regionNames.get(code) };

  return (
    <Card title={t('audit.title')} data-testid="audit-timeline">
      {audit.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {audit.isError && <QueryErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && audit.data.items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />
      )}
      {audit.data && audit.data.items.length > 0 && (
        <>
          <Timeline items={audit.data.items.map((event) => toTimelineItem(event, t, names))} style={{ marginTop: 8 }} />
          {audit.data.total > AUDIT_PAGE_SIZE && (
            <Pagination
              size="small"
              align="center"
              current={page}
              pageSize={AUDIT_PAGE_SIZE}
              total={audit.data.total}
              onChange={setPage}
              showSizeChanger={false}
            />
          )}
        </>
      )}
    </Card>
  );
}
