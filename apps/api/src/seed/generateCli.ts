import { parseArgs } from 'node:util';
import { createDb, dataDir, dbOptionsFromEnv, migrateToLatest } from '@talent/db';
import { createPii, loadPiiKey } from '../platform/pii.js';
import { generateApplications } from './generate.js';

// pnpm db:generate --applications 1000000 [--batch 5000] — tops the generated set up to that size
// (PostgreSQL of DATABASE_URL, else the embedded PGlite). See docs/operations/review-queue.md.
const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '5000' },
  },
});
const applications = Number(values.applications);
const batchSize = Number(values.batch);
if (!Number.isSafeInteger(applications) || applications < 1 || applications > 50_000_000) {
  console.error('--applications must be a whole number from 1 to 50,000,000');
  process.exit(2);
}
if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 50_000) {
  console.error('--batch must be a whole number from 1 to 50,000');
  process.exit(2);
}

const options = dbOptionsFromEnv();
if (!options.databaseUrl && applications > 100_000) {
  console.warn(
    `warning: no DATABASE_URL, so this fills the embedded PGlite (${options.dataDir}); ${applications.toLocaleString('en-US')} applications there take long and make the folder large. Set DATABASE_URL for a real PostgreSQL.`,
  );
}
const handle = await createDb(options);
try {
  await migrateToLatest(handle.db);
  await generateApplications(handle.db, {
    applications,
    batchSize,
    pii: createPii(loadPiiKey(dataDir())),
    log: (line) => console.log(line),
  });
} finally {
  await handle.close();
}
