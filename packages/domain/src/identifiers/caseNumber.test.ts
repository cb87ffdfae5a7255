import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseNumber } from './caseNumber';

describe('caseNumber', () => {
  it('pads to six digits and grows past 999,999 instead of truncating', () => {
    expect(caseNumber('QYLH', '2025', 1)).toBe('QYLH-2025-000001');
    expect(caseNumber('QYLH', '2025', 999_999)).toBe('QYLH-2025-999999');
    expect(caseNumber('QYLH', '2025', 1_000_000)).toBe('QYLH-2025-1000000');
    expect(caseNumber('QYBT', '2026', '12345678901')).toBe('QYBT-2026-12345678901');
  });

  it('gives distinct sequence values distinct numbers (the generator once made 1,000,000 into 100000)', () => {
    expect(caseNumber('QYLH', '2025', 1_000_000)).not.toBe(caseNumber('QYLH', '2025', 100_000));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (a, b) => {
        fc.pre(a !== b);
        return caseNumber('QYZR', '2026', a) !== caseNumber('QYZR', '2026', b);
      }),
    );
  });

  it('refuses what is not a sequence value or a year', () => {
    expect(() => caseNumber('QYLH', '2025', 0)).toThrow(RangeError);
    expect(() => caseNumber('QYLH', '2025', '12a')).toThrow(RangeError);
    expect(() => caseNumber('QYLH', '25', 7)).toThrow(RangeError);
  });
});
