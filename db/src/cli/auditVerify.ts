import { openAppDb } from '../appRole.js';
import { verifyAuditChain } from '../auditVerify.js';
import { dbOptionsFromEnv } from '../dataDir.js';

// pnpm audit:verify — walks the audit trail's hash chain (docs/decisions/0010-audit-trail.md) with
// the application's read rights; exits 1 and names the first bad row when the chain is broken.
const handle = await openAppDb({ ...dbOptionsFromEnv(), poolSize: 1 });
try {
  const report = await verifyAuditChain(handle.db);
  if (report.ok) {
    const range = report.firstSeq === null ? 'empty' : `seq ${report.firstSeq}–${report.lastSeq}`;
    console.log(`audit chain OK: ${report.rows} rows (${range}), last hash ${report.lastHash}`);
  } else {
    const { seq, id, kind, message } = report.fault;
    console.error(`audit chain BROKEN at seq ${seq} (id ${id}): ${kind} — ${message}`);
    console.error(`${report.rows} rows before it verified`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
