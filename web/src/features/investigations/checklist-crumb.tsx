import { useSessionUser } from '../../app/auth-context.tsx';
import { can } from '../../app/permissions.ts';
import { useChecklist } from './use-checklist-library.query.ts';

/** The checklist's name in the breadcrumb; shares the detail page's cached query. Nothing for a role that may not read it (the page shows 403). */
export function ChecklistCrumb({ id }: { id: string }) {
  return can(useSessionUser(), 'investigations.view') ? <ChecklistName id={id} /> : null;
}

function ChecklistName({ id }: { id: string }) {
  const checklist = useChecklist(id);
  return <>{checklist.data?.name ?? '…'}</>;
}
