/**
 * Application, permit and claim numbers (QYLH-2026-000123): a prefix, the year, and the value of a
 * sequence that never restarts, zero-padded to six digits. Past 999,999 the number simply grows a
 * digit (QYLH-2026-1000000) — padding never truncates, so two values never share a number. The service
 * and the scale generator both number through this one function.
 */
export type CaseNumberPrefix = 'QYLH' | 'QYZR' | 'QYBT';

export function caseNumber(prefix: CaseNumberPrefix, year: string, sequenceValue: string | number): string {
  const digits = String(sequenceValue);
  if (!/^[1-9]\d*$/.test(digits)) throw new RangeError(`not a sequence value: ${digits}`);
  if (!/^\d{4}$/.test(year)) throw new RangeError(`not a year: ${year}`);
  return `${prefix}-${year}-${digits.padStart(6, '0')}`;
}
