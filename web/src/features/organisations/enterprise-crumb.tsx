import { useEnterprise } from './use-enterprise.query.ts';

/** The enterprise's name in the breadcrumb; shares the detail page's cached query. */
export function EnterpriseCrumb({ id }: { id: string }) {
  const enterprise = useEnterprise(id);
  return <>{enterprise.data?.name ?? '…'}</>;
}
