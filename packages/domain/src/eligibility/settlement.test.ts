import { describe, expect, it } from 'vitest';
import { defaultPolicyVersion } from '../policy/defaultPolicy';
import type { Criterion } from './criterion';
import { canApproveInstantly, evaluateSettlement } from './evaluators';
import type { SettlementFacts, SettlementRoute } from './settlementFacts';
import { routeSpecs } from './settlementRoutes';

const policy = defaultPolicyVersion;
const ON = '2025-03-01';

const byId = (criteria: readonly Criterion[], id: string, member?: number) =>
  criteria.find((c) => c.id === id && c.member === member);

/** Every document of the route verified, plus whatever else the case needs. */
function complete(route: SettlementRoute, extra: Partial<SettlementFacts> = {}): SettlementFacts {
  const base: SettlementFacts = { route, applicationDate: ON, documents: {}, ...extra };
  const documents = Object.fromEntries(routeSpecs[route].documents(base).map((d) => [d, 'verified']));
  return { ...base, documents: { ...documents, ...extra.documents } };
}

describe('settlement routes: zero threshold', () => {
  it.each<[SettlementRoute, Partial<SettlementFacts>]>([
    ['graduate', { graduationDate: '2024-06-30', settleAt: 'talent_centre_collective' }],
    [
      'talent_card',
      {
        settleAt: 'own_residence',
        talentCard: {
          found: true,
          cardNumber: 'A-1',
          holderIdMatches: true,
          holderNameMatches: true,
          identityVerified: true,
          status: 'valid',
          issueDate: '2024-01-01',
          expiryDate: '2026-12-31',
        },
      },
    ],
    ['transferred_staff', { settleAt: 'employer_collective' }],
    ['introduced_talent', { settleAt: 'employer_collective' }],
    ['introduced_talent', { settleAt: 'own_residence' }],
    ['residence', { settleAt: 'own_residence', residenceArea: 'organised_town' }],
    ['employment', { settleAt: 'employer_collective' }],
    [
      'relative',
      { settleAt: 'relative_residence', relative: { relation: 'parent', registeredIn: 'xifeng_urban' } },
    ],
    ['veteran', {}],
    ['intra_city_move', { settleAt: 'community_collective' }],
  ])('%s is eligible with exactly what its clause names', (route, extra) => {
    const evaluation = evaluateSettlement(complete(route, extra), policy);
    expect(evaluation.outcome).toBe('eligible');
    expect(evaluation.subject).toBe(route);
    expect(evaluation.policyVersionId).toBe(policy.id);
    for (const c of evaluation.criteria) {
      expect(c.clause).toMatch(/^庆政办发〔2022〕44号 二/);
      expect(c.sentence['zh-CN']).not.toMatch(/[{}]/);
      expect(c.sentence.en).not.toMatch(/[{}]/);
    }
  });

  it('never asks a graduate for employment or an employment registration certificate', () => {
    const evaluation = evaluateSettlement(
      complete('graduate', { graduationDate: '2024-06-30', settleAt: 'own_residence' }),
      policy,
    );
    expect(evaluation.criteria.map((c) => c.id).sort()).toEqual([
      'document.graduation_certificate',
      'document.household_migration_certificate',
      'document.resident_id_card',
      'graduate.fresh',
      'settlement.place',
    ]);
  });

  it('asks introduced talent for housing proof only when settling at the residence', () => {
    const atWork = evaluateSettlement(
      complete('introduced_talent', { settleAt: 'employer_collective' }),
      policy,
    );
    expect(byId(atWork.criteria, 'document.property_or_lease_certificate')).toBeUndefined();
    const atHome = evaluateSettlement(
      { route: 'introduced_talent', applicationDate: ON, documents: {}, settleAt: 'own_residence' },
      policy,
    );
    expect(byId(atHome.criteria, 'document.property_or_lease_certificate')?.status).toBe('needs_evidence');
  });
});

