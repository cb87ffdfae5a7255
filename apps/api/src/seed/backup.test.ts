import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, migrateToLatest } from '@talent/db';
import { asOwner, createScratchDb, testDatabaseUrl } from '@talent/db/testing';
import { describe, expect, it } from 'vitest';
import { writeAudit } from '../platform/audit.js';
import { fingerprint } from '../testing/dbFingerprint.js';
import { testPii } from '../testing/index.js';
import { seedDemo } from './seed.js';

// pnpm db:backup / db:restore (db/src/cli): a seeded database backed up, restored into a new one, and
// compared table by table, the audit log row by row, and every sequence (a restored sequence behind its
// table would hand out numbers that exist).
const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

function cli(script: 'backup' | 'restore', file: string, env: Record<string, string>) {
  execFileSync(tsx, [path.join(repoRoot, 'db', 'src', 'cli', `${script}.ts`), file], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: 'pipe',
  });
}

describe.runIf(testDatabaseUrl())('db:backup and db:restore on PostgreSQL', () => {
  it('restores a seeded database into a new one with every row, the audit log and the sequences', async () => {
    const source = await createScratchDb();
    const target = await createScratchDb({ migrate: false });
    try {
      await seedDemo(source.db, { pii: testPii });
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'talent-backup-')), 'talent.dump');
      cli('backup', file, { DATABASE_URL: source.databaseUrl ?? '' });
      cli('restore', file, { DATABASE_URL: target.databaseUrl ?? '' });
      // every table, the migrator's too, is read as the owner
      const before = await asOwner(source.db, fingerprint);
      expect(before.chainOk).toBe(true);
      expect(before.counts.document_blob).toBeGreaterThan(0);
      expect(before.audit?.n).toBeGreaterThan(100);
      expect(await fingerprint(target.db)).toEqual(before);
      // and it refuses to restore over data
      expect(() => cli('restore', file, { DATABASE_URL: target.databaseUrl ?? '' })).toThrow();
    } finally {
      await source.dispose();
      await target.dispose();
    }
  }, 240_000);
});

describe('db:backup and db:restore on the embedded engine', () => {
  it('restores the data folder (database and keys) into an empty one', async () => {
    const from = mkdtempSync(path.join(tmpdir(), 'talent-data-'));
    const to = mkdtempSync(path.join(tmpdir(), 'talent-data-'));
    const open = (folder: string) => createDb({ dataDir: path.join(folder, 'pglite') });
    const source = await open(from);
    await migrateToLatest(source.db);
    await writeAudit(
      source.db,
      { requestId: 'backup-drill' },
      {
        actor: null,
        action: 'backup.drill',
        entity: 'test',
        entityId: null,
      },
    );
    const before = await fingerprint(source.db);
    await source.close();
    const file = path.join(to, '..', `${path.basename(to)}.tar.gz`);
    cli('backup', file, { TALENT_DATA_DIR: from });
    cli('restore', file, { TALENT_DATA_DIR: to });
    const restored = await open(to);
    try {
      expect(await fingerprint(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
    expect(() => cli('restore', file, { TALENT_DATA_DIR: to })).toThrow();
  }, 120_000);
});
