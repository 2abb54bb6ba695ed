import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { ByteLru } from './byte-budget.js';

/**
 * The two zip operations samling needs, on Node's native zlib:
 * reading pptxgenjs' output (it stores entries uncompressed in Node) and
 * writing the final package, DEFLATE-compressed, in a fixed order with one
 * fixed timestamp so that the same parts give the same bytes. Written here
 * rather than with JSZip because JSZip's pure-JS deflate and CRC were a third
 * of a cold build.
 */

export type Parts = Map<string, Uint8Array>;

/** Read a zip whose entries are stored or deflated (as pptxgenjs and Office write them). */
export function readZip(bytes: Uint8Array): Parts {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('internal: not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts: Parts = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('internal: bad zip central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    parts.set(name, method === 0 ? data : inflateRawSync(data));
  }
  return parts;
}

/** DOS date/time of 1980-01-01 00:00, the earliest a zip can say. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * What was written under each part name last time. A rebuild in watch mode
 * writes mostly the same text as the build before (masters, layouts, theme,
 * the slides that did not change), and encoding, CRC and deflate are the
 * largest costs of writing: a part whose content is the same string (or the
 * same bytes object) as last time is not encoded again. Bounded by bytes —
 * the text (2 a character) or bytes it was made from and the compressed
 * body — least recently written first: one big deck's parts, not every save's.
 */
interface Entry {
  content: string | Uint8Array;
  crc: number;
  size: number;
  body: Buffer;
  stored: boolean;
}
export const ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
const bytesOf = (name: string, e: Entry) => 2 * name.length + (typeof e.content === 'string' ? 2 * e.content.length : e.content.byteLength) + e.body.length;
const written = new ByteLru<Entry>(ZIP_ENTRY_BYTES, bytesOf);

/** pictures and workbooks are compressed already: deflating them again costs time for nothing */
const ALREADY_COMPRESSED = /\.(jpe?g|gif|xlsx)$/i;
/**
 * …but a PNG is often written with weak compression (a chart exported from
 * a spreadsheet shrinks by a fifth): deflated fast, and kept deflated only
 * when that saves at least 5 %. Remembered per bytes object (a picture kept
 * in watch mode is deflated once), without holding the picture in memory.
 */
const PNG = /\.png$/i;
const pictures = new WeakMap<Uint8Array, Entry>();

function pictureEntry(content: Uint8Array): Entry {
  const known = pictures.get(content);
  if (known) return known;
  const size = content.length;
  const packed = compact(deflateRawSync(content, { level: 1 }));
  const worth = packed.length < size * 0.95;
  const entry = { content, crc: crc32(content), size, body: worth ? packed : Buffer.from(content.buffer, content.byteOffset, size), stored: !worth };
  pictures.set(content, entry);
  return entry;
}

/**
 * zlib hands back a view of its 16 KB output buffer, however little it wrote:
 * a kept slide part of 300 bytes held 16 KB (a 2 000-slide deck's parts 90 MB,
 * and the memo's byte bound counted a fiftieth of it). A short body is copied
 * out (small copies share Node's 8 KB pool).
 */
const compact = (packed: Buffer) => (packed.buffer.byteLength > 2 * packed.length ? Buffer.from(packed) : packed);

/** The bytes the entry memo holds, as counted (tests). */
export function zipMemoBytes(): number {
  return written.bytes;
}

function entryOf(name: string, content: string | Uint8Array): Entry {
  const last = written.get(name);
  if (last && last.content === content) return last;
  if (PNG.test(name) && typeof content !== 'string') return pictureEntry(content);
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const crc = crc32(data);
  const size = data.length;
  // stored as they are, and not kept here: a folder of decks' pictures would stay in memory
  if (ALREADY_COMPRESSED.test(name)) return { content, crc, size, body: Buffer.from(data.buffer, data.byteOffset, size), stored: true };
  const packed = compact(deflateRawSync(data, { level: 6 }));
  const body = packed.length < size ? packed : Buffer.from(data.buffer, data.byteOffset, size);
  const entry = { content, crc, size, body, stored: body !== packed };
  written.set(name, entry);
  return entry;
}

/** Write parts (XML as text, the rest as bytes) in the given order, DEFLATE-compressed. */
export function writeZip(parts: Map<string, string | Uint8Array>, order: string[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const name of order) {
    const { crc, size, body, stored } = entryOf(name, parts.get(name)!);
    const nameBytes = Buffer.from(name, 'utf8');
    // the local header and the central directory entry share one run of fields
    const fields = (buf: Buffer, at: number) => {
      buf.writeUInt16LE(20, at); // version needed
      buf.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      buf.writeUInt16LE(stored ? 0 : 8, at + 4);
      buf.writeUInt16LE(DOS_TIME, at + 6);
      buf.writeUInt16LE(DOS_DATE, at + 8);
      buf.writeUInt32LE(crc, at + 10);
      buf.writeUInt32LE(body.length, at + 14);
      buf.writeUInt32LE(size, at + 18);
      buf.writeUInt16LE(nameBytes.length, at + 22);
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    fields(header, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    chunks.push(header, nameBytes, body);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(order.length, 8);
  end.writeUInt16LE(order.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}
