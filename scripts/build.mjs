// Builds what is stale: the three portals (Vite) and the API server bundle (esbuild), each when its
// sources are newer than its last build.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const portals = ['applicant', 'employer', 'bureau'];
const shared = [
  'packages/ui/src',
  'packages/domain/src',
  'packages/ui/package.json',
  'packages/domain/package.json',
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function stampOf(portal) {
  return path.join(root, 'apps', portal, 'dist', '.build-stamp');
}

export function stalePortals() {
  const sharedMtime = Math.max(...shared.map((p) => newestMtime(path.join(root, p))));
  return portals.filter((portal) => {
    const stamp = stampOf(portal);
    if (!existsSync(stamp)) return true;
    const built = statSync(stamp).mtimeMs;
    return Math.max(sharedMtime, newestMtime(path.join(root, 'apps', portal))) > built;
  });
}

const serverSources = ['apps/api/src', 'apps/api/package.json', 'db/src', 'packages/domain/src'];
export const serverBundle = path.join(root, 'apps', 'api', 'dist', 'server.mjs');

/**
 * The API as one ES module: loading it takes a fraction of the time that tsx needs to resolve and
 * transpile a few hundred files, which is most of a cold start. Packages with native code or
 * WebAssembly stay outside and load from node_modules.
 */
export async function buildServer({ force = false, log = console.log } = {}) {
  const stamp = `${serverBundle}.stamp`;
  const newest = Math.max(...serverSources.map((p) => newestMtime(path.join(root, p))));
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= newest) return false;
  const started = Date.now();
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'apps', 'api', 'src', 'index.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    external: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'pg-native', 'fast-check', 'exceljs'],
    // CommonJS packages inside an ES module bundle still call require()
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  writeFileSync(stamp, new Date().toISOString());
  log(`built API server bundle in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

export async function buildPortals({ force = false, log = console.log } = {}) {
  const todo = force ? portals : stalePortals();
  if (todo.length === 0) return [];
  const { build } = await import('vite');
  for (const portal of todo) {
    const started = Date.now();
    const portalRoot = path.join(root, 'apps', portal);
    await build({ root: portalRoot, configFile: path.join(portalRoot, 'vite.config.ts'), logLevel: 'warn' });
    writeFileSync(stampOf(portal), new Date().toISOString());
    log(`built ${portal} portal in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return todo;
}

export async function buildAll(options = {}) {
  await buildServer(options);
  await buildPortals(options);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll({ force: process.argv.includes('--force') });
}
