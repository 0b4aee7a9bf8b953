import { usePenaltyCase } from './use-penalty-cases.query.ts';

/** The case number in the breadcrumb; shares the detail page's cached query. */
export function PenaltyCaseCrumb({ id }: { id: string }) {
  const penaltyCase = usePenaltyCase(id);
  return <>{penaltyCase.data?.number ?? '…'}</>;
}
