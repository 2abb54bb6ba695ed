import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, diagnosticText, type CliKey, type CliParams, type MessageCode, type MessageParams } from '../src/i18n/messages/index.js';
import type { SchemaIssue, Text } from '../src/i18n/messages/types.js';
import { explain } from '../src/i18n/schema-errors.js';
import { root } from './helpers.js';

/**
 * The message catalogues (src/i18n/messages/): every code has a bokmål and a
 * nynorsk text of its own, and every code the source raises is in them.
 * Each code is tried with values for each of its variants (the `kind`s of
 * its parameters): a variant nobody translated shows up as English.
 */

const issue = (message: string, extra: Partial<SchemaIssue> = {}): SchemaIssue => ({ code: 'custom', message, ...extra });
const zodType = issue('Invalid input: expected number, received string', { code: 'invalid_type', expected: 'number' });

type Samples = { [C in MessageCode]: MessageParams<C>[] };

const samples: Samples = {
  'deck-too-big': [{ mb: '12', maxMb: 10 }],
  'line-too-long': [{ line: 3, length: 250_000, max: 200_000 }],
  'outside-project': [{ name: 'felles.md' }],
  'csv-windows-1252': [{}],
  'not-utf8': [{}],
  'unreadable-file': [
    { name: 'a.md', why: 'loop', link: true },
    { name: 'a.md', why: 'dangling', link: true },
    { name: 'a.md', why: 'missing', link: false },
    { name: 'a.md', why: 'other', errno: 'EACCES', link: false },
  ],
  'not-a-file': [{ name: 'a.md', kind: 'folder' }, { name: 'a.md', kind: 'fifo' }, { name: 'a.md', kind: 'socket' }, { name: 'a.md', kind: 'device' }],
  'front-matter-yaml': [
    { problem: { kind: 'syntax', code: 'BLOCK_AS_IMPLICIT_KEY', text: 'Nested mappings are not allowed in compact mappings' } },
    { problem: { kind: 'syntax', code: 'SOMETHING_NEW', text: 'Something the reader says' } },
    { problem: { kind: 'alias-count', max: 100 } },
    { problem: { kind: 'alias-missing', alias: 'sted' } },
    { problem: { kind: 'alias-inside', alias: 'x' } },
    { problem: { kind: 'alias-other', text: 'alias trouble' } },
  ],
  'front-matter-missing': [{}],
  'front-matter-too-many-keys': [{ keys: 1200, max: 1000 }],
  'front-matter-not-mapping': [{}],
  'front-matter-near-miss': [{ key: 'titel', near: 'title' }],
  'front-matter-schema': [
    { kind: 'missing', key: 'title', issue: issue('\u0000samling:title') },
    { kind: 'value', key: 'gathering', got: '"tre"', issue: zodType },
    { kind: 'date', key: 'dates', nth: 0, shown: '18.09.2013', problem: 'format', iso: '2013-09-18' },
    { kind: 'date', key: 'dates', nth: 2, shown: '2013-02-30', problem: 'calendar' },
  ],
  'front-matter-dates-order': [{ date: '2013-10-01', before: '2013-10-02', sorted: ['2013-10-01', '2013-10-02'] }],
  'placeholder-left': [{ kind: 'venue', venue: 'Sted' }, { kind: 'title', title: '2014 06 kompetanse' }],
  'config-yaml': [{ problem: { kind: 'alias-inside', alias: 'x' } }, { problem: { kind: 'syntax', code: 'DUPLICATE_KEY', text: 'Map keys must be unique' } }],
  'config-schema': [
    { kind: 'unknown', key: 'outt', valid: ['decks', 'out'], near: 'out' },
    { kind: 'unknown', key: 'zzz', valid: ['decks', 'out'] },
    { kind: 'value', key: 'out', got: '["build"]', issue: issue('\u0000samling:folder{"like":"out"}') },
    { kind: 'value', key: '', got: '[]', issue: issue('\u0000samling:settings') },
  ],
  'config-allow': [{ folder: '..', home: false }, { folder: '../..', home: true }],
  'config-absolute': [{ folder: '/srv/felles' }],
  'unknown-symbol': [
    { kind: 'template-has-none', symbol: 'hus', theme: 'maler/DEPMAL.potx' },
    { kind: 'unknown', symbol: 'hjerta', names: ['hjerte', 'none'], near: 'hjerte' },
  ],
  'unknown-network': [
    { id: 'omdome-1', file: 'decks/_data/networks.yaml', ids: ['omdomme-1'], near: 'omdomme-1' },
    { id: 'x', file: 'decks/_data/networks.yaml', ids: [] },
  ],
  'too-many-slides': [{ slides: 6000, max: 5000 }],
  'too-much-media': [{ mb: 400, maxMb: 300 }],
  'unclosed-directive': [{}],
  'unclosed-notes': [{}],
  'rule-ignored': [{ markup: '***' }],
  'list-item-ignored': [{ block: 'code' }, { block: 'quote' }, { block: 'table' }, { block: 'image' }],
  'ragged-table': [{ got: 3, want: 2 }, { got: 1, want: 2 }],
  'table-too-wide': [{ columns: 14, max: 12 }],
  'empty-slide': [{}],
  'empty-deck': [{}],
  'directive-yaml': [{ problem: { kind: 'syntax', code: 'BAD_INDENT', text: 'Bad indentation' } }, { problem: { kind: 'alias-count', max: 100 } }],
  'directive-not-mapping': [{ first: true }, { first: false }],
  'directive-twice': [{ key: 'chart', value: 'pie', before: 'bar', firstLine: 9 }],
  'template-missing-variable': [
    { name: 'sted', keys: ['title'] },
    { name: 'titel', keys: ['title'], near: 'title' },
    { name: 'Kva', keys: [], spaced: { key: 'Kva fungerte godt?', how: 'name' } },
    { name: 'Kva', keys: [], spaced: { key: 'Kva fungerte godt?', file: 'evaluering', how: 'column' } },
    { name: 'Kva', keys: [], spaced: { key: 'Kva fungerte godt?', file: 'svar', how: 'data' }, partial: 'oppsummering' },
  ],
  'template-helper': [
    { helper: 'date', problem: { kind: 'needs-date' } },
    { helper: 'date', problem: { kind: 'needs-date', got: '"18.09.2013"' } },
    { helper: 'date', problem: { kind: 'not-a-date', value: '2013-13-45' } },
    { helper: 'daterange', problem: { kind: 'not-dates', values: 'a, b' } },
    { helper: 'daterange', problem: { kind: 'no-dates' } },
    { helper: 'time', problem: { kind: 'not-a-time', value: 'kl ti' } },
    { helper: 'ordinal', problem: { kind: 'needs-whole-number', got: '"tre"' } },
    { helper: 'networkMaps', problem: { kind: 'no-networks' } },
    { helper: 'networkMaps', problem: { kind: 'not-a-theme', theme: 'omdøme', themes: ['omdomme'] } },
    { helper: 'networkMaps', problem: { kind: 'no-pulje', pulje: '4', theme: 'omdomme', puljer: ['1', '2'] } },
    { helper: 'x', problem: { kind: 'other', text: 'something went wrong' } },
  ],
  'template-error': [{ text: 'something Handlebars says' }],
  'template-syntax': [{ kind: 'unclosed', name: 'each' }, { kind: 'parse', text: "Parse error on line 3", expecting: "'ID'" }, { kind: 'parse', text: 'Parse error on line 3' }],
  'template-too-deep': [{ max: 10 }],
  'template-too-big': [
    { budget: { kind: 'output', mb: '1.0', final: false }, budgetMb: '1.0', maxRounds: 200_000 },
    { budget: { kind: 'output', mb: '2.5', final: true }, budgetMb: '1.0', maxRounds: 200_000 },
    { budget: { kind: 'rounds', max: 200_000 }, budgetMb: '1.0', maxRounds: 200_000 },
  ],
  'dynamic-partial': [{}],
  'unknown-partial': [{ name: 'nettverkskar', names: ['nettverkskart'], near: 'nettverkskart' }, { name: 'x', names: [] }],
  'partial-cycle': [{ name: 'a', cycle: ['a', 'b', 'a'] }],
  'not-a-folder': [{ name: '_data', holds: 'data' }, { name: '_library', holds: 'partials' }],
  'data-yaml': [{ problem: { kind: 'syntax', code: 'TAB_AS_INDENT', text: 'Tabs are not allowed as indentation' } }, { problem: { kind: 'alias-count', max: 100 } }],
  'data-csv': [
    { problem: { kind: 'columns', expected: 2, got: 3, line: 4 } },
    { problem: { kind: 'quote', text: 'Quote Not Closed: the parsing is finished with an opening quote at line 2' } },
    { problem: { kind: 'other', text: 'something else' } },
  ],
  'unknown-layout': [
    { name: 'quoet', layouts: ['title', 'quote'], templateLayouts: [], near: 'quote' },
    { name: 'x', layouts: ['title', 'quote'], templateLayouts: ['Tittel og innhold'] },
  ],
  'no-title': [{ layout: 'content' }],
  'unknown-option': [{ key: 'chartt', layout: 'chart', valid: ['chart'], near: 'chart' }],
  'bad-option': [
    { key: 'chart', value: '"stacked"', layout: 'chart', values: ['bar', 'stacked-bar'], near: 'stacked-bar', issue: issue('x', { code: 'invalid_value', values: ['bar', 'stacked-bar'] }) },
    { key: 'lines', value: '7', layout: 'evaluation', issue: issue('Too big: expected number to be <=4', { code: 'too_big', origin: 'number', maximum: 4, inclusive: true }) },
  ],
  'bad-directive': [
    { key: 'footer', value: '"ja"', want: { kind: 'boolean' } },
    { key: 'continue', value: '"nei"', want: { kind: 'continue' } },
    { key: 'symbol', value: '"hjerta"', want: { kind: 'symbol', names: ['hjerte'], near: 'hjerte' } },
    { key: 'symbol', value: '"x"', want: { kind: 'symbol', names: ['hjerte'] } },
    { key: 'background', value: '"mits"', want: { kind: 'background', roles: ['mist'], near: 'mist' } },
  ],
  'text-shrunk': [
    { part: { kind: 'text' }, size: 16, comfortable: 20 },
    { part: { kind: 'quote' }, size: 16, comfortable: 20 },
    { part: 'programme', size: 14, comfortable: 20 },
  ],
  'text-overflow': [
    { part: { kind: 'text' }, overflow: '0.35', pct: 12, size: 14, w: '11.5', h: '4.9' },
    { part: { kind: 'title' }, overflow: '0.35', pct: 12, size: 14, w: '11.5', h: '4.9' },
  ],
  'table-overflow': [{ tooTall: '1.20', size: 12, rows: 14 }],
  'bad-image': [
    { src: 'file:///x.png', kind: 'file-address' },
    { src: 'https://x/y.png', kind: 'remote' },
    { src: '/x.png', kind: 'absolute' },
    { src: '../x.png', kind: 'outside' },
    { src: 'x.png', kind: 'outside-link' },
    { src: 'x.png', kind: 'not-found', places: ['decks/x.png', 'x.png', 'assets/x.png'] },
    { src: 'x.png', kind: 'changed', how: 'removed' },
    { src: 'x.png', kind: 'changed', how: 'changed' },
    { src: 'x.png', kind: 'not-an-image' },
    { src: 'x.svg', kind: 'svg' },
    { src: 'x.bmp', kind: 'unknown-format', type: 'bmp' },
    { src: 'x.bin', kind: 'unknown-format' },
    { src: 'x.jpg', kind: 'extension', type: 'PNG', ext: 'jpg', want: 'png', rename: 'x.png' },
    { src: 'x.png', kind: 'empty', width: 0, height: 0 },
    { src: 'x.png', kind: 'cut-off', type: 'PNG' },
  ],
  'huge-image': [{ src: 'x.png', mb: '12.5' }, { src: 'x.png', width: 9000, height: 6000 }],
  'template-layout-leftover': [{ layout: 'Tittel og innhold', content: 1 }, { layout: 'Sammenligning', content: 2 }],
  'template-layout-empty': [{ layout: 'Sammenligning', empty: [{ kind: 'title', layout: 'Sammenligning' }, { kind: 'subtitle' }, { kind: 'content', n: 2, of: 2, type: 'pic' }] }],
  'title-content': [{ block: 'image' }, { block: 'table' }, { block: 'code' }],
  'one-table-or-image': [{ layout: 'content' }],
  'two-columns': [{ columns: 3 }, { columns: 1 }],
  'image-count': [{ layout: 'full-image', images: 2 }, { layout: 'image', images: 0 }, { layout: 'image', images: 2 }],
  'quote-missing': [{}],
  'chart-table': [{ kind: 'missing' }, { kind: 'no-series' }],
  'chart-too-big': [{ what: 'rows', n: 120, max: 100 }, { what: 'series', n: 14, max: 12 }],
  'chart-negative': [{ chart: 'pie', category: 'Nord', value: '-3' }],
  'chart-pie-series': [{ chart: 'doughnut', left: ['2020', '2021'] }],
  'chart-number': [{ text: 'mange', row: 2, column: '2012' }],
  'chart-row-empty': [
    { kind: 'all' },
    { kind: 'row', row: 2, category: 'Nord', drawn: 1, columns: ['2012'] },
    { kind: 'row', row: 2, category: '', drawn: 1, columns: ['2012', '2020'] },
    { kind: 'row', row: 2, category: 'Nord', drawn: 2, columns: ['2012', '2020'] },
  ],
  'chart-percent-mixed': [
    { text: '62 %', row: 1, column: 'Andel', hasPercent: true, others: 3, values: 4 },
    { text: '62', row: 1, column: 'Andel', hasPercent: false, others: 3, values: 4 },
  ],
  'component-overflow': [
    { kind: 'text', part: { kind: 'bio', name: 'Anne' }, overflow: '0.40', size: 12, w: '3.0', h: '2.0' },
    { kind: 'text', part: { kind: 'survey-address' }, overflow: '0.40', size: 12, w: '3.0', h: '2.0' },
    { kind: 'statement', size: 20, chars: 140 },
    { kind: 'statements', count: 24, fits: 12, size: 14 },
    { kind: 'statements', count: 24, fits: 0, size: 14 },
    { kind: 'timeline-row', label: 'Kommunene', size: 12 },
    { kind: 'timeline-row', size: 12 },
    { kind: 'milestone', when: 'Høst 2018', size: 14, count: 8, tooTall: '0.50' },
    { kind: 'milestone', when: 'Høst 2018', size: 14, count: 8 },
    { kind: 'quote-beside', beside: 'diagram', size: 14, w: '4.0', h: '3.0' },
    { kind: 'quote-beside', beside: 'stairs', size: 14, w: '4.0', h: '3.0' },
    { kind: 'programme', day: '1. oktober', items: 20, fits: 12, size: 14, others: ['2. oktober'] },
    { kind: 'programme', items: 20, fits: 12, size: 14, others: [] },
    { kind: 'answer', w: '6.0', h: '4.0' },
    { kind: 'questions', count: 8, tooTall: '1.10', size: 14, longest: 3, w: '8.0', h: '4.5' },
    { kind: 'cycle-centre' },
    { kind: 'cycle-items', shape: 'cycle', item: 'Organisasjonsutvikling', width: '1.8', size: 14, count: 6 },
    { kind: 'cycle-items', shape: 'row', item: 'Organisasjonsutvikling', width: '1.8', size: 14, count: 6 },
    { kind: 'step', part: 'description', n: 6, name: 'Internalisering', lines: 5, size: 12, steps: 6, room: 3 },
    { kind: 'step', part: 'name', n: 6, name: 'Internalisering', lines: 5, size: 12, steps: 6, room: 3 },
  ],
  'scale-ignored': [{ block: 'table' }],
  'scale-lists': [{}],
  'scale-mismatch': [{ mentioned: 6, steps: 10 }],
  'timeline-block': [{ block: 'table', afterList: true }, { block: 'paragraph', afterList: false }],
  'timeline-item': [{ missing: 'colon' }, { missing: 'when' }, { missing: 'what' }],
  'timeline-current': [{ kind: 'past-end', current: 9, milestones: 4 }, { kind: 'twice' }],
  'timeline-milestones': [{ kind: 'too-many', min: 2, max: 8 }, { kind: 'too-few', min: 2, count: 1 }],
  'speaker-name': [{}],
  'speaker-count': [{ speakers: 4, max: 3 }],
  'speaker-photos': [{}],
  'speaker-ignored': [{ block: 'paragraph', beforeName: true }, { block: 'table', beforeName: false }],
  'evaluation-questions': [{ kind: 'none' }, { kind: 'too-many', max: 6, count: 8 }],
  'evaluation-ignored': [
    { block: 'table', second: true, results: true },
    { block: 'paragraph', second: false, results: true },
    { block: 'list', second: true, results: false },
    { block: 'image', second: false, results: false },
  ],
  'evaluation-scale': [{ n: 5 }],
  'evaluation-survey': [{ kind: 'not-web', url: 'nettskjema' }, { kind: 'too-long', length: 3000 }],
  'evaluation-data': [
    { kind: 'both', data: 'evaluering' },
    { kind: 'missing' },
    { kind: 'no-file', name: 'evalueing', names: ['evaluering'], near: 'evaluering' },
    { kind: 'no-file', name: 'x', names: [] },
    { kind: 'outside', name: 'evaluering' },
  ],
  'evaluation-empty': [
    { kind: 'no-answers', source: '_data/evaluering.csv' },
    { kind: 'no-answers' },
    { kind: 'no-scores', column: 'Terningkast', scale: 6, named: false },
    { kind: 'no-scores', column: 'Terningkast', scale: 6, named: true },
  ],
  'evaluation-score': [
    { kind: 'no-column', source: '_data/evaluering.csv', score: 'Terningkst', columns: ['Terningkast'], near: 'Terningkast' },
    { kind: 'no-column', score: 'x', columns: ['Terningkast'] },
    { kind: 'no-score-column', columns: ['Navn', 'Kommentar'] },
    { kind: 'not-a-number', cell: 'fem', scale: 6, column: 'Terningkast', upTo10: false },
    { kind: 'outside', cell: '8', scale: 6, column: 'Terningkast', upTo10: true },
  ],
  'evaluation-columns': [{ source: '_data/evaluering.csv', column: 'Kva fungerte', columns: ['Kva fungerte godt?'], near: 'Kva fungerte godt?' }, { column: 'x', columns: ['y'] }],
  'evaluation-rows': [
    { kind: 'past-end', from: 20, written: 12, source: '_data/evaluering.csv' },
    { kind: 'left-out', shown: 8, total: 12, line: 10, next: 9 },
    { kind: 'left-out', shown: 11, total: 12, source: '_data/evaluering.csv', line: 13, next: 12 },
  ],
  'cycle-ignored': [{ block: 'table' }],
  'cycle-items': [{ min: 3, max: 8 }],
  'cycle-lists': [{}],
  'cycle-count': [
    { cycle: true, items: 9, min: 3, max: 8, tooMany: true },
    { cycle: true, items: 2, min: 3, max: 8, tooMany: false },
    { cycle: false, items: 1, min: 2, max: 8, tooMany: false },
  ],
  'staircase-ignored': [{ block: 'quote', second: true }, { block: 'table', second: false }],
  'staircase-steps': [{}],
  'staircase-lists': [{}],
  'staircase-count': [{ steps: 9, min: 2, max: 8, tooMany: true }, { steps: 1, min: 2, max: 8, tooMany: false }],
  'programme-block': [{ block: 'table' }],
  'programme-day': [{}],
  'programme-days': [{ max: 3 }],
  'programme-empty': [{ day: '1. oktober' }, {}],
  'programme-time': [{ kind: 'no-time' }, { kind: 'bad-time', time: '25.00' }, { kind: 'no-title' }],
  'org-chart-ignored': [{ block: 'paragraph' }],
  'org-chart-list': [{}],
  'org-chart-deep': [{ levels: 5, max: 4 }],
  'org-chart-tall': [{}],
  'org-chart-wide': [
    { level: 2, boxes: 7, fits: 6, longNames: false, why: { kind: 'fits' } },
    { level: 3, boxes: 9, fits: 4, longNames: true, why: { kind: 'crowded', wide: '14.2', slide: '12.1' } },
  ],
  'network-map-empty': [{}],
  'network-map-too-many': [{ max: 8, networks: 10 }],
  'network-map-overflow': [{ network: 'Omdømme — Asbjørn Stavem', municipalities: 16, networks: 8, fits: 10, size: 9 }],
  'network-map-no-municipalities': [{ network: 'Omdømme — Asbjørn Stavem' }],
  'network-map-ignored': [
    { block: 'list', why: { kind: 'one-list', network: 'Omdømme' } },
    { block: 'table', why: { kind: 'in-network' } },
    { block: 'list', why: { kind: 'before-first' } },
  ],
  'network-map-pulje': [{}],
  'network-theme': [{ word: 'Sykefravar', valid: ['Sykefravær'], near: 'Sykefravær' }, { word: 'x', valid: ['Sykefravær'] }],
  'unknown-theme': [
    { kind: 'unknown', name: 'kdr', names: ['krd'], near: 'krd' },
    { kind: 'unknown', name: 'x', names: ['krd'] },
    { kind: 'template-not-path', name: '/maler/DEPMAL.potx' },
    { kind: 'template-outside', name: '../maler/DEPMAL.potx' },
    { kind: 'template-missing', name: 'maler/DEPMAL.potx', places: ['maler/DEPMAL.potx'] },
    { kind: 'template-link-outside', name: 'maler/DEPMAL.potx' },
  ],
  'theme-yaml': [{ problem: { kind: 'syntax', code: 'MISSING_CHAR', text: 'Missing closing "quote' } }],
  'theme-schema': [
    { kind: 'theme', path: 'sizes.footer', issue: issue('\u0000samling:too-small{"input":"2","unit":" pt","of":"text-size","lo":4,"hi":200}') },
    { kind: 'symbol', path: 'hus.0.fill', issue: issue('Invalid input: expected string, received number', { code: 'invalid_type', expected: 'string' }) },
    { kind: 'no-metrics' },
  ],
  'theme-outside-project': [{ kind: 'folder', name: 'themes/lenket', link: true }, { kind: 'file', name: 'theme.yaml', link: false }],
  'theme-file-too-big': [{ name: 'theme.yaml', mb: '5', maxMb: 4 }],
  'theme-metrics': [
    { path: 'metrics/regular.json', style: 'regular', kind: 'missing', link: false },
    { path: 'metrics/regular.json', style: 'regular', kind: 'missing', link: true },
    { path: 'metrics/regular.json', style: 'bold', kind: 'outside', link: true },
    { path: 'metrics/regular.json', style: 'bold', kind: 'not-a-file', folder: true },
    { path: 'metrics/regular.json', style: 'bold', kind: 'not-a-file', folder: false },
    { path: 'metrics/regular.json', style: 'italic', kind: 'too-big', mb: '5', maxMb: 4 },
    { path: 'metrics/regular.json', style: 'italic', kind: 'unreadable', errno: 'EACCES' },
    { path: 'metrics/regular.json', style: 'italic', kind: 'not-json' },
    { path: 'metrics/regular.json', style: 'boldItalic', kind: 'not-metrics', key: 'ascender', missing: true },
    { path: 'metrics/regular.json', style: 'boldItalic', kind: 'not-metrics', key: 'ascender', missing: false, issue: issue('\u0000samling:font-units') },
    { path: 'metrics/regular.json', style: 'boldItalic', kind: 'not-metrics', key: '', missing: false, issue: issue('\u0000samling:line-height') },
  ],
  'font-missing': [
    { font: 'Calibri', reason: { kind: 'no-fontconfig' } },
    { font: 'Calibri Bold', reason: { kind: 'face-missing', family: 'Carlito', style: 'Bold' }, style: 'Bold' },
    { font: 'X', reason: { kind: 'no-family' } },
    { font: 'X', reason: { kind: 'fontconfig-failed' } },
    { font: 'X', reason: { kind: 'no-font' } },
    { font: 'X', reason: { kind: 'resolves', to: 'DejaVu Sans' } },
    { font: 'X', reason: { kind: 'variable', file: 'X.ttf' } },
    { font: 'X', reason: { kind: 'unreadable', file: 'X.ttf', text: 'bad table' } },
  ],
  'bad-template': [
    { name: 'maler/D.potx', fault: { kind: 'password', file: 'D.potx' } },
    { name: 'maler/D.potx', fault: { kind: 'not-zip', file: 'D.potx' } },
    { name: 'maler/D.potx', fault: { kind: 'not-presentation', file: 'D.potx', is: 'word' } },
    { name: 'maler/D.potx', fault: { kind: 'not-presentation', file: 'D.potx', is: 'excel' } },
    { name: 'maler/D.potx', fault: { kind: 'not-presentation', file: 'D.potx', is: 'other' } },
    { name: 'maler/D.potx', fault: { kind: 'missing-part', from: { kind: 'package' }, part: 'ppt/presentation.xml' } },
    { name: 'maler/D.potx', fault: { kind: 'missing-part', from: { kind: 'presentation' }, part: 'ppt/slideMasters/slideMaster1.xml' } },
    { name: 'maler/D.potx', fault: { kind: 'missing-part', from: { kind: 'master', n: 1 }, part: 'ppt/theme/theme1.xml' } },
    { name: 'maler/D.potx', fault: { kind: 'no-master' } },
    { name: 'maler/D.potx', fault: { kind: 'master-no-theme', n: 1 } },
    { name: 'maler/D.potx', fault: { kind: 'unreadable', text: 'bad zip' } },
    { name: 'maler/D.potx', fault: { kind: 'senseless', issues: [{ path: 'slide.width', issue: issue('\u0000samling:too-big{"input":"100","unit":" in","of":"slide-side","lo":1,"hi":56}') }] } },
    { name: 'maler/D.potx', fault: { kind: 'no-named-layout', named: 'Tittel', role: 'title', layouts: ['Tittellysbilde'] } },
    { name: 'maler/D.potx', fault: { kind: 'no-role-layout', role: 'title' } },
    { name: 'maler/D.potx', fault: { kind: 'no-role-layout', role: 'content' } },
  ],
  'template-yaml': [
    { kind: 'yaml', problem: { kind: 'syntax', code: 'BAD_INDENT', text: 'Bad indentation' } },
    { kind: 'issue', where: 'networks.omdomme', issue: issue('\u0000samling:hex-colour') },
    { kind: 'issue', where: '', issue: zodType },
    { kind: 'not-a-role', where: 'layouts', key: 'tittle', known: ['title'], near: 'title' },
    { kind: 'unknown-key', where: '', key: 'footr', known: ['footer'], near: 'footer' },
    { kind: 'unknown-key', where: 'symbol', key: 'z', known: [] },
  ],
  'template-fallback': [{ name: 'maler/D.potx', role: 'quote', layout: 'Bare tittel', via: 'title-only', sidecar: 'D.samling.yaml', key: 'quote' }],
  'template-sidecar': [{ name: 'maler/D.potx', sidecar: 'D.samling.yaml' }],
};

