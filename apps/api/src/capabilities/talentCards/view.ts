import {
  expiresSoon,
  maskResidentId,
  type TalentCardStanding,
  type TalentCardStatus,
  talentCardStandingOn,
} from '@talent/domain';
import type { Ctx } from './access.js';
import type * as repo from './repository.js';

// A registered card as its readers see it: the holder's resident ID masked, its standing as of a day.

export type TalentCardItem = {
  id: string;
  cardNumber: string;
  holderName: string;
  /** Masked: 6210**********123X; the full number through the audited reveal. */
  holderResidentId: string;
  tier: string;
  issueDate: string;
  expiryDate: string;
  status: TalentCardStatus;
  /** As of today in China: valid, expired, revoked or not yet in force. */
  standing: TalentCardStanding;
  /** Valid and expiring within 60 days. */
  expiresSoon: boolean;
  revokedReason: string | null;
  revokedAt: string | null;
  expiryNotifiedAt: string | null;
  importId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export function toItem(row: repo.CardRow, ctx: Pick<Ctx, 'pii'>, today: string): TalentCardItem {
  const card = { status: row.status, issueDate: row.issue_date, expiryDate: row.expiry_date };
  return {
    id: row.id,
    cardNumber: row.card_number,
    holderName: row.holder_name,
    holderResidentId: maskResidentId(ctx.pii.decrypt(row.holder_resident_id_enc)),
    tier: row.tier,
    issueDate: row.issue_date,
    expiryDate: row.expiry_date,
    status: row.status,
    standing: talentCardStandingOn(card, today),
    expiresSoon: expiresSoon(card, today),
    revokedReason: row.revoked_reason,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    expiryNotifiedAt: row.expiry_notified_at?.toISOString() ?? null,
    importId: row.import_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type OwnCard = Pick<
  TalentCardItem,
  | 'id'
  | 'cardNumber'
  | 'holderName'
  | 'holderResidentId'
  | 'tier'
  | 'issueDate'
  | 'expiryDate'
  | 'status'
  | 'standing'
  | 'expiresSoon'
>;
