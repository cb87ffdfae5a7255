import { maxUploadBytes } from '@talent/domain';
import { ApiError, fieldError } from '../../platform/errors.js';

// The multipart envelope (boundaries, part headers) around the file: generous, yet bounded.
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = () => new ApiError('payload_too_large', { messageKey: 'error.payload_too_large.upload' });

/**
 * The uploaded file of a multipart request (at most `maxBytes`), refusing a body larger than the limit before reading it
 * all: first by its Content-Length, then by counting bytes as they stream in (a client may lie or
 * send chunked), so a 2 GB body costs at most the limit in memory.
 */
export async function readUploadedFile(
  request: Request,
  maxBytes: number = maxUploadBytes,
): Promise<{ name: string; bytes: Uint8Array }> {
  const cap = maxBytes + ENVELOPE_BYTES;
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > cap) throw tooLarge();
  if (!/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) {
    throw new ApiError('unsupported_media_type', { messageKey: 'error.unsupported_media_type.upload' });
  }
  if (!request.body) throw fieldError('file', 'validation.upload.missing');
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > cap) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  let form: FormData;
  try {
    form = await new Response(counted, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch (err) {
    if (seen > cap) throw tooLarge();
    if (err instanceof ApiError) throw err;
    throw fieldError('file', 'validation.upload.missing');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw fieldError('file', 'validation.upload.missing');
  if (file.size === 0) throw fieldError('file', 'validation.upload.empty');
  if (file.size > maxBytes) throw tooLarge();
  return { name: cleanName(file.name), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The file's own name, without a path or control characters, at most 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean || 'file')
    .slice(0, 200)
    .join('');
}