describe('criteria explain themselves', () => {
  it('judges the fresh-graduate window in months', () => {
    const judge = (graduationDate?: string) =>
      byId(
        evaluateSettlement(
          complete('graduate', { settleAt: 'own_residence', ...(graduationDate ? { graduationDate } : {}) }),
          policy,
        ).criteria,
        'graduate.fresh',
      );
    expect(judge('2023-03-01')).toMatchObject({ status: 'pass', measured: 24, required: 24 });
    expect(judge('2023-02-28')).toMatchObject({ status: 'fail', measured: 24 });
    expect(judge('2023-02-28')?.sentence['zh-CN']).toContain('超过24个月择业期');
    expect(judge('2025-06-30')).toMatchObject({ status: 'fail', measured: '2025-06-30' });
    expect(judge()).toMatchObject({ status: 'needs_evidence', measured: null });
    const wider = { ...policy, freshGraduateWindowMonths: { value: 36, clause: 'x' } };
    expect(
      evaluateSettlement(
        complete('graduate', { settleAt: 'own_residence', graduationDate: '2023-02-28' }),
        wider,
      ).outcome,
    ).toBe('eligible');
  });

  it('judges where the household is registered', () => {
    const place = (facts: SettlementFacts) =>
      byId(evaluateSettlement(facts, policy).criteria, 'settlement.place');
    expect(place(complete('employment', { settleAt: 'own_residence' }))).toMatchObject({
      status: 'fail',
      measured: 'own_residence',
    });
    expect(place(complete('employment', { settleAt: 'own_residence' }))?.sentence.en).toBe(
      "This route settles at: the employer's collective household, the community collective household; chosen: own residence (owned or rented)",
    );
    expect(place(complete('employment'))).toMatchObject({ status: 'needs_evidence' });
    expect(place(complete('veteran'))).toBeUndefined();
  });

  it('judges the residence area and the relative', () => {
    const residence = (residenceArea?: 'rural' | 'county_seat') =>
      byId(
        evaluateSettlement(
          complete('residence', { settleAt: 'own_residence', ...(residenceArea ? { residenceArea } : {}) }),
          policy,
        ).criteria,
        'residence.area',
      );
    expect(residence('county_seat')?.status).toBe('pass');
    expect(residence('rural')?.status).toBe('fail');
    expect(residence()?.status).toBe('needs_evidence');
    const relative = evaluateSettlement(
      complete('relative', {
        settleAt: 'relative_residence',
        relative: { relation: 'other', registeredIn: 'rural' },
      }),
      policy,
    );
    expect(relative.outcome).toBe('ineligible');
    expect(byId(relative.criteria, 'relation')?.sentence.en).toBe(
      'Relationship: other relative; this route covers spouse, children and parents',
    );
    expect(byId(relative.criteria, 'relative.town')?.status).toBe('fail');
    const unknown = evaluateSettlement(complete('relative', { settleAt: 'relative_residence' }), policy);
    expect(unknown.outcome).toBe('needs_evidence');
  });

  it('treats documents as open until verified, and failed when rejected', () => {
    const facts = complete('veteran', { documents: { discharge_certificate: 'submitted' } });
    expect(evaluateSettlement(facts, policy).outcome).toBe('needs_evidence');
    const missing = evaluateSettlement({ ...facts, documents: {} }, policy);
    expect(byId(missing.criteria, 'document.discharge_certificate')?.sentence).toEqual({
      'zh-CN': '需提交退伍证',
      en: 'Discharge certificate is needed',
    });
    const rejected = evaluateSettlement(
      { ...facts, documents: { discharge_certificate: 'rejected', resident_id_card: 'verified' } },
      policy,
    );
    expect(rejected.outcome).toBe('ineligible');
  });
});

describe('family members', () => {
  it('settle together on routes that name them', () => {
    const facts = complete('residence', {
      settleAt: 'own_residence',
      residenceArea: 'xifeng_urban',
      family: [
        { relation: 'spouse', coResident: true, documents: { relationship_proof: 'verified' } },
        { relation: 'child', coResident: false, documents: { relationship_proof: 'verified' } },
        { relation: 'parent' },
      ],
    });
    const evaluation = evaluateSettlement(facts, policy);
    expect(evaluation.outcome).toBe('ineligible');
    expect(byId(evaluation.criteria, 'family.coResident', 0)?.status).toBe('pass');
    expect(byId(evaluation.criteria, 'family.coResident', 1)?.sentence['zh-CN']).toBe(
      '子女未与申请人共同居住生活,本途径随迁须共同居住',
    );
    expect(byId(evaluation.criteria, 'family.coResident', 2)?.status).toBe('needs_evidence');
    expect(byId(evaluation.criteria, 'document.relationship_proof', 2)?.status).toBe('needs_evidence');
    const noRelation = evaluateSettlement(
      complete('employment', { settleAt: 'employer_collective', family: [{}] }),
      policy,
    );
    expect(byId(noRelation.criteria, 'relation', 0)?.status).toBe('needs_evidence');
    expect(byId(noRelation.criteria, 'family.coResident', 0)).toBeUndefined();
    const unknownRelation = evaluateSettlement(
      complete('residence', {
        settleAt: 'own_residence',
        residenceArea: 'county_seat',
        family: [{ coResident: true }],
      }),
      policy,
    );
    expect(byId(unknownRelation.criteria, 'family.coResident', 0)?.sentence.en).toBe(
      'The other relative lives with the applicant',
    );
  });

  it('are refused on routes that do not name them', () => {
    const evaluation = evaluateSettlement(
      complete('graduate', {
        graduationDate: '2024-06-30',
        settleAt: 'own_residence',
        family: [{ relation: 'spouse' }],
      }),
      policy,
    );
    expect(byId(evaluation.criteria, 'family.allowed')).toMatchObject({ status: 'fail', measured: 1 });
  });
});

