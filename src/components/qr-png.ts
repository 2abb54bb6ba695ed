/**
 * A QR code as PNG bytes, made synchronously (layouts are synchronous;
 * `QRCode.toBuffer` is not): `qrcode`'s encoder gives the module matrix (its
 * core alone: the package's main module loads renderers samling does not use,
 * pngjs with them, 25 ms at every start), and a tiny PNG encoder here writes it as a two-colour palette image (IHDR, PLTE, IDAT, IEND).
 *
 * @example qrPng('https://example.no/evaluering', { dark: '0B2F55', light: 'FFFFFF' })
 */
import { create as createQr } from 'qrcode/lib/core/qrcode.js';
import { crc32, deflateSync } from 'node:zlib';

/** Blank modules around the code, as the QR standard asks, so that phones find it. */
const QUIET_ZONE = 4;

/** Throws (from `qrcode`) when the text is too long for any QR version. */
export function qrPng(text: string, colors: { dark: string; light: string }, pixelsPerModule = 12): Buffer {
  const modules = createQr(text, { errorCorrectionLevel: 'M' }).modules;
  const n = modules.size;
  const side = (n + 2 * QUIET_ZONE) * pixelsPerModule;
  const pixels = new Uint8Array(side * side);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!modules.get(r, c)) continue;
      for (let dy = 0; dy < pixelsPerModule; dy++) {
        const row = (r + QUIET_ZONE) * pixelsPerModule + dy;
        pixels.fill(1, row * side + (c + QUIET_ZONE) * pixelsPerModule, row * side + (c + QUIET_ZONE + 1) * pixelsPerModule);
      }
    }
  }
  return encodePng(side, side, [colors.light, colors.dark], pixels);
}

/** An 8-bit palette PNG: `pixels` holds one palette index per pixel, row by row. */
export function encodePng(width: number, height: number, palette: string[], pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), deflate, no filter method, no interlace
  const plte = Buffer.from(palette.flatMap((hex) => [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16))));
  // every row starts with its filter type: 0, none
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
