import { BellOutlined, DesktopOutlined, DownOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, Space, Tag, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from './auth-context.tsx';
import { displayNameOf } from './display-name.ts';
import type { SessionUser } from './session.types.ts';

/** `compact` (on a phone) shows only the avatar; the name and role are in the menu. */
export function UserMenu({ user, compact = false }: { user: SessionUser; compact?: boolean }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const name = displayNameOf(user, t);

  const items: MenuProps['items'] = [
    {
      key: 'profile',
      disabled: true,
      label: (
        <Space orientation="vertical" size={0} style={{ cursor: 'default', color: 'rgba(0,0,0,0.88)' }}>
          <strong>{name}</strong>
          <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
            {user.username} · {t(`roles.${user.role}`)}
          </span>
        </Space>
      ),
    },
    { type: 'divider' },
    { key: '/account/password', icon: <KeyOutlined />, label: t('account.menu.changePassword') },
    { key: '/account/sessions', icon: <DesktopOutlined />, label: t('account.menu.sessions') },
    { key: '/notifications/preferences', icon: <BellOutlined />, label: t('notifications.preferences.title') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('/')) {
      void navigate(key);
      return;
    }
    if (key !== 'logout') return;
    void logout().then(() => {
      void message.success(t('auth.loggedOut'));
      void navigate('/login', { replace: true });
    });
  };

  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }} placement="bottomRight">
      <button
        type="button"
        data-testid="user-menu"
        aria-label={compact ? `${name} · ${t(`roles.${user.role}`)}` : undefined}
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 8,
          height: 40,
          padding: '0 8px',
          border: 'none',
          borderRadius: 6,
          background: 'transparent',
          color: '#fff',
          cursor: 'pointer',
          font: 'inherit',
        }}
      >
        <Avatar size={28} style={{ background: '#3b8bff', flex: 'none' }}>
          {name.slice(0, 1)}
        </Avatar>
        {!compact && (
          <>
            <span style={{ maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {name}
            </span>
            <Tag variant="filled" style={{ marginInlineEnd: 0, background: 'rgba(255,255,255,0.14)', color: '#fff' }}>
              {t(`roles.${user.role}`)}
            </Tag>
          </>
        )}
        <DownOutlined style={{ fontSize: 10, opacity: 0.7 }} />
      </button>
    </Dropdown>
  );
}
