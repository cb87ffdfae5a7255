import fc from 'fast-check';
import { addDays, type IsoDate, toDayNumber } from '../dates/isoDate';
import type { Sex } from '../identifiers/residentId';
import { residentIdCheckChar } from '../identifiers/residentId';
import { USCC_CHARSET, usccCheckChar } from '../identifiers/uscc';

/**
 * Valid fake identifiers for tests and seed data. Every value passes the package's own parsers, so
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

const qingyangAreaCodes = ['621002', '621021', '621022', '621023', '621024', '621025', '621026', '621027'];
const otherAreaCodes = ['110105', '310115', '440305', '510107', '620102', '622801', '622827', '650102'];

export const isoDateArb = (min: IsoDate = '1950-01-01', max: IsoDate = '2030-12-31'): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: toDayNumber(min), max: toDayNumber(max) }).map((n) => addDays('1970-01-01', n));

export const areaCodeArb: fc.Arbitrary<string> = fc.constantFrom(...qingyangAreaCodes, ...otherAreaCodes);

export const residentIdSpecArb = (today: IsoDate = '2025-01-01'): fc.Arbitrary<Required<ResidentIdSpec>> =>
  fc.record({
    regionCode: areaCodeArb,
    birthDate: isoDateArb('1930-01-01', today),
    sex: fc.constantFrom<Sex>('male', 'female'),
    seq: fc.integer({ min: 0, max: 999 }),
  });

export const residentIdArb = (today?: IsoDate): fc.Arbitrary<string> =>
  residentIdSpecArb(today).map(makeResidentId);

const usccChar = fc.constantFrom(...USCC_CHARSET);

export const usccArb: fc.Arbitrary<string> = fc
  .record({
    entityType: fc.constantFrom('11', '12', '51', '52', '91', '92', '93'),
    regionCode: fc.constantFrom(...qingyangAreaCodes, ...otherAreaCodes),
    orgCode: fc.array(usccChar, { minLength: 9, maxLength: 9 }).map((cs) => cs.join('')),
  })
  .map(makeUscc);

export const mobileArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([second, rest]) => `1${second}${String(rest).padStart(9, '0')}`);
