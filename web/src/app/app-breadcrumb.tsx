import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';
import { homePathFor } from './app-menu.ts';
import type { Crumb, RouteHandle } from './route-handle.ts';
import type { SessionUser } from './session.types.ts';

export function AppBreadcrumb({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const matches = useMatches();
  const crumbs: Crumb[] = [];
  for (const match of matches) {
    const handle = match.handle as RouteHandle | undefined;
    const crumb = handle?.crumb?.({ params: match.params, user, t });
    if (crumb) crumbs.push(crumb);
  }
  const items = [
    { key: 'home', title: <Link to={homePathFor(user)} aria-label={t('nav.overview')}><HomeOutlined /></Link> },
    ...crumbs.map((crumb, index) => ({
      key: index,
      title: crumb.to && index < crumbs.length - 1 ? <Link to={crumb.to}>{crumb.title}</Link> : crumb.title,
    })),
  ];
  return <Breadcrumb items={items} style={{ marginBottom: 12 }} />;
}
