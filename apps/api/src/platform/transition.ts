import {
  type Machine,
  type MachineRecord,
  type Principal,
  type Refusal,
  reasonRequired,
  refusalErrorCode,
  transition,
} from '@talent/domain';
import { type Notice, type NotificationParams, notify } from '../capabilities/notifications/service.js';
import { writeAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { type Db, inTransaction } from './db.js';
import { ApiError, assertCurrentVersion, fieldError, notFound } from './errors.js';
import { isUuid } from './router.js';

// The one way a record with a state machine changes state (decision 0013). In one transaction: the
// row is locked (SELECT … FOR UPDATE), the caller's version compared (stale → 409 with the current
// state), the machine asked (refusal → 403/409/400 by refusalErrorCode), a reason the event's spec
// requires demanded, the event's effects run, the
// new state written with version + 1, the audit row written and the notification queued. A failure
// anywhere rolls all of it back: no state without its audit row, no notice of a change that did not
// happen. What differs per capability — which row, which record, which effects, whom to tell — is
// passed in (StateChanges); the runner knows no capability.

export type TransitionContext = Pick<ServiceContext, 'requestId' | 'pii'> & { today: string };

/** What an event changes besides state and version: columns, the notice's parameters, the audit's details. */
export type Effect = {
  values?: Record<string, unknown>;
  params?: NotificationParams;
  audit?: Record<string, unknown>;
};

export type EffectInput<Row> = {
  trx: Db;
  actor: Principal;
  row: Row;
  today: string;
  reason: string | undefined;
  /** The event's own fields, as the request body validated them (eventBody). */
  fields: unknown;
  ctx: TransitionContext;
};

export type EffectFn<Row> = (input: EffectInput<Row>) => Promise<Effect>;

type StatefulRow = { id: string; state: string; version: number };

/** One capability's state changes: its machine and how its rows are found, read, written and told. */
export type StateChanges<
  S extends string,
  E extends string,
  R extends MachineRecord<S>,
  Row extends StatefulRow,
> = {
  machine: Machine<S, E, R>;
  /** The audit row's entity, and its action for each event (e.g. `settlement.${event}`). */
  entity: string;
  action: (event: E) => string;
  /** The row the actor may see, locked FOR UPDATE; none is a 404 (someone else's record, too). */
  lock: (trx: Db, actor: Principal, id: string) => Promise<Row | undefined>;
  /** What the machine's `who` and guards read. May refuse itself when the record cannot be known yet. */
  recordOf: (trx: Db, row: Row, today: string) => R | Promise<R>;
  /** Writes the new state and the effect's columns, and moves the version on. */
  update: (trx: Db, id: string, values: { state: S } & Record<string, unknown>) => Promise<unknown>;
  effects: Partial<Record<E, EffectFn<Row>>>;
  /** Whom the event tells and how; nobody when it answers undefined. */
  notice?: (row: Row, event: E, params: NotificationParams) => Notice | undefined;
};

export type EventInput = {
  id: string;
  event: string;
  /**
   * The version the caller saw; a stale one is refused with the current state. null only for the
   * system acting on a row its own transaction has just read (instant approval within a submission).
   */
  version: number | null;
  reason?: string | undefined;
  fields?: unknown;
};

export type Fired<S extends string, E extends string, Row> = { row: Row; event: E; from: S; to: S };

type Runner<Otherwise> = <
  S extends string,
  E extends string,
  R extends MachineRecord<S>,
  Row extends StatefulRow,
>(
  db: Db,
  changes: StateChanges<S, E, R, Row>,
  actor: Principal,
  input: EventInput,
  ctx: TransitionContext,
) => Promise<Fired<S, E, Row> | Otherwise>;

/** Fires `input.event` on the row; throws the API's error on any refusal. */
export const fireEvent = runner((refusal, current) => {
  throw new ApiError(refusalErrorCode(refusal), { messageKey: refusal.code, details: current });
});

/** Fires the event only if the machine allows it now (a system step that may not apply); else nothing. */
export const fireEventIfAllowed = runner(() => null);

function runner<Otherwise>(
  refused: (refusal: Refusal, current: { state: string; version: number }) => Otherwise,
): Runner<Otherwise> {
  return async (db, changes, actor, input, ctx) => {
    if (!isUuid(input.id)) throw notFound();
    const { today } = ctx;
    return inTransaction(db, async (trx) => {
      const row = await changes.lock(trx, actor, input.id);
      if (!row) throw notFound();
      const current = { state: row.state, version: row.version };
      if (input.version !== null) assertCurrentVersion(current, input.version);
      const record = await changes.recordOf(trx, row, today);
      const result = transition(changes.machine, record, input.event, actor, { today });
      if (!result.ok) return refused(result, current);
      const { reason, fields } = input;
      // The route's body already demands it (eventBody); this holds for the services' own callers too.
      if (reasonRequired(changes.machine, result.event) && !reason?.trim()) {
        throw fieldError('reason', 'validation.reason.length');
      }
      const effect =
        (await changes.effects[result.event]?.({ trx, actor, row, today, reason, fields, ctx })) ?? {};
      await changes.update(trx, row.id, { ...effect.values, state: result.to });
      await writeAudit(trx, ctx, {
        actor: actor.kind === 'system' ? null : actor,
        action: changes.action(result.event),
        entity: changes.entity,
        entityId: row.id,
        details: { from: result.from, to: result.to, reason: reason ?? null, ...effect.audit },
      });
      const notice = changes.notice?.(row, result.event, effect.params ?? {});
      if (notice) await notify(trx, notice);
      return { row, event: result.event, from: result.from, to: result.to };
    });
  };
}
