// `pnpm fuzz [seed] [runs]`: the API's schema-driven fuzzing (apps/api/src/security/fuzz.test.ts) at
// 20,000 cases by default; `pnpm test` runs it at 2,000 with a fixed seed. PGlite unless
// TEST_DATABASE_URL names a PostgreSQL database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [seed = String(Date.now() % 2 ** 31), runs = '20000'] = process.argv.slice(2);
if (!/^\d+$/.test(seed) || !/^\d+$/.test(runs)) {
  console.error('usage: pnpm fuzz [seed] [runs]');
  process.exit(2);
}
console.log(`fuzzing ${runs} cases with seed ${seed}`);
const { status } = spawnSync(
  path.join(root, 'node_modules', '.bin', 'vitest'),
  ['run', '--root', 'apps/api', 'src/security/fuzz.test.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', FUZZ_SEED: seed, FUZZ_RUNS: runs, FUZZ_SECONDS: '0' },
  },
);
process.exit(status ?? 1);
