import { PlusOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { DrawPanel } from './draw-panel.tsx';
import { InspectionList } from './inspection-list.tsx';
import { PlanPanel } from './plan-panel.tsx';

const TABS = ['inspections', 'draws', 'plans'] as const;
type Tab = (typeof TABS)[number];

export function InspectionsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const enforce = can(user, 'inspections.enforce');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'inspections';
  const tabs = TABS.filter((k) => k !== 'plans' || can(user, 'inspections.plans'));
  return (
    <PageContainer
      title={t('inspections.title')}
      subtitle={t('inspections.subtitle')}
      extra={enforce && <LinkButton to="/inspections/new" type="primary" icon={<PlusOutlined />}>{t('inspections.create')}</LinkButton>}
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'inspections' ? {} : { tab: key })}
        items={tabs.map((key) => ({
          key,
          label: t(`inspections.tabs.${key}`),
          children: key === 'inspections' ? <InspectionList /> : key === 'draws' ? <DrawPanel canDraw={enforce} /> : <PlanPanel canCreate={enforce} />,
        }))}
      />
    </PageContainer>
  );
}
