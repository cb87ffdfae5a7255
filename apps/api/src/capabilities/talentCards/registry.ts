import {
  type Actor,
  maskResidentId,
  type PageQuery,
  parseResidentId,
  type TalentCardInput,
  type TalentCardRevoke,
  type TalentCardUpdate,
  type TalentCardView,
  todayInChina,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  assertCurrentVersion,
  conflict,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { notify } from '../notifications/service.js';
import { assertManages, assertReads, type Ctx } from './access.js';
import * as repo from './repository.js';
import { type OwnCard, type TalentCardItem, toItem } from './view.js';

// 陇原人才服务卡 registry (policy.md "The talent service card"): the bureau keeps the cards the green
// channel checks applications against — entered one by one here, or imported from a spreadsheet
// (imports.ts).

export type TalentCardPage = { items: TalentCardItem[]; total: number; page: number; pageSize: number };
export type TalentCardQuery = Omit<PageQuery, 'sort'> & {
  sort?: repo.CardSort | undefined;
  view?: TalentCardView | undefined;
  tier?: string | undefined;
};

export async function listCards(
  db: Db,
  actor: Actor,
  query: TalentCardQuery,
  ctx: Pick<Ctx, 'pii'>,
  today = todayInChina(),
): Promise<TalentCardPage> {
  assertReads(actor);
  const residentId = query.q ? parseResidentId(query.q) : undefined;
  const { rows, total } = await repo.listCards(
    db,
    {
      view: query.view ?? 'all',
      tier: query.tier,
      q: query.q,
      qHmac: residentId?.ok ? ctx.pii.blindIndex(residentId.value.id) : undefined,
      today,
    },
    {
      sort: query.sort ?? 'expiryDate',
      order: query.order ?? 'asc',
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    },
  );
  return { items: rows.map((r) => toItem(r, ctx, today)), total, page: query.page, pageSize: query.pageSize };
}

/** How many cards each tab holds, under the same tier and search as the list. */
export async function cardCounts(
  db: Db,
  actor: Actor,
  query: { q?: string | undefined; tier?: string | undefined },
  ctx: Pick<Ctx, 'pii'>,
  today = todayInChina(),
): Promise<repo.ViewCounts> {
  assertReads(actor);
  const residentId = query.q ? parseResidentId(query.q) : undefined;
  return repo.countViews(db, {
    tier: query.tier,
    q: query.q,
    qHmac: residentId?.ok ? ctx.pii.blindIndex(residentId.value.id) : undefined,
    today,
  });
}

function storedFields(input: TalentCardInput, ctx: Pick<Ctx, 'pii'>) {
  return {
    card_number: input.cardNumber,
    holder_name: input.holderName,
    holder_resident_id_enc: ctx.pii.encrypt(input.holderResidentId),
    holder_resident_id_hmac: ctx.pii.blindIndex(input.holderResidentId),
    tier: input.tier,
    issue_date: input.issueDate,
    expiry_date: input.expiryDate,
  };
}

/** A unique violation on the card number: another card holds it. */
export const numberTaken = (err: unknown) => uniqueViolation(err) !== undefined;

/** Enters one card. A number already in the registry is a 409. */
export async function createCard(
  db: Db,
  actor: Actor,
  input: TalentCardInput,
  ctx: Ctx,
): Promise<TalentCardItem> {
  assertManages(actor);
  try {
    return await inTransaction(db, async (trx) => {
      const id = await repo.insertCard(trx, {
        ...storedFields(input, ctx),
        import_id: null,
        created_by: actor.userId,
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'talent_card.create',
        entity: 'talent_card',
        entityId: id,
        details: {
          cardNumber: input.cardNumber,
          tier: input.tier,
          holder: maskResidentId(input.holderResidentId),
          issueDate: input.issueDate,
          expiryDate: input.expiryDate,
        },
      });
      return loadItem(trx, id, ctx);
    });
  } catch (err) {
    if (numberTaken(err)) throw conflict('error.conflict.talentCardNumberTaken');
    throw err;
  }
}

async function loadItem(db: Db, id: string, ctx: Pick<Ctx, 'pii'>): Promise<TalentCardItem> {
  const row = await repo.findCard(db, id);
  if (!row) throw notFound();
  return toItem(row, ctx, todayInChina());
}

/**
 * Corrects a card. The version must be the one the officer saw (409 otherwise); a revoked card stays
 * as it was revoked; an empty resident ID keeps the stored one. A new expiry date (or a new holder)
 * means the holder is warned again before it.
 */
export async function updateCard(
  db: Db,
  actor: Actor,
  id: string,
  input: TalentCardUpdate,
  ctx: Ctx,
): Promise<TalentCardItem> {
  assertManages(actor);
  if (!isUuid(id)) throw notFound();
  try {
    return await inTransaction(db, async (trx) => {
      const before = await repo.findCard(trx, id, { lock: true });
      if (!before) throw notFound();
      if (before.status === 'revoked') throw conflict('error.conflict.talentCardRevoked');
      assertCurrentVersion({ version: before.version }, input.version, 'error.conflict.talentCardStale');
      const { version: _, holderResidentId, ...card } = input;
      const holderHmac =
        holderResidentId === undefined
          ? before.holder_resident_id_hmac
          : ctx.pii.blindIndex(holderResidentId);
      const sameHolder = holderHmac === before.holder_resident_id_hmac;
      const fields = {
        card_number: card.cardNumber,
        holder_name: card.holderName,
        // An unchanged ID keeps its ciphertext: the row does not churn on every save.
        holder_resident_id_enc:
          sameHolder || holderResidentId === undefined
            ? before.holder_resident_id_enc
            : ctx.pii.encrypt(holderResidentId),
        holder_resident_id_hmac: holderHmac,
        tier: card.tier,
        issue_date: card.issueDate,
        expiry_date: card.expiryDate,
      };
      const changed = [
        ['cardNumber', before.card_number !== card.cardNumber],
        ['holderName', before.holder_name !== card.holderName],
        ['holderResidentId', !sameHolder],
        ['tier', before.tier !== card.tier],
        ['issueDate', before.issue_date !== card.issueDate],
        ['expiryDate', before.expiry_date !== card.expiryDate],
      ]
        .filter(([, differs]) => differs)
        .map(([name]) => name);
      await repo.updateCard(trx, id, fields, before.expiry_date !== card.expiryDate || !sameHolder);
      await writeAudit(trx, ctx, {
        actor,
        action: 'talent_card.update',
        entity: 'talent_card',
        entityId: id,
        details: {
          cardNumber: card.cardNumber,
          fields: changed,
          ...(before.expiry_date !== card.expiryDate
            ? { expiryDate: [before.expiry_date, card.expiryDate] }
            : {}),
        },
      });
      return loadItem(trx, id, ctx);
    });
  } catch (err) {
    if (numberTaken(err)) throw conflict('error.conflict.talentCardNumberTaken');
    throw err;
  }
}

/** Revokes a card with a reason; its holder, if they have an account, is told. */
export async function revokeCard(
  db: Db,
  actor: Actor,
  id: string,
  input: TalentCardRevoke,
  ctx: Ctx,
): Promise<TalentCardItem> {
  assertManages(actor);
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const before = await repo.findCard(trx, id, { lock: true });
    if (!before) throw notFound();
    if (before.status === 'revoked') throw conflict('error.conflict.talentCardRevoked');
    assertCurrentVersion({ version: before.version }, input.version, 'error.conflict.talentCardStale');
    await repo.revokeCard(trx, id, input.reason, actor.userId);
    await writeAudit(trx, ctx, {
      actor,
      action: 'talent_card.revoke',
      entity: 'talent_card',
      entityId: id,
      details: { cardNumber: before.card_number, from: 'valid', to: 'revoked', reason: input.reason },
    });
    for (const userId of await repo.applicantIdsByHmac(trx, before.holder_resident_id_hmac)) {
      await notify(trx, {
        userId,
        kind: 'notification.talentCard.revoked',
        params: { cardNumber: before.card_number },
        entity: 'talent_card',
        entityId: id,
      });
    }
    return loadItem(trx, id, ctx);
  });
}

