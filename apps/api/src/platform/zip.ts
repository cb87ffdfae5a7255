import { createInflateRaw } from 'node:zlib';

// The entries of a zip held in memory (an uploaded .xlsx), each inflated as a stream of chunks so
// that a zip bomb costs a chunk of memory, not its uncompressed size. The sizes a zip declares are
// only claims: the bytes that come out of the inflater are what is counted.

export type ZipEntry = {
  name: string;
  method: number;
  /** Where the compressed data start (past the local header) and how long they are. */
  offset: number;
  compressedSize: number;
  /** As the central directory claims it. */
  uncompressedSize: number;
};

/** Why a zip cannot be read: not a zip we read (`unreadable`), or bigger than allowed (`tooLarge`). */
export class ZipProblem extends Error {
  constructor(readonly problem: 'unreadable' | 'tooLarge') {
    super(problem);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// An .xlsx has a few dozen parts; thousands of entries are no workbook.
const MAX_ENTRIES = 10_000;

/** The entries by name, from the central directory. Zip64, encrypted or split archives are refused. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const bad = () => new ZipProblem('unreadable');
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw bad();
  const count = u16(end + 10);
  const directoryOffset = u32(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || count > MAX_ENTRIES) throw bad();
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || u32(at) !== CENTRAL) throw bad();
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    const compressedSize = u32(at + 20);
    const uncompressedSize = u32(at + 24);
    // bit 0: encrypted
    if (flags & 1 || compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) throw bad();
    if (local + 30 > bytes.byteLength || u32(local) !== LOCAL) throw bad();
    const offset = local + 30 + u16(local + 26) + u16(local + 28);
    if (offset + compressedSize > bytes.byteLength) throw bad();
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { name, method: u16(at + 10), offset, compressedSize, uncompressedSize });
    at = next;
  }
  return entries;
}

const CHUNK = 64 * 1024;

/**
 * The entry's uncompressed bytes, chunk by chunk. Stops with `tooLarge` as soon as more than `budget`
 * bytes come out, or more than the entry declared (a zip that lies about its sizes is a bomb).
 */
export async function* inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
): AsyncGenerator<Uint8Array> {
  const limit = Math.min(budget, entry.uncompressedSize);
  const data = bytes.subarray(entry.offset, entry.offset + entry.compressedSize);
  if (entry.method === 0) {
    if (data.byteLength > limit) throw new ZipProblem('tooLarge');
    for (let at = 0; at < data.byteLength; at += CHUNK) yield data.subarray(at, at + CHUNK);
    return;
  }
  if (entry.method !== 8) throw new ZipProblem('unreadable');
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(data);
  let seen = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      seen += chunk.byteLength;
      if (seen > limit) throw new ZipProblem('tooLarge');
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ZipProblem) throw err;
    // zlib's own errors: corrupt or truncated data
    throw new ZipProblem('unreadable');
  } finally {
    inflater.destroy();
  }
}
