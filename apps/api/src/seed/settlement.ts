import {
  type Actor,
  applicantProfileSchema,
  applicantSignUpSchema,
  qingyangDivisions,
  settlementDraftSchema,
  type Tier,
  todayInChina,
} from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import * as accounts from '../capabilities/accounts/service.js';
import * as auth from '../capabilities/auth/service.js';
import * as documents from '../capabilities/documents/service.js';
import * as profile from '../capabilities/profile/service.js';
import { fireSettlementEvent } from '../capabilities/settlement/events.js';
import * as settlement from '../capabilities/settlement/service.js';
import { defaultConfig } from '../platform/config.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { actorOf, findSessionUser } from '../platform/session.js';
import { DEMO_EMPLOYER, DEMO_PASSWORD, DEMO_RESIDENT_ID } from './demo.js';

// Police stations of each county (派出所): reference data the registrar and the wizard choose from.
const stations: Record<string, string[]> = {
  '621002': ['南街派出所', '北街派出所', '肖金派出所'],
  '621021': ['凤城派出所', '驿马派出所'],
  '621022': ['环城派出所', '曲子派出所'],
  '621023': ['柔远派出所', '悦乐派出所'],
  '621024': ['西华池派出所', '板桥派出所'],
  '621025': ['山河派出所', '永和派出所'],
  '621026': ['新宁派出所', '早胜派出所'],
  '621027': ['城关派出所', '屯字派出所'],
};

/** A small, real PDF: demo documents open in the preview like any upload. */
export function demoPdf(title: string): Uint8Array {
  const text = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 420 297] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 60 >> stream
BT /F1 18 Tf 40 150 Td (${title} - demo scan) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;
  return new TextEncoder().encode(text);
}

export type DemoGraduate = {
  mobile: string;
  name: string;
  residentId: string;
  /** How far the demo case has gone: the bureau's queue shows each kind. */
  until:
    | 'profile'
    | 'submitted'
    | 'under_review'
    | 'returned'
    | 'registered'
    | 'employment_reported'
    | 'employment_confirmed';
  /** The education's tier; bachelor unless said (the subsidy claims' demo varies it). */
  tier?: Tier;
};

const graduates: DemoGraduate[] = [
  { mobile: '13800138000', name: '李明', residentId: DEMO_RESIDENT_ID, until: 'profile' },
  {
    mobile: '13800138001',
    name: '王芳',
    residentId: demoId('621021', '1999-03-12', 'female', 21),
    until: 'submitted',
  },
  {
    mobile: '13800138002',
    name: '张伟',
    residentId: demoId('621026', '1998-11-02', 'male', 31),
    until: 'under_review',
  },
  {
    mobile: '13800138003',
    name: '刘洋',
    residentId: demoId('621027', '2000-01-20', 'male', 41),
    until: 'returned',
  },
  {
    mobile: '13800138004',
    name: '陈静',
    residentId: demoId('621022', '1999-07-08', 'female', 51),
    until: 'registered',
  },
  {
    mobile: '13800138005',
    name: '赵磊',
    residentId: demoId('621024', '1998-05-30', 'male', 61),
    until: 'employment_reported',
  },
];

function demoId(regionCode: string, birthDate: string, sex: 'male' | 'female', seq: number): string {
  return makeResidentId({ regionCode, birthDate, sex, seq });
}

/**
 * The settlement journey's demo data, through the services (so every step has its audit row and
 * notification): police stations in every county; 李明 (13800138000) with his education and documents
 * on file, ready to apply; five more graduates whose cases stand submitted, under review, returned,
 * registered (with a move-in permit) and with employment reported. Idempotent: a graduate who already
 * has an application is left alone.
 */
export async function seedSettlement(db: Db, ctx: ServiceContext): Promise<string[]> {
  const created: string[] = [];
  await seedStations(db, created);
  const reviewer = await bureauActor(db, 'reviewer');
  const registrar = await bureauActor(db, 'registrar');
  const stationId = await demoStationId(db);
  for (const g of graduates) {
    const actor = await ensureGraduate(db, ctx, g, created);
    if (g.until === 'profile') continue;
    if ((await settlement.listOwn(db, actor)).length > 0) continue;
    await seedCase(db, ctx, actor, g, { reviewer, registrar, stationId });
    created.push(`settlement case of ${g.name} (${g.until})`);
  }
  return created;
}

async function seedStations(db: Db, created: string[]): Promise<void> {
  const values = qingyangDivisions
    .filter((d) => stations[d.code])
    .flatMap((d) => (stations[d.code] ?? []).map((name) => ({ county_code: d.code, name })));
  const inserted = await db
    .insertInto('police_station')
    .values(values)
    .onConflict((oc) => oc.columns(['county_code', 'name']).doNothing())
    .returning('id')
    .execute();
  if (inserted.length > 0) created.push(`${inserted.length} police stations`);
}

