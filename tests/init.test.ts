import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, samlingCli } from './helpers.js';

const samling = samlingCli;

const empty = () => mkdtempSync(join(tmpdir(), 'samling-init-'));

describe('samling init', () => {
  it('makes a ready project whose example deck builds, and prints the next commands', () => {
    const dir = empty();
    const run = samling(['init', 'nettverk'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const project = join(dir, 'nettverk');
    for (const f of ['decks/2014-03-kompetanse-samling-1.md', 'decks/_library/helt-til-slutt.md', 'decks/_library/nettverkskart.md', 'decks/_data/networks.yaml', 'decks/_data/evaluering-eksempel.csv', 'samling.yaml', '.gitignore']) {
      expect(existsSync(join(project, f)), f).toBe(true);
    }
    expect(existsSync(join(project, 'assets'))).toBe(true);
    // the editor's YAML language server checks samling.yaml and networks.yaml against the generated schemas
    const settings = JSON.parse(readFileSync(join(project, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(project, schema)), schema).toBe(true);
    expect(readFileSync(join(project, '.gitignore'), 'utf8')).toContain('out/');
    expect(run.stdout).toContain('cd nettverk');
    expect(run.stdout).toContain('npx samling build');
    expect(run.stdout).toContain('npx samling new ');
    const built = samling(['build'], project);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/✓ decks\/2014-03-kompetanse-samling-1\.md → out\/2014-03-kompetanse-samling-1\.pptx \(\d+ slides/);
  });

  it('never overwrites: a file already there is kept and named', () => {
    const dir = empty();
    writeFileSync(join(dir, 'samling.yaml'), 'allow: [../mine]\n');
    const run = samling(['init'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('kept as they were (samling init never overwrites): samling.yaml');
    expect(readFileSync(join(dir, 'samling.yaml'), 'utf8')).toBe('allow: [../mine]\n');
    expect(samling(['init'], dir).stdout).toContain('(0 files written)');
  });

  it('refuses a file as the project folder', () => {
    const dir = empty();
    writeFileSync(join(dir, 'x'), '');
    const run = samling(['init', 'x'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('x is a file, not a folder');
  });
});

describe('samling new', () => {
  it('takes every flag, creates decks/ and writes a deck that builds without warnings', () => {
    const dir = empty();
    expect(samling(['init'], dir).status).toBe(0);
    const run = samling(['new', '2014-06-kompetanse-samling-2', '--network', 'kompetanse-1-nord', '--dates', '2014-06-04,2014-06-05', '--lang', 'nn', '--gathering', '2', '--venue', 'Bodø: Scandic', '--title', 'Nettverk kompetanse nord – andre samling'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'decks/2014-06-kompetanse-samling-2.md'), 'utf8');
    expect(text).toContain('lang: nn\nnetwork: kompetanse-1-nord\ngathering: 2\ndates: [2014-06-04, 2014-06-05]\nvenue: "Bodø: Scandic"\n');
    expect(text).toContain('- 10.00 Velkomen');
    expect(text).not.toMatch(/- \d{4} /);
    const built = samling(['build', 'decks/2014-06-kompetanse-samling-2.md'], dir);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
  });

  it('creates the decks folder when it is missing', () => {
    const dir = empty();
    expect(samling(['new', 'a-b', '--date', '2014-01-01'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'decks/a-b.md'))).toBe(true);
  });

  it('refuses an unknown network with did-you-mean, a bad date with the ISO form, an option given twice', () => {
    const dir = empty();
    samling(['init'], dir);
    const net = samling(['new', 'x', '--network', 'kompetanse-1-nrd'], dir);
    expect(net.status).toBe(2);
    expect(net.stderr).toContain('unknown network `kompetanse-1-nrd`');
    expect(net.stderr).toContain('did you mean `kompetanse-1-nord`?');
    const date = samling(['new', 'x', '--date', '18.09.2013'], dir);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('did you mean 2013-09-18?');
    const twice = samling(['new', 'x', '--venue', 'A', '--venue', 'B'], dir);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('--venue is given twice');
    expect(existsSync(join(dir, 'decks/x.md'))).toBe(false);
  });

  it('repeated --date gives every day; placeholders left in are warned about by check', () => {
    const dir = empty();
    samling(['init'], dir);
    expect(samling(['new', 'to-dager', '--date', '2014-01-02', '--date', '2014-01-01'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'decks/to-dager.md'), 'utf8')).toContain('dates: [2014-01-01, 2014-01-02]');
    const check = samling(['check', 'decks/to-dager.md'], dir);
    expect(check.status).toBe(0);
    expect(check.stderr).toContain('decks/to-dager.md:6:1: warning: the venue is still the placeholder `Sted` [placeholder-left]');
    expect(check.stderr).toContain('decks/to-dager.md:2:1: warning: the title is still the file name (`to dager`) [placeholder-left]');
  });
});

describe('the package', () => {
  it('ships the starter, never a project\'s decks/', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const files = (JSON.parse(run.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files.filter((f) => f.startsWith('decks/'))).toEqual([]);
    expect(files).toContain('dist/starter/decks/_library/helt-til-slutt.md');
    expect(files).toContain('dist/starter/decks/_data/networks.yaml');
    expect(files).toContain('dist/samling.cjs');
    expect(files).toContain('dist/samling.cjs.hash');
    expect(files.filter((f) => /evaluering-(?!eksempel)/.test(f))).toEqual([]);
  });
});

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdfinfo']).status === 0;
const requireTools = process.env.SAMLING_REQUIRE_TOOLS === '1';

describe('samling build --pdf', () => {
  it.runIf(requireTools)('has LibreOffice and poppler to test with (SAMLING_REQUIRE_TOOLS=1)', () => {
    expect(hasSoffice).toBe(true);
  });

  // skipped without LibreOffice (soffice) and poppler (pdfinfo); CI requires them
  it.runIf(hasSoffice)('writes <deck>.pdf (one page per slide) and <deck>-notater.pdf (a notes page per slide) beside the .pptx', () => {
    const dir = empty();
    samling(['init'], dir);
    const run = samling(['build', '--pdf'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const slides = Number(/\((\d+) slides/.exec(run.stdout)![1]);
    const info = (f: string) => spawnSync('pdfinfo', [join(dir, 'out', f)], { encoding: 'utf8' }).stdout;
    const pages = (f: string) => Number(/Pages:\s+(\d+)/.exec(info(f))![1]);
    expect(pages('2014-03-kompetanse-samling-1.pdf')).toBe(slides);
    expect(pages('2014-03-kompetanse-samling-1-notater.pdf')).toBe(slides);
    // the slides are landscape, the notes pages portrait
    const size = (f: string) => /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info(f))!.slice(1).map(Number);
    const [w, h] = size('2014-03-kompetanse-samling-1.pdf');
    expect(w!).toBeGreaterThan(h!);
    const [nw, nh] = size('2014-03-kompetanse-samling-1-notater.pdf');
    expect(nh!).toBeGreaterThan(nw!);
    const notes = spawnSync('pdftotext', [join(dir, 'out', '2014-03-kompetanse-samling-1-notater.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(notes.replace(/\s+/g, ' ')).toContain('Ønsk velkommen. Presenter deg selv og ressursgruppa');
  });
});

describe('samling build -o', () => {
  it('writes the named .pptx for one deck, and refuses a file name for several', () => {
    const dir = empty();
    samling(['init'], dir);
    const one = samling(['build', 'decks/2014-03-kompetanse-samling-1.md', '-o', 'min.pptx'], dir);
    expect(one.status).toBe(0);
    expect(readFileSync(join(dir, 'min.pptx')).subarray(0, 2).toString()).toBe('PK');
    writeFileSync(join(dir, 'decks', 'b.md'), '---\ntitle: B\n---\n\n# B\n');
    const many = samling(['build', '-o', 'min.pptx'], dir);
    expect(many.status).toBe(2);
    expect(many.stderr).toContain('names one file, but there are 2 decks');
  });
});

describe('help and output switches', () => {
  it('prints each command\'s own help with examples', () => {
    const dir = empty();
    for (const [args, head] of [[['build', '--help'], 'samling build — '], [['check', '-h'], 'samling check — '], [['new', '--help'], 'samling new — '], [['help', 'init'], 'samling init — '], [['watch', '--help'], 'samling watch — ']] as const) {
      const run = samling([...args], dir);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout.startsWith(head), args.join(' ')).toBe(true);
      expect(run.stdout).toContain('Examples:');
    }
    expect(samling(['build', '--help'], dir).stdout).toContain('--pdf');
    expect(samling(['--help'], dir).stdout).toContain('samling <command> --help');
    expect(samling(['help', 'nope'], dir).status).toBe(2);
  });

  it('-q prints nothing on success; --verbose names the files a deck read; FORCE_COLOR colours messages', () => {
    const dir = empty();
    samling(['init'], dir);
    const quiet = samling(['build', '-q'], dir);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
    const verbose = samling(['check', '--verbose'], dir);
    expect(verbose.stdout).toContain('read: ');
    expect(verbose.stdout).toContain('decks/_library/helt-til-slutt.md');
    writeFileSync(join(dir, 'decks', 'feil.md'), '---\ntitle: Feil\n---\n\n<!-- layout: contnet -->\n\n# A\n');
    const plain = samling(['check', 'decks/feil.md'], dir);
    expect(plain.stderr).not.toContain('\x1b[');
    const forced = spawnSync(process.execPath, [join(root, 'bin/samling.js'), 'check', 'decks/feil.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\x1b[');
  });
});
