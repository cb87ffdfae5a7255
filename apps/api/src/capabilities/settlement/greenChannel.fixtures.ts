import { unique } from '@talent/db/testing';
import { addDays, todayInChina } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import { type TestHarness, testPii } from '../../testing/index.js';
import { documentOf } from './fixtures.js';

// Test data for the talent-card green channel (二(一)5): a card in the registry, its holder, a draft.

export type CardOptions = {
  holderResidentId: string;
  status?: 'valid' | 'revoked';
  issueDate?: string;
  expiryDate?: string;
  holderName?: string;
};

/** A card in the bureau's registry, written straight to the table (the registry's own tests cover its import). */
export async function registryCard(h: TestHarness, options: CardOptions): Promise<string> {
  const today = todayInChina();
  const cardNumber = unique('LY-A-');
  await h.db
    .insertInto('talent_card')
    .values({
      card_number: cardNumber,
      holder_name: options.holderName ?? '陈立',
      holder_resident_id_enc: testPii.encrypt(options.holderResidentId),
      holder_resident_id_hmac: testPii.blindIndex(options.holderResidentId),
      tier: 'A',
      issue_date: options.issueDate ?? addDays(today, -365),
      expiry_date: options.expiryDate ?? addDays(today, 365),
      status: options.status ?? 'valid',
    })
    .execute();
  return cardNumber;
}

/**
 * A card holder signed in as an applicant (no education on file: the card is the proof), with a valid
 * card, the identity verified by the registry unless `verified: false` (decision 0008).
 */
export async function cardHolder(
  h: TestHarness,
  card: Omit<CardOptions, 'holderResidentId'> & { verified?: boolean; name?: string } = {},
) {
  const { verified = true, name = '陈立', ...cardOptions } = card;
  const user = await h.applicant({ name });
  const residentId = user.residentId as string;
  const cardNumber = await registryCard(h, { ...cardOptions, holderResidentId: residentId });
  if (verified) {
    await h.db
      .updateTable('app_user')
      .set({ identity_verified_at: new Date(), identity_verification_method: 'card_registry' })
      .where('id', '=', user.id)
      .execute();
  }
  return { ...user, residentId, cardNumber };
}

/** Spouse and child with their proofs uploaded by the holder. */
export async function family(h: TestHarness, holderId: string) {
  return [
    {
      name: '王芳',
      residentId: makeResidentId({ birthDate: '1990-02-03', sex: 'female' }),
      relation: 'spouse',
      documentId: await documentOf(h, holderId, 'marriage.pdf'),
    },
    {
      name: '陈小宇',
      residentId: makeResidentId({ birthDate: '2018-05-06', sex: 'male' }),
      relation: 'child',
      documentId: await documentOf(h, holderId, 'birth.pdf'),
    },
  ];
}

/** A green-channel draft body settling at the holder's own residence. */
export function greenDraft(cardNumber: string, members: unknown[] = []) {
  return {
    route: 'talent_card',
    talentCardNumber: cardNumber,
    settleAt: 'own_residence',
    countyCode: '621002',
    address: '西峰区南大街18号',
    members,
    documents: { electronicTransfer: false },
  };
}
