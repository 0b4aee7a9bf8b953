import { useAccident } from './use-accidents.query.ts';

/** The accident in the breadcrumb by its number and its unit (or its description); shares the detail's query. */
export function AccidentCrumb({ id }: { id: string }) {
  const accident = useAccident(id);
  const a = accident.data;
  if (!a) return <>…</>;
  const name = a.enterpriseName ?? (a.description.length > 16 ? `${a.description.slice(0, 16)}…` : a.description);
  return <>{`${a.number} ${name}`}</>;
}
