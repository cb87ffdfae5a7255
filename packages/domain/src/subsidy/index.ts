export { type Award, type AwardInput, type AwardLine, type AwardLineKind, calculateAward } from './award';
export {
  previewSubsidyClaim,
  type SubsidyClaimInput,
  type SubsidyClaimPreview,
  socialSecurityCardBanks,
  subsidyClaimInputSchema,
} from './claim';
export { type Clawback, type ClawbackInput, calculateClawback } from './clawback';
