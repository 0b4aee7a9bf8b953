import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/support/factories.ts';
import { jpegBytes, uploadPhoto } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { photoResponseHeaders } from './photo.service.ts';

/** Issue 12 §3: uploads are decoded and re-encoded, never stored as sent; every upload is served inert. */

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ token } = await signedIn(t, 'expert'));
});
afterAll(() => t.close());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HTML = '<html><body><script>fetch("/api/v1/device-keys",{method:"POST"})</script></body></html>';

const photoCount = async () => Number((await t.db.selectFrom('photos').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function download(id: string) {
  const res = await fetch(`${t.url}/api/v1/photos/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return { headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A PNG chunk with its CRC (ISO/IEC 15948 §5.3), to hide text inside a valid image. */
function pngChunk(type: string, data: Buffer): Buffer {
  let c = 0xffffffff;
  for (const byte of Buffer.concat([Buffer.from(type, 'latin1'), data])) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE((c ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

describe('photo uploads', () => {
  it('refuses a PNG signature followed by HTML, and stores nothing', async () => {
    const before = await photoCount();
    const res = await uploadPhoto(t, token, Buffer.concat([PNG_SIGNATURE, Buffer.from(HTML)]), 'image/png');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: ': is not a decodable PNG image' });
    expect(await photoCount()).toBe(before);
  });

  it('keeps no HTML hidden in a valid PNG (a text chunk, bytes after IEND)', async () => {
    const png = await sharp({ create: { width: 6, height: 4, channels: 3, background: '#3060c0' } }).png().toBuffer();
    const iend = png.length - 12;
    const polyglot = Buffer.concat([png.subarray(0, iend), pngChunk('tEXt', Buffer.from(`Comment\0${HTML}`, 'latin1')), png.subarray(iend), Buffer.from(HTML)]);
    expect((await sharp(polyglot).metadata()).format).toBe('png');
    const res = await uploadPhoto(t, token, polyglot, 'image/png');
    expect(res.status).toBe(201);
    expect(res.body.contentType).toBe('image/png');
    const { bytes } = await download(res.body.id);
    expect(bytes.includes('<script')).toBe(false);
    expect(bytes.includes('<html')).toBe(false);
    const served = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect(served.info).toMatchObject({ width: 6, height: 4 });
    expect([...served.data.subarray(0, 3)]).toEqual([0x30, 0x60, 0xc0]);
  });

  it('drops the EXIF position of a JPEG and applies its orientation', async () => {
    const gps = { GPSLatitudeRef: 'N', GPSLatitude: '30/1 39/1 3456/100', GPSLongitudeRef: 'E', GPSLongitude: '104/1 3/1 5678/100' };
    // 40 × 20 stored, Orientation 6: shown rotated 90° clockwise, 20 × 40.
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#208040' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'AnquanCam' }, IFD3: gps })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const sent = await sharp(jpeg).metadata();
    expect(sent.exif?.subarray(6, 8).toString('latin1')).toBe('II');
    // The GPS IFD pointer (tag 0x8825, little-endian) is there, and so is the camera.
    expect(sent.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(sent.exif?.includes('AnquanCam')).toBe(true);
    expect(sent.orientation).toBe(6);

    const res = await uploadPhoto(t, token, jpeg, 'image/jpeg');
    expect(res.status).toBe(201);
    const { bytes } = await download(res.body.id);
    const served = await sharp(bytes).metadata();
    expect(served.format).toBe('jpeg');
    expect(served.exif).toBeUndefined();
    expect(served.xmp).toBeUndefined();
    expect(served.orientation).toBeUndefined();
    expect({ width: served.width, height: served.height }).toEqual({ width: 20, height: 40 });
    expect(bytes.includes('Exif')).toBe(false);
    expect(bytes.includes('AnquanCam')).toBe(false);
  });

  it('refuses a truncated JPEG, an SVG and a GIF', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    const truncated = await uploadPhoto(t, token, jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'image/jpeg');
    expect(truncated.status).toBe(400);
    const svg = await uploadPhoto(t, token, Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${HTML}</svg>`), 'image/png');
    expect(svg.status).toBe(400);
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } }).gif().toBuffer();
    expect((await uploadPhoto(t, token, gif, 'image/jpeg')).status).toBe(400);
  });

  it('refuses an image over 50 megapixels by its header, before decoding it', async () => {
    const jpeg = Buffer.from(jpegBytes(268));
    // SOF0 (FF C0): length, precision, then height and width as 16-bit numbers (ISO/IEC 10918-1 B.2.2).
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(10_000, sof + 5);
    jpeg.writeUInt16BE(10_000, sof + 7);
    const res = await uploadPhoto(t, token, jpeg, 'image/jpeg');
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toBe(': is larger than 50 megapixels');
  });

  it('serves a photo inline under its id, typed, with nosniff', async () => {
    const res = await uploadPhoto(t, token, jpegBytes(4096), 'application/octet-stream');
    expect(res.status).toBe(201);
    const { headers } = await download(res.body.id);
    expect(headers.get('content-type')).toBe('image/jpeg');
    expect(headers.get('content-disposition')).toBe(`inline; filename="photo-${res.body.id}.jpg"`);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('would serve any other stored type as an attachment of opaque bytes', () => {
    // The photos table admits only the three image types; the presenter does not rely on it.
    const id = '00000000-0000-4000-8000-000000000000';
    expect(photoResponseHeaders(id, 'text/html')).toEqual({ 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="photo-${id}.bin"` });
    expect(photoResponseHeaders(id, 'image/webp')).toEqual({ 'content-type': 'image/webp', 'content-disposition': `inline; filename="photo-${id}.webp"` });
  });
});
