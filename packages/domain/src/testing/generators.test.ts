import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMainlandMobile } from '../identifiers/mobile';
import { parseResidentId } from '../identifiers/residentId';
import { parseUscc } from '../identifiers/uscc';
import { residentIdArb } from './generators';
import { makeMobile, makeResidentId, makeUscc } from './identifiers';

describe('test-data generators', () => {
  it('make valid identifiers from defaults and from parts', () => {
    expect(parseResidentId(makeResidentId(), '2025-01-01')).toMatchObject({
      ok: true,
      value: { regionCode: '621002', birthDate: '1998-06-15', sex: 'male' },
    });
    expect(parseResidentId(makeResidentId({ sex: 'female', seq: 1 }), '2025-01-01')).toMatchObject({
      ok: true,
      value: { sex: 'female' },
    });
    expect(parseResidentId(makeResidentId({ sex: 'male', seq: 998 }), '2025-01-01')).toMatchObject({
      ok: true,
      value: { sex: 'male' },
    });
    expect(makeResidentId({ seq: 5 })).not.toBe(makeResidentId({ seq: 7 }));
    expect(parseUscc(makeUscc({ entityType: '12', orgCode: '123456789' }))).toMatchObject({
      ok: true,
      warnings: [],
      value: { entityType: '12' },
    });
    expect(makeMobile(42)).toBe('13800000042');
    expect(isMainlandMobile(makeMobile(123_456_789))).toBe(true);
  });

  it('generate IDs valid as of the given day', () => {
    fc.assert(fc.property(residentIdArb('2000-01-01'), (id) => parseResidentId(id, '2000-01-01').ok));
  });
});
