import sharp from 'sharp';
import { sniffImageType, type ImageType } from '../../core/shared/image-type.ts';

/**
 * Uploaded images are decoded and encoded again (docs/adr/0010, issue 12): what is stored and served is pixels
 * the platform wrote, never the uploader's bytes. A file that only starts like an image (a PNG signature before
 * HTML) does not decode and is refused; whatever else an image carries — EXIF (GPS position, camera serial),
 * XMP, comments, trailing data — is dropped. The EXIF orientation is applied to the pixels first, so a phone's
 * portrait photo stays upright.
 */

/** A 50-megapixel ceiling: beyond any phone or site camera's default output, and a decoded 150 MB at most. */
export const MAX_IMAGE_PIXELS = 50_000_000;

// Each upload is a different image: libvips' operation cache would only hold memory.
sharp.cache(false);

const FORMAT_OF: Record<ImageType, 'jpeg' | 'png' | 'webp'> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

export type ReencodeResult =
  | { ok: true; contentType: ImageType; bytes: Buffer; width: number; height: number }
  | { ok: false; reason: string };

/** Decodes a JPEG, PNG or WebP image (decided by content) and encodes it again in the same format. */
export async function reencodeImage(input: Buffer): Promise<ReencodeResult> {
  const contentType = sniffImageType(input);
  if (!contentType) return { ok: false, reason: 'is not a JPEG, PNG or WebP image' };
  const format = FORMAT_OF[contentType];
  try {
    // failOn 'warning': untrusted input (sharp's advice); one frame of an animation; orientation applied.
    const image = sharp(input, { failOn: 'warning', limitInputPixels: MAX_IMAGE_PIXELS, animated: false, autoOrient: true });
    const metadata = await image.metadata();
    // libvips also decides by content; a disagreement is a file built to look like something else.
    if (metadata.format !== format) return { ok: false, reason: `is not a decodable ${format.toUpperCase()} image` };
    const encoded = format === 'jpeg' ? image.jpeg({ quality: 90 }) : format === 'png' ? image.png() : image.webp({ quality: 90 });
    // No keepMetadata()/withMetadata(): sharp writes no EXIF, XMP or IPTC; colours are converted to sRGB.
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { ok: true, contentType, bytes: data, width: info.width, height: info.height };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) return { ok: false, reason: `is larger than ${MAX_IMAGE_PIXELS / 1_000_000} megapixels` };
    return { ok: false, reason: `is not a decodable ${format.toUpperCase()} image` };
  }
}
