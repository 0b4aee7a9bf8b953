import { useMajorHazardSource } from './use-major-hazards.query.ts';

/** The source's name in the breadcrumb; shares the detail page's cached query. */
export function MajorHazardSourceCrumb({ id }: { id: string }) {
  const source = useMajorHazardSource(id);
  return <>{source.data?.name ?? '…'}</>;
}
