import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Paying money (policy.md "Paying money"): disbursement batches and their roster lines (发放花名册),
// the bank's result files, and on each instalment the batch it is in and its outcome. A payment
// happens exactly once: the partial unique index on disbursement_line (payment_line_id) where the
// result is 'paid' makes a second payment of one instalment impossible whatever the code does, and
// the one where it is 'pending' keeps an instalment in at most one open batch.
const batchStates = `'prepared','approved','exported','reconciled','cancelled'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence disbursement_batch_number_seq`.execute(db);
  await db.schema
    .createTable('disbursement_batch')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in (${batchStates})`)))
    .addColumn('due_as_of', 'date', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull().check(sql`line_count >= 0`))
    .addColumn('total_fen', 'bigint', (c) => c.notNull().check(sql`total_fen >= 0`))
    .addColumn('paid_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('paid_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('prepared_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('prepared_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // four eyes, by constraint too: the approver is never the preparer
    .addColumn('approved_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'timestamptz')
    .addColumn('exported_at', 'timestamptz')
    .addColumn('export_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reconciled_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('reconciled_at', 'timestamptz')
    .addColumn('cancelled_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancel_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'disbursement_batch_four_eyes',
      sql`approved_by is null or approved_by <> prepared_by`,
    )
    .execute();
  await sql`create index disbursement_batch_list_idx on disbursement_batch (created_at desc, id)`.execute(db);

  await db.schema
    .createTable('bank_result_import')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('batch_id', 'uuid', (c) => c.notNull().references('disbursement_batch.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('csv','xlsx')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('validated','applied','rejected')`))
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('paid_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issue_count', 'integer', (c) => c.notNull().defaultTo(0))
    // the line-by-line report (issues capped, their count exact)
    .addColumn('report', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('applied_at', 'timestamptz')
    .execute();
  // the same file is applied to a batch once
  await sql`create unique index bank_result_import_once on bank_result_import (batch_id, sha256)
    where status = 'applied'`.execute(db);
  await db.schema
    .createIndex('bank_result_import_batch_idx')
    .on('bank_result_import')
    .column('batch_id')
    .execute();

  await db.schema
    .createTable('disbursement_line')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('batch_id', 'uuid', (c) => c.notNull().references('disbursement_batch.id'))
    // the line's number in the roster; with the batch number, the reference (明细号) the bank returns
    .addColumn('line_no', 'integer', (c) => c.notNull().check(sql`line_no >= 1`))
    .addColumn('payment_line_id', 'uuid', (c) => c.notNull().references('payment_line.id'))
    .addColumn('applicant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('amount_fen', 'bigint', (c) => c.notNull().check(sql`amount_fen > 0`))
    // the payee as the roster named them: encrypted (the bank needs it whole) and masked (for screens)
    .addColumn('payee_name_enc', 'text', (c) => c.notNull())
    .addColumn('payee_name_masked', 'text', (c) => c.notNull())
    .addColumn('bank_name', 'text', (c) => c.notNull())
    .addColumn('payee_account_enc', 'text', (c) => c.notNull())
    .addColumn('payee_account_masked', 'text', (c) => c.notNull())
    // 'released': the batch was sent back or cancelled before the bank saw it
    .addColumn('result', 'text', (c) =>
      c.notNull().check(sql`result in ('pending','paid','failed','released')`),
    )
    .addColumn('failure_reason', 'text')
    .addColumn('bank_reference', 'text')
    .addColumn('result_at', 'timestamptz')
    .addColumn('import_id', 'uuid', (c) => c.references('bank_result_import.id'))
    .addUniqueConstraint('disbursement_line_batch_payment', ['batch_id', 'payment_line_id'])
    .addUniqueConstraint('disbursement_line_batch_line_no', ['batch_id', 'line_no'])
    .addCheckConstraint(
      'disbursement_line_failure_reason',
      sql`(result = 'failed') = (failure_reason is not null)`,
    )
    .execute();
  // No instalment is paid twice, and none is in two open batches at once.
  await sql`create unique index disbursement_line_paid_once on disbursement_line (payment_line_id)
    where result = 'paid'`.execute(db);
  await sql`create unique index disbursement_line_pending_once on disbursement_line (payment_line_id)
    where result = 'pending'`.execute(db);
  await db.schema
    .createIndex('disbursement_line_applicant_idx')
    .on('disbursement_line')
    .column('applicant_user_id')
    .execute();

  await db.schema
    .alterTable('payment_line')
    .addColumn('batch_id', 'uuid', (c) => c.references('disbursement_batch.id'))
    .addColumn('paid_on', 'date')
    .addColumn('failure_reason', 'text')
    .addColumn('reissued_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create index payment_line_failed_idx on payment_line (updated_at, id) where state = 'failed'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index payment_line_failed_idx`.execute(db);
  await db.schema
    .alterTable('payment_line')
    .dropColumn('batch_id')
    .dropColumn('paid_on')
    .dropColumn('failure_reason')
    .dropColumn('reissued_count')
    .execute();
  await db.schema.dropTable('disbursement_line').execute();
  await db.schema.dropTable('bank_result_import').execute();
  await db.schema.dropTable('disbursement_batch').execute();
  await sql`drop sequence disbursement_batch_number_seq`.execute(db);
}
