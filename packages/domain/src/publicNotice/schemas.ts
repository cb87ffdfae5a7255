import { z } from 'zod';
import { typeError } from '../accounts/typeError';
import { addDays, type IsoDate } from '../dates/isoDate';
import { idSchema, text } from '../settlement/fields';
import { decisionReasonSchema } from '../settlement/schemas';

/** A notice is drawn up (draft), published for its period, then closed (policy.md "Paying money"). */
export const noticeStates = ['draft', 'published', 'closed'] as const;
export type NoticeState = (typeof noticeStates)[number];

/** How an objection reached the bureau: the public may object by any channel, and staff record it. */
export const objectionSources = ['phone', 'letter', 'visit', 'online', 'other'] as const;
export type ObjectionSource = (typeof objectionSources)[number];

export const objectionStates = ['open', 'dismissed', 'upheld'] as const;
export type ObjectionState = (typeof objectionStates)[number];

export const objectionDecisions = ['dismiss', 'uphold'] as const;
export type ObjectionDecision = (typeof objectionDecisions)[number];

/** What happened to a claimant on a notice: undecided (null), awarded, or returned to review. */
export const noticeOutcomes = ['awarded', 'returned'] as const;
export type NoticeOutcome = (typeof noticeOutcomes)[number];

/** The most claimants one notice lists; a bigger round is published as several notices. */
export const maxNoticeEntries = 2000;

/** Printed on every notice unless the approver words it otherwise. */
export const defaultObjectionContact =
  '如对公示对象有异议,请在公示期内以电话(0934-8213120)、来信(庆阳市人力资源和社会保障局人才发展科,西峰区南大街12号)、来访或网上留言方式实名反映。';

const versionSchema = z
  .number(typeError('validation.notice.version'))
  .int('validation.notice.version')
  .min(1, 'validation.notice.version');

/**
 * The approver draws up a notice from approved claims: the ones chosen, or every approved claim not
 * yet on a notice when none are named.
 */
export const noticeCreateSchema = z.object({
  title: text(100, 'validation.notice.title').optional(),
  objectionContact: text(500, 'validation.notice.contact').optional(),
  claimIds: z
    .array(idSchema, typeError('validation.notice.claims'))
    .min(1, 'validation.notice.claims')
    .max(maxNoticeEntries, 'validation.notice.claims')
    .optional(),
});
export type NoticeCreate = z.infer<typeof noticeCreateSchema>;

/** Publishing or closing names the version the approver saw: a stale page is refused (409). */
export const noticeActionSchema = z.object({ version: versionSchema });
export type NoticeAction = z.infer<typeof noticeActionSchema>;

/** An objection staff record: whose award it concerns, how it came in, what it says. */
export const objectionCreateSchema = z.object({
  claimId: idSchema,
  source: z.enum(objectionSources, typeError('validation.objection.source')),
  summary: text(1000, 'validation.objection.summary'),
});
export type ObjectionCreate = z.infer<typeof objectionCreateSchema>;

/** Dismissing releases the award; upholding sends the claim back to review. Either way, a reason. */
export const objectionResolutionSchema = z.object({
  decision: z.enum(objectionDecisions, typeError('validation.objection.decision')),
  reason: decisionReasonSchema.shape.reason,
  version: versionSchema,
});
export type ObjectionResolution = z.infer<typeof objectionResolutionSchema>;

/**
 * An award takes effect the day after its notice period ends: objections are heard through the last
 * day, and payment may follow the next (policy.md "Paying money"; publicNoticeEndsOn).
 */
export function awardStartsOn(noticeEndsOn: IsoDate): IsoDate {
  return addDays(noticeEndsOn, 1);
}

/** A notice may close once its last day has passed; not on that day, which still hears objections. */
export function noticePeriodOver(endsOn: IsoDate | null, today: IsoDate): boolean {
  return endsOn !== null && today > endsOn;
}
