// Banks read and write amounts in yuan with two decimals; the platform keeps integer fen. These two
// are the only crossing points, and neither goes through a float.

/** 123450 → '1234.50' */
export function yuanText(amountFen: number): string {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0)
    throw new RangeError(`not an amount in fen: ${amountFen}`);
  return `${Math.floor(amountFen / 100)}.${String(amountFen % 100).padStart(2, '0')}`;
}

const YUAN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** '1234.5' → 123450; null for anything that is not a plain non-negative amount with at most 2 decimals. */
export function parseYuan(text: string): number | null {
  const match = YUAN.exec(text.trim().replace(/,/g, ''));
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}
