import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReport, loadSchemas, validatePptx } from '../tools/validate/index.js';
import { patchSchema, schemaDir } from '../tools/validate/schemas.js';
import { broken, partsOf, withAlternateContent, zipOf } from './broken-packages.js';
import { build } from './helpers.js';

/**
 * The output check itself (tools/validate): it passes a good deck with only
 * K1 rewritten and fails each deliberately broken package with the message
 * validate-pptx.sh gives. SAMLING_KEEP_BROKEN=folder writes the broken
 * packages there, to run both checkers over them side by side.
 */
let good: Uint8Array;
const keep = process.env.SAMLING_KEEP_BROKEN;

beforeAll(async () => {
  loadSchemas();
  good = (await build('tests/fixtures/decks/all-layouts.md')).pptx!;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(join(keep, '00-good.pptx'), good);
  }
});

describe('the schemas in tools/ooxml-schemas', () => {
  it('are the ECMA files unchanged: the errata are patched in memory only', () => {
    const main = readFileSync(join(schemaDir, 'ecma-376-transitional/dml-main.xsd'), 'utf8');
    const chart = readFileSync(join(schemaDir, 'ecma-376-transitional/dml-chart.xsd'), 'utf8');
    expect(main).toMatch(/<xsd:complexType name="CT_TextBulletSizePercent">\s*<xsd:attribute name="val" type="ST_TextBulletSizePercent"/);
    expect(chart).not.toContain('CT_AxIdLenient');
    expect(patchSchema('dml-main.xsd', main)).toMatch(/<xsd:complexType name="CT_TextBulletSizePercent">\s*<xsd:attribute name="val" type="ST_TextBulletSize"/);
    expect(patchSchema('dml-chart.xsd', chart).match(/type="CT_AxIdLenient"/g)).toHaveLength(patchSchema('dml-chart.xsd', chart).match(/name="(axId|crossAx)" type=/g)!.length);
  });
});

describe('a good deck', () => {
  it('passes, with the one known pptxgenjs deviation (K1) rewritten and reported', () => {
    const report = validatePptx(good);
    expect(report.failures).toEqual([]);
    expect(report.lines.filter((l) => l.kind === 'KNOWN').map((l) => l.what)).toEqual(['ppt/presentation.xml: p:notesMasterIdLst after p:sldIdLst (K1)']);
    // every part is checked against its schema
    const checked = report.lines.filter((l) => l.kind === 'OK' && l.label).map((l) => `${l.what} ${l.label}`);
    expect(checked).toContain('ppt/presentation.xml pml.xsd');
    expect(checked).toContain('ppt/slides/slide3.xml pml.xsd');
    expect(checked).toContain('ppt/charts/chart1.xml dml-chart.xsd');
    expect(checked).toContain('ppt/theme/theme1.xml dml-main.xsd');
    expect(checked).toContain('[Content_Types].xml opc-contentTypes.xsd');
    expect(checked).toContain('_rels/.rels opc-relationships.xsd');
    expect(checked).toContain('docProps/app.xml shared-documentPropertiesExtended.xsd');
  });

  it('passes with an mc:AlternateContent whose Choice the schema does not know (markup compatibility)', async () => {
    const parts = await partsOf(good);
    withAlternateContent(parts);
    const bytes = await zipOf(parts);
    if (keep) writeFileSync(join(keep, '01-alternate-content.pptx'), bytes);
    expect(validatePptx(bytes).failures).toEqual([]);
  });
});

describe('a broken package fails', () => {
  it.each(broken.map((b, i) => [b.name, b, i] as const))('%s', async (_name, b, i) => {
    const parts = await partsOf(good);
    b.break(parts);
    let bytes = await zipOf(parts);
    if (b.bytes) bytes = b.bytes(bytes);
    if (keep) writeFileSync(join(keep, `${String(i + 10).padStart(2, '0')}-${b.name.replace(/\W+/g, '-').replace(/-$/, '')}.pptx`), bytes);
    const report = validatePptx(bytes);
    expect(report.ok).toBe(false);
    expect(formatReport(report)).toContain(b.expect);
  });
});
