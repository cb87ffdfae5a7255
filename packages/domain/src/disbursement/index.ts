export {
  type BankResult,
  type ResultIssue,
  type ResultIssueCode,
  type ResultValidation,
  type RosterEntry,
  resultColumns,
  validateBankResults,
} from './bankResult';
export { parseYuan, yuanText } from './money';
export { csvRecord, lineNoOf, lineReference, type RosterLine, rosterColumns, rosterRow } from './roster';
