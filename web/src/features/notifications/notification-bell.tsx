import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../app/session.types.ts';
import { useMarkNotificationRead, useNotifications, type AppNotification } from './use-notifications.query.ts';

/** Notifications reach an enterprise's officers or a department's staff (server/notifications). */
const receives = (user: SessionUser) => user.role === 'enterprise' || user.role === 'regulator' || user.role === 'inspector';

export function NotificationBell({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const enabled = receives(user);
  const { items, unread } = useNotifications(enabled);
  const markRead = useMarkNotificationRead();
  if (!enabled) return null;

  const open = (n: AppNotification) => {
    if (!n.read) markRead.mutate(n.id);
    if (n.entity === 'hazard') navigate(`/hazards/${n.entityId}`);
  };
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
  const targets = {
    enterprise_principal: t('notifications.targets.enterprise_principal'),
    supervising_department: t('notifications.targets.supervising_department'),
    district: t('notifications.targets.district'),
    city: t('notifications.targets.city'),
  } as Record<string, string>;
  const label = (n: AppNotification) =>
    n.kind === 'hazard_overdue' ? t('notifications.hazardOverdue', { target: targets[n.payload?.target ?? ''] ?? '' }) : n.kind;

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: items.length
          ? items.map((n) => ({
              key: n.id,
              onClick: () => open(n),
              label: (
                <div style={{ maxWidth: 320, whiteSpace: 'normal', opacity: n.read ? 0.6 : 1 }}>
                  <Typography.Text strong={!n.read} ellipsis style={{ display: 'block', maxWidth: 320 }}>
                    {n.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {label(n)} · {n.payload?.enterpriseName ?? ''} · {time(n.createdAt)}
                  </Typography.Text>
                </div>
              ),
            }))
          : [{ key: 'empty', disabled: true, label: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }],
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
