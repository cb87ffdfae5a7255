import {
  type Actor,
  documentSlots,
  type SettlementDraft,
  type SettlementState,
  settlementMachine,
  todayInChina,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  assertCurrentVersion,
  fieldError,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import type { Pii } from '../../platform/pii.js';
import { isUuid } from '../../platform/router.js';
import { educationOf } from './events.js';
import * as repo from './repository.js';
import { type ApplicationSummary, type ApplicationView, applicationView } from './view.js';

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

function requireApplicant(actor: Actor): void {
  if (actor.kind !== 'applicant') throw forbidden();
}

/**
 * A new draft (graduate route 二(一)4, or the talent card's green channel 二(一)5). One open application per person: the partial unique index
 * on the applicant's blind-indexed resident ID refuses a second while one is open; a rejected or
 * withdrawn one does not count. The same Idempotency-Key returns the application it created.
 */
export async function createApplication(
  db: Db,
  actor: Actor,
  draft: SettlementDraft,
  idempotencyKey: string | undefined,
  ctx: Ctx,
): Promise<{ view: ApplicationView; created: boolean }> {
  requireApplicant(actor);
  if (idempotencyKey) {
    const existing = await repo.findByIdempotencyKey(db, actor.userId, idempotencyKey);
    if (existing) return { view: await getApplication(db, actor, existing.id, ctx), created: false };
  }
  const applicant = await repo.findApplicant(db, actor.userId);
  if (!applicant?.resident_id_hmac)
    throw new ApiError('validation_failed', { messageKey: 'validation.profile.incomplete' });
  let id: string;
  try {
    id = await inTransaction(db, async (trx) => {
      const values = await placeValues(trx, actor, draft, ctx.pii, undefined);
      const number = await repo.nextApplicationNumber(trx, todayInChina().slice(0, 4));
      const row = await repo.insertApplication(trx, {
        ...values,
        number,
        applicant_user_id: actor.userId,
        resident_id_hmac: applicant.resident_id_hmac as string,
        route: draft.route,
        idempotency_key: idempotencyKey ?? null,
        education: JSON.stringify(educationOf(applicant)),
        tier: applicant.tier,
      });
      await saveParts(trx, row.id, draft, ctx.pii);
      await writeAudit(trx, ctx, {
        actor,
        action: 'settlement.create',
        entity: 'settlement_application',
        entityId: row.id,
        details: { from: null, to: 'draft', number, settleAt: draft.settleAt },
      });
      return row.id;
    });
  } catch (err) {
    const constraint = uniqueViolation(err);
    if (constraint === 'settlement_one_open_per_person')
      throw new ApiError('conflict', { messageKey: 'error.conflict.openApplication' });
    if (constraint === 'settlement_idempotency_key' && idempotencyKey) {
      const existing = await repo.findByIdempotencyKey(db, actor.userId, idempotencyKey);
      if (existing) return { view: await getApplication(db, actor, existing.id, ctx), created: false };
    }
    throw err;
  }
  return { view: await getApplication(db, actor, id, ctx), created: true };
}

/** Editing is the applicant's, while the case is a draft or returned for more information. */
export async function updateApplication(
  db: Db,
  actor: Actor,
  id: string,
  input: { draft: SettlementDraft; version: number },
  ctx: Ctx,
): Promise<ApplicationView> {
  if (!isUuid(id)) throw notFound();
  await inTransaction(db, async (trx) => {
    const row = await repo.findVisible(trx, actor, id, { lock: true });
    if (!row) throw notFound();
    const current = { state: row.state, version: row.version };
    if (actor.kind !== 'applicant') throw new ApiError('forbidden', { details: current });
    assertCurrentVersion(current, input.version);
    if (row.state !== 'draft' && row.state !== 'returned') {
      throw new ApiError('conflict', { messageKey: 'error.conflict.notEditable', details: current });
    }
    const values = await placeValues(trx, actor, input.draft, ctx.pii, row);
    // The route may change: a card holder whose card failed continues on the ordinary route (decision 0006).
    await repo.updateApplication(trx, id, { ...values, route: input.draft.route });
    await saveParts(trx, id, input.draft, ctx.pii);
    await writeAudit(trx, ctx, {
      actor,
      action: 'settlement.update',
      entity: 'settlement_application',
      entityId: id,
      details: { from: row.state, to: row.state, settleAt: input.draft.settleAt, route: input.draft.route },
    });
  });
  return getApplication(db, actor, id, ctx);
}

/**
 * The columns that follow from where the graduate settles. The county follows from the choice: the
 * employer's county for its collective household, else the county chosen with the address or station.
 */
async function placeValues(
  trx: Db,
  actor: Actor,
  draft: SettlementDraft,
  pii: Pii,
  before: repo.ApplicationRow | undefined,
): Promise<repo.ApplicationValues> {
  await checkDocuments(trx, actor.userId, draft);
  let countyCode = draft.countyCode;
  let collective: Pick<repo.ApplicationValues, 'collective_status' | 'collective_reason'> = {
    collective_status: null,
    collective_reason: null,
  };
  if (draft.settleAt === 'employer_collective' && draft.employerId) {
    const employer = await repo.findEmployer(trx, draft.employerId);
    const sameAsBefore =
      before?.employer_id === draft.employerId && before.settle_at === 'employer_collective';
    if (employer?.status !== 'verified') throw fieldError('employerId', 'validation.employer.notVerified');
    if (sameAsBefore) {
      // An answer the employer already gave stands while the graduate keeps the same choice.
      collective = {
        collective_status: before.collective_status,
        collective_reason: before.collective_reason,
      };
    } else {
      const taken = await repo.collectivePlacesTaken(trx, employer.id, before?.id);
      if (
        !employer.keeps_collective_household ||
        !employer.county_code ||
        taken >= employer.collective_capacity
      ) {
        throw fieldError('employerId', 'validation.employer.notCollective');
      }
    }
    countyCode = employer.county_code ?? undefined;
  }
  if (draft.settleAt === 'police_station_collective' && draft.policeStationId) {
    const station = await repo.findPoliceStation(trx, draft.policeStationId);
    if (!station || station.county_code !== draft.countyCode) {
      throw fieldError('policeStationId', 'validation.policeStation.notInCounty');
    }
  }
  if (!countyCode) throw fieldError('countyCode', 'validation.county.invalid');
  return {
    settle_at: draft.settleAt,
    county_code: countyCode,
    address: draft.address ?? null,
    employer_id: draft.employerId ?? null,
    police_station_id: draft.policeStationId ?? null,
    relative: draft.relative
      ? JSON.stringify({
          name: draft.relative.name,
          relation: draft.relative.relation,
          residentIdEnc: pii.encrypt(draft.relative.residentId),
        })
      : null,
    electronic_transfer: draft.documents.electronicTransfer,
    talent_card_number: draft.talentCardNumber ?? null,
    ...collective,
  };
}

/** Every document named must be the applicant's own upload; anyone else's is as good as missing. */
async function checkDocuments(trx: Db, userId: string, draft: SettlementDraft): Promise<void> {
  const named: [string, string][] = [];
  for (const slot of Object.keys(documentSlots) as (keyof typeof documentSlots)[]) {
    const docId = draft.documents[slot];
    if (docId) named.push([`documents.${slot}`, docId]);
  }
  draft.members.forEach((m, i) => {
    if (m.documentId) named.push([`members.${i}.documentId`, m.documentId]);
  });
  const owned = await repo.ownedDocumentIds(trx, userId, [...new Set(named.map(([, docId]) => docId))]);
  const foreign = named.find(([, docId]) => !owned.has(docId));
  if (foreign) throw fieldError(foreign[0], 'validation.document.notYours');
}

async function saveParts(trx: Db, id: string, draft: SettlementDraft, pii: Pii): Promise<void> {
  await repo.replaceMembers(
    trx,
    id,
    draft.members.map((m) => ({
      name: m.name,
      relation: m.relation,
      resident_id_enc: pii.encrypt(m.residentId),
      resident_id_hmac: pii.blindIndex(m.residentId),
      document_id: m.documentId ?? null,
    })),
  );
  const documents: { kind: string; document_id: string }[] = [];
  for (const [slot, kind] of Object.entries(documentSlots) as [keyof typeof documentSlots, string][]) {
    const docId = draft.documents[slot];
    if (docId) documents.push({ kind, document_id: docId });
  }
  await repo.replaceDocuments(trx, id, documents);
}

export async function getApplication(
  db: Db,
  actor: Actor,
  id: string,
  ctx: Pick<Ctx, 'pii'>,
): Promise<ApplicationView> {
  if (!isUuid(id)) throw notFound();
  const row = await repo.findVisible(db, actor, id);
  if (!row) throw notFound();
  return applicationView(db, actor, row, ctx.pii);
}

/** The applicant's own applications, newest first (a handful at most: one open at a time). */
export async function listOwn(db: Db, actor: Actor): Promise<ApplicationSummary[]> {
  requireApplicant(actor);
  const rows = await repo.listOwn(db, actor.userId);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    state: r.state as SettlementState,
    holder: settlementMachine.holders[r.state as SettlementState] ?? null,
    settleAt: r.settle_at,
    countyCode: r.county_code,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    dueOn: r.due_on,
    version: r.version,
    createdAt: r.created_at.toISOString(),
  }));
}

