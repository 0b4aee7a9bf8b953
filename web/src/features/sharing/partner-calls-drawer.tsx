import { Drawer, Empty, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatSeconds } from './format.ts';
import { usePartnerCalls, type PartnerCall, type PartnerClient } from './use-sharing.queries.ts';
import './sharing.texts.ts';

const statusColor = (status: number) => (status < 300 ? 'green' : status === 429 ? 'orange' : 'red');

/** Every call of a partner client (its access log: refusals and 429s included), newest first, a page at a time. */
export function PartnerCallsDrawer({ client, onClose }: { client: PartnerClient; onClose: () => void }) {
  const { t } = useTranslation();
  const [params, setParams] = useState({ page: 1, pageSize: 20 });
  const calls = usePartnerCalls(client.id, params);
  const columns: TableProps<PartnerCall>['columns'] = [
    { title: t('sharing.partners.call.at'), dataIndex: 'at', width: 150, render: formatSeconds },
    { title: t('sharing.partners.call.method'), dataIndex: 'method', width: 70 },
    { title: t('sharing.partners.call.path'), dataIndex: 'path', ellipsis: true, render: (path: string) => <Typography.Text code>{path}</Typography.Text> },
    { title: t('sharing.partners.call.status'), dataIndex: 'status', width: 70, render: (status: number) => <Tag color={statusColor(status)}>{status}</Tag> },
    { title: t('sharing.partners.call.items'), dataIndex: 'items', width: 60, align: 'right', render: (n: number | null) => n ?? '—' },
    { title: t('sharing.partners.call.address'), dataIndex: 'address', width: 130 },
  ];
  return (
    <Drawer open size={960} title={t('sharing.partners.drawerTitle', { name: client.name })} onClose={onClose}
      extra={<Link to={`/admin/audit?entity=partner_client&entityId=${encodeURIComponent(client.id)}`}>{t('sharing.partners.auditLink')}</Link>}
    >
      {calls.isError && <QueryErrorAlert error={calls.error} onRetry={() => void calls.refetch()} />}
      <Table<PartnerCall>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={calls.data?.items ?? []}
        loading={calls.isFetching}
        locale={{ emptyText: calls.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sharing.partners.callsEmpty')} /> }}
        pagination={{ current: params.page, pageSize: params.pageSize, total: calls.data?.total ?? 0, showSizeChanger: false, onChange: (page, pageSize) => setParams({ page, pageSize }) }}
      />
    </Drawer>
  );
}
