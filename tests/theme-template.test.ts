import { describe, expect, it } from 'vitest';
import { Problems } from '../src/errors/diagnostic.js';
import { themeTemplate } from '../src/render/pptx/theme-template.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { build, root, unzip } from './helpers.js';

/**
 * KRD is a template like any other (issue 10): its theme is written as a
 * template package, read back by the reader an organisation's .potx goes
 * through, and copied into the output by the same code.
 */
const theme = loadTheme('krd', root, new Problems(), { file: 'x', line: 1, column: 1 });

describe("the theme's own template package", () => {
  it('is what the output carries: master, layouts, theme part and table styles byte for byte', async () => {
    // a nynorsk deck: the template's own text (prompts, footer) in nynorsk
    const pkg = themeTemplate(theme, 'nn');
    const parts = await unzip((await build('decks/2013-11-sykefravaer-samling-2.md')).pptx!);
    const copied = [...pkg.parts.keys()].filter((n) => /^ppt\/(slideMasters|slideLayouts|theme)\/|^ppt\/tableStyles\.xml$/.test(n));
    expect(copied.length).toBeGreaterThan(20);
    for (const name of copied) expect(parts.get(name), name).toBe(pkg.parts.get(name));
    // the slides' layouts are the package's parts
    for (const [name, xml] of parts) if (/^ppt\/slides\/_rels\//.test(name)) expect(pkg.parts.has(`ppt/slideLayouts/${/slideLayouts\/([^"]+)"/.exec(xml)![1]}`), name).toBe(true);
  });

  it('is read like any template: every role found by its layout name, dark layouts through their own colour map', () => {
    const pkg = themeTemplate(theme, 'nn');
    for (const [key, role] of pkg.roles) {
      expect(role.choice.how, key).toBe('named');
      expect(role.choice.layout.name, key).toBe(theme.master(key).name);
    }
    const section = pkg.model.layouts.find((l) => l.name === theme.master('section').name)!;
    expect(section.colorMap).toMatchObject({ tx1: 'lt1', tx2: 'lt1', bg1: 'dk2' });
    // the master's navy title shows light there, as LibreOffice and PowerPoint draw it
    expect(section.placeholders.find((p) => p.type === 'title')!.levels[0]!.color).toBe(theme.color('onDark').toUpperCase());
    const content = pkg.model.layouts.find((l) => l.name === theme.master('content').name)!;
    expect(content.colorMap).toBeUndefined();
    expect(content.placeholders.find((p) => p.type === 'title')!.levels[0]!.color).toBe(theme.color('heading').toUpperCase());
    // the template's text is in the deck's language
    expect(pkg.parts.get('ppt/slideMasters/slideMaster1.xml')).toContain('lang="nn-NO"');
  });
});
