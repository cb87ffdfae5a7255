// The province note's read replica (docs/operations/scaling.md), tried for real: a primary of the test's
// own (initdb on a spare port, never the shared server), a streaming replica made with pg_basebackup -R,
// the platform's schema migrated on the primary, and a row written there read on the replica.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type DbHandle, migrateToLatest } from '@talent/db';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/platform.js';

const BIN = '/usr/lib/postgresql/15/bin';
const root = mkdtempSync(path.join(os.tmpdir(), 'talent-replica-'));
const started: string[] = [];
const handles: DbHandle[] = [];

// PostgreSQL refuses to run as root: as root, the cluster's commands run as the postgres user.
function pg(command: string, args: string[]) {
  const asRoot = process.getuid?.() === 0;
  execFileSync(
    asRoot ? 'runuser' : path.join(BIN, command),
    asRoot ? ['-u', 'postgres', '--', path.join(BIN, command), ...args] : args,
    {
      stdio: 'pipe',
    },
  );
}

async function startCluster(dir: string, port: number) {
  pg('pg_ctl', [
    '-D',
    dir,
    '-l',
    `${dir}.log`,
    '-w',
    '-o',
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`,
    'start',
  ]);
  started.push(dir);
}

afterAll(async () => {
  for (const h of handles) await h.close();
  for (const dir of started) pg('pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']);
  rmSync(root, { recursive: true, force: true });
});

describe.runIf(existsSync(path.join(BIN, 'initdb')))('a streaming read replica (pg_basebackup)', () => {
  it('replays what the primary commits, and refuses writes', async () => {
    if (process.getuid?.() === 0)
      chownSync(root, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
    const primary = path.join(root, 'primary');
    const replica = path.join(root, 'replica');
    const [p1, p2] = [await freePort(), await freePort()];
    pg('initdb', ['-D', primary, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await startCluster(primary, p1);
    pg('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(p1),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
    ]);
    await startCluster(replica, p2);

    const write = await createDb({
      databaseUrl: `postgres://postgres@127.0.0.1:${p1}/postgres`,
      poolSize: 1,
    });
    const read = await createDb({ databaseUrl: `postgres://postgres@127.0.0.1:${p2}/postgres`, poolSize: 1 });
    handles.push(write, read);
    await migrateToLatest(write.db);
    // a table of the drill's own: the audit trail takes only chained rows (docs/decisions/0010)
    await sql`create table replica_drill (action text not null)`.execute(write.db);
    await sql`insert into replica_drill values ('replica.drill')`.execute(write.db);
    let seen: { action: string }[] = [];
    for (let i = 0; i < 100 && seen.length === 0; i++) {
      try {
        seen = (await sql<{ action: string }>`select action from replica_drill`.execute(read.db)).rows;
      } catch {
        // the schema itself has not arrived yet
      }
      if (seen.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toEqual([{ action: 'replica.drill' }]);
    await expect(sql`insert into replica_drill values ('x')`.execute(read.db)).rejects.toThrow(
      /read-only transaction/,
    );
  });
});
