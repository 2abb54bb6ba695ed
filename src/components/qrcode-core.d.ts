// qrcode's encoder alone (qr-png.ts): the package's main module also loads its PNG, SVG and
// terminal renderers (pngjs with them), 25 ms at every start for what samling draws itself.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