export type RevealedIds = {
  applicant: string | null;
  relative: string | null;
  members: { id: string; residentId: string }[];
};

/** The full resident IDs of a case, for the reviewer and the registrar who must check them; audited. */
export async function revealResidentIds(db: Db, actor: Actor, id: string, ctx: Ctx): Promise<RevealedIds> {
  if (!isUuid(id)) throw notFound();
  const row = await repo.findVisible(db, actor, id);
  if (!row) throw notFound();
  if (actor.kind !== 'bureau' || !actor.roles.some((r) => r === 'reviewer' || r === 'registrar'))
    throw forbidden();
  return inTransaction(db, async (trx) => {
    const [applicant, members] = await Promise.all([
      repo.findApplicant(trx, row.applicant_user_id),
      repo.listMembers(trx, row.id),
    ]);
    await writeAudit(trx, ctx, {
      actor,
      action: 'resident_id.reveal',
      entity: 'settlement_application',
      entityId: row.id,
      details: { applicant: true, relative: row.relative !== null, members: members.length },
    });
    return {
      applicant: applicant?.resident_id_enc ? ctx.pii.decrypt(applicant.resident_id_enc) : null,
      relative: row.relative ? ctx.pii.decrypt(row.relative.residentIdEnc) : null,
      members: members.map((m) => ({ id: m.id, residentId: ctx.pii.decrypt(m.resident_id_enc) })),
    };
  });
}
