import { CalculatorOutlined, PlusOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { ExportButton } from '../transfer/export-button.tsx';
import { DrawPanel } from './draw-panel.tsx';
import { ExpertCampaignList } from './expert-campaign-list.tsx';
import { canEnforce, canSeeExpertCampaigns } from './inspection.policy.ts';
import { InspectionList } from './inspection-list.tsx';
import { PlanPanel } from './plan-panel.tsx';
import './inspections.texts.ts';

const TABS = ['inspections', 'draws', 'plans', 'experts'] as const;
type Tab = (typeof TABS)[number];

export function InspectionsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const enforce = canEnforce(user);
  const [params, setParams] = useSearchParams();
  // An expert's work here is the campaigns they are assigned to: their tab comes first.
  const home: Tab = user.role === 'expert' ? 'experts' : 'inspections';
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : home;
  const tabs = TABS.filter((k) => (k !== 'plans' || can(user, 'inspections.plans')) && (k !== 'experts' || canSeeExpertCampaigns(user))).sort((a, b) =>
    a === home ? -1 : b === home ? 1 : 0,
  );
  return (
    <PageContainer
      title={t('inspections.title')}
      subtitle={t('inspections.subtitle')}
      extra={
        <>
          {tab === 'inspections' && <ExportButton path="/inspections/export.xlsx" />}
          <LinkButton to="/inspections/calculators" icon={<CalculatorOutlined />}>{t('nav.enforcementCalculators')}</LinkButton>
          {enforce && <LinkButton to="/inspections/new" type="primary" icon={<PlusOutlined />}>{t('inspections.create')}</LinkButton>}
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === home ? {} : { tab: key })}
        items={tabs.map((key) => ({
          key,
          label: key === 'experts' ? t('expertCampaigns.tab') : t(`inspections.tabs.${key}`),
          children:
            key === 'inspections' ? <InspectionList /> : key === 'draws' ? <DrawPanel canDraw={enforce} /> : key === 'plans' ? <PlanPanel canCreate={enforce} /> : <ExpertCampaignList />,
        }))}
      />
    </PageContainer>
  );
}
