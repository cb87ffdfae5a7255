// pnpm bench:api — throughput and p99 of GET /api/health and an authenticated GET /api/me, against a
// bare node:http hello in the same run; then the cold start time of the platform on an existing data
// folder. Runs on PostgreSQL when DATABASE_URL is set, else on the embedded PGlite.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, startPlatform } from '../support/platform.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const databaseUrl = process.env.DATABASE_URL || undefined;

interface Figure {
  target: string;
  reqPerSec: number;
  p99Ms: number;
  non2xx: number;
}

async function load(target: string, url: string, headers: Record<string, string> = {}): Promise<Figure> {
  // a short warm-up so that JIT and connection pools are settled before measuring
  await autocannon({ url, connections, duration: 2, headers });
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return {
    target,
    reqPerSec: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    non2xx: r.non2xx + r.errors,
  };
}

async function bareHello(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const code = `require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/plain'});s.end('hello')}).listen(${port},'127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { url, stop: () => child.kill() };
}

async function signIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ kind: 'applicant', login: '13800138000', password: 'qingyang2026' }),
  });
  if (res.status !== 200) throw new Error(`demo sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'talent-bench-'));
try {
  console.log(
    `engine: ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (embedded)'}; ${connections} connections, ${seconds} s each`,
  );
  const platform = await startPlatform({ dataDir, databaseUrl, env: { LOG_REQUESTS: '0' } });
  const cookie = await signIn(platform.baseUrl);
  const hello = await bareHello();
  const figures = [
    await load('node:http hello (baseline)', hello.url),
    await load('GET /api/health', `${platform.baseUrl}/api/health`),
    await load('GET /api/me (signed in)', `${platform.baseUrl}/api/me`, { cookie }),
  ];
  hello.stop();
  await platform.stop();
  console.table(figures);

  // cold start: the data folder exists and is migrated and seeded by the run above
  const coldRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const p = await startPlatform({ dataDir, databaseUrl, viaPnpm: true });
    coldRuns.push(Date.now() - started);
    await p.stop();
  }
  console.log(
    `cold \`pnpm start\` to first 200 from /api/health: ${coldRuns.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`,
  );
  const me = figures[2]!;
  console.log(`/api/me: ${me.reqPerSec} req/s (target ≥ 5000) — ${me.reqPerSec >= 5000 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
