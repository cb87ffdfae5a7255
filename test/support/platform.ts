import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(
  baseUrl: string,
  timeoutMs: number,
  child?: ChildProcess,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`platform exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`platform at ${baseUrl} not healthy within ${timeoutMs} ms`);
}

export interface RunningPlatform {
  baseUrl: string;
  dataDir: string;
  msToHealthy: number;
  /** SIGKILL, as a crash would: no graceful close. */
  kill(): void;
  stop(): Promise<void>;
}

/**
 * Starts the platform exactly as `pnpm start` does, on a free port, with its own data folder
 * (fresh embedded database unless `databaseUrl` is given).
 */
export async function startPlatform(
  options: { dataDir?: string; databaseUrl?: string; env?: Record<string, string>; viaPnpm?: boolean } = {},
): Promise<RunningPlatform> {
  const port = await freePort();
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'talent-e2e-'));
  // viaPnpm measures what a user types; otherwise skip npx's own start-up
  const [command, args] = options.viaPnpm
    ? ['npx', ['-y', 'pnpm@12.4.2', 'start']]
    : [process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')]];
  const child = spawn(command, args, {
    detached: true,
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      TALENT_DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      LOG_REQUESTS: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
    // A background job that failed explains a journey waiting for its effect (logged without data).
    if (String(d).includes('scheduler:')) process.stderr.write(d);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // a group already gone (killed by the test) is not an error
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  let msToHealthy: number;
  try {
    msToHealthy = await waitForHealth(baseUrl, 90_000, child);
  } catch (error) {
    process.kill(-child.pid!, 'SIGKILL');
    throw new Error(`${(error as Error).message}\n--- platform output ---\n${output}`);
  }
  return {
    baseUrl,
    dataDir,
    msToHealthy,
    kill() {
      signalGroup('SIGKILL');
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // the whole process group: pnpm/npx would otherwise leave the server behind
        signalGroup('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) signalGroup('SIGKILL');
      }
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
