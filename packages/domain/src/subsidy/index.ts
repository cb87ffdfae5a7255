export { type Award, type AwardInput, type AwardLine, type AwardLineKind, calculateAward } from './award';
export { type Clawback, type ClawbackInput, calculateClawback } from './clawback';
