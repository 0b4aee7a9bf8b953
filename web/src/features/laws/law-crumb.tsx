import { useLaw } from './use-laws.query.ts';

/** The act in the breadcrumb by its short title; shares the act page's query. */
export function LawCrumb({ id }: { id: string }) {
  const law = useLaw('internal', id);
  return <>{law.data?.shortTitle ?? '…'}</>;
}
