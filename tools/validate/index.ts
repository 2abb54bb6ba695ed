import { XmlDocument, XmlLibError } from 'libxml2-wasm';
import { checkPackage } from './package-checks.js';
import { K1, markupCompatibility, notesMasterOrder } from './rewrite.js';
import { schema, type SchemaName } from './schemas.js';
import { readZip } from './zip.js';

export { loadSchemas } from './schemas.js';

/**
 * The output check of samling: a .pptx against the ECMA-376 Transitional and
 * OPC schemas plus the package checks, in-process through libxml2 compiled to
 * WebAssembly. A port of /work/shared/ooxml-schemas/validate-pptx.sh run with
 * its K1 rewrite only (tools/ooxml-schemas/README.md): the same steps in the
 * same order, so the two agree part for part.
 *
 *   1. zip integrity (every entry's CRC)
 *   2. every *.xml / *.rels part is well-formed
 *   3. markup compatibility, the K1 rewrite, then each part against its schema
 *   4. package integrity (package-checks.ts)
 */
export interface Line {
  kind: 'OK' | 'FAIL' | 'KNOWN' | 'WARN';
  /** the part, `zip` or `package integrity` */
  what: string;
  /** the schema or step, for OK/FAIL of a part */
  label?: string;
  /** the first errors of a FAIL */
  errors?: string[];
}

export interface Report {
  ok: boolean;
  lines: Line[];
  /** what failed, one line each with its first error: for an assertion message */
  failures: string[];
}

const MAX_ERRORS = 5;

/** which schema checks a part, as the script picks them; undefined: none */
function schemaOf(part: string, text: string): SchemaName | undefined {
  if (/^ppt\/(presentation|presProps|viewProps)\.xml$/.test(part)) return 'pml.xsd';
  if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters|handoutMasters)\/[^/]+\.xml$/.test(part)) return 'pml.xsd';
  if (/^ppt\/charts\/[^/]+\.xml$/.test(part)) return /<([A-Za-z0-9]+:)?chartSpace[ >]/.test(text) ? 'dml-chart.xsd' : undefined;
  if (/^ppt\/theme\/[^/]+\.xml$/.test(part) || part === 'ppt/tableStyles.xml') return 'dml-main.xsd';
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  return undefined;
}

export function validatePptx(bytes: Uint8Array): Report {
  const lines: Line[] = [];
  const fail = (what: string, errors: string[], label?: string) => lines.push({ kind: 'FAIL', what, label, errors: errors.slice(0, MAX_ERRORS) });

  // 1. zip integrity
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes);
  } catch (e) {
    fail('zip', [(e as Error).message]);
    return report(lines);
  }

  // 2. well-formedness; parts that fail are not checked further
  const names = [...files.keys()].sort();
  const failed = new Set<string>();
  const docs = new Map<string, XmlDocument>();
  const texts = new Map<string, string>();
  const decoder = new TextDecoder();
  try {
    for (const part of names.filter((n) => /\.(xml|rels)$/.test(n))) {
      const raw = files.get(part)!;
      try {
        const doc = XmlDocument.fromBuffer(raw, { url: part });
        if (doc.warnings.length) {
          doc.dispose();
          failed.add(part);
          fail(part, doc.warnings.map(message), 'well-formed');
          continue;
        }
        docs.set(part, doc);
        texts.set(part, decoder.decode(raw));
      } catch (e) {
        failed.add(part);
        fail(part, e instanceof XmlLibError ? e.details.map(message) : [(e as Error).message], 'well-formed');
      }
    }

    // 3. the checked copy: markup compatibility (xml parts only, as the script's grep), then K1
    const rewrite = (part: string, text: string) => {
      if (text === texts.get(part)) return;
      texts.set(part, text);
      docs.get(part)?.dispose();
      docs.set(part, XmlDocument.fromString(text, { url: part }));
    };
    for (const part of docs.keys()) {
      const text = texts.get(part)!;
      if (part.endsWith('.xml') && text.includes('markup-compatibility/2006')) rewrite(part, markupCompatibility(text));
    }
    const presentation = texts.get('ppt/presentation.xml');
    const reordered = presentation === undefined ? undefined : notesMasterOrder(presentation);
    if (reordered !== undefined) {
      rewrite('ppt/presentation.xml', reordered);
      lines.push({ kind: 'KNOWN', what: K1 });
    }

    if (!files.has('ppt/presentation.xml')) fail('ppt/presentation.xml', ['missing']);
    for (const [part, doc] of docs) {
      const name = schemaOf(part, texts.get(part)!);
      if (!name) continue;
      try {
        schema(name).validate(doc);
        lines.push({ kind: 'OK', what: part, label: name });
      } catch (e) {
        // as in the script, a part that fails its schema is not looked at again by the package checks
        failed.add(part);
        fail(part, e instanceof XmlLibError ? e.details.map(message) : [(e as Error).message], name);
      }
    }

    // 4. package integrity
    const pkg = checkPackage({ files, failed, doc: (p) => docs.get(p), text: (p) => texts.get(p) });
    for (const w of pkg.warnings) lines.push({ kind: 'WARN', what: w });
    if (pkg.errors.length) lines.push({ kind: 'FAIL', what: 'package integrity', errors: pkg.errors });
    else lines.push({ kind: 'OK', what: 'package integrity' });
  } finally {
    for (const doc of docs.values()) doc.dispose();
  }
  return report(lines);
}

function report(lines: Line[]): Report {
  const failures = lines.filter((l) => l.kind === 'FAIL').map((l) => `${l.what}${l.label ? ` [${l.label}]` : ''}: ${l.errors?.[0] ?? ''}`);
  return { ok: failures.length === 0, lines, failures };
}

/** the report as the script prints it */
export function formatReport(r: Report): string {
  const out: string[] = [];
  for (const l of r.lines) {
    if (l.kind === 'OK' || l.kind === 'FAIL') out.push(`${l.kind.padEnd(4)} ${l.what}${l.label ? ` [${l.label}]` : ''}`);
    else out.push(`${l.kind} ${l.what}`);
    for (const e of l.errors ?? []) out.push(`     ${e}`);
  }
  const known = r.lines.filter((l) => l.kind === 'KNOWN').length;
  out.push(r.ok ? `RESULT OK${known ? ` (after ${known} KNOWN rewrite)` : ''}` : 'RESULT FAIL');
  return out.join('\n');
}

function message(d: { message: string; line?: number; file?: string }): string {
  return `${d.file ?? ''}:${d.line ?? 0}: ${d.message.trim()}`;
}
