import { PlusOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_DOMAINS, WEBHOOK_EVENTS_BY_DOMAIN } from '../../../../core/webhooks/webhook-events.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatTime } from './format.ts';
import { PAGE_SIZES, usePageParams } from './page-params.ts';
import { ScopeSummary } from './scope-summary.tsx';
import { SecretRevealModal } from './secret-reveal-modal.tsx';
import { DeliveryStatusTag, WebhookDeliveriesDrawer } from './webhook-deliveries-drawer.tsx';
import { WebhookFormModal } from './webhook-form.tsx';
import { useDeleteWebhook, useRotateWebhookSecret, useSendTest, useUpdateWebhook, useWebhooks, type Webhook } from './use-sharing.queries.ts';
import './sharing.texts.ts';

/** The admin area's webhooks: other roles get the 403 page (the server refuses them too). */
export function WebhookListPage() {
  const me = useSessionUser();
  return me.role === 'admin' ? <WebhookList /> : <ForbiddenPage />;
}

function EventTags({ events }: { events: Webhook['events'] }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap>
      {WEBHOOK_DOMAINS.map((domain) => {
        const chosen = events.filter((e) => (WEBHOOK_EVENTS_BY_DOMAIN[domain] as readonly string[]).includes(e));
        if (chosen.length === 0) return null;
        return (
          <Tooltip key={domain} title={chosen.map((e) => t(`sharing.events.${e}`)).join('、')}>
            <Tag>
              {t(`sharing.domains.${domain}`)} {chosen.length}/{WEBHOOK_EVENTS_BY_DOMAIN[domain].length}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

function WebhookList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { params, onChange } = usePageParams();
  const webhooks = useWebhooks(params);
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret();
  const sendTest = useSendTest();
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const [secret, setSecret] = useState<{ title: string; secret: string } | null>(null);
  const failed = (error: unknown) => void message.error(apiErrorText(t, error));

  const test = (hook: Webhook) =>
    sendTest.mutate(hook.id, {
      onSuccess: (d) => (d.status === 'delivered' ? void message.success(t('sharing.webhooks.testDelivered')) : void message.error(t('sharing.webhooks.testFailed', { error: d.lastError ?? '' }))),
      onError: failed,
    });

  const columns: TableProps<Webhook>['columns'] = [
    {
      title: t('sharing.webhooks.fields.url'),
      dataIndex: 'url',
      width: 280,
      render: (url: string, row) => (
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
            {url}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('sharing.webhooks.fields.createdAt')} {formatTime(row.createdAt)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('sharing.webhooks.fields.events'), dataIndex: 'events', width: 180, render: (events: Webhook['events']) => <EventTags events={events} /> },
    {
      title: t('sharing.webhooks.fields.scope'),
      key: 'scope',
      width: 190,
      render: (_, w) => <ScopeSummary regionCodes={w.regionCodes} industryCodes={w.industryCodes} enterpriseName={w.enterpriseId ? (w.enterpriseName ?? w.enterpriseId) : null} />,
    },
    {
      title: t('sharing.webhooks.fields.status'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (active ? <Tag color="green">{t('sharing.status.active')}</Tag> : <Tag>{t('sharing.status.paused')}</Tag>),
    },
    {
      title: t('sharing.webhooks.fields.lastDelivery'),
      key: 'last',
      width: 140,
      render: (_, w) =>
        w.lastDelivery ? (
          <Tooltip title={w.lastDelivery.lastError ?? t(`sharing.events.${w.lastDelivery.event as 'webhook.test'}`, { defaultValue: w.lastDelivery.event })}>
            <Space orientation="vertical" size={0}>
              <DeliveryStatusTag status={w.lastDelivery.status} attempts={w.lastDelivery.attempts} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(w.lastDelivery.createdAt)}
              </Typography.Text>
            </Space>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('sharing.webhooks.never')}</Typography.Text>
        ),
    },
    {
      title: t('sharing.webhooks.fields.actions'),
      key: 'actions',
      width: 250,
      render: (_, w) => (
        <Space size={[4, 4]} wrap>
          <Button size="small" onClick={() => setEditing(w)}>
            {t('sharing.webhooks.edit')}
          </Button>
          <Button size="small" onClick={() => setViewing(w)}>
            {t('sharing.webhooks.deliveries')}
          </Button>
          <Button size="small" onClick={() => test(w)} loading={sendTest.isPending && sendTest.variables === w.id}>
            {t('sharing.webhooks.sendTest')}
          </Button>
          <Popconfirm
            title={t('sharing.webhooks.rotateConfirm')}
            okText={t('sharing.webhooks.rotate')}
            cancelText={t('common.cancel')}
            onConfirm={() => rotate.mutate(w.id, { onSuccess: (r) => setSecret({ title: t('sharing.webhooks.rotatedSecretTitle'), secret: r.secret ?? '' }), onError: failed })}
          >
            <Button size="small">{t('sharing.webhooks.rotate')}</Button>
          </Popconfirm>
          <Popconfirm
            title={t(w.active ? 'sharing.webhooks.pauseConfirm' : 'sharing.webhooks.resumeConfirm')}
            okText={t(w.active ? 'sharing.webhooks.pause' : 'sharing.webhooks.resume')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              update.mutate({ id: w.id, changes: { active: !w.active } }, { onSuccess: () => void message.success(t(w.active ? 'sharing.webhooks.paused' : 'sharing.webhooks.resumed')), onError: failed })
            }
          >
            <Button size="small">{t(w.active ? 'sharing.webhooks.pause' : 'sharing.webhooks.resume')}</Button>
          </Popconfirm>
          <Popconfirm
            title={t('sharing.webhooks.deleteConfirm')}
            okText={t('sharing.webhooks.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => remove.mutate(w.id, { onSuccess: () => void message.success(t('sharing.webhooks.deleted')), onError: failed })}
          >
            <Button size="small" danger>
              {t('sharing.webhooks.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('sharing.webhooks.title')}
      subtitle={t('sharing.webhooks.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('sharing.webhooks.create')}
        </Button>
      }
    >
      {webhooks.isError && <QueryErrorAlert error={webhooks.error} onRetry={() => void webhooks.refetch()} />}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        <Table<Webhook>
          rowKey="id"
          columns={columns}
          dataSource={webhooks.data?.items ?? []}
          loading={webhooks.isFetching}
          scroll={{ x: 1130 }}
          locale={{ emptyText: webhooks.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sharing.webhooks.empty')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: webhooks.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('sharing.webhooks.total', { total }),
            onChange,
          }}
        />
      </Card>
      {editing && (
        <WebhookFormModal
          webhook={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={(created) => {
            setEditing(null);
            setSecret({ title: t('sharing.webhooks.createdSecretTitle'), secret: created.secret ?? '' });
          }}
        />
      )}
      {viewing && <WebhookDeliveriesDrawer webhook={viewing} onClose={() => setViewing(null)} onSendTest={() => test(viewing)} testing={sendTest.isPending} />}
      {secret && <SecretRevealModal title={secret.title} help={t('sharing.webhooks.secretHelp')} secret={secret.secret} onClose={() => setSecret(null)} />}
    </PageContainer>
  );
}
