import { moveDatabase } from '@talent/db';
import { asOwner, createScratchDb, testDatabaseUrl } from '@talent/db/testing';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../testing/dbFingerprint.js';
import { testPii } from '../testing/index.js';
import { seedDemo } from './seed.js';

// pnpm db:move-to-postgres (db/src/cli/moveToPostgres.ts): the demo city on the embedded engine moved
// into a new PostgreSQL database arrives whole — rows, documents, audit chain, sequences.
describe.runIf(testDatabaseUrl())('the move from the embedded engine to PostgreSQL', () => {
  it('copies every row, the audit chain and the sequences, and refuses to move into data', async () => {
    const source = await createScratchDb({ databaseUrl: null });
    const target = await createScratchDb();
    try {
      await seedDemo(source.db, { pii: testPii });
      await asOwner(source.db, (from) =>
        asOwner(target.db, async (to) => {
          const report = await moveDatabase(from, to);
          expect(report.tables.find((t) => t.name === 'document_blob')?.rows).toBeGreaterThan(0);
          const before = await fingerprint(from);
          expect(before.chainOk).toBe(true);
          expect(before.audit?.n).toBeGreaterThan(100);
          expect(await fingerprint(to)).toEqual(before);
          // a second move would merge two cities: refused, and nothing written
          await expect(moveDatabase(from, to)).rejects.toThrow(/not empty/);
          expect(await fingerprint(to)).toEqual(before);
        }),
      );
    } finally {
      await source.dispose();
      await target.dispose();
    }
  }, 240_000);
});
