import { createDb } from '../createDb.js';
import { dbOptionsFromEnv } from '../dataDir.js';
import { migrateToLatest } from '../migrate.js';

const handle = await createDb(dbOptionsFromEnv());
try {
  const applied = await migrateToLatest(handle.db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await handle.close();
}
