import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { dataDir, dbOptionsFromEnv, openAppDb } from '@talent/db';
import { Hono } from 'hono';
import { createApp } from './app.js';
import { importLegacyUploads } from './capabilities/documents/store.js';
import { printDemoSmsCodes } from './capabilities/notifications/service.js';
import { configFromEnv } from './platform/config.js';
import { portalSecurityHeaders } from './platform/headers.js';
import { createPii, loadPiiKey } from './platform/pii.js';
import { startScheduler } from './platform/scheduler.js';
import { seedDemo } from './seed/seed.js';

const defaultAppsDir = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The three portals, each a static SPA with an index.html fallback for its client-side routes. */
function portalsIn(appsDir: string) {
  return [
    { prefix: '/employer', dist: path.join(appsDir, 'employer', 'dist'), name: 'employer' },
    { prefix: '/bureau', dist: path.join(appsDir, 'bureau', 'dist'), name: 'bureau' },
    { prefix: '', dist: path.join(appsDir, 'applicant', 'dist'), name: 'applicant' },
  ] as const;
}

function notBuiltPage(name: string): string {
  return `<!doctype html><meta charset="utf-8"><title>Qingyang Talent</title>
<p>The ${name} portal has not been built yet. Run <code>pnpm build</code>, then reload.</p>
<p>门户尚未构建,请先运行 <code>pnpm build</code>。</p>`;
}

/** Static portals: assets from dist, any other GET under the prefix gets index.html. */
export function createPortalApp(appsDir = defaultAppsDir) {
  const web = new Hono();
  web.use('*', portalSecurityHeaders);
  for (const portal of portalsIn(appsDir)) {
    const pattern = portal.prefix ? `${portal.prefix}/*` : '*';
    if (portal.prefix) web.get(portal.prefix, (c) => c.redirect(`${portal.prefix}/`, 301));
    if (!existsSync(path.join(portal.dist, 'index.html'))) {
      web.get(pattern, (c) => c.html(notBuiltPage(portal.name), 503));
      continue;
    }
    const strip = (p: string) =>
      portal.prefix && p.startsWith(portal.prefix) ? p.slice(portal.prefix.length) || '/' : p;
    web.use(pattern, serveStatic({ root: portal.dist, rewriteRequestPath: strip }));
    web.get(pattern, serveStatic({ root: portal.dist, path: 'index.html' }));
  }
  return web;
}

/** '/api' or '/api/…' (cheaper than parsing the URL on every request). */
function isApiPath(url: string): boolean {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return false;
  const rest = url.slice(start, start + 5);
  return rest === '/api/' || rest === '/api' || rest === '/api?';
}

export type ServerOptions = {
  port?: number;
  hostname?: string;
  /** Create the demo data (idempotent) after migrating: `pnpm start` does. */
  seedDemo?: boolean;
};

/**
 * Opens the database (migrating it as the owner, then working as talent_app: APP_DATABASE_URL when
 * set, else SET ROLE over DATABASE_URL), builds the API and the portals, and listens.
 */
export async function startServer(options: ServerOptions = {}) {
  const port = options.port ?? Number(process.env.PORT ?? 3000);
  const hostname = options.hostname ?? process.env.HOST ?? '0.0.0.0';
  const handle = await openAppDb({
    ...dbOptionsFromEnv(),
    poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
    migrate: process.env.MIGRATE_ON_START !== '0',
    appDatabaseUrl: process.env.APP_DATABASE_URL || undefined,
  });
  // files of the former disk store, once (docs/decisions/0011)
  const imported = await importLegacyUploads(handle.db);
  if (imported > 0)
    console.log(`documents: ${imported} files copied from the uploads folder into the database`);
  const pii = createPii(loadPiiKey(dataDir()));
  if (options.seedDemo) {
    await seedDemo(handle.db, { pii });
    printDemoSmsCodes();
  }
  const api = createApp({
    db: handle.db,
    engine: handle.engine,
    pii,
    config: configFromEnv(),
    poolStats: handle.poolStats,
  });
  const web = createPortalApp();

  const server = serve({
    port,
    hostname,
    fetch: (req, env) => (isApiPath(req.url) ? api.fetch(req, env) : web.fetch(req, env)),
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  startScheduler(handle.db, { pii }, server);
  console.log(
    `Qingyang Talent listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (${handle.engine})`,
  );

  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await handle.close();
  };
  return { server, close, port, engine: handle.engine };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { close } = await startServer();
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
