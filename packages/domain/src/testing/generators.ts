import fc from 'fast-check';
import { addDays, type IsoDate, toDayNumber } from '../dates/isoDate';
import type { Sex } from '../identifiers/residentId';
import { USCC_CHARSET } from '../identifiers/uscc';
import { makeResidentId, makeUscc, type ResidentIdSpec } from './identifiers';

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