/** schema explanations with values, by key */
const schemaSamples: Record<string, unknown[]> = {
  folder: [{ like: 'out' }],
  'too-small': [{ input: '2', unit: ' pt', of: 'text-size', lo: 4, hi: 200 }, { input: '0.2', unit: ' in', of: 'slide-side', lo: 1, hi: 56 }, { input: '0.1', unit: '', of: 'line-spacing', lo: 0.5, hi: 3 }],
  'too-big': [{ input: '30', unit: '', of: 'paragraph-gap', lo: 0, hi: 3 }, { input: '60', unit: ' in', of: 'position', lo: -56, hi: 56 }],
  'not-a-length': [{ input: '0' }],
  'length-too-big': [{ input: '60', max: 56 }],
  'size-order': [{ min: 30, max: 20 }],
  'comfortable-range': [{ comfortable: 40, min: 14, max: 24 }],
  'metrics-absolute': [{ input: '/etc/passwd' }],
  'metrics-up': [{ input: '../x.json' }],
  'margin-negative': [{ input: '-1' }],
  'margin-too-big': [{ input: '60', max: 56 }],
  'off-slide': [{ edge: 'left', x: -1 }, { edge: 'top', y: -3 }, { edge: 'right', right: 20.6, width: 13.333 }, { edge: 'bottom', bottom: 9, height: 7.5 }],
  'margins-wide': [{ left: 7, right: 7, width: 13.333 }],
  'margins-high': [{ top: 4, bottom: 4, height: 7.5 }],
  'zod-issue': [
    zodType,
    issue('x', { code: 'invalid_type', expected: 'boolean' }),
    issue('x', { code: 'invalid_type', expected: 'int' }),
    issue('x', { code: 'too_small', origin: 'number', minimum: 0, inclusive: false }),
    issue('x', { code: 'too_small', origin: 'array', minimum: 1, inclusive: true }),
    issue('x', { code: 'too_big', origin: 'number', maximum: 10, inclusive: true }),
    issue('x', { code: 'too_big', origin: 'array', maximum: 7, inclusive: true }),
    issue('x', { code: 'invalid_value', values: ['a', 'b'] }),
    issue('x', { code: 'invalid_format', format: 'regex' }),
  ],
};

