import { useSessionUser } from '../../app/auth-context.tsx';
import { can } from '../../app/permissions.ts';
import { usePenaltyCase } from './use-penalty-cases.query.ts';

/** The case number in the breadcrumb; shares the detail page's cached query. Nothing for a role that may not read it. */
export function PenaltyCaseCrumb({ id }: { id: string }) {
  return can(useSessionUser(), 'cases.view') ? <CaseNumber id={id} /> : null;
}

function CaseNumber({ id }: { id: string }) {
  const penaltyCase = usePenaltyCase(id);
  return <>{penaltyCase.data?.number ?? '…'}</>;
}
