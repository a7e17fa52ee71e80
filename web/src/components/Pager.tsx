import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 20;

/** The page shown, 0-based, from ?side= (1-based, as people count). */
export function usePageNumber(): number {
  const [params] = useSearchParams();
  const side = Number(params.get('side') ?? '1');
  return Number.isInteger(side) && side >= 1 ? side - 1 : 0;
}

interface PageMetadata {
  number?: number;
  totalPages?: number;
  totalElements?: number;
}

/** "Side 2 af 5" with Forrige/Næste; the page lives in the URL, so back and links work. */
export function Pager({ page, label }: { page: PageMetadata | undefined; label: string }) {
  const [params, setParams] = useSearchParams();
  const number = page?.number ?? 0;
  const total = page?.totalPages ?? 0;
  if (total <= 1) return null;
  const go = (to: number) => {
    const next = new URLSearchParams(params);
    if (to === 0) next.delete('side');
    else next.set('side', String(to + 1));
    setParams(next);
  };
  return (
    <nav className="pager" aria-label={`Sider: ${label}`}>
      <button type="button" className="button" disabled={number <= 0} onClick={() => go(number - 1)}>
        Forrige
      </button>
      <span aria-live="polite">
        Side {number + 1} af {total}
      </span>
      <button type="button" className="button" disabled={number + 1 >= total} onClick={() => go(number + 1)}>
        Næste
      </button>
    </nav>
  );
}
