import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWatch, type WatchEvent, type Watcher } from '../src/watch/watcher.js';
import { writeOutput } from '../src/watch/write-output.js';

/** Watch a temp project with real files and real chokidar; wait on events with a deadline, never a fixed sleep. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'samling-watch-'));
  mkdirSync(join(dir, 'decks/_library'), { recursive: true });
  mkdirSync(join(dir, 'decks/_data'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  const deck = (name: string, body: string) => writeFileSync(join(dir, 'decks', `${name}.md`), `---\ntitle: ${name}\n---\n\n${body}\n`);
  return { dir, deck };
}

let watcher: Watcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

function watchAll(dir: string) {
  const events: WatchEvent[] = [];
  const waiters: { test: (e: WatchEvent) => boolean; resolve: (e: WatchEvent) => void }[] = [];
  watcher = startWatch({
    paths: [join(dir, 'decks')],
    out: join(dir, 'out'),
    debounceMs: 30,
    onEvent: (e) => {
      events.push(e);
      for (const w of [...waiters]) if (w.test(e)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(e); }
    },
  });
  const next = (test: (e: WatchEvent) => boolean, what: string, ms = 10_000) =>
    new Promise<WatchEvent>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no event: ${what}; got ${events.map((e) => e.type + ('deck' in e ? ` ${e.deck.split('/').pop()}` : '')).join(', ')}`)), ms);
      waiters.push({ test, resolve: (e) => { clearTimeout(t); resolve(e); } });
    });
  return { events, next };
}

const builtDeck = (name: string) => (e: WatchEvent) => e.type === 'built' && e.deck.endsWith(`/${name}.md`);
const failedDeck = (name: string) => (e: WatchEvent) => e.type === 'failed' && e.deck.endsWith(`/${name}.md`);

describe('samling watch', () => {
  it('builds at start, rebuilds the edited deck, and only the decks a partial or data file touches', async () => {
    const { dir, deck } = project();
    writeFileSync(join(dir, 'decks/_library/hilsen.md'), 'Hei fra biblioteket');
    writeFileSync(join(dir, 'decks/_data/tall.yaml'), 'antall: 3');
    deck('a', '# A\n\n{{> hilsen}}');
    deck('b', '# B\n\nAntall: {{data.tall.antall}}');
    deck('c', '# C');
    const { events, next } = watchAll(dir);
    await watcher!.ready;
    expect(events.filter((e) => e.type === 'built')).toHaveLength(3);

    events.length = 0;
    deck('c', '# C endret');
    await next(builtDeck('c'), 'c rebuilt');

    events.length = 0;
    writeFileSync(join(dir, 'decks/_library/hilsen.md'), 'Hei igjen');
    await next(builtDeck('a'), 'a rebuilt after partial edit');
    writeFileSync(join(dir, 'decks/_data/tall.yaml'), 'antall: 4');
    await next(builtDeck('b'), 'b rebuilt after data edit');
    const rebuilt = events.filter((e) => e.type === 'built').map((e) => (e.type === 'built' ? e.deck.split('/').pop() : ''));
    expect(rebuilt.sort()).toEqual(['a.md', 'b.md']);
  });

  it('reports a broken save, keeps watching and the last good file, and says it recovered', async () => {
    const { dir, deck } = project();
    deck('a', '# A');
    const { next } = watchAll(dir);
    await watcher!.ready;
    const good = readFileSync(join(dir, 'out/a.pptx'));
    deck('a', '# A\n\n---\n\n<!-- layout: contnet -->\n\n# B');
    const failed = await next(failedDeck('a'), 'a failed');
    expect(failed.type === 'failed' && failed.result.diagnostics[0]!.code).toBe('unknown-layout');
    expect(readFileSync(join(dir, 'out/a.pptx')).equals(good)).toBe(true);
    deck('a', '# A\n\n---\n\n# B');
    const fixed = await next(builtDeck('a'), 'a rebuilt');
    expect(fixed.type === 'built' && fixed.recovered).toBe(true);
  });

  it('survives 100 broken saves in a row', async () => {
    const { dir, deck } = project();
    deck('a', '# A');
    const { next, events } = watchAll(dir);
    await watcher!.ready;
    for (let i = 0; i < 100; i++) deck('a', `# A\n\n{{#each}} ${i}`);
    await next(failedDeck('a'), 'a failed');
    deck('a', '# A igjen');
    await next(builtDeck('a'), 'a rebuilt after 100 broken saves');
    // a burst of writes is coalesced: far fewer builds than saves
    expect(events.filter((e) => e.type === 'failed' || e.type === 'built').length).toBeLessThan(20);
  });

  it('builds a new deck, and leaves a deleted deck’s output in place', async () => {
    const { dir, deck } = project();
    deck('a', '# A');
    const { next } = watchAll(dir);
    await watcher!.ready;
    deck('ny', '# Ny');
    await next(builtDeck('ny'), 'new deck built');
    rmSync(join(dir, 'decks/a.md'));
    await next((e) => e.type === 'deleted', 'deleted');
    expect(existsSync(join(dir, 'out/a.pptx'))).toBe(true);
  });

  it('rebuilds once after an editor’s save-by-rename', async () => {
    const { dir, deck } = project();
    deck('a', '# A');
    const { next, events } = watchAll(dir);
    await watcher!.ready;
    events.length = 0;
    writeFileSync(join(dir, 'decks/.a.md.swp'), 'swap');
    writeFileSync(join(dir, 'decks/a.md.tmp'), '---\ntitle: a\n---\n\n# Lagret\n');
    renameSync(join(dir, 'decks/a.md.tmp'), join(dir, 'decks/a.md'));
    await next(builtDeck('a'), 'a rebuilt');
    expect(events.filter((e) => e.type === 'built' || e.type === 'failed')).toHaveLength(1);
  });

  it('watches samling.yaml and the picture folders it allows', async () => {
    const { dir, deck } = project();
    const shared = mkdtempSync(join(tmpdir(), 'samling-felles-'));
    copyFileSync(join(__dirname, '..', 'assets', 'rapport-forside.png'), join(shared, 'kart.png'));
    writeFileSync(join(dir, 'samling.yaml'), `allow: [../${basename(shared)}]\n`);
    deck('a', `# A\n\n---\n\n<!-- layout: full-image -->\n\n![Kart](../../${basename(shared)}/kart.png)`);
    const { next } = watchAll(dir);
    await watcher!.ready;
    copyFileSync(join(__dirname, '..', 'assets', 'fjord-illustrasjon.png'), join(shared, 'kart.png'));
    await next(builtDeck('a'), 'a rebuilt after the allowed picture changed');
    rmSync(join(dir, 'samling.yaml'));
    const refused = await next(failedDeck('a'), 'a failed once its folder is no longer allowed');
    expect(refused.type === 'failed' && refused.result.diagnostics[0]!.code).toBe('bad-image');
    // following the hint: creating samling.yaml again mends the deck
    writeFileSync(join(dir, 'samling.yaml'), `allow: [../${basename(shared)}]\n`);
    const mended = await next(builtDeck('a'), 'a rebuilt once samling.yaml allows the folder again');
    expect(mended.type === 'built' && mended.recovered).toBe(true);
  });
});

describe('samling watch, an organisation\'s template', () => {
  it('rebuilds when the template or its .samling.yaml changes, and reports a broken one until it is mended', async () => {
    const { dir, deck } = project();
    mkdirSync(join(dir, 'maler'));
    const template = join(__dirname, 'fixtures', 'templates', 'python-pptx-default.pptx');
    copyFileSync(template, join(dir, 'maler', 'mal.pptx'));
    writeFileSync(join(dir, 'samling.yaml'), 'theme: maler/mal.pptx\n');
    deck('a', '# A\n\n- eitt punkt');
    const { next } = watchAll(dir);
    await watcher!.ready;
    writeFileSync(join(dir, 'maler', 'mal.samling.yaml'), 'footer: Kommunal- og regionaldepartementet\n');
    await next(builtDeck('a'), 'a rebuilt after the template\'s .samling.yaml was added');
    writeFileSync(join(dir, 'maler', 'mal.pptx'), 'ikkje ein mal');
    const broken = await next(failedDeck('a'), 'a failed once the template is broken');
    expect(broken.type === 'failed' && broken.result.diagnostics[0]!.code).toBe('bad-template');
    copyFileSync(template, join(dir, 'maler', 'mal.pptx'));
    const mended = await next(builtDeck('a'), 'a rebuilt once the template is whole again');
    expect(mended.type === 'built' && mended.recovered).toBe(true);
  });
});

describe('writing while PowerPoint holds the file', () => {
  it('retries, then writes "<deck> (ny).pptx"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-lock-'));
    const target = join(dir, 'a.pptx');
    const calls: string[] = [];
    const locked = (file: string, bytes: Uint8Array) => {
      calls.push(file);
      if (file === target) throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
      writeFileSync(file, bytes);
    };
    const written = await writeOutput(target, new Uint8Array([1, 2, 3]), 'ny', locked);
    expect(written).toEqual({ file: join(dir, 'a (ny).pptx'), fallback: true });
    expect(calls.filter((c) => c === target).length).toBe(4);
    expect(readFileSync(join(dir, 'a (ny).pptx'))).toEqual(Buffer.from([1, 2, 3]));
  });
});

describe('samling watch, YAML aliases', () => {
  it('reports a self-referencing alias once, with its line, and does not rebuild the deck until it changes', async () => {
    const { dir, deck } = project();
    writeFileSync(join(dir, 'decks', 'a.md'), '---\ntitle: &x [*x]\n---\n\n# A\n');
    deck('b', '# B');
    const { events, next } = watchAll(dir);
    await watcher!.ready;
    const failed = events.find(failedDeck('a'));
    expect(failed?.type === 'failed' && failed.result.diagnostics[0]).toMatchObject({ code: 'front-matter-yaml', loc: { line: 2, column: 12 } });
    // several rounds of another deck's rebuilds, and of the quarter-second check: a stays as it was
    for (let i = 0; i < 4; i++) {
      const built = next(builtDeck('b'), `b rebuilt ${i}`);
      deck('b', `# B ${i}`);
      await built;
    }
    expect(events.filter((e) => e.type !== 'built' && e.type !== 'ready' && 'deck' in e && e.deck.endsWith('/a.md'))).toHaveLength(1);
    writeFileSync(join(dir, 'decks', 'a.md'), '---\ntitle: A\n---\n\n# A\n');
    await next(builtDeck('a'), 'a mended');
  });
});

describe('samling watch, partials', () => {
  it('no longer uses a partial once it is deleted (a partial block, too)', async () => {
    const { dir, deck } = project();
    writeFileSync(join(dir, 'decks/_library/p.md'), 'Fra partialen');
    deck('a', '# A\n\n{{#> p}}reserve{{/p}}');
    const { next } = watchAll(dir);
    await watcher!.ready;
    rmSync(join(dir, 'decks/_library/p.md'));
    const failed = await next(failedDeck('a'), 'a failed once p was deleted');
    expect(failed.type === 'failed' && failed.result.diagnostics[0]).toMatchObject({ code: 'unknown-partial', loc: { line: 7 } });
  });
});

describe('samling watch, the decks folder deleted', () => {
  it('says the folder is gone, and builds again once it is restored', async () => {
    const { dir, deck } = project();
    deck('a', '# A');
    const { next } = watchAll(dir);
    await watcher!.ready;
    rmSync(join(dir, 'decks'), { recursive: true });
    const gone = await next((e) => e.type === 'error' && /is gone/.test(e.error.message), 'decks/ reported gone');
    expect(gone.type === 'error' && gone.error.message).toContain(join(dir, 'decks'));
    mkdirSync(join(dir, 'decks'));
    deck('a', '# A tilbake');
    await next(builtDeck('a'), 'a built after decks/ was restored');
    deck('a', '# A endret');
    await next(builtDeck('a'), 'a rebuilt after an edit in the restored folder');
  });
});

describe('samling watch, odd files', () => {
  it('reports a FIFO and a link to nothing named like decks, and builds the rest', async () => {
    const { dir, deck } = project();
    deck('a', '# A');
    execFileSync('mkfifo', [join(dir, 'decks', 'ror.md')]);
    symlinkSync(join(dir, 'decks', 'finnes-ikke.md'), join(dir, 'decks', 'dinglende.md'));
    const { events } = watchAll(dir);
    await watcher!.ready;
    const failed = events.filter((e) => e.type === 'failed').map((e) => e.type === 'failed' && e.result.diagnostics[0]!.code);
    expect(failed.sort()).toEqual(['not-a-file', 'unreadable-file']);
    expect(events.filter((e) => e.type === 'built')).toHaveLength(1);
  });
});
