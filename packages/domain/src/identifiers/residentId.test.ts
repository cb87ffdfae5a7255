import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeResidentId, residentIdSpecArb } from '../testing';
import { parseResidentId } from './residentId';

const TODAY = '2025-01-01';

describe('parseResidentId', () => {
  it('parses the GB 11643 example and normalises lower-case x and spaces', () => {
    expect(parseResidentId(' 11010519491231002x ', TODAY)).toEqual({
      ok: true,
      value: { id: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('accepts pre-2002 Qingyang area codes', () => {
    const id = makeResidentId({ regionCode: '622801', birthDate: '1980-03-01', sex: 'male', seq: 13 });
    expect(parseResidentId(id, TODAY)).toMatchObject({
      ok: true,
      value: { regionCode: '622801', sex: 'male' },
    });
  });

  it.each([
    ['', 'validation.required'],
    ['   ', 'validation.required'],
    ['1101051949123100', 'validation.residentId.length'],
    ['11010519491231002XX', 'validation.residentId.length'],
    ['1101051949123100AX', 'validation.residentId.charset'],
    ['X10105194912310020', 'validation.residentId.charset'],
    [makeResidentId({ regionCode: '990105' }), 'validation.residentId.region'],
    [makeResidentId({ regionCode: '100105' }), 'validation.residentId.region'],
    ['110105194902300023', 'validation.residentId.birthDate'],
    [makeResidentId({ birthDate: '1899-12-31' }), 'validation.residentId.birthDate'],
    [makeResidentId({ birthDate: '2025-01-02' }), 'validation.residentId.futureBirthDate'],
    ['110105194912310021', 'validation.residentId.checksum'],
  ])('rejects %j with %s', (input, code) => {
    const result = parseResidentId(input, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  });

  it('reads the current date when none is given', () => {
    expect(parseResidentId(makeResidentId({ birthDate: '2990-01-01' })).ok).toBe(false);
    expect(parseResidentId(makeResidentId()).ok).toBe(true);
  });

  it('parses every generated ID and round-trips its fields', () => {
    fc.assert(
      fc.property(residentIdSpecArb(TODAY), (spec) => {
        const id = makeResidentId(spec);
        const result = parseResidentId(id, TODAY);
        expect(result).toEqual({
          ok: true,
          value: { id, regionCode: spec.regionCode, birthDate: spec.birthDate, sex: spec.sex },
        });
      }),
    );
  });

  it('rejects every single-character change of a valid ID', () => {
    const alphabet = '0123456789X';
    fc.assert(
      fc.property(
        residentIdSpecArb(TODAY),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: alphabet.length - 1 }),
        (spec, position, shift) => {
          const id = makeResidentId(spec);
          const original = alphabet.indexOf(id.charAt(position));
          const replacement = alphabet.charAt((original + shift) % alphabet.length);
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(changed).not.toBe(id);
          expect(parseResidentId(changed, TODAY).ok).toBe(false);
        },
      ),
    );
  });
});
