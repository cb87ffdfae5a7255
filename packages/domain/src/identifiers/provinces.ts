/**
 * The first two digits of a GB/T 2260 area code: the 31 mainland provinces plus Taiwan (71), Hong Kong
 * (81) and Macao (82). Only the province is checked, because area codes of people registered before a
 * re-division (e.g. 6228xx for old Qingyang, policy.md "Identifiers") stay valid for life.
 */
const provinceCodes = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export function isPlausibleAreaCode(code: string): boolean {
  return /^\d{6}$/.test(code) && provinceCodes.has(code.slice(0, 2));
}
