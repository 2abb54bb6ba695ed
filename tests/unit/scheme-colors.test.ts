import { describe, expect, test } from 'vitest';
import { Problems } from '../../src/errors/diagnostic.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { colorXml, resolveScheme, schemeColor, toSchemeColors } from '../../src/render/pptx/scheme-colors.js';

const theme = loadTheme('krd', process.cwd(), new Problems(), { file: 'x', line: 1, column: 1 });

describe('scheme colours', () => {
  test('the theme slots by name', () => {
    expect(schemeColor(theme, theme.color('text'))).toEqual({ scheme: 'tx1' });
    expect(schemeColor(theme, theme.color('navy'))).toEqual({ scheme: 'tx2' });
    expect(schemeColor(theme, theme.color('heading'))).toEqual({ scheme: 'tx2' });
    expect(schemeColor(theme, theme.color('paper'))).toEqual({ scheme: 'bg1' });
    expect(schemeColor(theme, theme.color('mist'))).toEqual({ scheme: 'bg2' });
    theme.data.palette.forEach((hex, i) => expect(schemeColor(theme, hex)).toEqual({ scheme: `accent${i + 1}` }));
  });
  test('the other theme colours are a slot with lumMod/lumOff close to the value', () => {
    for (const role of ['muted', 'rule', 'onDarkMuted']) {
      const c = schemeColor(theme, theme.color(role));
      expect(c, role).toBeDefined();
      const back = resolveScheme(theme, c!);
      const d = Math.max(...[0, 2, 4].map((k) => Math.abs(parseInt(back.slice(k, k + 2), 16) - parseInt(theme.color(role).slice(k, k + 2), 16))));
      expect(d, role).toBeLessThanOrEqual(6);
    }
  });
  test('XML', () => {
    expect(colorXml(theme, '1b5a96')).toBe('<a:schemeClr val="accent1"/>');
    expect(colorXml(theme, 'FF00FF')).toBe('<a:srgbClr val="FF00FF"/>');
    expect(toSchemeColors('<a:srgbClr val="0B2F55"><a:alpha val="90000"/></a:srgbClr>', theme)).toBe('<a:schemeClr val="tx2"><a:alpha val="90000"/></a:schemeClr>');
  });
});
