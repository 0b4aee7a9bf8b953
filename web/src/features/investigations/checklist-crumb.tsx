import { useChecklist } from './use-checklist-library.query.ts';

/** The checklist's name in the breadcrumb; shares the detail page's cached query. */
export function ChecklistCrumb({ id }: { id: string }) {
  const checklist = useChecklist(id);
  return <>{checklist.data?.name ?? '…'}</>;
}
