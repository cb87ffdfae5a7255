export { type CaseNumberPrefix, caseNumber } from './caseNumber';
export { type Division, divisionByCode, isQingyangAreaCode, qingyangDivisions } from './divisions';
export { maskBankAccount, maskName, maskResidentId } from './mask';
export { isMainlandMobile, normaliseMobile } from './mobile';
export type { ParseError, ParseResult } from './parseResult';
export { isPlausibleAreaCode } from './provinces';
export {
  parseResidentId,
  type ResidentId,
  type ResidentIdErrorCode,
  residentIdCheckChar,
  type Sex,
} from './residentId';
export {
  isUsccChecksumValid,
  parseUscc,
  USCC_CHARSET,
  type Uscc,
  type UsccErrorCode,
  type UsccParseResult,
  type UsccWarning,
  usccCheckChar,
} from './uscc';
