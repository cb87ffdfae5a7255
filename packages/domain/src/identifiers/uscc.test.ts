import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeUscc, usccArb } from '../testing';
import { isUsccChecksumValid, parseUscc, USCC_CHARSET } from './uscc';

describe('parseUscc', () => {
  it('parses a well-formed code and normalises case and spaces', () => {
    expect(parseUscc(' 91350100m000100y43 ')).toEqual({
      ok: true,
      value: { code: '91350100M000100Y43', authority: '9', entityType: '91', regionCode: '350100' },
      warnings: [],
    });
  });

  it('warns, but does not reject, on a checksum mismatch (early pilot codes)', () => {
    const result = parseUscc('91350100M000100Y44');
    expect(result).toMatchObject({ ok: true, warnings: ['uscc.checksum_mismatch'] });
    expect(isUsccChecksumValid('91350100M000100Y44')).toBe(false);
  });

  it.each([
    ['', 'validation.required'],
    ['91350100M000100Y4', 'validation.uscc.length'],
    ['91350100M000100I43', 'validation.uscc.charset'],
    ['91350100M0001-0Y43', 'validation.uscc.charset'],
    ['B1350100M000100Y43', 'validation.uscc.authority'],
    ['90350100M000100Y43', 'validation.uscc.entityType'],
    ['913501A0M000100Y43', 'validation.uscc.region'],
  ])('rejects %j with %s', (input, code) => {
    const result = parseUscc(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('accepts every generated code without warnings', () => {
    fc.assert(
      fc.property(usccArb, (code) => {
        expect(isUsccChecksumValid(code)).toBe(true);
        expect(parseUscc(code)).toMatchObject({ ok: true, value: { code }, warnings: [] });
      }),
    );
  });

  it('detects every single-character change: the checksum fails and parsing errs or warns', () => {
    fc.assert(
      fc.property(
        usccArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: USCC_CHARSET.length - 1 }),
        (code, position, shift) => {
          const original = USCC_CHARSET.indexOf(code.charAt(position));
          const replacement = USCC_CHARSET.charAt((original + shift) % USCC_CHARSET.length);
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(isUsccChecksumValid(changed)).toBe(false);
          const parsed = parseUscc(changed);
          if (parsed.ok) expect(parsed.warnings).toContain('uscc.checksum_mismatch');
        },
      ),
    );
  });

  it('builds codes from parts', () => {
    expect(parseUscc(makeUscc({ authority: '5', regionCode: '621021' }))).toMatchObject({
      ok: true,
      value: { authority: '5', entityType: '51', regionCode: '621021' },
    });
  });
});
