import { apiRequest } from '../../app/api-client.ts';
import { PHOTO_CONTENT_TYPES, PHOTO_MAX_BYTES, type Photo } from './hazard.types.ts';

export type PhotoProblem = 'type' | 'size';

/**
 * A first check in the browser, so a wrong file is refused before it travels; the server checks the bytes
 * again (the type by content, not by name).
 */
export function photoProblemOf(file: { type: string; size: number }): PhotoProblem | null {
  if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > PHOTO_MAX_BYTES) return 'size';
  return null;
}

/** `POST /api/v1/photos` with the raw bytes; the id goes into the hazard or transition body. */
export function uploadPhoto(file: Blob, signal?: AbortSignal): Promise<Photo> {
  return apiRequest<Photo>('/photos', { method: 'POST', rawBody: file, signal });
}

export function photoUrl(id: string): string {
  return `/api/v1/photos/${encodeURIComponent(id)}`;
}
