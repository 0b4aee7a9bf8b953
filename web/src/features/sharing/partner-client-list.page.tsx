import { PlusOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedDomain } from '../../../../core/partners/partner.schema.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatTime } from './format.ts';
import { PAGE_SIZES, usePageParams } from './page-params.ts';
import { PartnerCallsDrawer } from './partner-calls-drawer.tsx';
import { PartnerClientFormModal } from './partner-client-form.tsx';
import { ScopeSummary } from './scope-summary.tsx';
import { SecretRevealModal } from './secret-reveal-modal.tsx';
import { usePartnerClients, useRevokePartnerClient, useRotatePartnerSecret, type PartnerClient } from './use-sharing.queries.ts';
import './sharing.texts.ts';

/** The admin area's partner clients: other roles get the 403 page (the server refuses them too). */
export function PartnerClientListPage() {
  const me = useSessionUser();
  return me.role === 'admin' ? <PartnerClientList /> : <ForbiddenPage />;
}

function PartnerClientList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { params, onChange } = usePageParams();
  const clients = usePartnerClients(params);
  const rotate = useRotatePartnerSecret();
  const revoke = useRevokePartnerClient();
  const [editing, setEditing] = useState<PartnerClient | 'new' | null>(null);
  const [viewing, setViewing] = useState<PartnerClient | null>(null);
  const [secret, setSecret] = useState<{ title: string; clientId: string; secret: string } | null>(null);
  const failed = (error: unknown) => void message.error(apiErrorText(t, error));

  const columns: TableProps<PartnerClient>['columns'] = [
    {
      title: t('sharing.partners.fields.name'),
      dataIndex: 'name',
      width: 190,
      render: (name: string, c) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" copyable={{ text: c.id }} style={{ fontSize: 12 }}>
            {c.id.slice(0, 8)}…
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('sharing.partners.fields.domains'),
      dataIndex: 'domains',
      width: 160,
      render: (domains: FeedDomain[]) => (
        <Space size={[4, 4]} wrap>
          {domains.map((d) => (
            <Tag key={d}>{t(`sharing.domains.${d}`)}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t('sharing.partners.fields.scope'), key: 'scope', width: 200, render: (_, c) => <ScopeSummary regionCodes={c.regionCodes} industryCodes={c.industryCodes} /> },
    { title: t('sharing.partners.fields.rate'), dataIndex: 'requestsPerMinute', width: 100, render: (n: number) => t('sharing.partners.rateValue', { count: n }) },
    {
      title: t('sharing.partners.fields.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 110,
      render: (at: string | null) => (at ? formatTime(at) : <Typography.Text type="secondary">{t('sharing.partners.never')}</Typography.Text>),
    },
    {
      title: t('sharing.partners.fields.status'),
      key: 'status',
      width: 120,
      render: (_, c) =>
        c.revokedAt ? (
          <Space orientation="vertical" size={0}>
            <Tag color="red">{t('sharing.status.revoked')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(c.revokedAt)}
            </Typography.Text>
          </Space>
        ) : (
          <Space orientation="vertical" size={0}>
            <Tag color="green">{t('sharing.status.active')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('sharing.partners.fields.createdAt')} {formatTime(c.createdAt)}
            </Typography.Text>
          </Space>
        ),
    },
    {
      title: t('sharing.partners.fields.actions'),
      key: 'actions',
      width: 190,
      render: (_, c) => (
        <Space size={[4, 4]} wrap>
          <Button size="small" onClick={() => setViewing(c)}>
            {t('sharing.partners.calls')}
          </Button>
          {!c.revokedAt && (
            <>
              <Button size="small" onClick={() => setEditing(c)}>
                {t('sharing.partners.edit')}
              </Button>
              <Popconfirm
                title={t('sharing.partners.rotateConfirm')}
                okText={t('sharing.partners.rotate')}
                cancelText={t('common.cancel')}
                onConfirm={() => rotate.mutate(c.id, { onSuccess: (r) => setSecret({ title: t('sharing.partners.rotatedTitle'), clientId: r.id, secret: r.secret ?? '' }), onError: failed })}
              >
                <Button size="small">{t('sharing.partners.rotate')}</Button>
              </Popconfirm>
              <Popconfirm
                title={t('sharing.partners.revokeConfirm', { name: c.name })}
                okText={t('sharing.partners.revoke')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => revoke.mutate(c.id, { onSuccess: () => void message.success(t('sharing.partners.revoked')), onError: failed })}
              >
                <Button size="small" danger>
                  {t('sharing.partners.revoke')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('sharing.partners.title')}
      subtitle={t('sharing.partners.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('sharing.partners.create')}
        </Button>
      }
    >
      {clients.isError && <QueryErrorAlert error={clients.error} onRetry={() => void clients.refetch()} />}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        <Table<PartnerClient>
          rowKey="id"
          columns={columns}
          dataSource={clients.data?.items ?? []}
          loading={clients.isFetching}
          scroll={{ x: 1100 }}
          locale={{ emptyText: clients.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sharing.partners.empty')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: clients.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('sharing.partners.total', { total }),
            onChange,
          }}
        />
      </Card>
      {editing && (
        <PartnerClientFormModal
          client={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onIssued={(issued) => {
            setEditing(null);
            setSecret({ title: t('sharing.partners.issuedTitle'), clientId: issued.id, secret: issued.secret ?? '' });
          }}
        />
      )}
      {viewing && <PartnerCallsDrawer client={viewing} onClose={() => setViewing(null)} />}
      {secret && <SecretRevealModal title={secret.title} help={t('sharing.partners.secretHelp')} clientId={secret.clientId} secret={secret.secret} onClose={() => setSecret(null)} />}
    </PageContainer>
  );
}
