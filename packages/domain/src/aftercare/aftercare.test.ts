import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../i18n/localizeIssues';
import {
  clawbackWaiveSchema,
  contributionConfirmSchema,
  departureReportSchema,
  monthsFromTo,
} from './schemas';

const codes = (r: { success: boolean; error?: { issues: readonly import('zod').z.core.$ZodIssue[] } }) =>
  r.error === undefined ? [] : localizeIssues(r.error.issues, 'en').map((i) => `${i.path}:${i.code}`);

const awardId = '6f1c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f';

describe('aftercare schemas', () => {
  it('lists every month of a range across a year end', () => {
    expect(monthsFromTo('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFromTo('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('confirms a range of at most 36 months, in order, of real months', () => {
    expect(contributionConfirmSchema.parse({ awardId, fromMonth: '2025-01', toMonth: '2027-12' })).toEqual({
      awardId,
      fromMonth: '2025-01',
      toMonth: '2027-12',
    });
    expect(
      codes(contributionConfirmSchema.safeParse({ awardId, fromMonth: '2025-13', toMonth: '2025-01' })),
    ).toEqual(['fromMonth:validation.month.invalid']);
    expect(
      codes(contributionConfirmSchema.safeParse({ awardId, fromMonth: '2025-05', toMonth: '2025-04' })),
    ).toEqual(['toMonth:validation.month.rangeOrder']);
    expect(
      codes(contributionConfirmSchema.safeParse({ awardId, fromMonth: '2025-01', toMonth: '2028-01' })),
    ).toEqual(['toMonth:validation.month.rangeTooLong']);
    expect(
      codes(contributionConfirmSchema.safeParse({ awardId: 'x', fromMonth: '2025-01', toMonth: '2025-01' })),
    ).toEqual(['awardId:validation.id.invalid']);
  });

  it('needs a real departure date and a waiver reason', () => {
    expect(codes(departureReportSchema.safeParse({ departedOn: '2026-02-30' }))).toEqual([
      'departedOn:validation.date.invalid',
    ]);
    expect(codes(clawbackWaiveSchema.safeParse({ version: 1, reason: '' }))).toEqual([
      'reason:validation.reason.length',
    ]);
  });
});
