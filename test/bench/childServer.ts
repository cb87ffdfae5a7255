import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The API as `pnpm start` runs it, in a child process of its own on a free port, for the benches
// that measure the server's own memory (VmHWM of the child, not of the bench).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type ChildServer = { child: ChildProcess; base: string; stop: () => Promise<void> };

export async function startServer(databaseUrl: string, piiKey: Buffer): Promise<ChildServer> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: path.join(root, 'apps/api'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PII_KEY: piiKey.toString('base64'),
      MIGRATE_ON_START: '0',
      LOG_REQUESTS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server ended (${code}): ${out}`)));
  });
  child.removeAllListeners('exit');
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Peak resident set of a process so far, in MB. */
export function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
