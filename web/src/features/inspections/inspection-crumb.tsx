import { useInspection } from './use-inspections.query.ts';

/** The inspected enterprise's name in the breadcrumb; shares the detail page's cached query. */
export function InspectionCrumb({ id }: { id: string }) {
  const inspection = useInspection(id);
  return <>{inspection.data?.enterpriseName ?? '…'}</>;
}
