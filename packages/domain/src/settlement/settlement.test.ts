import { describe, expect, it } from 'vitest';
import { evaluateSettlement } from '../eligibility/evaluators';
import { localizeIssues } from '../i18n/localizeIssues';
import { defaultPolicyVersion } from '../policy/defaultPolicy';
import { makeResidentId } from '../testing/identifiers';
import { settlementFactsOf } from './facts';
import {
  applicantProfileSchema,
  decisionReasonSchema,
  employmentReportSchema,
  membersMissingProof,
  missingDocuments,
  registrationSchema,
  settlementDraftSchema,
} from './schemas';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('settlementDraftSchema: the talent-card green channel (二(一)5)', () => {
  const green = {
    route: 'talent_card',
    talentCardNumber: ' LY-A-0001 ',
    settleAt: 'own_residence',
    countyCode: '621002',
    address: '西峰区南大街1号',
    members: [
      {
        name: '王芳',
        residentId: makeResidentId({ birthDate: '1990-02-03', sex: 'female' }),
        relation: 'spouse',
        documentId: id(1),
      },
      {
        name: '李小明',
        residentId: makeResidentId({ birthDate: '2018-05-06', sex: 'male' }),
        relation: 'child',
      },
    ],
  };

  it('takes the holder with spouse and children, the card number, and needs no holder documents', () => {
    const draft = settlementDraftSchema.parse(green);
    expect(draft).toMatchObject({
      route: 'talent_card',
      talentCardNumber: 'LY-A-0001',
      settleAt: 'own_residence',
    });
    expect(missingDocuments(draft)).toEqual([]);
    expect(membersMissingProof(draft)).toEqual([1]);
    const facts = settlementFactsOf({ draft, applicationDate: '2026-03-02' });
    expect(facts.family?.map((f) => f.documents?.relationship_proof)).toEqual(['submitted', 'missing']);
  });

  it('names the member whose resident ID is invalid, a second spouse, the card number and the place', () => {
    const badId = JSON.parse(JSON.stringify(green)) as typeof green;
    const valid = green.members[1]?.residentId ?? '';
    // The same number with a wrong check character.
    (badId.members[1] as { residentId: string }).residentId =
      valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    const paths = (input: unknown) =>
      settlementDraftSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths(badId)).toEqual(['members.1.residentId']);
    const twoSpouses = { ...green, members: [green.members[0], { ...green.members[0], name: '赵敏' }] };
    expect(paths(twoSpouses)).toEqual(['members.1.relation']);
    expect(paths({ ...green, talentCardNumber: '' })).toEqual(['talentCardNumber']);
    expect(paths({ ...green, settleAt: 'talent_centre_collective', countyCode: '621002' })).toEqual([
      'settleAt',
    ]);
    // The ordinary route forgets the card number.
    expect(settlementDraftSchema.parse({ ...green, route: 'graduate' }).talentCardNumber).toBeUndefined();
  });
});

describe('settlementDraftSchema', () => {
  it('asks each place for its own fields', () => {
    const cases = [
      ['own_residence', ['countyCode', 'address']],
      [
        'relative_residence',
        ['countyCode', 'address', 'relative.name', 'relative.residentId', 'relative.relation'],
      ],
      ['employer_collective', ['employerId']],
      ['talent_centre_collective', ['countyCode']],
      ['police_station_collective', ['countyCode', 'policeStationId']],
    ] as const;
    for (const [settleAt, fields] of cases) {
      const result = settlementDraftSchema.safeParse({ route: 'graduate', settleAt, countyCode: '' });
      expect(result.success).toBe(false);
      const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
      expect(paths.sort(), settleAt).toEqual([...fields].sort());
    }
  });

  it('drops the fields of another place and treats blank inputs as absent', () => {
    const draft = settlementDraftSchema.parse({
      route: 'graduate',
      settleAt: 'employer_collective',
      employerId: id(1).toUpperCase(),
      countyCode: '621002',
      address: '某路1号',
      policeStationId: '',
      documents: {
        graduationCertificate: id(2),
        propertyOrLease: id(3),
        electronicTransfer: true,
        householdMigrationCertificate: id(4),
      },
    });
    expect(draft).toMatchObject({ employerId: id(1), countyCode: undefined, address: undefined });
    expect(draft.documents).toMatchObject({
      graduationCertificate: id(2),
      propertyOrLease: undefined,
      householdMigrationCertificate: undefined,
      electronicTransfer: true,
    });
    expect(draft.members).toEqual([]);
  });

  it('validates family members and answers in catalogue keys', () => {
    const result = settlementDraftSchema.safeParse({
      route: 'graduate',
      settleAt: 'talent_centre_collective',
      countyCode: '621000',
      members: [{ name: '', residentId: '123', relation: 'cousin' }],
    });
    expect(result.success).toBe(false);
    const issues = localizeIssues(result.error?.issues ?? [], 'zh-CN');
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['countyCode', 'validation.county.invalid'],
        ['members.0.name', 'validation.name.length'],
        ['members.0.residentId', 'validation.residentId.length'],
        ['members.0.relation', 'validation.relation.invalid'],
      ]),
    );
    expect(issues.every((i) => !i.message.startsWith('validation.'))).toBe(true);
  });

  it('names the missing documents: the paper migration certificate or the electronic transfer', () => {
    const base = {
      route: 'graduate',
      settleAt: 'own_residence',
      countyCode: '621002',
      address: '西峰区某路1号',
    };
    expect(missingDocuments(settlementDraftSchema.parse(base))).toEqual([
      'graduationCertificate',
      'residentIdCard',
      'householdMigrationCertificate',
      'propertyOrLease',
    ]);
    const complete = settlementDraftSchema.parse({
      ...base,
      documents: {
        graduationCertificate: id(1),
        residentIdCard: id(2),
        electronicTransfer: true,
        propertyOrLease: id(3),
      },
    });
    expect(missingDocuments(complete)).toEqual([]);
  });
});

