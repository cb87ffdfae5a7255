export type SortOrder = 'asc' | 'desc';

/** What the server is asked for; the names match the API's `pageQuerySchema`. */
export type PageQuery = { page: number; pageSize: number; sort?: string; order?: SortOrder; q?: string };
export type PageResult<T> = { items: T[]; total: number };

export type QueryDefaults = {
  pageSize: number;
  pageSizes: readonly number[];
  sortable: readonly string[];
  /** With a default sort a column cycles asc ⇄ desc; without one, asc → desc → unsorted. */
  sort?: { id: string; order: SortOrder };
};

const KEYS = ['page', 'pageSize', 'sort', 'order', 'q'] as const;

/** Reads the table's query from the URL; anything malformed falls back to the default. */
export function readQuery(params: URLSearchParams, defaults: QueryDefaults, prefix = ''): PageQuery {
  const pageText = params.get(`${prefix}page`) ?? '';
  const page = /^\d+$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const sizeText = Number(params.get(`${prefix}pageSize`));
  const pageSize = defaults.pageSizes.includes(sizeText) ? sizeText : defaults.pageSize;
  const sortText = params.get(`${prefix}sort`);
  const orderText = params.get(`${prefix}order`);
  const query: PageQuery = { page, pageSize };
  if (sortText && defaults.sortable.includes(sortText)) {
    query.sort = sortText;
    query.order = orderText === 'desc' ? 'desc' : 'asc';
  } else if (defaults.sort) {
    query.sort = defaults.sort.id;
    query.order = defaults.sort.order;
  }
  const q = params.get(`${prefix}q`)?.trim();
  if (q) query.q = q;
  return query;
}

/** Writes the query back, leaving defaults out so that links stay short. */
export function writeQuery(
  params: URLSearchParams,
  query: PageQuery,
  defaults: QueryDefaults,
  prefix = '',
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of KEYS) next.delete(`${prefix}${key}`);
  if (query.page !== 1) next.set(`${prefix}page`, String(query.page));
  if (query.pageSize !== defaults.pageSize) next.set(`${prefix}pageSize`, String(query.pageSize));
  const isDefaultSort =
    defaults.sort && query.sort === defaults.sort.id && query.order === defaults.sort.order;
  if (query.sort && !isDefaultSort) {
    next.set(`${prefix}sort`, query.sort);
    next.set(`${prefix}order`, query.order ?? 'asc');
  }
  if (query.q) next.set(`${prefix}q`, query.q);
  return next;
}
