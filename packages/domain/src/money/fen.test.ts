import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertFen, formatFen, splitFen, sumFen } from './fen';

describe('money in fen', () => {
  it('splits so the parts add up exactly, the remainder on the last part', () => {
    expect(splitFen(10_000_000, 3)).toEqual([3_333_333, 3_333_333, 3_333_334]);
    expect(splitFen(5, 1)).toEqual([5]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        (total, parts) => {
          const amounts = splitFen(total, parts);
          expect(amounts).toHaveLength(parts);
          expect(sumFen(amounts)).toBe(total);
          for (const a of amounts) expect(Number.isSafeInteger(a) && a >= 0).toBe(true);
          const last = amounts[parts - 1] as number;
          for (const a of amounts.slice(0, -1)) expect(last - a).toBeGreaterThanOrEqual(0);
          for (const a of amounts.slice(0, -1)) expect(last - a).toBeLessThan(parts);
        },
      ),
    );
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => assertFen(1.5)).toThrow(RangeError);
    expect(() => assertFen(-1)).toThrow(RangeError);
    expect(() => splitFen(100, 0)).toThrow(RangeError);
    expect(assertFen(0)).toBe(0);
  });

  it('formats for each locale', () => {
    expect(formatFen(10_000_000, 'zh-CN')).toBe('100,000元');
    expect(formatFen(3_333_334, 'en')).toBe('CNY 33,333.34');
    expect(formatFen(5, 'zh-CN')).toBe('0.05元');
    expect(formatFen(-150_000, 'en')).toBe('CNY -1,500');
    expect(formatFen(99_900, 'en')).toBe('CNY 999');
  });
});
