import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [20, 50, 100];

/** `?page&pageSize` of a list, read from the URL (anything else: the first page of 20). */
export function parsePageParams(search: URLSearchParams) {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return { page: Number.isInteger(page) && page > 0 ? page : 1, pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20 };
}

/** A list's page in the URL, so that reload, back and a shared link keep it. */
export function usePageParams() {
  const [search, setSearch] = useSearchParams();
  const params = parsePageParams(search);
  const onChange = (page: number, pageSize: number) => {
    const next = new URLSearchParams(search);
    const first = pageSize !== params.pageSize ? 1 : page;
    if (first === 1) next.delete('page');
    else next.set('page', String(first));
    if (pageSize === 20) next.delete('pageSize');
    else next.set('pageSize', String(pageSize));
    setSearch(next);
  };
  return { params, onChange };
}
