import { deflateSync } from 'node:zlib';
import { TEST_ORIGIN, type TestHarness } from '../../testing/index.js';

// Real files, built byte by byte, for the upload tests: each is what its name says, except the
// executable, which only pretends.

export function pdf(extraBytes = 0): Uint8Array {
  const body = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;
  const head = new TextEncoder().encode(body);
  const out = new Uint8Array(head.length + extraBytes);
  out.set(head);
  out.fill(0x20, head.length);
  return out;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A 2×2 grey PNG. */
export function png(): Uint8Array {
  const header = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 2);
  v.setUint32(4, 2);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = new Uint8Array([0, 128, 128, 0, 128, 128]);
  const parts = [
    header,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The start of a JPEG/JFIF file. */
export function jpeg(): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);
}

/** An ELF executable header: what a renamed program looks like inside. */
export function elf(): Uint8Array {
  const out = new Uint8Array(128);
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  out[16] = 2; // ET_EXEC
  out[18] = 0x3e; // x86-64
  return out;
}

/** POST /api/documents with one multipart part `file`. */
export function upload(h: TestHarness, cookie: string | undefined, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set('file', new File([bytes], name, { type: 'application/octet-stream' }));
  const headers: Record<string, string> = { origin: TEST_ORIGIN };
  if (cookie) headers.cookie = cookie;
  return h.app.request('/api/documents', { method: 'POST', headers, body: form });
}