export async function ensureGraduate(
  db: Db,
  ctx: ServiceContext,
  g: DemoGraduate,
  created: string[],
): Promise<Actor> {
  let user = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'applicant')
    .where('login', '=', g.mobile)
    .executeTakeFirst();
  if (!user) {
    const signedUp = await auth.signUpApplicant(
      db,
      applicantSignUpSchema.parse({ mobile: g.mobile, password: DEMO_PASSWORD, name: g.name }),
      ctx,
    );
    user = { id: signedUp.user.id };
    created.push(`applicant ${g.mobile}`);
  }
  let session = await findSessionUser(db, user.id);
  if (!session) throw new Error('seed: applicant vanished');
  if (!session.residentIdEnc) {
    await accounts.updateProfile(
      db,
      actorOf(session),
      accounts.profileUpdateSchema.parse({ name: g.name, residentId: g.residentId }),
      ctx,
    );
    session = await findSessionUser(db, user.id);
    if (!session) throw new Error('seed: applicant vanished');
  }
  const actor = actorOf(session);
  if (!(await profile.getProfile(db, actor)).complete) {
    await profile.saveProfile(
      db,
      actor,
      applicantProfileSchema.parse({
        registeredPlace: '甘肃省兰州市城关区',
        school: '兰州大学',
        tier: g.tier ?? 'bachelor',
        major: '计算机科学与技术',
        graduationDate: '2025-06-30',
        certificateNo: `10730120250500${g.mobile.slice(-4)}`,
      }),
      ctx,
    );
    created.push(`education of ${g.name}`);
  }
  const own = await documents.listOwn(db, actor, { page: 1, pageSize: 10 });
  if (own.total === 0) {
    for (const title of ['Graduation certificate', 'Household migration certificate', 'Resident ID card']) {
      await documents.upload(
        db,
        actor,
        { name: `${title}.pdf`, bytes: demoPdf(`${title} ${g.mobile}`) },
        ctx,
        defaultConfig.uploadQuota,
      );
    }
    created.push(`documents of ${g.name}`);
  }
  return actor;
}

export async function seedCase(
  db: Db,
  ctx: ServiceContext,
  actor: Actor,
  g: DemoGraduate,
  staff: { reviewer: Actor; registrar: Actor; stationId: string },
): Promise<void> {
  const docs = (await documents.listOwn(db, actor, { page: 1, pageSize: 10 })).items;
  const byName = (prefix: string) => docs.find((d) => d.originalName.startsWith(prefix))?.id;
  const draft = settlementDraftSchema.parse({
    route: 'graduate',
    settleAt: 'police_station_collective',
    countyCode: '621002',
    policeStationId: staff.stationId,
    documents: {
      graduationCertificate: byName('Graduation'),
      householdMigrationCertificate: byName('Household'),
      residentIdCard: byName('Resident'),
      electronicTransfer: false,
    },
  });
  let view = (await settlement.createApplication(db, actor, draft, `seed-${g.mobile}`, ctx)).view;
  const fire = async (who: Actor, event: string, extra: { reason?: string; fields?: unknown } = {}) => {
    view = await fireSettlementEvent(
      db,
      who,
      { applicationId: view.id, event, version: view.version, ...extra },
      ctx,
    );
  };
  await fire(actor, 'submit');
  if (g.until === 'submitted') return;
  await fire(staff.reviewer, 'start_review');
  if (g.until === 'under_review') return;
  if (g.until === 'returned') {
    await fire(staff.reviewer, 'return', { reason: '毕业证书扫描件不清晰,请重新上传' });
    return;
  }
  await fire(staff.reviewer, 'approve');
  await fire(staff.registrar, 'register', {
    fields: { householdNumber: `QY${g.mobile.slice(-6)}`, registrationDate: todayInChina() },
  });
  if (g.until === 'registered') return;
  // the demo employer by its credit code: a database that holds other employers (pnpm db:generate's
  // QG block, created first) must not hand the job to one whose HR is nobody the seed knows
  const employer = await db
    .selectFrom('employer')
    .select('id')
    .where('uscc', '=', DEMO_EMPLOYER.uscc)
    .where('status', '=', 'verified')
    .executeTakeFirst();
  if (!employer) return;
  await fire(actor, 'report_employment', {
    fields: {
      employerId: employer.id,
      contractStart: todayInChina(),
      contractMonths: 36,
      position: '软件工程师',
    },
  });
  if (g.until === 'employment_reported') return;
  // The employer's HR confirms the job: the subsidies of 二(四)5 may now be claimed.
  const hr = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'employer')
    .where('employer_id', '=', employer.id)
    .orderBy('created_at')
    .executeTakeFirst();
  const hrUser = hr && (await findSessionUser(db, hr.id));
  if (hrUser) await fire(actorOf(hrUser), 'confirm_employment');
}

/** The station the demo's cases move to: the first of 西峰区 (621002), which the demo seed has. */
export async function demoStationId(db: Db): Promise<string> {
  const station = await db
    .selectFrom('police_station')
    .select('id')
    .where('county_code', '=', '621002')
    .orderBy('name')
    .executeTakeFirstOrThrow();
  return station.id;
}

export async function bureauActor(db: Db, username: string): Promise<Actor> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'bureau')
    .where('login', '=', username)
    .executeTakeFirst();
  const user = row && (await findSessionUser(db, row.id));
  if (!user) throw new Error(`seed: bureau account ${username} missing (run seedDemo first)`);
  return actorOf(user);
}
