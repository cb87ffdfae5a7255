import { addDays } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import * as repo from './repository.js';

// --- the public page

/** A closed notice stays on the public page this many days after its period ended. */
const SHOWN_AFTER_CLOSE_DAYS = 90;

export type PublicNoticeSummary = {
  id: string;
  number: string;
  title: string;
  state: 'published' | 'closed';
  publishedOn: string;
  endsOn: string;
  objectionContact: string;
  entries: number;
};

export type PublicNotice = Omit<PublicNoticeSummary, 'entries'> & {
  totalFen: number;
  entries: {
    id: string;
    name: string;
    residentId: string;
    tier: repo.EntryRow['tier'];
    countyCode: string;
    amountFen: number;
  }[];
};

/** Anyone, signed in or not: notices in their period and recently closed ones; masked data only. */
export async function listPublicNotices(db: Db, today: string): Promise<PublicNoticeSummary[]> {
  const rows = await repo.publicNotices(db, addDays(today, -SHOWN_AFTER_CLOSE_DAYS));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    state: r.state,
    publishedOn: r.published_on,
    endsOn: r.ends_on,
    objectionContact: r.objection_contact,
    entries: r.entries,
  }));
}

/** One public notice as published: the frozen, masked list. A draft or a long-closed one is not found. */
export async function getPublicNotice(db: Db, id: string, today: string): Promise<PublicNotice> {
  if (!isUuid(id)) throw notFound();
  const summary = (await listPublicNotices(db, today)).find((n) => n.id === id);
  if (!summary) throw notFound();
  const entries = await repo.publicEntries(db, id);
  return {
    ...summary,
    totalFen: entries.reduce((sum, e) => sum + e.amount_fen, 0),
    entries: entries.map((e) => ({
      id: e.id,
      name: e.masked_name,
      residentId: e.masked_resident_id,
      tier: e.tier,
      countyCode: e.county_code,
      amountFen: e.amount_fen,
    })),
  };
}
