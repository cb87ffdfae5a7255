import { createHash } from 'node:crypto';
import { readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '@talent/db';
import type { Db } from '../../platform/db.js';

/**
 * The document store: each file's bytes once, keyed by their SHA-256, in the `document_blob` table of
 * the platform's own database (docs/decisions/0011), so that every API process serves every document
 * and one backup holds rows and bytes together. These three functions are the whole interface; an
 * object store would replace them (put once by hash, get by hash) without touching their callers.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores the bytes under their hash, in the caller's transaction: a failed upload leaves nothing, and
 * two uploads of the same content at once keep one copy. Returns whether this call stored them.
 */
export async function storeBytes(db: Db, sha256: string, bytes: Uint8Array): Promise<boolean> {
  const row = await db
    .insertInto('document_blob')
    .values({ sha256, bytes, size_bytes: bytes.byteLength })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returning('sha256')
    .executeTakeFirst();
  return row !== undefined;
}

/** The bytes of a stored file, whole (at most the 10 MB an upload may have). */
export async function readBytes(db: Db, sha256: string): Promise<Buffer> {
  const row = await db
    .selectFrom('document_blob')
    .select('bytes')
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
  const bytes = row.bytes;
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The former disk store: `<root>/ab/abcdef…` under TALENT_UPLOADS_DIR, else `<data folder>/uploads`.
 * Its files are copied into the database once, at start; the folder is then renamed
 * `uploads.imported` (kept, not deleted, until the operator has checked a backup).
 */
export function legacyUploadsRoot(): string {
  return process.env.TALENT_UPLOADS_DIR || path.join(dataDir(), 'uploads');
}

export async function importLegacyUploads(db: Db, root = legacyUploadsRoot()): Promise<number> {
  let folders: string[];
  try {
    folders = await readdir(root);
  } catch {
    return 0;
  }
  let imported = 0;
  for (const folder of folders.filter((f) => /^[0-9a-f]{2}$/.test(f))) {
    for (const name of await readdir(path.join(root, folder))) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue; // a `.part` left by a crash was never a document
      const bytes = await readFile(path.join(root, folder, name));
      // a file whose content no longer matches its name is not imported under that name
      if (sha256Hex(bytes) !== name) throw new Error(`uploads: ${folder}/${name} does not match its hash`);
      if (await storeBytes(db, name, bytes)) imported += 1;
    }
  }
  await rename(root, `${root}.imported`);
  return imported;
}
