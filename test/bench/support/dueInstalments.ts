import type { Pii } from '@talent/api';
import type { Database } from '@talent/db';
import { defaultPolicyVersion, maskBankAccount } from '@talent/domain';
import { type Kysely, sql } from 'kysely';

type Db = Kysely<Database>;

// For pnpm bench:disbursement (test/bench/disbursement.bench.ts): a volume of due instalments written
// set-based — payees, their registered settlement, an awarded claim with a social-security-card
// account, an active award and `perPayee` monthly instalments each, all due by `firstDue` + months,
// and the social-insurance months that make each instalment payable (二(四)5): from three months
// before the first due date to the last, confirmed by one employer.

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
      v.enc, v.masked, ${firstDue}::date, ${defaultPolicyVersion.id}
    from unnest(${logins}::text[], ${accounts.map((a) => pii.encrypt(a))}::text[],
      ${accounts.map(maskBankAccount)}::text[]) as v(login, enc, masked)
    join app_user u on u.login = v.login
    join settlement_application s on s.applicant_user_id = u.id`.execute(db);
  await sql`insert into award (claim_id, applicant_user_id, county_code, tier, policy_version_id, state,
      total_fen, settling_in_fen, living_allowance_fen, calculation)
    select c.id, c.applicant_user_id, '621002', 'master', ${defaultPolicyVersion.id}, 'active', ${perPayee * amountFen}::int8, 0,
      ${perPayee * amountFen}::int8, '{}'::jsonb
    from subsidy_claim c where c.number like 'BSC-%'`.execute(db);
  await sql`insert into payment_line (award_id, applicant_user_id, line_key, kind, sequence, of_count, amount_fen,
      due_date, state)
    select a.id, a.applicant_user_id, 'living_allowance-' || k, 'living_allowance', k, ${perPayee}::int,
      ${amountFen}::int8 + k, (${firstDue}::date + (k - 1) * interval '1 month')::date, 'scheduled'
    from award a cross join generate_series(1, ${perPayee}::int) k`.execute(db);
  await sql`insert into employer (uscc, name, status, contact_name, contact_mobile)
    values ('91621002BENCH0001X', '庆阳压测单位', 'verified', '联系人', '13900000000')`.execute(db);
  await sql`insert into app_user (kind, login, name, password_hash, employer_id, employer_role)
    select 'employer', 'bench-employer', '单位联系人', 'x', id, 'admin' from employer where uscc = '91621002BENCH0001X'`.execute(
    db,
  );
  await sql`insert into social_insurance_contribution (applicant_user_id, employer_id, month, source, confirmed_by)
    select u.id, s.employer_id, (date_trunc('month', ${firstDue}::date) + m * interval '1 month')::date, 'employer', s.id
    from app_user u cross join generate_series(-3, ${perPayee}::int) m
    cross join (select id, employer_id from app_user where login = 'bench-employer') s
    where u.login like 'bench-%' and u.kind = 'applicant'`.execute(db);
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
