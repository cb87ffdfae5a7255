import { z } from 'zod';
import { personNameSchema } from '../accounts/fields';
import { typeError } from '../accounts/typeError';
import { addDays, type IsoDate } from '../dates/isoDate';
import { parseResidentId } from '../identifiers/residentId';
import { isoDateSchema } from '../settlement/fields';
import { decisionReasonSchema } from '../settlement/schemas';

// 陇原人才服务卡 (policy.md "The talent service card"): the card's rules are not in 庆政办发〔2022〕44号;
// the bureau's registry models number, holder, holder's resident ID, tier, issue and expiry dates,
// and status (valid / revoked).

export const talentCardStatuses = ['valid', 'revoked'] as const;
export type TalentCardStatus = (typeof talentCardStatuses)[number];

/** Holders are warned this many days before their card expires (policy.md: "warn holders before…"). */
export const cardExpiryWarningDays = 60;

/** The registry's tabs: `valid` means usable today; `expired` are valid cards past their expiry date. */
export const talentCardViews = ['all', 'valid', 'expiring', 'expired', 'revoked'] as const;
export type TalentCardView = (typeof talentCardViews)[number];

export const cardNumberMaxLength = 40;

/** The resident ID as validated everywhere else (GB 11643-1999), normalised to upper case. */
const holderResidentIdSchema = z.string(typeError('validation.residentId.length')).transform((input, ctx) => {
  const parsed = parseResidentId(input);
  if (parsed.ok) return parsed.value.id;
  ctx.addIssue({ code: 'custom', message: parsed.error.code });
  return z.NEVER;
});

const cardFields = {
  /** As printed on the card, trimmed. */
  cardNumber: z
    .string(typeError('validation.talentCard.number'))
    .trim()
    .min(1, 'validation.talentCard.number')
    .max(cardNumberMaxLength, 'validation.talentCard.number'),
  holderName: personNameSchema,
  holderResidentId: holderResidentIdSchema,
  /** Free text: the province names its tiers ("A" is known to exist). */
  tier: z
    .string(typeError('validation.talentCard.tier'))
    .trim()
    .min(1, 'validation.talentCard.tier')
    .max(10, 'validation.talentCard.tier'),
  issueDate: isoDateSchema,
  expiryDate: isoDateSchema,
};

function expiryNotBeforeIssue(v: { issueDate: string; expiryDate: string }, ctx: z.RefinementCtx) {
  if (v.expiryDate < v.issueDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiryDate'],
      message: 'validation.talentCard.expiryBeforeIssue',
    });
  }
}

/** One card as the bureau enters it (add dialog, one import row). */
export const talentCardSchema = z.object(cardFields).superRefine(expiryNotBeforeIssue);
export type TalentCardInput = z.infer<typeof talentCardSchema>;

const versionSchema = z
  .number(typeError('validation.talentCard.version'))
  .int('validation.talentCard.version')
  .min(1, 'validation.talentCard.version');

/**
 * A correction: the holder's resident ID may be left empty to keep the stored one (lists only ever
 * show it masked, so an officer need not retype it to fix a date).
 */
const editFields = {
  ...cardFields,
  holderResidentId: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    holderResidentIdSchema.optional(),
  ),
};
export const talentCardEditSchema = z.object(editFields).superRefine(expiryNotBeforeIssue);
export type TalentCardEdit = z.infer<typeof talentCardEditSchema>;

/** An edit names the version the officer saw: someone else's change in between is a 409. */
export const talentCardUpdateSchema = z
  .object({ ...editFields, version: versionSchema })
  .superRefine(expiryNotBeforeIssue);
export type TalentCardUpdate = z.infer<typeof talentCardUpdateSchema>;

/** Revoking needs a reason the holder and a later reader understand. */
export const talentCardRevokeSchema = decisionReasonSchema.extend({ version: versionSchema });
export type TalentCardRevoke = z.infer<typeof talentCardRevokeSchema>;

/** `all` takes the whole file and is refused while any row fails; `valid_only` takes the valid rows. */
export const cardImportModes = ['all', 'valid_only'] as const;
export type CardImportMode = (typeof cardImportModes)[number];
export const cardImportCommitSchema = z.object({
  mode: z.enum(cardImportModes, typeError('validation.talentCard.importMode')),
});

/** What a card is on a date: valid from the issue date through the expiry date, both inclusive. */
export type TalentCardStanding = 'valid' | 'revoked' | 'expired' | 'not_yet_issued';

export function talentCardStandingOn(
  card: { status: TalentCardStatus; issueDate: IsoDate; expiryDate: IsoDate },
  on: IsoDate,
): TalentCardStanding {
  if (card.status === 'revoked') return 'revoked';
  if (on > card.expiryDate) return 'expired';
  if (on < card.issueDate) return 'not_yet_issued';
  return 'valid';
}

/** A valid card expiring within the warning window of `today` (today included, the last day too). */
export function expiresSoon(
  card: { status: TalentCardStatus; expiryDate: IsoDate },
  today: IsoDate,
): boolean {
  return (
    card.status === 'valid' &&
    card.expiryDate >= today &&
    card.expiryDate <= addDays(today, cardExpiryWarningDays)
  );
}
