import { maskBankAccount } from '@talent/domain';
import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';
import type { Pii } from '../../platform/pii.js';

// For pnpm bench:disbursement (test/bench/disbursement.bench.ts): a volume of due instalments written
// set-based — payees, their registered settlement, an awarded claim with a social-security-card
// account, an active award and `perPayee` monthly instalments each, all due by `firstDue` + months.

export async function generateDueInstalments(
  db: Db,
  options: {
    payees: number;
    perPayee: number;
    amountFen: number;
    firstDue: string;
    pii: Pick<Pii, 'encrypt'>;
  },
): Promise<void> {
  const { payees, perPayee, amountFen, firstDue, pii } = options;
  await sql`insert into app_user (kind, login, name, password_hash)
    select 'applicant', 'bench-' || i, '测' || chr(19968 + (i % 20000)) || '明', 'x'
    from generate_series(1, ${payees}::int) i`.execute(db);
  await sql`insert into settlement_application (number, applicant_user_id, resident_id_hmac, route, state,
      settle_at, county_code)
    select 'BENCH-' || u.login, u.id, 'bench-' || u.login, 'graduate', 'registered', 'talent_centre_collective', '621002'
    from app_user u where u.login like 'bench-%'`.execute(db);
  const logins = Array.from({ length: payees }, (_, i) => `bench-${i + 1}`);
  const accounts = logins.map((_, i) => `6217${String(i + 1).padStart(12, '0')}`);
  await sql`insert into subsidy_claim (number, applicant_user_id, resident_id_hmac, settlement_application_id,
      county_code, tier, state, bank_name, bank_account_enc, bank_account_masked, claim_date, policy_version_id)
    select 'BSC-' || u.login, u.id, 'bench-' || u.login, s.id, '621002', 'master', 'awarded', '甘肃银行',
      v.enc, v.masked, ${firstDue}::date, '2022-44'
    from unnest(${logins}::text[], ${accounts.map((a) => pii.encrypt(a))}::text[],
      ${accounts.map(maskBankAccount)}::text[]) as v(login, enc, masked)
    join app_user u on u.login = v.login
    join settlement_application s on s.applicant_user_id = u.id`.execute(db);
  await sql`insert into award (claim_id, applicant_user_id, county_code, tier, policy_version_id, state,
      total_fen, settling_in_fen, living_allowance_fen, calculation)
    select c.id, c.applicant_user_id, '621002', 'master', '2022-44', 'active', ${perPayee * amountFen}::int8, 0,
      ${perPayee * amountFen}::int8, '{}'::jsonb
    from subsidy_claim c where c.number like 'BSC-%'`.execute(db);
  await sql`insert into payment_line (award_id, applicant_user_id, line_key, kind, sequence, of_count, amount_fen,
      due_date, state)
    select a.id, a.applicant_user_id, 'living_allowance-' || k, 'living_allowance', k, ${perPayee}::int,
      ${amountFen}::int8 + k, (${firstDue}::date + (k - 1) * interval '1 month')::date, 'scheduled'
    from award a cross join generate_series(1, ${perPayee}::int) k`.execute(db);
  await sql`analyze`.execute(db);
}

/** The roster's line numbers and amounts, for the bench to write the bank's answer. */
export async function rosterAmounts(db: Db, batchId: string) {
  const { rows } = await sql<{ line_no: number; amount_fen: number }>`select line_no, amount_fen
    from disbursement_line where batch_id = ${batchId} order by line_no`.execute(db);
  return rows;
}

export async function paymentLineStateCounts(db: Db) {
  const { rows } = await sql<{ state: string; n: number }>`select state, count(*)::int as n
    from payment_line group by state order by state`.execute(db);
  return rows;
}

export async function currentDatabase(db: Db): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
  return rows[0]?.name ?? '';
}
