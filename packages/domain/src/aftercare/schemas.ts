import { z } from 'zod';
import { typeError } from '../accounts/typeError';
import { isoDateSchema } from '../settlement/fields';
import { decisionReasonSchema } from '../settlement/schemas';

/** 'YYYY-MM', a calendar month of social-insurance contributions. */
export const monthSchema = z
  .string(typeError('validation.month.invalid'))
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month.invalid');

/** An employer confirms at most three years of contributions at once (a form, not a file). */
export const MAX_CONFIRMED_MONTHS = 36;

/** 'YYYY-MM' → months since year 0, so ranges are plain arithmetic. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsFromTo(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOfIndex(i));
  return out;
}

/**
 * The employer confirms the months it paid a person's social insurance (社保缴费), which the payment
 * rules count (二(四)5, minimum months before the first payment, still contributing later).
 */
export const contributionConfirmSchema = z
  .object({ fromMonth: monthSchema, toMonth: monthSchema })
  .superRefine((v, ctx) => {
    // A malformed month already has its own message; the range is judged between real months only.
    if (!monthSchema.safeParse(v.fromMonth).success || !monthSchema.safeParse(v.toMonth).success) return;
    const span = monthIndex(v.toMonth) - monthIndex(v.fromMonth);
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['toMonth'], message: 'validation.month.rangeOrder' });
    else if (span >= MAX_CONFIRMED_MONTHS) {
      ctx.addIssue({ code: 'custom', path: ['toMonth'], message: 'validation.month.rangeTooLong' });
    }
  });
export type ContributionConfirm = z.infer<typeof contributionConfirmSchema>;

/** The employer says the person left, and when (离职日期). */
export const departureReportSchema = z.object({ departedOn: isoDateSchema });
export type DepartureReport = z.infer<typeof departureReportSchema>;

const versionSchema = z
  .number(typeError('validation.employer.version'))
  .int('validation.employer.version')
  .min(1, 'validation.employer.version');

/** The reviewer assesses a stopped award: the amount is computed, never typed. */
export const clawbackAssessSchema = z.object({ version: versionSchema });

/** Finance records the day the money came back. */
export const clawbackRecoverSchema = z.object({ version: versionSchema, recoveredOn: isoDateSchema });
export type ClawbackRecover = z.infer<typeof clawbackRecoverSchema>;

/** An approver waives a recovery, always saying why. */
export const clawbackWaiveSchema = z.object({
  version: versionSchema,
  reason: decisionReasonSchema.shape.reason,
});
export type ClawbackWaive = z.infer<typeof clawbackWaiveSchema>;

/** Where a clawback stands, as the bureau's list tabs read it. */
export const clawbackStages = ['to_assess', 'due', 'recovered', 'waived', 'closed'] as const;
export type ClawbackStage = (typeof clawbackStages)[number];
