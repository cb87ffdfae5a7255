import { type Actor, maskName } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { requireMayCall } from '../../platform/permissions.js';
import * as repo from './repository.js';

export type Candidate = {
  claimId: string;
  number: string;
  name: string;
  tier: repo.CandidateRow['tier'];
  countyCode: string;
  amountFen: number;
  approvedAt: string | null;
};
export type CandidatePage = { items: Candidate[]; total: number; page: number; pageSize: number };

/** Approved claims waiting for a notice, for the approver to pick from; names masked. */
export async function listCandidates(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number },
): Promise<CandidatePage> {
  requireMayCall(actor, 'GET /api/bureau/public-notices/candidates');
  const [rows, total] = await Promise.all([
    repo.candidates(db, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countCandidates(db),
  ]);
  return {
    items: rows.map((r) => ({
      claimId: r.claim_id,
      number: r.number,
      name: maskName(r.applicant_name),
      tier: r.tier,
      countyCode: r.county_code,
      amountFen: r.total_fen,
      approvedAt: r.approved_at?.toISOString() ?? null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
