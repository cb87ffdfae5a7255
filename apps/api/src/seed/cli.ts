import { dbOptionsFromEnv, openAppDb } from '@talent/db';
import { DEMO_SIGN_INS, seedDemo } from './seed.js';

// pnpm db:seed — migrates, then (as talent_app, like the server) creates the demo data (idempotent) and lists the demo sign-ins.
const handle = await openAppDb({ ...dbOptionsFromEnv(), migrate: true });
try {
  const { created } = await seedDemo(handle.db);
  console.log(created.length ? `seeded: ${created.join('; ')}` : 'demo data already present; nothing to do');
  console.log(`\nDemo sign-ins (${handle.engine}); password for all: ${DEMO_SIGN_INS[0]?.password}`);
  for (const s of DEMO_SIGN_INS)
    console.log(`  ${s.path.padEnd(11)} ${s.kind.padEnd(9)} ${s.login.padEnd(12)} ${s.who}`);
} finally {
  await handle.close();
}
