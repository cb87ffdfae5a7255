import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { generateApplications } from './generate.js';

/** Generated cases in the demo queue: enough for several pages, every county, green channel, overdue. */
export const DEMO_QUEUE_SIZE = 400;

/**
 * The review queue's demo volume. The queue itself only reads, so it has no records of its own to
 * create through a service; what the bureau needs to see is a queue of realistic size and variety —
 * green-channel cases at the head, overdue ones standing out, every state and county — next to the
 * journey's hand-made cases (seedSettlement). Generated cases carry no documents or audit rows.
 * Idempotent: the generated set is topped up to DEMO_QUEUE_SIZE, never beyond.
 */
export async function seedReview(db: Db, ctx: Pick<ServiceContext, 'pii'>): Promise<string[]> {
  const { added } = await generateApplications(db, { applications: DEMO_QUEUE_SIZE, pii: ctx.pii });
  return added > 0 ? [`${added} generated settlement applications for the review queue`] : [];
}
