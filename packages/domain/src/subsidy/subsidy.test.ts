import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../dates/isoDate';
import { sumFen } from '../money/fen';
import { defaultPolicyVersion } from '../policy/defaultPolicy';
import type { PolicyVersion } from '../policy/schema';
import { tiers } from '../policy/tiers';
import { isoDateArb } from '../testing';
import { calculateAward } from './award';
import { calculateClawback } from './clawback';

const policy = defaultPolicyVersion;

describe('calculateAward', () => {
  it('pays a doctorate 100,000 in three yearly parts and 3,000 a month for 36 months', () => {
    const award = calculateAward({ tier: 'doctorate', startDate: '2024-01-31' }, policy);
    const settling = award.lines.filter((l) => l.kind === 'settling_in');
    expect(settling.map((l) => [l.id, l.amountFen, l.dueDate])).toEqual([
      ['settling_in-1', 3_333_333, '2024-01-31'],
      ['settling_in-2', 3_333_333, '2025-01-31'],
      ['settling_in-3', 3_333_334, '2026-01-31'],
    ]);
    const living = award.lines.filter((l) => l.kind === 'living_allowance');
    expect(living).toHaveLength(36);
    expect(living[1]).toMatchObject({
      id: 'living_allowance-2',
      sequence: 2,
      of: 36,
      amountFen: 300_000,
      dueDate: '2024-02-29',
    });
    expect(award).toMatchObject({
      settlingInFen: 10_000_000,
      livingAllowanceFen: 10_800_000,
      totalFen: 20_800_000,
      serviceCommitmentMonths: 60,
      serviceEndsOn: '2029-01-31',
      policyVersionId: policy.id,
    });
    expect(award.explanation['zh-CN']).toContain(
      '安家补贴共100,000元,分3年发放,每年33,333.33元(最后一期33,333.34元),首期于2024-01-31发放',
    );
    expect(award.explanation['zh-CN']).toContain('服务期60个月,至2029-01-31止');
    expect(award.explanation.en).toContain(
      'a living allowance of CNY 3,000 a month for 36 months (CNY 108,000), paid monthly from 2024-01-31.',
    );
    expect(award.explanation.en).not.toMatch(/[{}]/);
  });

  it('explains single and even payments and tiers without a living allowance', () => {
    const skills = calculateAward({ tier: 'special_skills', startDate: '2025-05-10' }, policy);
    expect(skills.lines).toHaveLength(1);
    expect(skills.totalFen).toBe(500_000);
    expect(skills.explanation['zh-CN']).toContain(
      '安家补贴5,000元,于2025-05-10一次性发放。本档次不享受生活补贴。',
    );
    const master = calculateAward({ tier: 'master', startDate: '2025-05-10' }, policy);
    expect(master.explanation.en).toContain('in 2 yearly parts of CNY 15,000, the first on 2025-05-10;');
    const noSettling: PolicyVersion = {
      ...policy,
      tiers: {
        ...policy.tiers,
        bachelor: {
          ...policy.tiers.bachelor,
          settlingInAllowance: { value: { totalFen: 0, parts: 1 }, clause: 'x' },
        },
      },
    };
    const bachelor = calculateAward({ tier: 'bachelor', startDate: '2025-05-10' }, noSettling);
    expect(bachelor.lines.every((l) => l.kind === 'living_allowance')).toBe(true);
    expect(bachelor.explanation['zh-CN']).toContain('本档次不享受安家补贴。');
  });

  const policyArb = fc
    .record({
      totalFen: fc.integer({ min: 0, max: 50_000_000 }),
      parts: fc.integer({ min: 1, max: 10 }),
      monthlyFen: fc.integer({ min: 0, max: 1_000_000 }),
      months: fc.integer({ min: 0, max: 60 }),
      commitment: fc.integer({ min: 0, max: 120 }),
    })
    // The schema lets a non-zero allowance be split only into parts of at least one fen.
    .filter(({ totalFen, parts }) => totalFen === 0 || totalFen >= parts)
    .map(
      ({ totalFen, parts, monthlyFen, months, commitment }): PolicyVersion => ({
        ...policy,
        id: `generated-${totalFen}-${parts}-${monthlyFen}-${months}-${commitment}`,
        tiers: {
          ...policy.tiers,
          master: {
            ...policy.tiers.master,
            settlingInAllowance: { value: { totalFen, parts }, clause: 'c' },
            livingAllowance: { value: { monthlyFen, months }, clause: 'c' },
            serviceCommitmentMonths: { value: commitment, clause: 'c' },
          },
        },
      }),
    );

  it('totals exactly the sum of its lines, in whole fen, with ordered due dates', () => {
    fc.assert(
      fc.property(
        policyArb,
        isoDateArb('2022-01-01', '2030-12-31'),
        fc.constantFrom(...tiers),
        (p, startDate, tier) => {
          const award = calculateAward({ tier, startDate }, p);
          expect(award.totalFen).toBe(sumFen(award.lines.map((l) => l.amountFen)));
          expect(award.totalFen).toBe(award.settlingInFen + award.livingAllowanceFen);
          const settling = award.lines.filter((l) => l.kind === 'settling_in');
          expect(sumFen(settling.map((l) => l.amountFen))).toBe(
            p.tiers[tier].settlingInAllowance.value.totalFen,
          );
          for (const line of award.lines) {
            expect(Number.isSafeInteger(line.amountFen) && line.amountFen > 0).toBe(true);
            expect(line.dueDate >= startDate).toBe(true);
          }
          expect(settling.map((l) => l.dueDate)).toEqual(
            settling.map((_, k) => addMonths(startDate, 12 * k)),
          );
          expect(award.serviceEndsOn).toBe(addMonths(startDate, award.serviceCommitmentMonths));
        },
      ),
    );
  });
});

