import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mobileArb } from '../testing';
import { divisionByCode, isQingyangAreaCode, qingyangDivisions } from './divisions';
import { maskBankAccount, maskName, maskResidentId } from './mask';
import { isMainlandMobile, normaliseMobile } from './mobile';
import { isPlausibleAreaCode } from './provinces';

describe('mobile numbers', () => {
  it('accepts 1[3-9] followed by nine digits', () => {
    expect(isMainlandMobile('13800138000')).toBe(true);
    expect(isMainlandMobile('19912345678')).toBe(true);
    expect(isMainlandMobile('12800138000')).toBe(false);
    expect(isMainlandMobile('1380013800')).toBe(false);
    expect(isMainlandMobile('138001380001')).toBe(false);
    expect(isMainlandMobile('+8613800138000')).toBe(false);
    fc.assert(fc.property(mobileArb, isMainlandMobile));
  });

  it('strips spaces, dashes and the country prefix', () => {
    expect(normaliseMobile('+86 138-0013-8000')).toBe('13800138000');
    expect(normaliseMobile('0086 13800138000')).toBe('13800138000');
    expect(normaliseMobile('86 13800138000')).toBe('8613800138000');
  });
});

describe('masking', () => {
  it('keeps the first and last four characters of an ID', () => {
    expect(maskResidentId('62100219900101123X')).toBe('6210**********123X');
    expect(maskResidentId('12345678')).toBe('********');
    expect(maskBankAccount('6217 0000 1111 2222 123')).toBe('6217***********2123');
    expect(maskBankAccount('1234')).toBe('****');
  });

  it('keeps the first character and, from three characters on, the last', () => {
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('张')).toBe('张');
    expect(maskName(' 𠮷三丰 ')).toBe('𠮷*丰');
    expect(maskName('')).toBe('');
  });
});

describe('Qingyang divisions', () => {
  it('finds a county by its current or its pre-2002 code', () => {
    expect(divisionByCode('621027')?.nameZh).toBe('镇原县');
    expect(divisionByCode('622827')?.nameEn).toBe('Zhenyuan');
    expect(divisionByCode('620102')).toBeUndefined();
    expect(qingyangDivisions).toHaveLength(9);
    expect(new Set(qingyangDivisions.map((d) => d.code)).size).toBe(9);
  });

  it('tells Qingyang area codes under either numbering', () => {
    expect(isQingyangAreaCode('621002')).toBe(true);
    expect(isQingyangAreaCode('622826')).toBe(true);
    expect(isQingyangAreaCode('620102')).toBe(false);
  });

  it('checks the province of an area code', () => {
    expect(isPlausibleAreaCode('621002')).toBe(true);
    expect(isPlausibleAreaCode('820000')).toBe(true);
    expect(isPlausibleAreaCode('830000')).toBe(false);
    expect(isPlausibleAreaCode('62100')).toBe(false);
  });
});
