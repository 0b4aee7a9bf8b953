import { useSessionUser } from '../../app/auth-context.tsx';
import { can } from '../../app/permissions.ts';
import { useExpertCampaign, useExpertReport } from './use-expert-campaigns.query.ts';

/** The campaign's name in the breadcrumb; shares the detail page's cached query. Nothing for a role that may not read it. */
export function ExpertCampaignCrumb({ id }: { id: string }) {
  return can(useSessionUser(), 'expertCampaigns.view') ? <CampaignName id={id} /> : null;
}

function CampaignName({ id }: { id: string }) {
  const campaign = useExpertCampaign(id);
  return <>{campaign.data?.name ?? '…'}</>;
}

/** The assessed enterprise's name in the breadcrumb. */
export function ExpertReportCrumb({ id }: { id: string }) {
  return can(useSessionUser(), 'expertCampaigns.view') ? <ReportName id={id} /> : null;
}

function ReportName({ id }: { id: string }) {
  const report = useExpertReport(id);
  return <>{report.data?.enterpriseName ?? '…'}</>;
}
