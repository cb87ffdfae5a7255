// Builds the three portals when their sources are newer than their last build.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const portals = ['applicant', 'employer', 'bureau'];
const shared = ['packages/ui/src', 'packages/domain/src', 'packages/ui/package.json', 'packages/domain/package.json'];

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPortals({ force: process.argv.includes('--force') });
}