/** values for each command-line text that has any */
const cliSamples: { [K in CliKey]?: CliParams<K> } = {
  includedFrom: [{ where: 'decks/a.md:9:1' }],
  built: [{ deck: 'decks/a.md', out: 'out/a.pptx', slides: 1, kb: 40, ms: 300, warnings: 0 }, { deck: 'decks/a.md', out: 'out/a.pptx', slides: 3, kb: 40, ms: 300, warnings: 2 }],
  checked: [{ deck: 'decks/a.md', slides: 1, warnings: 0 }, { deck: 'decks/a.md', slides: 2, warnings: 1 }],
  failed: [{ deck: 'decks/a.md', errors: 1, warnings: 0 }, { deck: 'decks/a.md', errors: 2, warnings: 3 }],
  'cannot-write': [{ deck: 'decks/a.md', out: 'out/a.pptx', folder: true, text: 'EISDIR' }, { deck: 'decks/a.md', out: 'out/a.pptx', folder: false, text: 'EACCES: permission denied' }],
  'all-built': [{ decks: 2, check: true }, { decks: 2, check: false }],
  'some-failed': [{ failed: 1, decks: 3 }],
  crashed: [{ deck: 'decks/a.md', text: 'x is undefined' }],
  clash: [{ decks: ['decks/a/x.md', 'decks/b/x.md'], out: 'out/x.pptx' }, { decks: ['a', 'b', 'c'], out: 'out/x.pptx' }],
  'no-decks': [{ paths: ['decks'] }],
  'out-one-file': [{ out: 'a.pptx', decks: 2 }],
  'pool-started': [{ decks: 12, threads: 2 }],
  'progress-decks': [{ done: 3, total: 12 }],
  'pdf-written': [{ deck: 'decks/a.md', slides: 'out/a.pdf', notes: 'out/a-notater.pdf' }],
  'pdf-failed': [{ deck: 'decks/a.md', stopped: true, pptx: 'out/a.pptx' }, { deck: 'decks/a.md', stopped: false, pptx: 'out/a.pptx' }],
  'png-written': [{ pptx: 'out/a.pptx', dir: 'bilder/a', n: 3 }],
  partials: [{ list: 'nettverkskart (decks/_library/nettverkskart.md)' }],
  read: [{ files: ['decks/_data/networks.yaml'] }, { files: [] }],
  'new-written': [{ file: 'decks/a.md' }],
  'init-written': [{ folder: '.', n: 12 }],
  'init-kept': [{ files: ['samling.yaml'] }],
  'init-build': [{ deck: 'decks/a.md' }],
  'watch-built': [
    { deck: 'decks/a.md', out: 'out/a.pptx', slides: 3, ms: 200, recovered: false, warnings: 0 },
    { deck: 'decks/a.md', out: 'out/a (ny).pptx', slides: 1, ms: 200, recovered: true, fallback: { deck: 'decks/a.md', wrote: 'out/a (ny).pptx' }, warnings: 2 },
  ],
  'watch-failed': [{ deck: 'decks/a.md', errors: 1 }],
  'watch-deleted': [{ deck: 'decks/a.md', out: 'out/a.pptx' }],
  'watch-ready': [{ decks: 1, paths: ['decks'] }, { decks: 2, paths: ['decks'] }],
  'watch-preview': [{ url: 'http://localhost:4010' }, { url: 'http://localhost:4010', install: 'apt-get install …' }],
  'preview-failed': [{ deck: 'a', text: 'soffice failed' }],
  'preview-of': [{ deck: 'a', text: 'soffice failed' }],
  'watch-gone': [{ root: 'decks' }],
  'usage-unknown-command': [{ command: 'bild' }],
  'usage-unknown-option': [{ option: '--pfd' }],
  'usage-no-help': [{ command: 'bild' }],
  'usage-needs-value': [{ option: '--venue' }],
  'usage-needs-folder': [{ option: '--out' }],
  'usage-twice': [{ option: '--theme', first: 'krd', second: 'x' }],
  'usage-theme-command': [{ command: 'new' }],
  'usage-no-path': [{ path: 'decks/x.md' }],
  'usage-init-file': [{ folder: 'x' }],
  'usage-slug': [{ slug: 'Min Samling' }],
  'usage-deck-exists': [{ file: 'decks/a.md' }],
  'usage-date': [{ date: '18.09.2013', iso: '2013-09-18' }, { date: 'i morgon' }],
  'usage-no-networks': [{ id: 'omdomme-1', file: 'decks/_data/networks.yaml' }],
  'usage-network': [{ id: 'omdome-1', file: 'decks/_data/networks.yaml', near: 'omdomme-1', ids: ['omdomme-1'] }, { id: 'x', file: 'decks/_data/networks.yaml', ids: ['omdomme-1'] }],
  'usage-component': [{ name: 'nettverkskar', near: 'nettverkskart' }, { name: 'x' }],
  'no-such-file': [{ file: 'maler/D.potx' }],
};

