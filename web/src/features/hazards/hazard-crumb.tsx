import { useHazard } from './use-hazard.query.ts';

/** The hazard's title in the breadcrumb; shares the detail page's cached query. */
export function HazardCrumb({ id }: { id: string }) {
  const hazard = useHazard(id);
  return <>{hazard.data?.title ?? '…'}</>;
}
