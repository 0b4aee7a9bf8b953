import { Flex, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { AppBreadcrumb } from './app-breadcrumb.tsx';
import { homePathFor } from './app-menu.ts';
import { useSessionUser } from './auth-context.tsx';
import { BrandLogo } from './brand-logo.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SideMenu } from './side-menu.tsx';
import { UserMenu } from './user-menu.tsx';

const HEADER_HEIGHT = 56;

export function AppLayout() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [collapsed, setCollapsed] = useState(false);

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
          gap: 16,
          boxShadow: '0 1px 4px rgba(0, 21, 41, 0.25)',
        }}
      >
        <Link to={homePathFor(user)} style={{ minWidth: 0, display: 'inline-flex' }}>
          <BrandLogo />
        </Link>
        <Flex align="center" gap={4} style={{ flex: 'none' }}>
          <LanguageSwitch />
          <UserMenu user={user} />
        </Flex>
      </Layout.Header>
      <Layout hasSider>
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={216}
          theme="light"
          style={{
            position: 'sticky',
            top: HEADER_HEIGHT,
            height: `calc(100vh - ${HEADER_HEIGHT}px)`,
            overflow: 'auto',
            borderInlineEnd: '1px solid #e8ebf0',
          }}
        >
          <nav aria-label={t('nav.main')}>
            <SideMenu user={user} />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Content style={{ padding: '16px 24px 8px' }}>
            <AppBreadcrumb user={user} />
            <main>
              <Outlet />
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
