import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isUnder, realInside } from '../util/inside.js';
import { imageSize } from 'image-size';
import type { Raise } from '../errors/diagnostic.js';
import type { Block } from '../model/types.js';
import type { Box, LayoutContext } from './types.js';

const FORMATS: Record<string, string[]> = { png: ['png'], jpg: ['jpg', 'jpeg'], gif: ['gif'] };
/** Past these a picture only makes the file heavy and PowerPoint slow: a slide needs about 2000 pixels across. */
const HUGE_BYTES = 8 * 1024 * 1024;
const HUGE_PIXELS = 25_000_000;

export interface ResolvedImage {
  /** the file, every symlink resolved */
  path: string;
  /** a hash of its bytes: a picture replaced under the same name is another picture (RenderCache) */
  digest: string;
  width: number;
  height: number;
}

/**
 * Find an image next to the deck or in the project's `assets/`; check that it
 * is inside the project, is a PNG, JPEG or GIF, and matches its extension.
 */
/** Why a picture cannot be used (the message catalogue's `bad-image`, without its path). */
type BadImage = DistributiveOmit<Extract<Raise, { code: 'bad-image' }>['params'], 'src'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function resolveImage(block: Extract<Block, { kind: 'image' }>, ctx: LayoutContext): ResolvedImage | undefined {
  const src = block.src;
  const fail = (why: BadImage) => {
    ctx.problems.error({ code: 'bad-image', params: { src, ...why }, loc: block.loc });
    return undefined;
  };
  if (/^file:/i.test(block.src)) return fail({ kind: 'file-address' });
  if (/^[a-z]+:/i.test(block.src)) return fail({ kind: 'remote' });
  if (isAbsolute(block.src)) return fail({ kind: 'absolute' });
  // the folders this deck may read: the project, the deck's own folder, samling.yaml's `allow:`
  const readable = ctx.readable ?? [ctx.projectDir];
  const inside = (p: string) => readable.some((f) => isUnder(p, f));
  // `assets/logo.png` is not looked for again in assets/assets/; a deck at the project's top is one place, not two
  const inAssets = /^(\.\/)?assets[\\/]/.test(block.src);
  const candidates = [...new Set([resolve(ctx.deckDir, block.src), resolve(ctx.projectDir, block.src), ...(inAssets ? [] : [resolve(ctx.projectDir, 'assets', block.src)])])].filter(inside);
  if (!candidates.length) return fail({ kind: 'outside' });
  const path = candidates.find((p) => existsSync(p) && statSync(p).isFile());
  for (const c of candidates) ctx.uses?.add(c);
  if (!path) return fail({ kind: 'not-found', places: candidates.map((c) => relative(ctx.projectDir, c)) });
  // a symlink may point anywhere: where it leads must be readable too
  const real = realInside(path, readable);
  if (!real) return fail({ kind: 'outside-link' });
  const read = readChecked(real);
  if (typeof read === 'string') return fail({ kind: 'changed', how: read });
  const bytes = read;
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    return fail({ kind: 'not-an-image' });
  }
  const ext = real.split('.').pop()!.toLowerCase();
  if (size.type === 'svg') return fail({ kind: 'svg' });
  const known = FORMATS[size.type ?? ''];
  if (!known) return fail({ kind: 'unknown-format', type: size.type });
  if (!known.includes(ext)) return fail({ kind: 'extension', type: String(size.type?.toUpperCase()), ext, want: known[0]!, rename: block.src.replace(/\.[^.]+$/, '.' + known[0]) });
  if (!size.width || !size.height) return fail({ kind: 'empty', width: size.width ?? 0, height: size.height ?? 0 });
  if (!complete(size.type!, bytes)) return fail({ kind: 'cut-off', type: size.type!.toUpperCase() });
  const pixels = size.width * size.height;
  if (bytes.length > HUGE_BYTES || pixels > HUGE_PIXELS) {
    const size_ = bytes.length > HUGE_BYTES ? { mb: (bytes.length / 1048576).toFixed(1) } : { width: size.width, height: size.height };
    ctx.problems.warn({ code: 'huge-image', params: { src, ...size_ }, loc: block.loc });
  }
  return { path: real, digest: createHash('sha1').update(bytes).digest('base64'), width: size.width ?? 1, height: size.height ?? 1 };
}

/** Test seam: runs between the check of a picture's path and its opening (a swapped folder must be caught). */
export const imageReadHooks: { afterCheck?: (path: string) => void } = {};

/**
 * Read the file that was checked, not whatever its path leads to a moment
 * later: a folder swapped for a link between the check and the read would
 * otherwise embed a file from outside the project. The open handle's device
 * and inode must be the checked file's. Bytes, or why not.
 */
function readChecked(real: string): Buffer | 'removed' | 'changed' {
  let checked: { dev: number; ino: number };
  try {
    checked = statSync(real);
  } catch {
    return 'removed';
  }
  imageReadHooks.afterCheck?.(real);
  let fd: number;
  try {
    fd = openSync(real, 'r');
  } catch {
    return 'removed';
  }
  try {
    const opened = fstatSync(fd);
    if (opened.dev !== checked.dev || opened.ino !== checked.ino) return 'changed';
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Does the file end the way its format ends? A PNG with its IEND chunk, a
 * JPEG with its end-of-image marker (FF D9, allowing trailing padding), a GIF
 * with its trailer (3B). A header-only or truncated file would be embedded
 * and show as a broken picture in PowerPoint.
 */
function complete(type: string, bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64)));
  if (type === 'png') return tail.includes(Buffer.from('IEND'));
  if (type === 'jpg') return tail.includes(Buffer.from([0xff, 0xd9]));
  if (type === 'gif') return tail.includes(0x3b);
  return true;
}

/** What an image element needs of a resolved picture. */
export const pictureOf = (img: ResolvedImage) => ({ path: img.path, digest: img.digest });

/** The largest box of the image's aspect ratio inside `area`, centred. */
export function containBox(img: ResolvedImage, area: Box): Box {
  const scale = Math.min(area.w / img.width, area.h / img.height);
  const w = img.width * scale;
  const h = img.height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

export const joinPath = join;
