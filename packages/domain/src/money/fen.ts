import type { Locale } from '../i18n/locale';

/** Money is integer fen everywhere; these helpers keep it that way. */
export function assertFen(amount: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not an amount in fen: ${amount}`);
  return amount;
}

/**
 * Splits `totalFen` into `parts` equal amounts; the remainder goes to the last part so the parts
 * always add up to the total exactly.
 */
export function splitFen(totalFen: number, parts: number): number[] {
  assertFen(totalFen);
  if (!Number.isInteger(parts) || parts < 1)
    throw new RangeError(`parts must be a positive integer: ${parts}`);
  const base = Math.floor(totalFen / parts);
  const amounts = new Array<number>(parts).fill(base);
  amounts[parts - 1] = totalFen - base * (parts - 1);
  return amounts;
}

export function sumFen(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) total += a;
  return total;
}

function groupThousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits.charAt(i);
  }
  return out;
}

/** 1234500 → '12,345元' (zh-CN) / 'CNY 12,345' (en); fen are shown only when there are any. */
export function formatFen(amountFen: number, locale: Locale): string {
  const sign = amountFen < 0 ? '-' : '';
  const abs = Math.abs(amountFen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const text = `${sign}${groupThousands(yuan)}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
  return locale === 'zh-CN' ? `${text}元` : `CNY ${text}`;
}