describe('calculateClawback', () => {
  const award = calculateAward({ tier: 'doctorate', startDate: '2024-01-31' }, policy);

  it('recovers the paid settling-in allowance pro rata to unserved months and stops the rest', () => {
    const paid = new Set(['settling_in-1', 'settling_in-2', 'living_allowance-1']);
    const clawback = calculateClawback({ award, departureDate: '2026-03-15', paidLineIds: paid }, policy);
    expect(clawback).toMatchObject({
      commitmentMonths: 60,
      servedMonths: 25,
      unservedMonths: 35,
      paidSettlingInFen: 6_666_666,
      clawbackFen: Math.floor((6_666_666 * 35) / 60),
      waived: false,
    });
    expect(clawback.stoppedLines).toHaveLength(36);
    expect(clawback.stoppedFen).toBe(award.totalFen - 6_666_666 - 300_000);
    expect(clawback.explanation['zh-CN']).toContain('按比例应退回38,888.88元');
    expect(clawback.explanation.en).toContain('The 36 unpaid payments, CNY 138,333.34 in all, are stopped.');
  });

  it('asks nothing once the commitment is served, and nothing when waived', () => {
    const all = new Set(award.lines.map((l) => l.id));
    const served = calculateClawback({ award, departureDate: '2029-01-31', paidLineIds: all }, policy);
    expect(served).toMatchObject({ clawbackFen: 0, unservedMonths: 0, stoppedLines: [] });
    expect(served.explanation.en).toBe(
      'The 60-month commitment was served in full on 2029-01-31: nothing is repaid.',
    );
    const waived = calculateClawback(
      { award, departureDate: '2024-06-01', paidLineIds: all, waived: true },
      policy,
    );
    expect(waived).toMatchObject({ clawbackFen: 0, waived: true });
    expect(waived.explanation['zh-CN']).toContain('免予追回');
    const notWaivable = {
      ...policy,
      clawback: { ...policy.clawback, value: { ...policy.clawback.value, waivable: false } },
    };
    expect(
      calculateClawback({ award, departureDate: '2024-06-01', paidLineIds: all, waived: true }, notWaivable)
        .waived,
    ).toBe(false);
  });

  it('never exceeds what was paid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tiers),
        isoDateArb('2022-01-01', '2026-12-31'),
        fc.integer({ min: -30, max: 3000 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.boolean(),
        (tier, startDate, daysLater, paidFlags, waived) => {
          const a = calculateAward({ tier, startDate }, policy);
          const paidLineIds = new Set(a.lines.filter((_, i) => paidFlags[i]).map((l) => l.id));
          const departureDate = addDays(startDate, daysLater);
          const c = calculateClawback({ award: a, departureDate, paidLineIds, waived }, policy);
          const paidFen = sumFen(a.lines.filter((l) => paidLineIds.has(l.id)).map((l) => l.amountFen));
          expect(c.clawbackFen).toBeGreaterThanOrEqual(0);
          expect(c.clawbackFen).toBeLessThanOrEqual(c.paidSettlingInFen);
          expect(c.clawbackFen).toBeLessThanOrEqual(paidFen);
          expect(Number.isSafeInteger(c.clawbackFen)).toBe(true);
          expect(c.servedMonths + c.unservedMonths).toBe(c.commitmentMonths);
          expect(c.stoppedFen + paidFen).toBe(a.totalFen);
        },
      ),
    );
  });
});
