import { dataDir } from '@talent/db';
import {
  type Actor,
  applicantSignUpSchema,
  type BureauRole,
  bureauAccountCreateSchema,
  employerSignUpSchema,
  mobileSchema,
  personNameSchema,
} from '@talent/domain';
import * as accounts from '../capabilities/accounts/service.js';
import * as auth from '../capabilities/auth/service.js';
import * as staff from '../capabilities/staff/service.js';
import { writeAudit } from '../platform/audit.js';
import { defaultConfig } from '../platform/config.js';
import type { ServiceContext } from '../platform/context.js';
import { type Db, dbNow, inTransaction } from '../platform/db.js';
import { maskMobile } from '../platform/messages.js';
import { hashPassword } from '../platform/password.js';
import { createPii, loadPiiKey, type Pii } from '../platform/pii.js';
import { actorOf, findSessionUser } from '../platform/session.js';
import {
  DEMO_EMPLOYER,
  DEMO_PASSWORD,
  DEMO_PENDING_EMPLOYER,
  DEMO_RESIDENT_ID,
  demoStaffResidentId,
} from './demo.js';
import { seedDisbursements } from './disbursements.js';
import { seedEmployers } from './employers.js';
import { seedGreenChannel } from './greenChannel.js';
import { seedPublicNotices } from './publicNotices.js';
import { seedReview } from './review.js';
import { seedSettlement } from './settlement.js';
import { seedContributions, seedSubsidyAftercare } from './subsidyAftercare.js';
import { seedSubsidyClaims } from './subsidyClaims.js';
import { seedTalentCards } from './talentCards.js';

export { DEMO_EMPLOYER, DEMO_PASSWORD, DEMO_PENDING_EMPLOYER, DEMO_RESIDENT_ID } from './demo.js';

export type DemoSignIn = {
  portal: 'applicant' | 'employer' | 'bureau';
  /** Where the portal is served by the API server. */
  path: '/' | '/employer/' | '/bureau/';
  kind: 'applicant' | 'employer' | 'bureau';
  login: string;
  password: string;
  who: string;
};

// Each demo staff account is its own person (decision 0008): a distinct generated resident ID, so four
// eyes hold between them; chief is one person with two roles.
const bureauDemo: Array<{ username: string; name: string; roles: BureauRole[]; who: string }> = [
  { username: 'admin', name: '系统管理员', roles: ['admin'], who: 'bureau admin (staff accounts)' },
  {
    username: 'admin2',
    name: '副管理员',
    roles: ['admin'],
    who: 'second admin: confirms the role grants admin asks for (四眼授权)',
  },
  { username: 'reviewer', name: '审核员', roles: ['reviewer'], who: 'bureau reviewer' },
  { username: 'approver', name: '审批员', roles: ['approver'], who: 'bureau approver' },
  { username: 'registrar', name: '户籍民警', roles: ['registrar'], who: 'public-security registrar' },
  { username: 'finance', name: '财政专员', roles: ['finance'], who: 'finance officer' },
  {
    username: 'finance2',
    name: '财政复核员',
    roles: ['finance'],
    who: 'second finance officer (approves the batches finance prepares)',
  },
  { username: 'auditor', name: '督查员', roles: ['auditor'], who: 'auditor (read-only)' },
  { username: 'chief', name: '科长', roles: ['reviewer', 'approver'], who: 'reviewer + approver' },
];

const signIn =
  (portal: DemoSignIn['portal'], path: DemoSignIn['path']) =>
  (login: string, who: string): DemoSignIn => ({
    portal,
    path,
    kind: portal,
    login,
    password: DEMO_PASSWORD,
    who,
  });
const applicant = signIn('applicant', '/');
const employer = signIn('employer', '/employer/');