const texts = (t: Text) => [t.message, t.expected, t.hint];

describe('message catalogues', () => {
  const codes = Object.keys(catalogues.en.diagnostics).sort();

  it('every code has samples here, and nb and nn have exactly the codes of en', () => {
    expect(Object.keys(samples).sort()).toEqual(codes);
    expect(Object.keys(catalogues.nb.diagnostics).sort()).toEqual(codes);
    expect(Object.keys(catalogues.nn.diagnostics).sort()).toEqual(codes);
  });

  it.each(codes)('%s: nb and nn say every variant in words of their own, nn not as nb does', (code) => {
    for (const params of samples[code as MessageCode]) {
      const [en, nb, nn] = (['en', 'nb', 'nn'] as const).map((lang) => diagnosticText(lang, code as MessageCode, params as never));
      const context = `${code} ${JSON.stringify(params)}`;
      texts(en!).forEach((e, i) => {
        const [b, n] = [texts(nb!)[i], texts(nn!)[i]];
        // the same parts are there (a hint in English has one in Norwegian too) …
        expect(b === undefined, `${context}: nb part ${i}`).toBe(e === undefined);
        expect(n === undefined, `${context}: nn part ${i}`).toBe(e === undefined);
        // … and none of them is the English one
        if (e !== undefined) {
          expect(b, `${context}: nb part ${i} is the English text`).not.toBe(e);
          expect(n, `${context}: nn part ${i} is the English text`).not.toBe(e);
        }
      });
      // nynorsk is not bokmål: the message or one of its parts is written otherwise
      expect(texts(nn!).join('\n'), `${context}: nn is the bokmål text`).not.toBe(texts(nb!).join('\n'));
    }
  });

  it('every schema explanation and command-line word has an nb and an nn text of its own', () => {
    const keys = Object.keys(catalogues.en.schema).sort();
    expect(Object.keys(catalogues.nb.schema).sort()).toEqual(keys);
    expect(Object.keys(catalogues.nn.schema).sort()).toEqual(keys);
    for (const key of keys) {
      for (const params of schemaSamples[key] ?? [undefined]) {
        const say = (lang: 'en' | 'nb' | 'nn') => (catalogues[lang].schema as Record<string, (p: unknown) => string>)[key]!(params);
        expect(say('nb'), `schema ${key}`).not.toBe(say('en'));
        expect(say('nn'), `schema ${key}`).not.toBe(say('en'));
      }
    }
    const words = Object.keys(catalogues.en.cli).sort();
    expect(Object.keys(catalogues.nb.cli).sort()).toEqual(words);
    expect(Object.keys(catalogues.nn.cli).sort()).toEqual(words);
    expect(Object.keys(cliSamples).sort()).toEqual(words.filter((k) => typeof (catalogues.en.cli as Record<string, unknown>)[k] === 'function'));
    for (const key of words) {
      for (const params of (cliSamples as Record<string, unknown[]>)[key] ?? [undefined]) {
        const words = (lang: 'en' | 'nb' | 'nn') => {
          const w = (catalogues[lang].cli as Record<string, unknown>)[key];
          return typeof w === 'function' ? (w as (p: unknown) => string)(params) : w;
        };
        expect(words('nb'), `cli ${key} ${JSON.stringify(params)}`).not.toBe(words('en'));
        expect(words('nn'), `cli ${key} ${JSON.stringify(params)}`).not.toBe(words('en'));
      }
    }
  });

  it('--help has every command, option and example in nb and nn, in words of their own', () => {
    const strings = (v: unknown, at: string): [string, string][] =>
      typeof v === 'string' ? [[at, v]] : Object.entries(v as object).flatMap(([k, w]) => strings(w, `${at}.${k}`));
    const [en, nb, nn] = (['en', 'nb', 'nn'] as const).map((lang) => new Map(strings(catalogues[lang].help, 'help')));
    expect([...nb!.keys()]).toEqual([...en!.keys()]);
    expect([...nn!.keys()]).toEqual([...en!.keys()]);
    for (const [at, text] of en!) {
      if (!text) continue; // an example with no words under it
      expect(nb!.get(at), at).not.toBe(text);
      expect(nn!.get(at), at).not.toBe(text);
    }
  });

  it('a schema explanation with values is read back from the issue', () => {
    const encoded = issue('\u0000samling:folder{"like":"out"}');
    expect(explain(catalogues.en.schema, encoded)).toBe('a folder, relative to the project (like `out`)');
    expect(explain(catalogues.nb.schema, encoded)).toBe('en mappe, relativt til prosjektet (som `out`)');
    expect(explain(catalogues.nn.schema, encoded)).toBe('ei mappe, relativt til prosjektet (som `out`)');
    // zod's own words, by the issue's code and bounds
    expect(explain(catalogues.nb.schema, zodType)).toBe('et tall');
    expect(explain(catalogues.nn.schema, issue('Too big: expected number to be <=4', { code: 'too_big', origin: 'number', maximum: 4, inclusive: true }))).toBe('eit tal til og med 4');
  });
});

/** `code: '…'` in every source file but the catalogues: the codes samling raises. */
function raisedCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(root, 'src', 'i18n', 'messages')) walk(path);
      } else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\bcode: '([a-z0-9-]+)'/g)) {
          found.set(m[1]!, [...(found.get(m[1]!) ?? []), relative(root, path)]);
        }
      }
    }
  };
  walk(join(root, 'src'));
  // zod's own issue code in a theme's check (an issue, not a diagnostic)
  found.delete('custom');
  return found;
}

describe('the codes samling raises', () => {
  it('every code raised in src is in the catalogue, and every catalogue code is raised somewhere', () => {
    const raised = raisedCodes();
    const catalogue = new Set(Object.keys(catalogues.en.diagnostics));
    const missing = [...raised].filter(([code]) => !catalogue.has(code)).map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(missing, 'raised, but not in src/i18n/messages/en.ts').toEqual([]);
    expect([...catalogue].filter((code) => !raised.has(code)), 'in the catalogue, but raised nowhere').toEqual([]);
  });
});
