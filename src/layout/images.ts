import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isUnder, realInside } from '../util/inside.js';
import { imageSize } from 'image-size';
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
export function resolveImage(block: Extract<Block, { kind: 'image' }>, ctx: LayoutContext): ResolvedImage | undefined {
  const fail = (message: string, expected: string, hint: string) => {
    ctx.problems.error({ code: 'bad-image', message, loc: block.loc, expected, hint });
    return undefined;
  };
  if (/^file:/i.test(block.src)) return fail(`image \`${block.src}\` is a file: address`, 'a path relative to the deck or to the project, like `assets/kart.png`', 'a deck reads only inside its project: copy the image into assets/');
  if (/^[a-z]+:/i.test(block.src)) return fail(`image \`${block.src}\` is not a local file`, 'a path to a file in the project, like `assets/kart.png`', 'samling never fetches from the network: download the image into assets/');
  if (isAbsolute(block.src)) return fail(`image \`${block.src}\` is an absolute path`, 'a path relative to the deck or to the project, like `assets/kart.png`', 'copy the image into assets/');
  // the folders this deck may read: the project, the deck's own folder, samling.yaml's `allow:`
  const readable = ctx.readable ?? [ctx.projectDir];
  const inside = (p: string) => readable.some((f) => isUnder(p, f));
  // `assets/logo.png` is not looked for again in assets/assets/; a deck at the project's top is one place, not two
  const inAssets = /^(\.\/)?assets[\\/]/.test(block.src);
  const candidates = [...new Set([resolve(ctx.deckDir, block.src), resolve(ctx.projectDir, block.src), ...(inAssets ? [] : [resolve(ctx.projectDir, 'assets', block.src)])])].filter(inside);
  if (!candidates.length) return fail(`image \`${block.src}\` is outside the project`, 'an image inside the project folder, like `assets/kart.png`', 'copy the image into assets/, or allow its folder in samling.yaml (`allow: [../felles-bilder]`)');
  const path = candidates.find((p) => existsSync(p) && statSync(p).isFile());
  for (const c of candidates) ctx.uses?.add(c);
  if (!path) return fail(`image \`${block.src}\` not found`, `a file at ${candidates.map((c) => relative(ctx.projectDir, c)).join(' or ')}`, 'check the spelling; images usually live in assets/');
  // a symlink may point anywhere: where it leads must be readable too
  const real = realInside(path, readable);
  if (!real) return fail(`image \`${block.src}\` is outside the project`, 'an image inside the project folder', 'copy the image into assets/, or allow its folder in samling.yaml (`allow: [../felles-bilder]`)');
  const read = readChecked(real);
  if (typeof read === 'string') return fail(`image \`${block.src}\` ${read}`, 'a picture that stays put while the deck is built', 'build again; if it happens again, check what changes the folder');
  const bytes = read;
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    return fail(`\`${block.src}\` is not an image`, 'a PNG, JPEG or GIF file', 'export the picture again as PNG or JPEG');
  }
  const ext = real.split('.').pop()!.toLowerCase();
  if (size.type === 'svg') return fail(`\`${block.src}\` is an SVG`, 'a PNG, JPEG or GIF file', 'PowerPoint versions differ in SVG support: export it as PNG (e.g. `rsvg-convert -w 1600`)');
  const known = FORMATS[size.type ?? ''];
  if (!known) return fail(`\`${block.src}\` is a ${size.type ?? 'unknown'} image`, 'a PNG, JPEG or GIF file', 'export the picture again as PNG or JPEG');
  if (!known.includes(ext)) return fail(`\`${block.src}\` is a ${size.type?.toUpperCase()} file with the extension .${ext}`, `the extension .${known[0]}`, `rename it to ${block.src.replace(/\.[^.]+$/, '.' + known[0])}`);
  if (!size.width || !size.height) return fail(`\`${block.src}\` is ${size.width ?? 0} × ${size.height ?? 0} pixels`, 'a picture at least 1 pixel wide and high', 'export the picture again');
  if (!complete(size.type!, bytes)) return fail(`\`${block.src}\` is cut off: the ${size.type!.toUpperCase()} file ends before the picture does`, `a whole ${size.type!.toUpperCase()} file`, 'copy or export the picture again (a download or a copy may have stopped half-way)');
  const pixels = size.width * size.height;
  if (bytes.length > HUGE_BYTES || pixels > HUGE_PIXELS) {
    const what = bytes.length > HUGE_BYTES ? `${(bytes.length / 1048576).toFixed(1)} MB` : `${size.width} × ${size.height} pixels`;
    ctx.problems.warn({ code: 'huge-image', message: `image \`${block.src}\` is ${what} and makes the deck heavy`, loc: block.loc, hint: `a slide needs at most about 2000 pixels across: scale it down, e.g. \`convert ${block.src} -resize 2000x ${block.src}\`` });
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
function readChecked(real: string): Buffer | string {
  let checked: { dev: number; ino: number };
  try {
    checked = statSync(real);
  } catch {
    return 'was removed while the deck was built';
  }
  imageReadHooks.afterCheck?.(real);
  let fd: number;
  try {
    fd = openSync(real, 'r');
  } catch {
    return 'was removed while the deck was built';
  }
  try {
    const opened = fstatSync(fd);
    if (opened.dev !== checked.dev || opened.ino !== checked.ino) return 'changed (or its folder did) while the deck was built';
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
