import { useExpertCampaign, useExpertReport } from './use-expert-campaigns.query.ts';

/** The campaign's name in the breadcrumb; shares the detail page's cached query. */
export function ExpertCampaignCrumb({ id }: { id: string }) {
  const campaign = useExpertCampaign(id);
  return <>{campaign.data?.name ?? '…'}</>;
}

/** The assessed enterprise's name in the breadcrumb. */
export function ExpertReportCrumb({ id }: { id: string }) {
  const report = useExpertReport(id);
  return <>{report.data?.enterpriseName ?? '…'}</>;
}
