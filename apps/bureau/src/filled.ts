/**
 * A query without its blank filters: the typed client would send `?status=` for '', which the API reads
 * as a value to check rather than as no filter (apiFetch left blanks out the same way).
 */
export function filled<T extends Record<string, unknown>>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== '' && value !== undefined),
  ) as T;
}
