import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../app/session.types.ts';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { notificationLabel, notificationLink, notificationTitle } from './notification-label.ts';
import { useMarkNotificationRead, useNotifications, type AppNotification } from './use-notifications.query.ts';

/** Notifications reach an enterprise's officers or a department's staff (server/notifications). */
const receives = (user: SessionUser) => user.role === 'enterprise' || user.role === 'regulator' || user.role === 'inspector';

export function NotificationBell({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const enabled = receives(user);
  const { items, unread } = useNotifications(enabled);
  const markRead = useMarkNotificationRead();
  if (!enabled) return null;

  const open = (n: AppNotification) => {
    if (!n.read) markRead.mutate(n.id);
    const to = notificationLink(n);
    if (to) void navigate(to);
  };
  const label = (n: AppNotification) => notificationLabel(t, n);
  // The dropdown shows the latest few; the centre (/notifications) has all of them, the count's included.
  const viewAll = { key: 'all', onClick: () => void navigate('/notifications'), label: <Typography.Link>{t('notifications.viewAll')}</Typography.Link> };

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: items.length
          ? [...items.map((n) => ({
              key: n.id,
              onClick: () => open(n),
              label: (
                <div style={{ maxWidth: 320, whiteSpace: 'normal', opacity: n.read ? 0.6 : 1 }}>
                  <Typography.Text strong={!n.read} ellipsis style={{ display: 'block', maxWidth: 320 }}>
                    {notificationTitle(t, n)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[label(n), n.payload?.enterpriseName, formatCityTime(n.createdAt)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              ),
            })), { type: 'divider' as const }, viewAll]
          : [{ key: 'empty', disabled: true, label: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }, viewAll],
      }}
    >
      <Button type="text" aria-label={t('notifications.title', { count: unread })} style={{ color: '#fff' }}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
