import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, root, slides, unzip } from './helpers.js';

/**
 * Slides inherit the brand (issue 15): read back from the slide XML, text
 * and shapes state colours as scheme colours and fonts as the theme's
 * (+mj-lt, +mn-lt); every title is the title placeholder (idx 0); no
 * placeholder is left empty. The layouts are a real template.
 */
const decks = [
  ...readdirSync(join(root, 'decks')).filter((f) => f.endsWith('.md')).map((f) => `decks/${f}`),
  'tests/fixtures/decks/all-layouts.md',
  ...readdirSync(join(root, 'tests/fixtures/components')).filter((f) => f.endsWith('.md')).map((f) => `tests/fixtures/components/${f}`),
];

const LITERAL = /<a:(?:srgbClr|sysClr|prstClr)\b/;
const literal = (xml: string) => LITERAL.test(xml) || [...xml.matchAll(/typeface="([^"]*)"/g)].some((m) => !/^\+m[jn]-/.test(m[1]!));

/** Text properties (rPr, defRPr, endParaRPr, lstStyle) and shapes' spPr, with how many state a literal colour or font. */
export function literals(xml: string) {
  const text = [...xml.matchAll(/<a:(rPr|defRPr|endParaRPr)\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/a:\1>)/g)].map((m) => m[0]);
  const lists = [...xml.matchAll(/<a:lstStyle>[\s\S]*?<\/a:lstStyle>/g)].map((m) => m[0]);
  const shapes = [...xml.matchAll(/<p:(sp|cxnSp|pic|graphicFrame)>([\s\S]*?)<\/p:\1>/g)].map((m) => /<p:spPr\b[\s\S]*?<\/p:spPr>|<p:spPr\/>/.exec(m[2]!)?.[0] ?? '');
  return { runs: text.length, literalRuns: text.filter(literal).length + lists.filter(literal).length, shapes: shapes.length, literalShapes: shapes.filter((s) => LITERAL.test(s)).length };
}

