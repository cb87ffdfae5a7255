import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, BureauRole } from '../accounts/actor';
import { bureauRoles } from '../accounts/actor';
import { disbursementBatchMachine } from '../machines/disbursementBatch';
import { availableActions, transition } from '../machines/machine';
import { type PaymentLineRecord, paymentLineMachine } from '../machines/paymentLine';
import { type Principal, systemActor } from '../machines/principal';
import { type RosterEntry, resultColumns, validateBankResults } from './bankResult';
import { parseYuan, yuanText } from './money';
import { csvRecord, lineNoOf, lineReference, rosterColumns, rosterRow } from './roster';

const bureau = (userId: string, ...roles: BureauRole[]): Actor => ({ userId, kind: 'bureau', roles });
const finance = bureau('fin-1', 'finance');
const otherFinance = bureau('fin-2', 'finance');
const reviewer = bureau('rev-1', 'reviewer');
const approver = bureau('apr-1', 'approver');

describe('payment line machine', () => {
  const line = (
    state: PaymentLineRecord['state'],
    extra: Partial<PaymentLineRecord> = {},
  ): PaymentLineRecord => ({
    state,
    applicantUserId: 'app-1',
    dueDate: '2025-03-01',
    payeeAccountVerified: true,
    batchState: 'prepared',
    batchDueAsOf: '2025-03-31',
    ...extra,
  });

  it('goes into a batch only when due as of the batch date, into the payee’s own account, by finance', () => {
    expect(transition(paymentLineMachine, line('scheduled'), 'add_to_batch', finance).ok).toBe(true);
    expect(transition(paymentLineMachine, line('scheduled'), 'add_to_batch', reviewer)).toMatchObject({
      reason: 'not_permitted',
    });
    expect(
      transition(
        paymentLineMachine,
        line('scheduled', { batchDueAsOf: '2025-02-28' }),
        'add_to_batch',
        finance,
      ),
    ).toMatchObject({ code: 'guard.payment_not_due' });
    expect(
      transition(
        paymentLineMachine,
        line('scheduled', { payeeAccountVerified: false }),
        'add_to_batch',
        finance,
      ),
    ).toMatchObject({ code: 'guard.payee_account_unverified' });
    expect(
      transition(paymentLineMachine, line('scheduled', { batchState: 'exported' }), 'add_to_batch', finance),
    ).toMatchObject({ code: 'guard.batch_not_draft' });
  });

  it('takes the bank’s answer only once the roster went to the bank; a failed line is reissued', () => {
    expect(transition(paymentLineMachine, line('in_batch'), 'mark_paid', finance)).toMatchObject({
      code: 'guard.batch_not_exported',
    });
    expect(
      availableActions(paymentLineMachine, line('in_batch', { batchState: 'exported' }), finance),
    ).toEqual(['mark_paid', 'mark_failed']);
    expect(
      availableActions(paymentLineMachine, line('in_batch', { batchState: 'approved' }), finance),
    ).toEqual(['remove_from_batch']);
    expect(availableActions(paymentLineMachine, line('failed'), reviewer)).toEqual(['reissue']);
    expect(availableActions(paymentLineMachine, line('failed'), finance)).toEqual(['reissue']);
    expect(availableActions(paymentLineMachine, line('failed'), approver)).toEqual(['cancel']);
    expect(
      transition(paymentLineMachine, line('failed', { awardActive: false }), 'reissue', finance),
    ).toMatchObject({
      code: 'guard.award_stopped',
    });
    expect(transition(paymentLineMachine, line('in_batch'), 'withdraw', systemActor).ok).toBe(true);
    expect(
      transition(paymentLineMachine, line('in_batch', { batchState: 'exported' }), 'withdraw', systemActor),
    ).toMatchObject({ code: 'guard.batch_not_draft' });
    expect(transition(paymentLineMachine, line('scheduled'), 'cancel', systemActor).ok).toBe(true);
    expect(availableActions(paymentLineMachine, line('paid'), bureau('all', ...bureauRoles))).toEqual([]);
  });

  it('never reaches "paid" twice for one line, whatever the events', () => {
    const actors: Principal[] = [reviewer, approver, finance, bureau('all', ...bureauRoles), systemActor];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            event: fc.constantFrom(...Object.keys(paymentLineMachine.events), 'bogus'),
            actor: fc.constantFrom(...actors),
            batchState: fc.constantFrom(...disbursementBatchMachine.states),
            payeeAccountVerified: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (steps) => {
          let record = line('scheduled');
          let paid = 0;
          for (const step of steps) {
            record = {
              ...record,
              batchState: step.batchState,
              payeeAccountVerified: step.payeeAccountVerified,
            };
            const result = transition(paymentLineMachine, record, step.event, step.actor);
            if (!result.ok) continue;
            record = { ...record, state: result.to };
            if (result.to === 'paid') paid += 1;
          }
          expect(paid).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('disbursement batch machine', () => {
  const batch = { state: 'prepared' as const, preparedBy: 'fin-1', lineCount: 3, pendingLineCount: 3 };

  it('is approved by another finance user than its preparer (four eyes)', () => {
    expect(transition(disbursementBatchMachine, batch, 'approve', finance)).toMatchObject({
      reason: 'guard',
      code: 'guard.four_eyes',
    });
    expect(transition(disbursementBatchMachine, batch, 'approve', otherFinance)).toMatchObject({
      ok: true,
      to: 'approved',
    });
    expect(transition(disbursementBatchMachine, batch, 'approve', approver)).toMatchObject({
      reason: 'not_permitted',
    });
    expect(availableActions(disbursementBatchMachine, batch, finance)).toEqual(['cancel']);
    expect(availableActions(disbursementBatchMachine, batch, otherFinance)).toEqual([
      'approve',
      'send_back',
      'cancel',
    ]);
    expect(
      transition(disbursementBatchMachine, { ...batch, lineCount: 0 }, 'approve', otherFinance),
    ).toMatchObject({ code: 'guard.batch_empty' });
  });

  it('goes to the bank once approved and is reconciled only when every line has its answer', () => {
    expect(availableActions(disbursementBatchMachine, { ...batch, state: 'approved' }, finance)).toEqual([
      'export',
      'cancel',
    ]);
    expect(
      transition(disbursementBatchMachine, { ...batch, state: 'exported' }, 'reconcile', finance),
    ).toMatchObject({ code: 'guard.bank_results_pending' });
    expect(
      transition(
        disbursementBatchMachine,
        { ...batch, state: 'exported', pendingLineCount: 0 },
        'reconcile',
        finance,
      ),
    ).toMatchObject({ ok: true, to: 'reconciled' });
    expect(availableActions(disbursementBatchMachine, { ...batch, state: 'exported' }, finance)).toEqual([]);
    expect(availableActions(disbursementBatchMachine, { ...batch, state: 'reconciled' }, finance)).toEqual(
      [],
    );
  });
});

describe('money in the bank’s files', () => {
  it('writes and reads yuan with two decimals, never through a float', () => {
    expect(yuanText(123450)).toBe('1234.50');
    expect(yuanText(7)).toBe('0.07');
    expect(parseYuan('1234.5')).toBe(123450);
    expect(parseYuan('1,234.56')).toBe(123456);
    expect(parseYuan('0.07')).toBe(7);
    for (const bad of ['', '-1', '1.234', '1e3', 'abc', '12.']) expect(parseYuan(bad), bad).toBeNull();
    fc.assert(
      fc.property(
        fc.maxSafeNat().map((n) => n % 10 ** 13),
        (fen) => parseYuan(yuanText(fen)) === fen,
      ),
    );
  });
});

describe('roster', () => {
  it('has one row per line with its reference, full account and amount in yuan', () => {
    const row = rosterRow('FB2026-000001', {
      lineNo: 12,
      payeeName: '张三',
      bankName: '甘肃银行',
      accountNumber: '6217000012345678',
      amountFen: 2000000,
      kind: 'living_allowance',
      sequence: 3,
      ofCount: 36,
      dueDate: '2026-03-01',
    });
    expect(row).toHaveLength(rosterColumns.length);
    expect(row).toEqual([
      '12',
      'FB2026-000001-000012',
      '张三',
      '甘肃银行',
      '6217000012345678',
      '20000.00',
      '生活补贴',
      '3/36',
      '2026-03-01',
    ]);
    expect(lineNoOf('FB2026-000001', lineReference('FB2026-000001', 12))).toBe(12);
    expect(lineNoOf('FB2026-000002', 'FB2026-000001-000012')).toBeNull();
    expect(lineNoOf('FB2026-000001', 'FB2026-000001-0000x2')).toBeNull();
  });

  it('quotes CSV cells that need it and defuses spreadsheet formulas', () => {
    expect(csvRecord(['a', 'b,c', 'say "hi"', '=1+1'])).toBe('a,"b,c","say ""hi""",\'=1+1\r\n');
  });
});

describe('bank result file', () => {
  const batch = 'FB2026-000007';
  const header = [resultColumns.reference, resultColumns.amount, resultColumns.result, resultColumns.reason];
  const roster = new Map<number, RosterEntry>([
    [1, { amountFen: 100000, result: 'pending' }],
    [2, { amountFen: 250050, result: 'pending' }],
    [3, { amountFen: 100000, result: 'paid' }],
  ]);
  const ref = (n: number) => lineReference(batch, n);

  it('accepts paid and failed lines that match the roster', () => {
    const v = validateBankResults(
      batch,
      [header, [ref(1), '1000.00', '成功', ''], [ref(2), '2500.5', '失败', '户名与账号不符']],
      (n) => roster.get(n),
    );
    expect(v.issues).toEqual([]);
    expect(v).toMatchObject({ rowCount: 2, paidCount: 1, failedCount: 1, paidFen: 100000 });
    expect(v.results).toEqual([
      { lineNo: 1, result: 'paid', failureReason: null, bankReference: null },
      { lineNo: 2, result: 'failed', failureReason: '户名与账号不符', bankReference: null },
    ]);
  });

  it('reports every bad line by its row: unknown, duplicate, wrong amount, answered before, no reason', () => {
    const v = validateBankResults(
      batch,
      [
        header,
        [ref(1), '1000.00', '成功', ''],
        [ref(1), '1000.00', '成功', ''],
        ['FB2026-000008-000001', '1000.00', '成功', ''],
        [ref(9), '1000.00', '成功', ''],
        [ref(2), '2500.49', '成功', ''],
        [ref(3), '1000.00', '成功', ''],
      ],
      (n) => roster.get(n),
    );
    expect(v.issues).toEqual([
      { row: 3, code: 'reference_duplicate', reference: ref(1) },
      { row: 4, code: 'reference_unknown', reference: 'FB2026-000008-000001' },
      { row: 5, code: 'reference_unknown', reference: ref(9) },
      { row: 6, code: 'amount_mismatch', reference: ref(2) },
      { row: 7, code: 'already_answered', reference: ref(3) },
    ]);
    const w = validateBankResults(
      batch,
      [header, [ref(1), 'abc', '成功'], [ref(2), '2500.50', '失败', ''], []],
      (n) => roster.get(n),
    );
    expect(w.issues.map((i) => i.code)).toEqual(['amount_malformed', 'reason_required']);
  });

  it('refuses a file without its columns or without lines', () => {
    expect(validateBankResults(batch, [['序号', '姓名']], (n) => roster.get(n)).issues).toEqual([
      { row: 1, code: 'header_missing', column: '明细号' },
      { row: 1, code: 'header_missing', column: '金额(元)' },
      { row: 1, code: 'header_missing', column: '发放结果' },
    ]);
    expect(validateBankResults(batch, [header], (n) => roster.get(n)).issues).toEqual([
      { row: 2, code: 'file_empty' },
    ]);
    expect(validateBankResults(batch, [], (n) => roster.get(n)).issueCount).toBe(1);
  });

  it('keeps the report bounded while counting every issue', () => {
    const rows = [header, ...Array.from({ length: 50 }, (_, i) => [ref(100 + i), '1.00', '成功'])];
    const v = validateBankResults(batch, rows, (n) => roster.get(n), 10);
    expect(v.issues).toHaveLength(10);
    expect(v.issueCount).toBe(50);
  });
});