/** Demo accounts the start script prints. All share DEMO_PASSWORD. */
export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  applicant('13800138000', '李明, graduate ready to apply (education and documents on file)'),
  applicant('13800138001', '王芳, settlement case submitted'),
  applicant('13800138002', '张伟, settlement case under review'),
  applicant('13800138003', '刘洋, case returned for more information'),
  applicant('13800138004', '陈静, registered, move-in permit issued'),
  applicant('13800138005', '赵磊, registered, employment reported to the employer'),
  applicant('13800138020', '孙悦, employment confirmed: ready to claim the degree-tier subsidy'),
  applicant('13800138021', '钱坤 … 13800138029 蒋琳: subsidy claims submitted … approved, rejected'),
  applicant('13800138030', '郑浩, left within the service commitment: clawback due'),
  applicant('13800138031', '冯雪, left within the service commitment: clawback waived'),
  applicant('13800138010', '周博文, 陇原人才服务卡 A holder (valid card): the green channel'),
  applicant('13800138011', '吴雅琴, talent card expiring within 60 days (warned)'),
  applicant(
    '13800138060',
    '孙浩然 … 13800138063 何雨桐: green-channel cases (秒批 awaiting registrar, registered with family, pulled back, overdue)',
  ),
  employer('13900139000', `admin of ${DEMO_EMPLOYER.name} (verified, collective household)`),
  employer('13900139001', `HR of ${DEMO_EMPLOYER.name}`),
  employer('13600136000', 'admin of 庆阳市陇东人力资源有限公司 (verified, collective household)'),
  employer('13700137000', `admin of ${DEMO_PENDING_EMPLOYER.name} (pending review)`),
  employer('13500135000', 'admin of 庆阳市未核实贸易有限公司 (rejected, with the reason)'),
  ...bureauDemo.map((b) => signIn('bureau', '/bureau/')(b.username, b.who)),
];

export type SeedResult = { created: string[] };

/**
 * Creates the demo data through the services (so the audit trail is real), skipping whatever already
 * exists: running it twice changes nothing the second time.
 */
export async function seedDemo(db: Db, options: { pii?: Pii } = {}): Promise<SeedResult> {
  const pii = options.pii ?? createPii(loadPiiKey(dataDir()));
  const ctx: ServiceContext = {
    requestId: null,
    clientAddress: 'seed',
    pii,
    signInLimits: defaultConfig.signInLimits,
  };
  const created: string[] = [];

  // Bureau: the first admin bootstraps the console, the admin creates the others.
  let adminId = await userId(db, 'bureau', 'admin');
  if (!adminId) {
    const admin = bureauDemo[0]!;
    const item = await staff.bootstrapAdmin(db, bureauInput(admin), ctx);
    adminId = item.id;
    created.push('bureau admin');
  }
  const adminActor = await actorFor(db, adminId);
  for (const b of bureauDemo.slice(1)) {
    if (await userId(db, 'bureau', b.username)) continue;
    // The seed's path: every demo role works at once (no second admin exists to confirm them yet).
    await staff.seedStaff(db, bureauInput(b), ctx);
    created.push(`bureau ${b.username}`);
  }
  // Demo staff created before persons were recorded get theirs.
  for (const b of bureauDemo) {
    const row = await db
      .selectFrom('app_user')
      .select(['id', 'person_id_hmac'])
      .where('kind', '=', 'bureau')
      .where('login', '=', b.username)
      .executeTakeFirst();
    if (!row || row.person_id_hmac) continue;
    await staff.updateStaff(db, adminActor, row.id, { residentId: demoStaffResidentId(b.username) }, ctx);
    created.push(`bureau ${b.username} person`);
  }

  // The applicant, with a resident ID on file.
  let applicantId = await userId(db, 'applicant', '13800138000');
  if (!applicantId) {
    const signedUp = await auth.signUpApplicant(
      db,
      applicantSignUpSchema.parse({ mobile: '13800138000', password: DEMO_PASSWORD, name: '李明' }),
      ctx,
    );
    applicantId = signedUp.user.id;
    created.push('applicant 13800138000');
  }
  const applicant = await findSessionUser(db, applicantId);
  if (applicant && !applicant.residentIdEnc) {
    await accounts.updateProfile(
      db,
      actorOf(applicant),
      accounts.profileUpdateSchema.parse({ name: '李明', residentId: DEMO_RESIDENT_ID }),
      ctx,
    );
    created.push('applicant profile');
  }

  // The verified employer with an admin and an HR member, and one employer still pending review.
  const verifiedAdminId = await ensureEmployer(db, ctx, created, {
    ...DEMO_EMPLOYER,
    contactName: '王经理',
    contactMobile: '13900139000',
  });
  await ensureVerified(db, ctx, created, DEMO_EMPLOYER.uscc, adminActor);
  await ensureHrStaff(db, ctx, created, verifiedAdminId, { name: '张人事', mobile: '13900139001' });
  await ensureEmployer(db, ctx, created, {
    ...DEMO_PENDING_EMPLOYER,
    contactName: '赵经理',
    contactMobile: '13700137000',
  });

  // Each capability's demo records, through its own services.
  created.push(...(await seedEmployers(db, ctx)).created);
  created.push(...(await seedSettlement(db, ctx)));
  created.push(...(await seedGreenChannel(db, ctx)));
  created.push(...(await seedReview(db, ctx)));
  created.push(...(await seedTalentCards(db, ctx)));
  const claimsSeed = await seedSubsidyClaims(db, ctx);
  created.push(...claimsSeed.created);
  created.push(...(await seedPublicNotices(db, ctx, claimsSeed.approvedClaimIds)));
  // before any batch: the payment conditions (二(四)5) count the months on record
  created.push(...(await seedContributions(db, ctx)));
  created.push(...(await seedDisbursements(db, ctx)));
  // Aftercare last: its leavers' own batch and departures.
  created.push(...(await seedSubsidyAftercare(db, ctx)));

  return { created };
}

