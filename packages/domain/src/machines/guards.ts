import { personOf } from '../accounts/actor';
import type { IsoDate } from '../dates/isoDate';
import type { Guard } from './machine';

type Comparison = 'before_or_on' | 'after' | 'on_or_after';

/**
 * A guard on today's date against a date of the record. It fails closed without a date, so a
 * forgotten `today` never lets an event through.
 */
export function dated<R>(
  dateOf: (record: R) => IsoDate | undefined,
  comparison: Comparison,
  code: string,
): Guard<R> {
  return (record, _actor, ctx) => {
    if (ctx.today === undefined) return 'guard.today_required';
    const date = dateOf(record);
    if (date === undefined) return code;
    const ok =
      comparison === 'before_or_on'
        ? ctx.today <= date
        : comparison === 'after'
          ? ctx.today > date
          : ctx.today >= date;
    return ok ? null : code;
  };
}

/**
 * Four eyes: the person who did the first step may not do the second. `firstBy` gives that person's
 * key (see personOf): two accounts of one natural person are one pair of eyes (decision 0008).
 */
export function notSamePerson<R>(firstBy: (record: R) => string | undefined): Guard<R> {
  return (record, actor) =>
    actor.kind !== 'system' && firstBy(record) === personOf(actor) ? 'guard.four_eyes' : null;
}

export function requires<R>(test: (record: R) => boolean, code: string): Guard<R> {
  return (record) => (test(record) ? null : code);
}
