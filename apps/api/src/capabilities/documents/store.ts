import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '@talent/db';

/**
 * The file store: each file once, under its SHA-256 (`<root>/ab/abcdef…`). Root is
 * TALENT_UPLOADS_DIR, else `<data folder>/uploads`; read at each call so tests and operators can move it.
 */
export function uploadsRoot(): string {
  return process.env.TALENT_UPLOADS_DIR || path.join(dataDir(), 'uploads');
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function pathOf(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
  return path.join(uploadsRoot(), sha256.slice(0, 2), sha256);
}

/**
 * Stores the bytes under their hash: written to a temporary file in the same folder and renamed, so a
 * reader never sees half a file and a crash leaves nothing under the final name. Returns whether this
 * call created the file (false when the same content was stored before).
 */
export async function storeBytes(sha256: string, bytes: Uint8Array): Promise<boolean> {
  const target = pathOf(sha256);
  if (await exists(target)) return false;
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomUUID()}.part`;
  try {
    await writeFile(temp, bytes, { flag: 'wx', mode: 0o600 });
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return true;
}

export async function removeBytes(sha256: string): Promise<void> {
  await rm(pathOf(sha256), { force: true });
}

export function readBytes(sha256: string): Promise<Buffer> {
  return readFile(pathOf(sha256));
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
