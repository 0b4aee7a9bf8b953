import { Badge, Button, Card, Empty, Flex, Segmented, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { NOTIFICATION_KINDS, notificationLabel, notificationLink, notificationTitle } from './notification-label.ts';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotificationPage, useNotifications, type AppNotification } from './use-notifications.query.ts';

const PAGE_SIZES = [20, 50, 100];

function paramsOf(search: URLSearchParams) {
  const page = Math.max(1, Number(search.get('page')) || 1);
  const size = Number(search.get('pageSize'));
  const kind = search.get('kind');
  return {
    page,
    pageSize: PAGE_SIZES.includes(size) ? size : 20,
    unread: search.get('unread') === 'true',
    kind: kind && (NOTIFICATION_KINDS as readonly string[]).includes(kind) ? kind : undefined,
  };
}

/** The notification centre (/notifications): every notification of the user, filtered, paged; mark all read. */
export function NotificationCentrePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const params = paramsOf(search);
  const page = useNotificationPage(params);
  const { unread } = useNotifications(true);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();

  const update = (changes: Partial<typeof params>) => {
    const next = { ...params, ...(Object.keys(changes).some((k) => k !== 'page' && k !== 'pageSize') ? { page: 1 } : {}), ...changes };
    const out = new URLSearchParams();
    if (next.page > 1) out.set('page', String(next.page));
    if (next.pageSize !== 20) out.set('pageSize', String(next.pageSize));
    if (next.unread) out.set('unread', 'true');
    if (next.kind) out.set('kind', next.kind);
    setSearch(out);
  };
  const open = (n: AppNotification) => {
    if (!n.read) markRead.mutate(n.id);
    const to = notificationLink(n);
    if (to) void navigate(to);
  };
  const filtered = params.unread || params.kind !== undefined;

  return (
    <PageContainer
      title={t('notifications.centre.title')}
      subtitle={t('notifications.centre.subtitle', { unread })}
      extra={
        <Flex gap={8}>
          <Link to="/notifications/preferences">
            <Button>{t('notifications.preferences.title')}</Button>
          </Link>
          <Button type="primary" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.centre.markAllRead')}
          </Button>
        </Flex>
      }
    >
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Segmented
            value={params.unread ? 'unread' : 'all'}
            onChange={(v) => update({ unread: v === 'unread' })}
            options={[
              { value: 'all', label: t('notifications.centre.all') },
              { value: 'unread', label: t('notifications.centre.unreadOnly', { count: unread }) },
            ]}
          />
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder={t('notifications.centre.allKinds')}
            value={params.kind}
            onChange={(kind?: string) => update({ kind })}
            options={NOTIFICATION_KINDS.map((k) => ({ value: k, label: t(`notifications.kinds.${k}`) }))}
            aria-label={t('notifications.centre.kind')}
          />
          {filtered && <Button onClick={() => setSearch(new URLSearchParams())}>{t('notifications.centre.clearFilters')}</Button>}
        </Flex>
      </Card>
      {page.isError && <QueryErrorAlert error={page.error} onRetry={() => void page.refetch()} />}
      <Card size="small" styles={{ body: { padding: '0 12px' } }}>
        <Table<AppNotification>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.items ?? []}
          onRow={(n) => ({ onClick: () => open(n), style: { cursor: 'pointer' } })}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('notifications.centre.emptyFiltered') : t('notifications.centre.empty')} />
            ),
          }}
          columns={[
            {
              key: 'title',
              title: t('notifications.centre.columns.title'),
              render: (_, n) => (
                <Flex gap={8} align="baseline">
                  <Badge status={n.read ? 'default' : 'processing'} aria-label={n.read ? t('notifications.centre.read') : t('notifications.centre.unread')} />
                  <Typography.Text strong={!n.read}>{notificationTitle(t, n)}</Typography.Text>
                </Flex>
              ),
            },
            { key: 'what', title: t('notifications.centre.columns.what'), render: (_, n) => notificationLabel(t, n), width: 260 },
            // Only hazard notifications name their enterprise; the column shows when the page has one.
            ...((page.data?.items ?? []).some((n) => n.payload?.enterpriseName)
              ? [{ key: 'enterprise', title: t('notifications.centre.columns.enterprise'), render: (_: unknown, n: AppNotification) => n.payload?.enterpriseName ?? '', width: 220, responsive: ['lg' as const] }]
              : []),
            { key: 'at', title: t('notifications.centre.columns.at'), render: (_, n) => formatCityTime(n.createdAt), width: 150 },
          ]}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: page.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total: number) => t('notifications.centre.total', { total }),
            onChange: (p: number, size: number) => update(size !== params.pageSize ? { page: 1, pageSize: size } : { page: p }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