/** The holder's full resident ID, for the officer who must compare it with a document; audited. */
export async function revealHolderId(
  db: Db,
  actor: Actor,
  id: string,
  ctx: Ctx,
): Promise<{ holderResidentId: string }> {
  assertManages(actor);
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const row = await repo.findCard(trx, id);
    if (!row) throw notFound();
    await writeAudit(trx, ctx, {
      actor,
      action: 'resident_id.reveal',
      entity: 'talent_card',
      entityId: id,
      details: { cardNumber: row.card_number },
    });
    return { holderResidentId: ctx.pii.decrypt(row.holder_resident_id_enc) };
  });
}

export type CardHistoryEntry = {
  at: string;
  /** e.g. 'talent_card.revoke', 'talent_card_import.commit', 'resident_id.reveal'. */
  action: string;
  actorKind: string | null;
  /** Null for the system (the expiry warning). */
  actorName: string | null;
  reason: string | null;
  /** Fields a correction changed. */
  fields: string[];
  /** The file a card was imported from. */
  fileName: string | null;
};

/** A card's history for the registry's readers (audit rows hold masked values only). */
export async function cardHistory(db: Db, actor: Actor, id: string): Promise<{ items: CardHistoryEntry[] }> {
  assertReads(actor);
  if (!isUuid(id)) throw notFound();
  const card = await repo.findCard(db, id);
  if (!card) throw notFound();
  const rows = await repo.cardHistory(db, card);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    items: rows.map((r) => ({
      at: r.at.toISOString(),
      action: r.action,
      actorKind: r.actor_kind,
      actorName: r.actor_name,
      reason: text(r.details.reason),
      fields: Array.isArray(r.details.fields)
        ? r.details.fields.filter((f): f is string => typeof f === 'string')
        : [],
      fileName: text(r.details.fileName),
    })),
  };
}

/** The cards registered under the applicant's own resident ID (none without one on file). */
export async function ownCards(db: Db, actor: Actor, ctx: Pick<Ctx, 'pii'>): Promise<{ items: OwnCard[] }> {
  if (actor.kind !== 'applicant') throw forbidden();
  const user = await db
    .selectFrom('app_user')
    .select('resident_id_hmac')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  if (!user?.resident_id_hmac) return { items: [] };
  const today = todayInChina();
  const rows = await repo.cardsOfHolder(db, user.resident_id_hmac);
  return {
    items: rows.map((row) => {
      const item = toItem(row, ctx, today);
      return {
        id: item.id,
        cardNumber: item.cardNumber,
        holderName: item.holderName,
        holderResidentId: item.holderResidentId,
        tier: item.tier,
        issueDate: item.issueDate,
        expiryDate: item.expiryDate,
        status: item.status,
        standing: item.standing,
        expiresSoon: item.expiresSoon,
      };
    }),
  };
}
