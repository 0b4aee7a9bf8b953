import { Button, Drawer, Empty, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatTime } from './format.ts';
import { useWebhookDeliveries, type Webhook, type WebhookDelivery } from './use-sharing.queries.ts';
import './sharing.texts.ts';

/** A delivery's state as shown: a pending one that has failed before is being retried. */
export function DeliveryStatusTag({ status, attempts }: { status: WebhookDelivery['status']; attempts: number }) {
  const { t } = useTranslation();
  const shown = status === 'pending' && attempts > 0 ? 'retrying' : status;
  const color = { pending: 'blue', retrying: 'orange', delivered: 'green', failed: 'red' }[shown];
  return <Tag color={color}>{t(`sharing.webhooks.deliveryStatus.${shown}`)}</Tag>;
}

/** A webhook's latest deliveries (test sends included), newest first, with "send test" at hand. */
export function WebhookDeliveriesDrawer({ webhook, onClose, onSendTest, testing }: { webhook: Webhook; onClose: () => void; onSendTest: () => void; testing: boolean }) {
  const { t } = useTranslation();
  const deliveries = useWebhookDeliveries(webhook.id);
  const columns: TableProps<WebhookDelivery>['columns'] = [
    { title: t('sharing.webhooks.delivery.createdAt'), dataIndex: 'createdAt', width: 150, render: formatTime },
    { title: t('sharing.webhooks.delivery.event'), dataIndex: 'event', width: 150, render: (event: string) => t(`sharing.events.${event as 'webhook.test'}`, { defaultValue: event }) },
    {
      title: t('sharing.webhooks.delivery.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: WebhookDelivery['status'], d) => <DeliveryStatusTag status={status} attempts={d.attempts} />,
    },
    { title: t('sharing.webhooks.delivery.attempts'), dataIndex: 'attempts', width: 80, align: 'right' },
    {
      title: t('sharing.webhooks.delivery.deliveredAt'),
      key: 'when',
      width: 200,
      render: (_, d) => (d.status === 'pending' ? <Typography.Text type="secondary">{`${t('sharing.webhooks.delivery.nextAttemptAt')} ${formatTime(d.nextAttemptAt)}`}</Typography.Text> : formatTime(d.deliveredAt)),
    },
    { title: t('sharing.webhooks.delivery.lastError'), dataIndex: 'lastError', ellipsis: true, render: (e: string | null) => e ?? '—' },
  ];
  return (
    <Drawer
      open
      size={920}
      title={
        <Flex vertical>
          <span>{t('sharing.webhooks.drawerTitle')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }} ellipsis>
            {webhook.url}
          </Typography.Text>
        </Flex>
      }
      extra={
        <Button onClick={onSendTest} loading={testing}>
          {t('sharing.webhooks.sendTest')}
        </Button>
      }
      onClose={onClose}
    >
      {deliveries.isError && <QueryErrorAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={deliveries.data?.items ?? []}
        loading={deliveries.isFetching}
        pagination={false}
        locale={{ emptyText: deliveries.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sharing.webhooks.deliveryEmpty')} /> }}
      />
    </Drawer>
  );
}