describe('talent card green channel', () => {
  const card = {
    found: true as const,
    cardNumber: 'LY-A-0001',
    holderIdMatches: true,
    holderNameMatches: true,
    identityVerified: true,
    status: 'valid' as const,
    issueDate: '2024-01-01',
    expiryDate: '2025-12-31',
  };
  const facts = (talentCard: SettlementFacts['talentCard'], applicationDate = ON): SettlementFacts => ({
    route: 'talent_card',
    applicationDate,
    documents: {},
    settleAt: 'employer_collective',
    ...(talentCard ? { talentCard } : {}),
  });

  it('settles only while the card is valid on the application date', () => {
    expect(evaluateSettlement(facts(card), policy).outcome).toBe('eligible');
    expect(evaluateSettlement(facts(card, '2025-12-31'), policy).outcome).toBe('eligible');
    const expired = evaluateSettlement(facts(card, '2026-01-01'), policy);
    expect(byId(expired.criteria, 'talentCard.valid')).toMatchObject({
      status: 'fail',
      measured: '2024-01-01/2025-12-31',
    });
    expect(evaluateSettlement(facts({ ...card, status: 'revoked' }), policy).outcome).toBe('ineligible');
  });

  it('fails on an unknown card or a holder mismatch, and waits when the registry is unchecked', () => {
    expect(evaluateSettlement(facts({ found: false }), policy).outcome).toBe('ineligible');
    expect(evaluateSettlement(facts({ ...card, holderIdMatches: false }), policy).outcome).toBe('ineligible');
    const unchecked = evaluateSettlement(facts(undefined), policy);
    expect(unchecked.outcome).toBe('needs_evidence');
    expect(unchecked.criteria.map((c) => c.status)).toEqual([
      'needs_evidence',
      'needs_evidence',
      'needs_evidence',
      'pass',
    ]);
  });

  it('approves instantly only when every criterion passed on data alone', () => {
    expect(canApproveInstantly(evaluateSettlement(facts(card), policy), policy)).toBe(true);
    // A typed-in ID is not enough (decision 0008): the name must match and the identity be verified,
    // else a reviewer reads the ID card — the case is still accepted, not refused.
    for (const [change, measured] of [
      [{ holderNameMatches: false }, 'name_mismatch'],
      [{ identityVerified: false }, 'unverified'],
    ] as const) {
      const evaluation = evaluateSettlement(facts({ ...card, ...change }), policy);
      expect(canApproveInstantly(evaluation, policy)).toBe(false);
      expect(evaluation.outcome).toBe('needs_evidence');
      expect(byId(evaluation.criteria, 'identity.verified')).toMatchObject({
        status: 'needs_evidence',
        basis: 'document',
        measured,
      });
    }
    expect(
      canApproveInstantly(evaluateSettlement(facts(card), policy), {
        ...policy,
        instantApproval: { value: false, clause: 'x' },
      }),
    ).toBe(false);
    // The family's proofs are checked by their presence; the registrar sees the originals (decision 0006).
    const withFamily = (proof: 'submitted' | 'missing') =>
      evaluateSettlement(
        {
          ...facts(card),
          family: [
            { relation: 'spouse', documents: { relationship_proof: proof } },
            { relation: 'child', documents: { relationship_proof: proof } },
          ],
        },
        policy,
      );
    expect(withFamily('submitted').outcome).toBe('eligible');
    expect(canApproveInstantly(withFamily('submitted'), policy)).toBe(true);
    expect(byId(withFamily('submitted').criteria, 'family.proofAttached', 0)).toMatchObject({
      basis: 'data',
      member: 0,
    });
    expect(withFamily('missing').outcome).toBe('needs_evidence');
    expect(canApproveInstantly(withFamily('missing'), policy)).toBe(false);
    // Any other route still has a person read the proof.
    const ordinary = evaluateSettlement(
      {
        route: 'employment',
        applicationDate: ON,
        documents: { employment_proof: 'verified' },
        settleAt: 'employer_collective',
        family: [{ relation: 'child', documents: { relationship_proof: 'verified' } }],
      },
      policy,
    );
    expect(ordinary.outcome).toBe('eligible');
    expect(canApproveInstantly(ordinary, policy)).toBe(false);
    expect(canApproveInstantly(evaluateSettlement(facts({ found: false }), policy), policy)).toBe(false);
  });
});
