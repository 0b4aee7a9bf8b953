import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from './use-audit-trail.query.ts';
import './audit-trail.texts.ts';

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields an event recorded, before and after, changed ones first (a record created has only "after"). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = fields.map((field) => ({ field, before: b[field], after: a[field], changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]) }));
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed));
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** An expanded audit row: what changed, its hash, and the record exactly as stored. */
export function AuditEventDetail({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const changes = fieldChanges(event.before, event.after);
  const scalar = !isRecord(event.before) && !isRecord(event.after) && (event.before != null || event.after != null);
  return (
    <div style={{ padding: '4px 8px' }} data-testid="audit-detail">
      {changes.length > 0 ? (
        <Table<FieldChange>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={changes}
          columns={[
            { title: t('auditTrail.detail.field'), dataIndex: 'field', width: 180, render: (f: string, r) => (r.changed ? <Typography.Text strong>{f}</Typography.Text> : f) },
            { title: t('auditTrail.detail.before'), dataIndex: 'before', render: (v: unknown) => <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>{show(v)}</Typography.Text> },
            { title: t('auditTrail.detail.after'), dataIndex: 'after', render: (v: unknown, r) => <Typography.Text mark={r.changed && r.before !== undefined} style={{ wordBreak: 'break-all' }}>{show(v)}</Typography.Text> },
          ]}
        />
      ) : (
        !scalar && <Typography.Text type="secondary">{t('auditTrail.detail.noChanges')}</Typography.Text>
      )}
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('auditTrail.detail.hash')}>
          <Typography.Text code copyable style={{ fontSize: 12 }}>
            {event.hash}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('auditTrail.detail.raw')}>
          <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {JSON.stringify({ before: event.before, after: event.after }, null, 2)}
          </pre>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
