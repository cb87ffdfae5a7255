import type { IsoDate } from '../dates/isoDate';
import type { Sex } from '../identifiers/residentId';
import { residentIdCheckChar } from '../identifiers/residentId';
import { usccCheckChar } from '../identifiers/uscc';

/**
 * Valid fake identifiers for tests, seed and generated data (no fast-check here: the seed runs in
 * the server). Every value passes the package's own parsers, so
 * a test that needs "a valid ID" never depends on a hand-copied real one.
 */
export type ResidentIdSpec = { regionCode?: string; birthDate?: IsoDate; sex?: Sex; seq?: number };

/** Defaults: 西峰区 (621002), born 1998-06-15, male, sequence 001 → 621002199806150011-like. */
export function makeResidentId(spec: ResidentIdSpec = {}): string {
  const regionCode = spec.regionCode ?? '621002';
  const birthDate = spec.birthDate ?? '1998-06-15';
  const sex = spec.sex ?? 'male';
  // The sequence's last digit carries the sex: odd male, even female; nudge it to agree.
  let seq = (spec.seq ?? 1) % 1000;
  if ((seq % 2 === 1) !== (sex === 'male')) seq = seq % 2 === 1 ? seq - 1 : seq + 1;
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export type UsccSpec = { authority?: string; entityType?: string; regionCode?: string; orgCode?: string };

/** Defaults: an enterprise (91) registered in 西峰区 with organisation code 'MA000000' + '1'. */
export function makeUscc(spec: UsccSpec = {}): string {
  const entityType = spec.entityType ?? `${spec.authority ?? '9'}1`;
  const first17 = `${entityType}${spec.regionCode ?? '621002'}${spec.orgCode ?? 'MA0000001'}`;
  return first17 + usccCheckChar(first17);
}

/** A mainland mobile number from a sequence number (13800000000 + n), stable across runs. */
export function makeMobile(n = 0): string {
  return String(13_800_000_000 + (n % 100_000_000));
}
