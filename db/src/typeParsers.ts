// One reading of column types for both engines, so that a row looks the same whether it came
// from PostgreSQL (pg) or from the embedded PGlite.
export const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

// Money is integer fen in bigint columns; fen fit a JS number safely up to 9e15 (90 trillion yuan).
// A value past that is a data error, never a silent rounding.
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${text} exceeds the safe integer range`);
  return n;
}

// A calendar date stays the string 'YYYY-MM-DD': turning it into a JS Date would shift it by the
// server's time zone.
export const parseDate = (text: string): string => text;
