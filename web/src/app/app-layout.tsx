import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AppBreadcrumb } from './app-breadcrumb.tsx';
import { homePathFor } from './app-menu.ts';
import { useSessionUser } from './auth-context.tsx';
import { BrandLogo } from './brand-logo.tsx';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';
import { GlobalSearch } from '../features/search/global-search.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SideMenu } from './side-menu.tsx';
import { UserMenu } from './user-menu.tsx';

const HEADER_HEIGHT = 56;

/** The signed-in frame: header, side menu and the route's page (or `children`, for a page outside the layout's routes). */
export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [collapsed, setCollapsed] = useState(false);
  const screens = Grid.useBreakpoint();
  // On a phone (below 576 px) the menu hides completely and opens over the page, so the page keeps the width.
  const phone = screens.xs === true && !screens.sm;
  const { pathname } = useLocation();
  useEffect(() => {
    if (phone) setCollapsed(true);
  }, [phone, pathname]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 20,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: phone ? 8 : 16,
          ...(phone ? { paddingInline: 12 } : {}),
          boxShadow: '0 1px 4px rgba(0, 21, 41, 0.25)',
        }}
      >
        <Flex align="center" gap={4} style={{ minWidth: 0 }}>
          {phone && (
            <Button
              type="text"
              aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
              aria-expanded={!collapsed}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed((value) => !value)}
              style={{ color: '#fff', flex: 'none' }}
            />
          )}
          <Link to={homePathFor(user)} style={{ minWidth: 0, display: 'inline-flex' }}>
            <BrandLogo showName={!phone} />
          </Link>
        </Flex>
        {!phone && (
          <Flex justify="center" style={{ flex: 1, minWidth: 0 }}>
            <GlobalSearch width={screens.xl ? 420 : 280} />
          </Flex>
        )}
        <Flex align="center" gap={4} style={{ flex: 'none' }}>
          <NotificationBell user={user} />
          <LanguageSwitch />
          <UserMenu user={user} compact={phone} />
        </Flex>
      </Layout.Header>
      <Layout hasSider>
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          collapsedWidth={phone ? 0 : 80}
          trigger={phone ? null : undefined}
          width={216}
          theme="light"
          style={{
            position: phone ? 'fixed' : 'sticky',
            top: HEADER_HEIGHT,
            insetInlineStart: 0,
            zIndex: phone ? 15 : undefined,
            height: `calc(100vh - ${HEADER_HEIGHT}px)`,
            overflow: phone ? 'visible' : 'auto',
            borderInlineEnd: '1px solid #e8ebf0',
            boxShadow: phone && !collapsed ? '4px 0 16px rgba(0, 21, 41, 0.12)' : undefined,
          }}
        >
          <nav aria-label={t('nav.main')}>
            <SideMenu user={user} />
          </nav>
        </Layout.Sider>
        {phone && !collapsed && (
          <div
            aria-hidden
            onClick={() => setCollapsed(true)}
            style={{ position: 'fixed', inset: `${HEADER_HEIGHT}px 0 0 0`, zIndex: 14, background: 'rgba(0, 0, 0, 0.25)' }}
          />
        )}
        <Layout>
          <Layout.Content style={{ padding: phone ? '12px 12px 8px' : '16px 24px 8px', minWidth: 0 }}>
            <AppBreadcrumb user={user} />
            <main>
              {children ?? <Outlet />}
            </main>
          </Layout.Content>
          <Layout.Footer style={{ textAlign: 'center', color: 'rgba(0,0,0,0.38)', fontSize: 12, padding: '16px 24px' }}>
            {t('app.footer')}
          </Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
