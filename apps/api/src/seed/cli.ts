import { createDb, dbOptionsFromEnv, migrateToLatest } from '@talent/db';
import { DEMO_SIGN_INS, seedDemo } from './seed.js';

// pnpm db:seed — migrates, then creates the demo data (idempotent) and lists the demo sign-ins.
const handle = await createDb(dbOptionsFromEnv());
try {
  const applied = await migrateToLatest(handle.db);
  if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
  const { created } = await seedDemo(handle.db);
  console.log(created.length ? `seeded: ${created.join('; ')}` : 'demo data already present; nothing to do');
  console.log(`\nDemo sign-ins (${handle.engine}); password for all: ${DEMO_SIGN_INS[0]?.password}`);
  for (const s of DEMO_SIGN_INS)
    console.log(`  ${s.path.padEnd(11)} ${s.kind.padEnd(9)} ${s.login.padEnd(12)} ${s.who}`);
} finally {
  await handle.close();
}
