import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeLanguage, messageLanguage } from '../src/i18n/language.js';
import { samlingCli } from './helpers.js';

/**
 * The language of the messages, as a facilitator meets it: samling.yaml's
 * `messages:` wins, else LC_ALL, LC_MESSAGES, LANG (nb, no, nn), else English.
 */
describe('the message language', () => {
  it('is read from the first of LC_ALL, LC_MESSAGES and LANG that is set', () => {
    expect(localeLanguage({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(localeLanguage({ LANG: 'no_NO' })).toBe('nb');
    expect(localeLanguage({ LANG: 'nb' })).toBe('nb');
    expect(localeLanguage({ LANG: 'no' })).toBe('nb');
    expect(localeLanguage({ LANG: 'nn_NO.UTF-8' })).toBe('nn');
    expect(localeLanguage({ LANG: 'nn' })).toBe('nn');
    expect(localeLanguage({ LANG: 'C' })).toBeUndefined();
    expect(localeLanguage({ LANG: 'en_GB.UTF-8' })).toBeUndefined();
    expect(localeLanguage({})).toBeUndefined();
    // LC_ALL over LC_MESSAGES over LANG; an empty one counts as unset
    expect(localeLanguage({ LC_ALL: 'nn_NO.UTF-8', LC_MESSAGES: 'C', LANG: 'nb_NO.UTF-8' })).toBe('nn');
    expect(localeLanguage({ LC_ALL: '', LC_MESSAGES: 'nn_NO.UTF-8', LANG: 'nb_NO.UTF-8' })).toBe('nn');
    expect(localeLanguage({ LC_ALL: 'C', LANG: 'nb_NO.UTF-8' })).toBeUndefined();
  });

  it('samling.yaml wins over the locale; without either, English', () => {
    expect(messageLanguage('nn', { LANG: 'nb_NO.UTF-8' })).toBe('nn');
    expect(messageLanguage('en', { LANG: 'nb_NO.UTF-8' })).toBe('en');
    expect(messageLanguage(undefined, { LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(messageLanguage(undefined, { LANG: 'C' })).toBe('en');
  });
});

function project(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-messages-'));
  mkdirSync(join(dir, 'decks'));
  if (config !== undefined) writeFileSync(join(dir, 'samling.yaml'), config);
  else writeFileSync(join(dir, 'package.json'), '{}');
  // a layout name with two letters swapped, on line 9
  writeFileSync(join(dir, 'decks', 'feil.md'), '---\ntitle: Samling\n---\n\n# Velkommen\n\n---\n\n<!-- layout: quoet -->\n\n> Sitat\n');
  return dir;
}

describe('samling check in the facilitator’s language', () => {
  it('LANG=nb_NO.UTF-8: bokmål, with file:line:col and the code frame', () => {
    const run = samlingCli(['check', 'decks/feil.md'], project(), { LANG: 'nb_NO.UTF-8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('decks/feil.md:9:14: feil: ukjent oppsett `quoet` [unknown-layout]\n    9 | <!-- layout: quoet -->\n      |              ^^^^^\n');
    expect(run.stderr).toContain('  forventet: ett av `title`, `content`');
    expect(run.stderr).toContain('  tips: mente du `quote`?');
  });

  it('`messages: nn` in samling.yaml wins over LANG=nb_NO.UTF-8', () => {
    const run = samlingCli(['check', 'decks/feil.md'], project('messages: nn\n'), { LANG: 'nb_NO.UTF-8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('decks/feil.md:9:14: feil: ukjend oppsett `quoet` [unknown-layout]\n    9 | <!-- layout: quoet -->\n');
    expect(run.stderr).toContain('  venta: eitt av `title`');
    expect(run.stderr).toContain('  tips: meinte du `quote`?');
  });

  it('`messages: en` in samling.yaml wins over the locale, and so does LC_ALL over LANG', () => {
    const en = samlingCli(['check', 'decks/feil.md'], project('messages: en\n'), { LANG: 'nn_NO.UTF-8' });
    expect(en.stderr).toContain('decks/feil.md:9:14: error: unknown layout `quoet` [unknown-layout]');
    const nn = samlingCli(['check', 'decks/feil.md'], project(), { LC_ALL: 'nn_NO.UTF-8', LANG: 'nb_NO.UTF-8' });
    expect(nn.stderr).toContain('decks/feil.md:9:14: feil: ukjend oppsett `quoet`');
  });

  it('LANG=C: English, as before', () => {
    const run = samlingCli(['check', 'decks/feil.md'], project(), { LANG: 'C' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('decks/feil.md:9:14: error: unknown layout `quoet` [unknown-layout]\n    9 | <!-- layout: quoet -->\n');
    expect(run.stderr).toContain('  expected: one of `title`, `content`');
    expect(run.stderr).toContain('  hint: did you mean `quote`?');
  });

  it('a mistake in samling.yaml itself is told in the language it names', () => {
    const run = samlingCli(['check', 'decks/feil.md'], project('messages: nn\nout: [build]\n'), { LANG: 'C' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('samling.yaml:2:1: feil: `out` i samling.yaml kan ikkje vere ["build"] [config-schema]');
    expect(run.stderr).toContain('  venta: ei mappe, relativt til prosjektet (som `out`)');
  });
});

describe('the command line’s own words in the facilitator’s language', () => {
  const good = '---\ntitle: God\n---\n\n# Hei\n\n- punkt\n';
  const decks = (config?: string) => {
    const dir = project(config);
    writeFileSync(join(dir, 'decks', 'feil.md'), good);
    writeFileSync(join(dir, 'decks', 'b.md'), good);
    return dir;
  };

  it('status lines: built and checked, in bokmål and nynorsk', () => {
    const nb = samlingCli(['build', 'decks'], decks(), { LANG: 'nb_NO.UTF-8' });
    expect(nb.status).toBe(0);
    expect(nb.stdout).toMatch(/^✓ decks\/b\.md → out\/b\.pptx \(1 lysbilde, \d+ KB, \d+ ms\)$/m);
    expect(nb.stdout.trimEnd().split('\n').pop()).toBe('2 presentasjoner bygget');
    const nn = samlingCli(['check', 'decks'], decks('messages: nn\n'), { LANG: 'C' });
    expect(nn.stdout).toContain('✓ decks/b.md: 1 lysbilete\n');
    expect(nn.stdout.trimEnd().split('\n').pop()).toBe('2 presentasjonar sjekka');
  });

  it('a deck that fails: the line under its errors, in the same language', () => {
    const run = samlingCli(['check', 'decks/feil.md'], project(), { LANG: 'nn_NO.UTF-8' });
    expect(run.stderr).toContain('✗ decks/feil.md: 1 feil; ingenting skrive\n');
  });

  it('--help and wrong usage (exit status 2)', () => {
    const dir = project();
    expect(samlingCli(['--help'], dir, { LANG: 'nn_NO.UTF-8' }).stdout).toContain('Kommandoar:\n  init ');
    expect(samlingCli(['build', '--help'], dir, { LANG: 'nb_NO.UTF-8' }).stdout).toContain('Bruk: samling build [presentasjoner eller mapper …] [valg]');
    const wrong = samlingCli(['bild'], dir, { LANG: 'nb_NO.UTF-8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^samling: ukjent kommando `bild`/);
    expect(samlingCli(['build', '--port', 'x'], dir, { LANG: 'nn_NO.UTF-8' }).stderr).toContain('samling: --port treng eit portnummer (0 vel ein ledig port)');
    // English stays as it was
    expect(samlingCli(['bild'], dir, { LANG: 'C' }).stderr).toMatch(/^samling: unknown command `bild`/);
  });
});
