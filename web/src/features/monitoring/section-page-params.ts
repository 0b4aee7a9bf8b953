import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

const PAGE_SIZES = [10, 20, 50] as const;

/** Page and page size of a list that is one section of a page, read from `<name>Page` / `<name>PageSize`. */
export function sectionPageOf(search: URLSearchParams, name: string): { page: number; pageSize: number } {
  const page = Number(search.get(`${name}Page`));
  const pageSize = Number(search.get(`${name}PageSize`));
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : PAGE_SIZES[0],
  };
}

/**
 * The URL-synced pagination of a section (the enterprise page's sensors and device keys each keep their own), so
 * a reload or a shared link shows the same page; the defaults leave the URL clean.
 */
export function useSectionPage(name: string) {
  const [search, setSearch] = useSearchParams();
  const { page, pageSize } = sectionPageOf(search, name);
  const setPage = useCallback(
    (nextPage: number, nextSize: number) => {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          const size = nextSize !== pageSize ? nextSize : pageSize;
          const p = nextSize !== pageSize ? 1 : nextPage;
          if (p > 1) next.set(`${name}Page`, String(p));
          else next.delete(`${name}Page`);
          if (size !== PAGE_SIZES[0]) next.set(`${name}PageSize`, String(size));
          else next.delete(`${name}PageSize`);
          return next;
        },
        { replace: true },
      );
    },
    [name, pageSize, setSearch],
  );
  return { page, pageSize, setPage, pageSizeOptions: PAGE_SIZES.map(String) };
}
