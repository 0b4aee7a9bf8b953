import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ProfileOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  RadarChartOutlined,
  DesktopOutlined,
  FireOutlined,
  FundProjectionScreenOutlined,
  GlobalOutlined,
  ScheduleOutlined,
  TeamOutlined,
  ApartmentOutlined,
  ApiOutlined,
  BookOutlined,
  FileSearchOutlined,
  ShareAltOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { menuEntriesFor, selectedMenuKey, type MenuIcon } from './app-menu.ts';
import type { SessionUser } from './session.types.ts';

const ICONS: Record<MenuIcon, ReactNode> = {
  overview: <DashboardOutlined />,
  enterprises: <AppstoreOutlined />,
  myEnterprise: <BankOutlined />,
  hazards: <AlertOutlined />,
  tasks: <CarryOutOutlined />,
  plans: <CalendarOutlined />,
  checklists: <ProfileOutlined />,
  statistics: <BarChartOutlined />,
  monitoring: <FundProjectionScreenOutlined />,
  risks: <RadarChartOutlined />,
  majorHazards: <ExperimentOutlined />,
  accidents: <FireOutlined />,
  cockpit: <DesktopOutlined />,
  inspections: <AuditOutlined />,
  laws: <BookOutlined />,
  penaltyCases: <SolutionOutlined />,
  cityMap: <GlobalOutlined />,
  calendar: <ScheduleOutlined />,
  users: <TeamOutlined />,
  departments: <ApartmentOutlined />,
  webhooks: <ApiOutlined />,
  partners: <ShareAltOutlined />,
  auditTrail: <FileSearchOutlined />,
};

export function SideMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = useMemo(() => menuEntriesFor(user), [user]);
  const item = (entry: (typeof entries)[number]) => ({ key: entry.key, icon: ICONS[entry.icon], label: <Link to={entry.path}>{t(entry.labelKey)}</Link> });
  const admin = entries.filter((entry) => entry.group === 'admin');
  const items: MenuProps['items'] = [
    ...entries.filter((entry) => !entry.group).map(item),
    ...(admin.length > 0 ? [{ type: 'group' as const, key: 'admin-group', label: t('nav.adminGroup'), children: admin.map(item) }] : []),
  ];
  const selected = selectedMenuKey(entries, pathname);
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none', paddingTop: 8 }}
    />
  );
}
