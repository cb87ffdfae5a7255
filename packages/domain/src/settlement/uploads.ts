/** Uploads are judged by their content, not their name: PDF, JPEG or PNG, 1 byte to 10 MB (issue 4). */
export const maxUploadBytes = 10 * 1024 * 1024;
export const allowedUploadMimes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadMime = (typeof allowedUploadMimes)[number];

export function isAllowedUploadMime(mime: string): mime is UploadMime {
  return (allowedUploadMimes as readonly string[]).includes(mime);
}