describe.each(decks)('%s: slides inherit from the template', (file) => {
  it('≤ 5 % of text properties and shapes state a literal colour or font; titles are idx 0; no empty placeholder', async () => {
    const result = await build(file);
    const parts = await unzip(result.pptx!);
    const xml = slides(parts);
    const sum = xml.map(literals).reduce((a, b) => ({ runs: a.runs + b.runs, literalRuns: a.literalRuns + b.literalRuns, shapes: a.shapes + b.shapes, literalShapes: a.literalShapes + b.literalShapes }));
    expect(sum.literalRuns / sum.runs, JSON.stringify(sum)).toBeLessThanOrEqual(0.05);
    expect(sum.literalShapes / sum.shapes, JSON.stringify(sum)).toBeLessThanOrEqual(0.05);
    result.deck!.slides.forEach((slide, i) => {
      const s = xml[i]!;
      const heading = slide.blocks.some((b) => b.kind === 'heading' && b.level === 1);
      const title = [...s.matchAll(/<p:ph\b[^>]*\/>/g)].map((m) => m[0]).filter((ph) => /type="(?:title|ctrTitle)"/.test(ph));
      if (heading) {
        expect(title, `slide ${i + 1}`).toHaveLength(1);
        expect(title[0], `slide ${i + 1}`).not.toMatch(/idx="[1-9]/);
      }
      for (const m of s.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
        if (!m[1]!.includes('<p:ph')) continue;
        expect(/<a:t>[^<]|<a:fld\b/.test(m[1]!), `slide ${i + 1}: an empty placeholder`).toBe(true);
      }
    });
  });
});

describe('the template', () => {
  it('has typed layouts with the placeholders their names promise, and the master the text styles in theme colours and fonts', async () => {
    const parts = await unzip((await build('decks/2013-10-omdomme-samling-2.md')).pptx!);
    const layouts = new Map<string, string>();
    for (const [name, xml] of parts) if (/^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name)) layouts.set(/<p:cSld name="([^"]*)"/.exec(xml)![1]!, xml);
    const phs = (xml: string) => [...xml.matchAll(/<p:ph\b([^>]*)\/>/g)].map((m) => (/type="(\w+)"/.exec(m[1]!)?.[1] ?? 'obj') + (/idx="(\d+)"/.exec(m[1]!) ? `:${/idx="(\d+)"/.exec(m[1]!)![1]}` : '')).filter((p) => !/^(dt|ftr|sldNum)/.test(p));
    const expected: Record<string, [string, string[]]> = {
      Startside: ['title', ['ctrTitle', 'subTitle:1']],
      'Tekst med kulepunkter': ['obj', ['title', 'obj:1']],
      'Tekst uten kulepunkter': ['tx', ['title', 'body:1']],
      'To innholdsdeler – Sammenlikning': ['twoObj', ['title', 'obj:1', 'obj:2']],
      'Tekst med kulepunkter – 1 vertikalt bilde': ['picTx', ['title', 'body:1', 'pic:2']],
      '1 utfallende bilde': ['cust', ['pic:1']],
      Diagram: ['chart', ['title', 'chart:1']],
      Kapittelskille: ['secHead', ['title', 'body:1']],
      Sitat: ['cust', ['title', 'body:1']],
      'Bare tittel': ['titleOnly', ['title']],
      'Tom side': ['blank', []],
    };
    for (const [name, [type, ph]] of Object.entries(expected)) {
      const xml = layouts.get(name);
      expect(xml, name).toBeDefined();
      expect(/<p:sldLayout [^>]*type="(\w+)"/.exec(xml!)?.[1], name).toBe(type);
      expect(phs(xml!), name).toEqual(ph);
    }
    // level 1 of "Tekst med kulepunkter" has a bullet: the layout does not take it away
    expect(layouts.get('Tekst med kulepunkter')).not.toContain('buNone');
    // a new slide gets the footer and the slide number
    for (const [name, xml] of layouts) if (name !== '1 utfallende bilde') expect(xml, name).toMatch(/<p:hf hdr="0" dt="0"\/>/);
    const master = parts.get('ppt/slideMasters/slideMaster1.xml')!;
    for (const type of ['title', 'body', 'dt', 'ftr', 'sldNum']) expect(master).toMatch(new RegExp(`<p:ph type="${type}"`));
    const styles = /<p:txStyles>[\s\S]*<\/p:txStyles>/.exec(master)![0];
    expect(styles).not.toMatch(LITERAL);
    expect([...styles.matchAll(/typeface="([^"]*)"/g)].map((m) => m[1]).filter((f) => !/^\+m[jn]-/.test(f!) && f !== 'Arial')).toEqual([]);
    expect(/<p:titleStyle>[\s\S]*?<a:latin typeface="\+mj-lt"\/>/.test(styles)).toBe(true);
    expect(/<p:bodyStyle>(?:(?!<\/p:bodyStyle>)[\s\S])*?<a:buChar char="•"\/>/.test(styles)).toBe(true);
    // the dark layouts show the master's styles through their own colour map (text light, background
    // dark), as PowerPoint's dark layouts do: the title states no colour of its own, so a change of the
    // master's title colour reaches it; what they draw in a fixed colour names its slot (dk2, lt1 …)
    for (const name of ['Startside', 'Kapittelskille']) {
      const xml = layouts.get(name)!;
      expect(xml, name).toMatch(/<a:overrideClrMapping bg1="dk2" tx1="lt1" bg2="dk1" tx2="lt1"/);
      const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(?:ctrTitle|title)"\/>[\s\S]*?<\/p:sp>/.exec(xml)![0];
      expect(title, name).not.toMatch(/<a:solidFill>/);
      expect(xml, name).not.toMatch(/<a:schemeClr val="(?:tx1|tx2|bg1|bg2)"/);
    }
    for (const name of ['Tekst med kulepunkter', 'Diagram']) expect(layouts.get(name), name).toContain('<a:masterClrMapping/>');
    for (const n of [1, 2, 3, 4, 5]) expect(styles).toMatch(new RegExp(`<p:bodyStyle>[\\s\\S]*<a:lvl${n}pPr marL="\\d+" indent="-\\d+"[\\s\\S]*<\\/p:bodyStyle>`));
  });
});