function bureauInput(b: (typeof bureauDemo)[number]) {
  return bureauAccountCreateSchema.parse({
    username: b.username,
    name: b.name,
    roles: b.roles,
    password: DEMO_PASSWORD,
    residentId: demoStaffResidentId(b.username),
  });
}

async function userId(db: Db, kind: 'applicant' | 'employer' | 'bureau', login: string) {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', kind)
    .where('login', '=', login)
    .executeTakeFirst();
  return row?.id;
}

async function actorFor(db: Db, id: string): Promise<Actor> {
  const user = await findSessionUser(db, id);
  if (!user) throw new Error('seed: account vanished');
  return actorOf(user);
}

/** Registers the employer through sign-up unless its credit code exists; returns its admin's id. */
async function ensureEmployer(
  db: Db,
  ctx: ServiceContext,
  created: string[],
  e: { name: string; uscc: string; contactName: string; contactMobile: string },
): Promise<string> {
  const existing = await userId(db, 'employer', e.contactMobile);
  if (existing) return existing;
  const signedUp = await auth.signUpEmployer(
    db,
    employerSignUpSchema.parse({
      uscc: e.uscc,
      orgName: e.name,
      contactName: e.contactName,
      contactMobile: e.contactMobile,
      password: DEMO_PASSWORD,
    }),
    ctx,
  );
  created.push(`employer ${e.name}`);
  return signedUp.user.id;
}

// TODO(employers capability): verifying an employer and adding HR staff belong to the employers
// capability (not built yet). Until then the seed does both here, with the audit rows they will write.
async function ensureVerified(
  db: Db,
  ctx: ServiceContext,
  created: string[],
  uscc: string,
  bureauActor: Actor,
) {
  const employer = await db
    .selectFrom('employer')
    .select(['id', 'status'])
    .where('uscc', '=', uscc)
    .executeTakeFirst();
  if (!employer || employer.status === 'verified') return;
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('employer')
      .set({
        status: 'verified',
        decided_at: dbNow,
        decided_by: bureauActor.userId,
        decision_reason: 'demo data',
      })
      .where('id', '=', employer.id)
      .execute();
    await writeAudit(trx, ctx, {
      actor: bureauActor,
      action: 'employer.verify',
      entity: 'employer',
      entityId: employer.id,
      details: { from: employer.status, to: 'verified' },
    });
  });
  created.push('employer verified');
}

async function ensureHrStaff(
  db: Db,
  ctx: ServiceContext,
  created: string[],
  employerAdminId: string,
  hr: { name: string; mobile: string },
) {
  if (await userId(db, 'employer', hr.mobile)) return;
  const admin = await actorFor(db, employerAdminId);
  if (!admin.employerId) throw new Error('seed: employer admin without employer');
  const mobile = mobileSchema.parse(hr.mobile);
  const name = personNameSchema.parse(hr.name);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('app_user')
      .values({
        kind: 'employer',
        login: mobile,
        name,
        password_hash: passwordHash,
        employer_id: admin.employerId ?? null,
        employer_role: 'hr',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, ctx, {
      actor: admin,
      action: 'employer.staff.add',
      entity: 'app_user',
      entityId: row.id,
      details: { employerId: admin.employerId, employerRole: 'hr', login: maskMobile(mobile) },
    });
  });
  created.push(`employer HR ${hr.mobile}`);
}
