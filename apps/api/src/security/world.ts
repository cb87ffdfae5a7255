import type { ActorRole } from '@talent/domain';
import { activeAward } from '../capabilities/clawbacks/fixtures.js';
import { uploadContributions, usccOf } from '../capabilities/contributions/fixtures.js';
import { freshEra, insertAward } from '../capabilities/disbursements/fixtures.js';
import { pdf, upload } from '../capabilities/documents/testFiles.js';
import {
  collectiveRequest,
  reportedEmployment,
  verifiedOrganisation,
} from '../capabilities/employers/fixtures.js';
import { insertNotification } from '../capabilities/notifications/repository.js';
import { approvedClaim } from '../capabilities/publicNotices/fixtures.js';
import { createDraft, graduate, policeStation, registered } from '../capabilities/settlement/fixtures.js';
import { cardHolder } from '../capabilities/settlement/greenChannel.fixtures.js';
import { claim, confirmedGraduate } from '../capabilities/subsidyClaims/fixtures.js';
import { cardLines, csvOf, uploadCardFile } from '../capabilities/talentCards/fixtures.js';
import type { TestHarness } from '../testing/index.js';

// One record of each kind the route table names by id, made through the capabilities' own fixtures,
// and signed-in callers of every role who own none of them (so an owner-scoped record is "someone
// else's" to each of them).

export type Caller = { cookie: string };

/** A record, and for owner-scoped kinds the accounts (by role) it belongs to. */
export type RecordRef = { id: string; owners?: Partial<Record<ActorRole, Caller>> };

async function json<T>(res: Response): Promise<T> {
  if (res.status >= 300) throw new Error(`fixture answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** A signed-in account of each role, of an organisation of their own for the employer's two. */
export async function callers(h: TestHarness): Promise<Record<ActorRole, Caller>> {
  const org = await verifiedOrganisation(h);
  const bureau = async (role: string) => h.bureau([role]);
  return {
    applicant: await h.applicant(),
    'employer:admin': org.admin,
    'employer:hr': org.hr,
    'bureau:reviewer': await bureau('reviewer'),
    'bureau:approver': await bureau('approver'),
    'bureau:registrar': await bureau('registrar'),
    'bureau:finance': await bureau('finance'),
    'bureau:admin': await bureau('admin'),
    'bureau:auditor': await bureau('auditor'),
  };
}

/** Builds one record of every kind; the route table's entries name them by these keys. */
export async function records(h: TestHarness) {
  const approver = await h.bureau(['approver']);
  const finance = await h.bureau(['finance']);
  const admin = await h.bureau(['admin']);
  const org = await verifiedOrganisation(h);
  const employerOwners = { 'employer:admin': org.admin, 'employer:hr': org.hr };

  const g = await graduate(h);
  const draft = await createDraft(h, g);
  const document = await json<{ document: { id: string } }>(await upload(h, g.cookie, pdf(), 'scan.pdf'));
  await insertNotification(h.db, { userId: g.id, kind: 'test', params: {}, entity: null, entityId: null });
  const notification = await h.db
    .selectFrom('notification')
    .select('id')
    .where('user_id', '=', g.id)
    .executeTakeFirstOrThrow();
  const done = await registered(h);

  const claimant = await confirmedGraduate(h);
  const subsidyClaim = await claim(h, claimant);

  const collective = await collectiveRequest(h, org.employerId);
  const report = await reportedEmployment(h, org.employerId);
  const award = await activeAward(h, { employerId: org.employerId });
  const stopped = await activeAward(h, { employerId: org.employerId });
  await json(
    await h.call('POST', `/api/employer/awards/${stopped.awardId}/departure`, {
      cookie: org.hr.cookie,
      body: { departedOn: '2026-01-15' },
    }),
  );
  const pending = await h.employerStaff();

  const { asOf, due } = freshEra(1950);
  const paid = await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
  const batch = await json<{ id: string }>(
    await h.call('POST', '/api/disbursements', { cookie: finance.cookie, body: { dueAsOf: asOf } }),
  );

  const noticeClaim = await approvedClaim(h);
  const notice = await json<{ notice: { id: string; version: number } }>(
    await h.call('POST', '/api/bureau/public-notices', {
      cookie: approver.cookie,
      body: { claimIds: [noticeClaim.id] },
    }),
  );
  const objectedClaim = await approvedClaim(h, '赵六');
  const published = (
    await json<{ notice: { id: string; version: number } }>(
      await h.call('POST', '/api/bureau/public-notices', {
        cookie: approver.cookie,
        body: { claimIds: [objectedClaim.id] },
      }),
    )
  ).notice;
  await json(
    await h.call('POST', `/api/bureau/public-notices/${published.id}/publish`, {
      cookie: approver.cookie,
      body: { version: published.version },
    }),
  );
  const objected = await json<{ notice: { objections: { id: string }[] } }>(
    await h.call('POST', `/api/bureau/public-notices/${published.id}/objections`, {
      cookie: approver.cookie,
      body: { claimId: objectedClaim.id, source: 'online', summary: '举报其学历证书存疑' },
    }),
  );

  const holder = await cardHolder(h);
  const card = await h.db
    .selectFrom('talent_card')
    .select('id')
    .where('card_number', '=', holder.cardNumber)
    .executeTakeFirstOrThrow();
  const cardImport = await json<{ import: { id: string } }>(
    await uploadCardFile(h, admin.cookie, 'cards.csv', csvOf(cardLines(2))),
  );
  const contributionImport = await json<{ item: { id: string } }>(
    await uploadContributions(
      h,
      finance.cookie,
      'contributions.csv',
      `身份证号码,单位统一社会信用代码,缴费月份\r\n${g.residentId},${await usccOf(h, org.employerId)},2026-01\r\n`,
    ),
  );
  const staff = await h.bureau(['auditor']);

  const owned = (id: string, owners: Partial<Record<ActorRole, Caller>>): RecordRef => ({ id, owners });
  return {
    applicant: { id: g.id },
    staff: { id: staff.id },
    notification: owned(String(notification.id), { applicant: g }),
    settlement: owned(draft.id, { applicant: g }),
    registeredSettlement: owned(done.app.id, { applicant: done.g }),
    document: owned(document.document.id, { applicant: g }),
    policeStation: { id: await policeStation(h) },
    pendingEmployer: { id: pending.employerId },
    collectiveRequest: owned(collective.id, employerOwners),
    employmentReport: owned(report.reportId, employerOwners),
    employerAward: owned(award.awardId, employerOwners),
    clawback: { id: stopped.awardId },
    paymentLine: { id: paid.lineIds[0] as string },
    batch: { id: batch.id },
    subsidyClaim: owned(subsidyClaim.id, { applicant: claimant }),
    notice: { id: notice.notice.id },
    objection: { id: objected.notice.objections[0]?.id as string },
    talentCard: { id: card.id },
    cardImport: { id: cardImport.import.id },
    contributionImport: { id: contributionImport.item.id },
  } satisfies Record<string, RecordRef>;
}

export type World = Awaited<ReturnType<typeof records>>;
export type RecordKind = { [K in keyof World]: World[K] extends RecordRef ? K : never }[keyof World];
