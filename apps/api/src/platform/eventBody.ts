import { z } from '@hono/zod-openapi';
import { decisionReasonSchema, type EventSpec } from '@talent/domain';

// The one URL style for a state change (decision 0013): POST /<collection>/{id}/events with
// { event, version, reason?, …the event's own fields }. The body is a union discriminated on `event`,
// one member per event the route takes, so the contract lists each event and says which need a reason
// — read from the machine's own spec, never from a list kept here.

const version = z.number('validation.required').int('validation.required').min(1, 'validation.required');
const reason = decisionReasonSchema.shape.reason;
// A reason left blank where none is needed is no reason (a console sends its empty field as '').
const optionalReason = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  reason.optional(),
);

type Fields = z.ZodObject;

/** The body of one event: its name, the version the caller saw, a reason and its own fields. */
export type EventBody<E extends string, F extends Partial<Record<E, Fields>>> = {
  [K in E]: { event: K; version: number; reason?: string | undefined } & (F[K] extends Fields
    ? z.output<F[K]>
    : unknown);
}[E];

/** The same body as a caller sends it (the typed client checks the portals' calls against it). */
export type EventBodyInput<E extends string, F extends Partial<Record<E, Fields>>> = {
  [K in E]: { event: K; version: number; reason?: string | undefined } & (F[K] extends Fields
    ? z.input<F[K]>
    : unknown);
}[E];

/**
 * The request body of a machine's events route. `events` are those the route takes (a machine's
 * system-only events included where the machine, not the route, should refuse them); `fields` adds an
 * event's own fields (and may restate `version` with its own message).
 */
export function eventBody<
  const E extends string,
  const F extends Partial<Record<E, Fields>> = Record<never, never>,
>(
  machine: {
    readonly name: string;
    readonly events: { readonly [K in E]: Pick<EventSpec<string, never>, 'reason'> };
  },
  events: readonly [E, ...E[]],
  fields?: F,
): z.ZodType<EventBody<E, F>, EventBodyInput<E, F>> {
  const members = events.map((event) =>
    z
      .object({
        event: z.literal(event),
        version,
        reason: machine.events[event].reason === 'required' ? reason : optionalReason,
      })
      .extend((fields?.[event] as Fields | undefined)?.shape ?? {})
      .openapi(`${pascal(machine.name)}${pascal(event)}Event`),
  );
  return z.discriminatedUnion('event', members as unknown as [z.ZodObject, ...z.ZodObject[]], {
    error: 'transition.unknown_event',
  }) as unknown as z.ZodType<EventBody<E, F>, EventBodyInput<E, F>>;
}

const pascal = (name: string) => name.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