describe('settlementFactsOf', () => {
  it('gives the evaluator the draft as facts, uploaded documents awaiting a reader', () => {
    const draft = settlementDraftSchema.parse({
      route: 'graduate',
      settleAt: 'police_station_collective',
      countyCode: '621022',
      policeStationId: id(9),
      documents: { graduationCertificate: id(1), residentIdCard: id(2), electronicTransfer: true },
    });
    const facts = settlementFactsOf({ draft, applicationDate: '2026-03-01', graduationDate: '2025-06-30' });
    const evaluation = evaluateSettlement(facts, defaultPolicyVersion);
    const byId = Object.fromEntries(evaluation.criteria.map((c) => [c.id, c.status]));
    expect(byId).toMatchObject({
      'graduate.fresh': 'pass',
      'settlement.place': 'pass',
      'document.graduation_certificate': 'needs_evidence',
      'document.household_migration_certificate': 'needs_evidence',
    });
    expect(evaluation.outcome).toBe('needs_evidence');
    expect(settlementFactsOf({ draft, applicationDate: '2026-03-01' }).graduationDate).toBeUndefined();
  });

  it('carries family members, which the graduate route does not name', () => {
    const draft = settlementDraftSchema.parse({
      route: 'graduate',
      settleAt: 'talent_centre_collective',
      countyCode: '621002',
      members: [
        { name: '王芳', residentId: makeResidentId({ birthDate: '1999-01-01' }), relation: 'spouse' },
      ],
    });
    const evaluation = evaluateSettlement(
      settlementFactsOf({ draft, applicationDate: '2026-03-01' }),
      defaultPolicyVersion,
    );
    expect(evaluation.criteria.find((c) => c.id === 'family.allowed')?.status).toBe('fail');
  });
});

describe('the other settlement schemas', () => {
  it('check profile, reasons, registration and employment reports', () => {
    expect(
      applicantProfileSchema.safeParse({
        registeredPlace: '甘肃省兰州市',
        school: '兰州大学',
        tier: 'bachelor',
        major: '计算机科学',
        graduationDate: '2025-06-30',
        certificateNo: '107301202505001234',
      }).success,
    ).toBe(true);
    expect(applicantProfileSchema.safeParse({ tier: 'phd' }).error?.issues.length).toBe(6);
    expect(decisionReasonSchema.safeParse({ reason: ' ' }).success).toBe(false);
    expect(
      registrationSchema.parse({
        householdNumber: 'QY-0001',
        registrationDate: '2026-03-02',
        policeStationId: '',
      }),
    ).toEqual({
      householdNumber: 'QY-0001',
      registrationDate: '2026-03-02',
      policeStationId: undefined,
    });
    expect(
      employmentReportSchema.parse({
        employerId: id(1),
        contractStart: '2026-04-01',
        contractMonths: '36',
        position: '工程师',
      }).contractMonths,
    ).toBe(36);
    expect(
      employmentReportSchema.safeParse({
        employerId: id(1),
        contractStart: '2026-04-01',
        contractMonths: 0,
        position: 'x',
      }).success,
    ).toBe(false);
  });
});
