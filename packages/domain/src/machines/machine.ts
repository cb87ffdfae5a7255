import type { IsoDate } from '../dates/isoDate';
import type { ErrorCode } from '../errors';
import { mayAct, type Parties, type Principal, type Who } from './principal';

export type GuardContext = { readonly today?: IsoDate };

/** Returns a catalogue key saying why the event may not happen now, or null when it may. */
export type Guard<R> = (record: R, actor: Principal, ctx: GuardContext) => string | null;

export type EventSpec<S extends string, R> = {
  readonly from: readonly S[];
  readonly to: S;
  readonly who: Who;
  readonly guards?: readonly Guard<R>[];
  /**
   * 'required': whoever fires the event says why (decisionReasonSchema), because someone has to act
   * on it — the applicant, or a colleague again. The API's request schema and the consoles' dialogs
   * read it from here; without it a reason may be given and is kept.
   */
  readonly reason?: 'required';
};

/** Whether `event` of `machine` needs a reason (EventSpec.reason). */
export function reasonRequired<E extends string>(
  machine: { readonly events: { readonly [K in E]: { readonly reason?: 'required' } } },
  event: E,
): boolean {
  return machine.events[event].reason === 'required';
}

/** Who holds a case in a state, for the status timeline; null once nobody has to act. */
export type Holder = 'applicant' | 'employer' | 'reviewer' | 'approver' | 'registrar' | 'finance' | null;

export type MachineRecord<S extends string> = Parties & { readonly state: S };

export type Machine<S extends string, E extends string, R extends MachineRecord<S>> = {
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  readonly holders: Readonly<Record<S, Holder>>;
  readonly events: { readonly [K in E]: EventSpec<S, R> };
};

export type RefusalReason = 'unknown_event' | 'not_permitted' | 'wrong_state' | 'guard';
export type Refusal = { ok: false; reason: RefusalReason; code: string };
export type TransitionResult<S extends string, E extends string> =
  | { ok: true; event: E; from: S; to: S }
  | Refusal;

/**
 * The one gate every state change passes, in the API and in the UI alike: the event must exist, the
 * actor may fire it on this record, the record is in a state it leaves from, and every guard agrees.
 * The record (not just its state) is needed because "who may" depends on whose record it is.
 */
export function transition<S extends string, E extends string, R extends MachineRecord<S>>(
  machine: Machine<S, E, R>,
  record: R,
  event: string,
  actor: Principal,
  ctx: GuardContext = {},
): TransitionResult<S, E> {
  if (!Object.hasOwn(machine.events, event)) return refuse('unknown_event', 'transition.unknown_event');
  const spec = machine.events[event as E];
  if (!mayAct(spec.who, record, actor)) return refuse('not_permitted', 'transition.not_permitted');
  if (!spec.from.includes(record.state)) return refuse('wrong_state', 'transition.wrong_state');
  for (const guard of spec.guards ?? []) {
    const code = guard(record, actor, ctx);
    if (code !== null) return refuse('guard', code);
  }
  return { ok: true, event: event as E, from: record.state, to: spec.to };
}

/** Exactly the events `transition` would accept now: the buttons to show. */
export function availableActions<S extends string, E extends string, R extends MachineRecord<S>>(
  machine: Machine<S, E, R>,
  record: R,
  actor: Principal,
  ctx: GuardContext = {},
): E[] {
  return (Object.keys(machine.events) as E[]).filter(
    (event) => transition(machine, record, event, actor, ctx).ok,
  );
}

/**
 * The API edge's answer to a refusal: not yours → 403, not now → 409, no such action → 400. Four
 * eyes is "not yours" too: the person who did the first step may never do the second.
 */
export function refusalErrorCode(refusal: Refusal): ErrorCode {
  if (refusal.code === 'guard.four_eyes') return 'forbidden';
  switch (refusal.reason) {
    case 'not_permitted':
      return 'forbidden';
    case 'unknown_event':
      return 'validation_failed';
    default:
      return 'conflict';
  }
}

function refuse(reason: RefusalReason, code: string): Refusal {
  return { ok: false, reason, code };
}
