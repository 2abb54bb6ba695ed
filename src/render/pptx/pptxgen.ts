/**
 * pptxgenjs ships ES module code but CommonJS-style type declarations, so
 * under NodeNext its default import is typed as the module object. This file
 * gives the rest of render/pptx the class and its namespace of types, and
 * what pptxgenjs wrote as parts rather than as a zip (`writeParts`).
 */
import JSZip from 'jszip';
import pptxgenModule from 'pptxgenjs';

type Module = typeof pptxgenModule;
type PptxGenJSClass = Module extends { default: infer C } ? C : Module;

/** the PptxGenJS class, whichever way the runtime hands it over */
export const PptxGenJS = ((pptxgenModule as unknown as { default?: PptxGenJSClass }).default ?? pptxgenModule) as unknown as PptxGenJSClass;
export type Pptx = InstanceType<PptxGenJSClass>;
export type { default as P } from 'pptxgenjs';

/**
 * The package pptxgenjs wrote, as its parts: XML as text, pictures and chart
 * workbooks as bytes.
 *
 * pptxgenjs hands every part to JSZip and asks it for the zipped file. samling
 * mends the parts and zips them itself, so that file would only be unzipped
 * and decoded again: every part encoded to UTF-8, checksummed and copied for
 * nothing, and the whole deck held twice more while it happens (a tenth of a
 * 40-slide build, and most of a big deck's peak memory). Asked for an output
 * type of samling's own, JSZip instead hands over the parts as it was given
 * them. Only this output type is changed; every other use of JSZip (the chart
 * workbooks pptxgenjs zips) is JSZip's own.
 */
export async function writeParts(pptx: Pptx): Promise<Map<string, string | Uint8Array>> {
  return (await pptx.write({ outputType: PARTS as 'nodebuffer' })) as unknown as Map<string, string | Uint8Array>;
}

const PARTS = 'samling-parts';

/** a JSZip entry as JSZip keeps it: the content it was given (decoded when given as base64) */
interface JSZipEntry {
  dir: boolean;
  _data: unknown;
  _dataBinary: boolean;
  async(type: 'uint8array'): Promise<Uint8Array>;
}

type Generate = (this: JSZip, options?: { type?: string }, onUpdate?: JSZip.OnUpdateCallback) => Promise<unknown>;
const generate = JSZip.prototype.generateAsync as unknown as Generate;
(JSZip.prototype as unknown as { generateAsync: Generate }).generateAsync = function (options, onUpdate) {
  return options?.type === PARTS ? partsOf(this) : generate.call(this, options, onUpdate);
};

async function partsOf(zip: JSZip): Promise<Map<string, string | Uint8Array>> {
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files as unknown as Record<string, JSZipEntry>)) {
    if (entry.dir) continue;
    const data = await entry._data;
    if (typeof data === 'string' && !entry._dataBinary) parts.set(name, data);
    else parts.set(name, data instanceof Uint8Array ? data : await entry.async('uint8array'));
  }
  return parts;
}
