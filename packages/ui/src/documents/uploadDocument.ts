import { maxUploadBytes } from '@talent/domain';
import { ApiError, buildUrl, toApiError } from '../api/apiFetch';

export type DocumentRef = {
  id: string;
  mime: string;
  originalName: string;
  sizeBytes: number;
  /** Where the bytes are served inline. */
  url: string;
};

export type UploadFn = (file: File, onProgress: (percent: number) => void) => Promise<DocumentRef>;

/**
 * What the API would refuse anyway, said before sending megabytes: an empty file, or one over 10 MB.
 * The content itself is judged by the server.
 */
export function precheckFile(file: File): string | null {
  if (file.size === 0) return 'validation.upload.empty';
  if (file.size > maxUploadBytes) return 'error.payload_too_large.upload';
  return null;
}

/**
 * POST /api/documents with progress. fetch cannot report upload progress, so uploads are the
 * requests made with XMLHttpRequest; their errors become the same ApiError as apiFetch's.
 */
export const uploadDocument: UploadFn = async (file, onProgress) =>
  (await uploadWithProgress<{ document: DocumentRef }>('/api/documents', file, onProgress)).document;

/** POSTs `file` as the multipart part `file` to `path`, reporting progress; resolves with the 2xx JSON body. */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.setRequestHeader('Accept', 'application/json');
    const lang = globalThis.document?.documentElement.lang;
    if (lang) xhr.setRequestHeader('Accept-Language', lang);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network', message: 'network' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && typeof body === 'object' && body !== null) {
        onProgress(100);
        resolve(body as T);
      } else {
        reject(toApiError(xhr.status, body, xhr.getResponseHeader('x-request-id') ?? undefined));
      }
    };
    const form = new FormData();
    form.set('file', file, file.name);
    xhr.send(form);
  });
}
