import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../i18n/localizeIssues';
import {
  awardStartsOn,
  noticeCreateSchema,
  noticePeriodOver,
  objectionCreateSchema,
  objectionResolutionSchema,
} from './schemas';

function codes(result: { success: boolean; error?: { issues: readonly import('zod').z.core.$ZodIssue[] } }) {
  return result.error === undefined
    ? []
    : localizeIssues(result.error.issues, 'en').map((i) => `${i.path}:${i.code}`);
}

const id = '5f0c1a52-8f0e-4d3c-9a5e-0a1b2c3d4e5f';

describe('public notice rules', () => {
  it('starts an award the day after the period and closes only after its last day', () => {
    expect(awardStartsOn('2026-10-13')).toBe('2026-10-14');
    expect(awardStartsOn('2026-12-31')).toBe('2027-01-01');
    expect(noticePeriodOver('2026-10-13', '2026-10-13')).toBe(false);
    expect(noticePeriodOver('2026-10-13', '2026-10-14')).toBe(true);
    expect(noticePeriodOver(null, '2026-10-14')).toBe(false);
  });

  it('draws up a notice from every waiting claim or a chosen, non-empty set', () => {
    expect(noticeCreateSchema.parse({})).toEqual({});
    expect(noticeCreateSchema.parse({ claimIds: [id.toUpperCase()] })).toEqual({ claimIds: [id] });
    expect(codes(noticeCreateSchema.safeParse({ claimIds: [] }))).toEqual([
      'claimIds:validation.notice.claims',
    ]);
    expect(codes(noticeCreateSchema.safeParse({ claimIds: ['x'] }))).toEqual([
      'claimIds.0:validation.id.invalid',
    ]);
    expect(codes(noticeCreateSchema.safeParse({ title: ' ' }))).toEqual(['title:validation.notice.title']);
  });

  it('records an objection only with its source and what it says', () => {
    expect(objectionCreateSchema.safeParse({ claimId: id, source: 'letter', summary: '来信' }).success).toBe(
      true,
    );
    expect(codes(objectionCreateSchema.safeParse({ claimId: id, summary: '来信' }))).toEqual([
      'source:validation.required',
    ]);
    expect(codes(objectionCreateSchema.safeParse({ claimId: id, source: 'rumour', summary: '' }))).toEqual([
      'source:validation.objection.source',
      'summary:validation.objection.summary',
    ]);
  });

  it('decides an objection with a reason and the version seen', () => {
    expect(
      codes(objectionResolutionSchema.safeParse({ decision: 'uphold', reason: '', version: 1 })),
    ).toEqual(['reason:validation.reason.length']);
    expect(codes(objectionResolutionSchema.safeParse({ decision: 'dismiss', reason: '不属实' }))).toEqual([
      'version:validation.required',
    ]);
  });
});
