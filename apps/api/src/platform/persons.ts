import { type RawBuilder, sql } from 'kysely';

/**
 * The natural person behind the app_user row under `alias`, as four eyes compare it (decision 0008):
 * a staff member's resident-ID blind index, else the account itself. The same key as Actor.personKey
 * (personOf), and as app_person_of() in the database.
 */
export function personKeyOf(alias: string): RawBuilder<string> {
  return sql<string>`coalesce(${sql.ref(`${alias}.person_id_hmac`)}, ${sql.ref(`${alias}.id`)}::text)`;
}
