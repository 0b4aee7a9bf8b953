import { useRiskPoint } from './use-risks.query.ts';

/** The risk point's name in the breadcrumb; shares the detail page's cached query. */
export function RiskPointCrumb({ id }: { id: string }) {
  const point = useRiskPoint(id);
  return <>{point.data?.name ?? '…'}</>;
}
