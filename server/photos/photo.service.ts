import { createHash } from 'node:crypto';
import type { Photo } from '../../core/hazards/hazard-view.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { invalid, notFound } from '../http/errors.ts';
import { inScope } from '../organisations/scope-condition.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { reencodeImage } from './image-reencode.ts';

/** Hazards issue: photos ≤ 10 MB each (413 above). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * Stores an uploaded JPEG, PNG or WebP photo as the platform re-encoded it (server/photos/image-reencode.ts):
 * a file that does not decode is refused, metadata such as the EXIF position is not kept.
 */
export async function uploadPhoto(db: Db, storage: FileStorage, actor: Actor, upload: Buffer): Promise<Photo> {
  const image = await reencodeImage(upload);
  if (!image.ok) throw invalid([{ path: '', message: image.reason }]);
  const { contentType, bytes } = image;
  const storageKey = await storage.put(bytes);
  const row = await db
    .insertInto('photos')
    .values({
      content_type: contentType,
      size_bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storage_key: storageKey,
      uploaded_by: actor.userId,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, contentType, sizeBytes: bytes.length, createdAt: row.created_at.toISOString() };
}

/**
 * A photo its uploader may see, or one attached to a hazard or to an investigation result of an enterprise in
 * the caller's scope.
 */
export async function readPhoto(db: Db, storage: FileStorage, actor: Actor, id: string) {
  const row = await db
    .selectFrom('photos as p')
    .leftJoin('hazard_photos as hp', 'hp.photo_id', 'p.id')
    .leftJoin('hazards', 'hazards.id', 'hp.hazard_id')
    .leftJoin('investigation_result_photos as rp', 'rp.photo_id', 'p.id')
    .leftJoin('investigation_tasks as t', 't.id', 'rp.task_id')
    .leftJoin('enterprises', 'enterprises.id', 't.enterprise_id')
    .select(['p.content_type', 'p.storage_key'])
    .where('p.id', '=', id)
    .where((eb) =>
      eb.or([
        eb('p.uploaded_by', '=', actor.userId),
        eb.and([eb('hazards.id', 'is not', null), inScope(actor.scope, 'hazards')]),
        eb.and([eb('enterprises.id', 'is not', null), inScope(actor.scope, 'enterprises')]),
      ]),
    )
    .executeTakeFirst();
  if (!row) throw notFound('Photo');
  return { contentType: row.content_type, bytes: await storage.get(row.storage_key) };
}

/** Photos a caller may attach: uploaded by them and not yet attached anywhere. Returns the ids that fail. */
export async function unattachablePhotos(db: Db, actor: Actor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const usable = await db
    .selectFrom('photos as p')
    .leftJoin('hazard_photos as hp', 'hp.photo_id', 'p.id')
    .leftJoin('investigation_result_photos as rp', 'rp.photo_id', 'p.id')
    .select('p.id')
    .where('p.id', 'in', ids)
    .where('p.uploaded_by', '=', actor.userId)
    .where('hp.photo_id', 'is', null)
    .where('rp.photo_id', 'is', null)
    .execute();
  const ok = new Set(usable.map((r) => r.id));
  return ids.filter((id) => !ok.has(id));
}

export const photoUrl = (id: string) => `/api/v1/photos/${id}`;

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * How a stored upload is served: an image type the platform writes is shown inline under a name made of its id;
 * anything else (no row should hold one) is a download of opaque bytes. X-Content-Type-Options: nosniff comes
 * with every response (server/http/security-headers.ts), so a browser never reads the bytes as another type.
 */
export function photoResponseHeaders(id: string, contentType: string): { 'content-type': string; 'content-disposition': string } {
  const extension = EXTENSION[contentType];
  return extension
    ? { 'content-type': contentType, 'content-disposition': `inline; filename="photo-${id}.${extension}"` }
    : { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="photo-${id}.bin"` };
}
