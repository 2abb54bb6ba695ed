import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlBufferInputProvider, XmlDocument, xmlRegisterInputProvider, XsdValidator } from 'libxml2-wasm';

/**
 * The ECMA-376 Transitional and OPC schemas of tools/ooxml-schemas, read into
 * memory with the two errata patched (the files on disk stay byte-identical to
 * ECMA's archives, see tools/ooxml-schemas/README.md). libxml2 resolves the
 * schemas' relative `xsd:import`s through a buffer provider under a virtual
 * folder, so nothing is read from disk or the network after loading.
 *
 * A compiled schema is kept for the life of the process: compiling pml.xsd
 * (which pulls in DrawingML) costs about 0.1 s, validating a part a few ms.
 */
export const schemaDir = findSchemas(dirname(fileURLToPath(import.meta.url)));

/** tools/ooxml-schemas, from this module or from its bundle in tools/validate/dist */
function findSchemas(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'ooxml-schemas', 'opc'))) return join(dir, 'ooxml-schemas');
    if (dirname(dir) === dir) throw new Error(`ooxml-schemas not found above ${from}`);
  }
}

/** the schemas a part may be checked against, by file name */
export type SchemaName = 'pml.xsd' | 'dml-chart.xsd' | 'dml-main.xsd' | 'opc-contentTypes.xsd' | 'opc-relationships.xsd' | 'shared-documentPropertiesExtended.xsd';

/** virtual folder the schemas are served from (not a real path: nothing is read from it) */
const VIRTUAL = '/samling-ooxml-schemas/';

/**
 * The errata of validate-pptx.sh, applied to the text as its `sed` lines do.
 * Each must change the text: a schema update that moves the patched lines
 * fails loudly instead of silently checking against the unpatched schema.
 */
export function patchSchema(name: string, text: string): string {
  const must = (from: string, to: string, what: string): string => {
    if (from === to) throw new Error(`ooxml-schemas: erratum "${what}" no longer applies to ${name}`);
    return to;
  };
  if (name === 'dml-main.xsd') {
    // a:buSzPct/@val: accept the integer form (100000 = 100%) besides the Strict "NN%"
    return must(text, text.replace(/(<xsd:complexType name="CT_TextBulletSizePercent">[\s\S]*?<\/xsd:complexType>)/, (block) => block.replace(/type="ST_TextBulletSizePercent"/g, 'type="ST_TextBulletSize"')), 'a:buSzPct integer form');
  }
  if (name === 'dml-chart.xsd') {
    // c:axId/c:crossAx: PowerPoint for Mac writes negative (signed 32-bit) axis ids
    let out = text.replace(/name="axId" type="CT_UnsignedInt"/g, 'name="axId" type="CT_AxIdLenient"');
    out = out.replace(/name="crossAx" type="CT_UnsignedInt"/g, 'name="crossAx" type="CT_AxIdLenient"');
    out = out.replace(
      '</xsd:schema>',
      '<xsd:complexType name="CT_AxIdLenient"><xsd:attribute name="val" use="required"><xsd:simpleType><xsd:union memberTypes="xsd:unsignedInt xsd:int"/></xsd:simpleType></xsd:attribute></xsd:complexType></xsd:schema>',
    );
    return must(text, out, 'signed c:axId/c:crossAx');
  }
  return text;
}

/** the patched schemas by virtual path, once registered */
let patched: Record<string, Uint8Array> | undefined;
const compiled = new Map<SchemaName, XsdValidator>();

function registerSchemas(): Record<string, Uint8Array> {
  if (patched) return patched;
  const buffers: Record<string, Uint8Array> = {};
  for (const sub of ['ecma-376-transitional', 'opc']) {
    for (const file of readdirSync(join(schemaDir, sub)).filter((f) => f.endsWith('.xsd'))) {
      buffers[VIRTUAL + file] = Buffer.from(patchSchema(file, readFileSync(join(schemaDir, sub, file), 'utf8')), 'utf8');
    }
  }
  xmlRegisterInputProvider(new XmlBufferInputProvider(buffers));
  return (patched = buffers);
}

/** The compiled schema, compiled on first use and kept. */
export function schema(name: SchemaName): XsdValidator {
  let validator = compiled.get(name);
  if (!validator) {
    const url = VIRTUAL + name;
    const doc = XmlDocument.fromBuffer(registerSchemas()[url]!, { url });
    try {
      validator = XsdValidator.fromDoc(doc);
    } finally {
      doc.dispose();
    }
    compiled.set(name, validator);
  }
  return validator;
}

/** Compile every schema now (a test's beforeAll), so that checks measure only validation. */
export function loadSchemas(): void {
  for (const name of ['pml.xsd', 'dml-chart.xsd', 'dml-main.xsd', 'opc-contentTypes.xsd', 'opc-relationships.xsd', 'shared-documentPropertiesExtended.xsd'] as const) schema(name);
}
