// `pnpm test`: every check the project has, in order, ending with one pass/fail count.
// Integration tests run on the embedded PGlite, and again on PostgreSQL when
// TEST_DATABASE_URL (or DATABASE_URL) names one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPortals } from './build.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = path.join(root, 'test-results', 'vitest');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';
const only = process.argv.slice(2); // e.g. `pnpm test api e2e` runs only those phases
const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return { ok: status === 0, seconds: (Date.now() - started) / 1000 };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  results.push({ label, ok, seconds, passed: 0, failed: ok ? 0 : 1, checks: true });
}

function vitest(label, project, extraArgs = [], env = {}) {
  const out = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = run(
    label,
    bin('vitest'),
    [
      'run',
      '--root',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...extraArgs,
    ],
    // the PGlite pass must not pick up a server from the caller's environment; building the portals
    // in this process set NODE_ENV=production (Vite does), which the test runs must not inherit
    { TEST_DATABASE_URL: '', DATABASE_URL: '', NODE_ENV: 'test', ...env },
  );
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (ok ? 0 : report.numFailedTests === 0 ? 1 : 0);
  }
  results.push({ label, ok, seconds, passed, failed });
}

const want = (phase) => only.length === 0 || only.includes(phase);

if (want('lint')) check('lint (biome)', bin('biome'), ['check', '.']);
if (want('lint')) check('commit habit', 'node', ['scripts/check-commits.mjs']);
if (want('typecheck')) check('typecheck (tsc -b)', bin('tsc'), ['-b']);
if (want('domain'))
  vitest('domain unit + property tests (coverage ≥ 95%)', 'packages/domain', ['--coverage']);
if (want('ui')) vitest('ui component tests', 'packages/ui');
if (want('db')) vitest('db on PGlite', 'db');
if (want('api')) vitest('api integration on PGlite', 'apps/api');
if (postgresUrl) {
  if (want('db')) vitest('db on PostgreSQL', 'db', [], { TEST_DATABASE_URL: postgresUrl });
  if (want('api'))
    vitest('api integration on PostgreSQL', 'apps/api', [], { TEST_DATABASE_URL: postgresUrl });
} else {
  console.log('\n(no TEST_DATABASE_URL: integration tests ran on PGlite only)');
}
// Two API processes behind nginx on one PostgreSQL database (test/cluster): with a TEST_DATABASE_URL
// where nginx is installed (.ci/run installs it), and whenever asked for by name (`pnpm test:cluster`,
// on 127.0.0.1:5432 without TEST_DATABASE_URL), which then fails without nginx.
if (want('cluster')) {
  if ((postgresUrl && existsSync('/usr/sbin/nginx')) || only.includes('cluster'))
    vitest('cluster: two API processes behind nginx', 'test', ['--config', 'vitest.cluster.config.ts'], {
      TEST_DATABASE_URL: postgresUrl,
    });
  else console.log('\n(no TEST_DATABASE_URL or no /usr/sbin/nginx: the cluster phase did not run)');
}
if (want('e2e')) {
  try {
    ensureChromium();
    await buildPortals();
    vitest('end-to-end journeys in Chromium', 'test');
  } catch (error) {
    console.error(error);
    results.push({ label: 'end-to-end journeys in Chromium', ok: false, seconds: 0, passed: 0, failed: 1 });
  }
}

console.log('\nSummary');
for (const r of results) {
  const counts = r.checks ? (r.ok ? 'ok' : 'FAILED') : `${r.passed} passed, ${r.failed} failed`;
  console.log(`  ${r.ok ? '✓' : '✗'} ${r.label}: ${counts} (${r.seconds.toFixed(1)} s)`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const allOk = results.every((r) => r.ok);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(allOk && failed === 0 ? 0 : 1);
