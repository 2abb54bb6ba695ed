import { explain } from '../schema-errors.js';
import { codes, quoted } from './shared.js';
import type { BlockKind, CsvProblem, EmptyPlaceholder, FontReason, HelperProblem, Measure, SchemaIssue, TemplateBudget, TemplateFaultKind, Text, TextPart, YamlProblem } from './types.js';

/**
 * samling's messages in English. The catalogues of the other languages
 * (nb.ts, nn.ts) take their type from this one: the same codes, each a
 * function of the same values. A text with values in it is one sentence
 * here, so that each language can write it whole.
 *
 * diagnostics: one entry per code, `{ message, expected?, hint? }`
 * schema: the explanations of the schemas' issues (see schema-errors.ts)
 * cli: the command line's own words (status lines, usage errors, help)
 */

// —— words shared by several entries ——————————————————————————————————————

const ALIAS_HINT = 'write the values out in full: samling allows a YAML alias (`*name`) only for a value defined before it, not inside it, and only a few levels deep';

function yaml(p: YamlProblem): string {
  switch (p.kind) {
    case 'syntax':
      return p.text;
    case 'alias-count':
      return `the aliases (\`*name\`) expand to more than ${p.max} values, like a "billion laughs"`;
    case 'alias-missing':
      return `the alias \`*${p.alias}\` refers to no anchor \`&${p.alias}\` before it`;
    case 'alias-inside':
      return `the alias \`*${p.alias}\` stands inside the value it refers to: the value would contain itself`;
    case 'alias-other':
      return p.text;
  }
}

/** An alias problem has its own hint; a syntax error the caller's. */
const yamlHint = (p: YamlProblem, otherwise?: string) => (p.kind === 'syntax' ? otherwise : ALIAS_HINT);

/** «this table», «this code block» */
const BLOCK: Record<BlockKind, string> = { heading: 'heading', paragraph: 'paragraph', list: 'list', table: 'table', image: 'image', quote: 'quote', code: 'code' };

const didYouMean = (near: string | undefined, otherwise?: string) => (near ? `did you mean \`${near}\`?` : otherwise);

function helperProblem(p: HelperProblem): string {
  switch (p.kind) {
    case 'needs-date':
      return `needs a date as YYYY-MM-DD, got ${p.got ?? 'nothing'}`;
    case 'not-a-date':
      return `"${p.value}" is not a date as YYYY-MM-DD`;
    case 'not-dates':
      return `"${p.values}" are not dates as YYYY-MM-DD`;
    case 'no-dates':
      return 'no dates';
    case 'not-a-time':
      return `"${p.value}" is not a time like 10:00, 10.00 or 1000`;
    case 'needs-whole-number':
      return `needs a whole number from 1, got ${p.got}`;
    case 'no-networks':
      return 'found no networks: decks/_data/networks.yaml is missing or empty';
    case 'not-a-theme':
      return `"${p.theme}" is not a network theme; networks.yaml has ${p.themes.join(', ')}`;
    case 'no-pulje':
      return `no network has pulje "${p.pulje}"${p.theme ? ` and theme ${p.theme}` : ''}; networks.yaml has pulje ${p.puljer.join(', ')}`;
    case 'other':
      return p.text;
  }
}

/** «the title does not fit» */
function textPart(p: TextPart): string {
  switch (p.kind) {
    case 'text':
      return 'the text';
    case 'title':
      return 'the title';
    case 'quote':
      return 'the quote';
    case 'survey-address':
      return 'the survey address';
    case 'bio':
      return `the bio of ${p.name}`;
  }
}

/** «the subtitle (a `## line`)»: what of a template's layout a slide left empty */
function emptyPlaceholder(p: EmptyPlaceholder): string {
  switch (p.kind) {
    case 'title':
      return `the title («${p.layout}» has one; write a \`# Title\` line)`;
    case 'subtitle':
      return 'the subtitle (a `## line`)';
    case 'content':
      return `placeholder ${p.n} of ${p.of} (${{ body: 'text', obj: 'content', pic: 'picture', tbl: 'table', chart: 'chart', media: 'media' }[p.type] ?? p.type})`;
  }
}

const THEME_OUTSIDE_HINT = 'copy the theme folder into themes/ instead of linking to it';

/** what a theme's number measures: «a text size is 4–200 pt» */
const MEASURE: Record<Measure, string> = {
  'text-size': 'a text size',
  position: 'a position',
  'slide-side': "a slide's width or height (PowerPoint's bounds)",
  'line-spacing': 'line spacing (a multiple of single spacing)',
  'paragraph-gap': 'the space before a paragraph (a multiple of the font size)',
};

function fontReason(r: FontReason): string {
  switch (r.kind) {
    case 'no-family':
      return 'no family name';
    case 'no-fontconfig':
      return 'fc-match (fontconfig) is not installed';
    case 'fontconfig-failed':
      return 'fc-match failed';
    case 'no-font':
      return 'fontconfig finds no font';
    case 'resolves':
      return `fontconfig resolves it to ${r.to}`;
    case 'face-missing':
      return `${r.family} ${r.style} is not installed`;
    case 'variable':
      return `${r.file} is a variable font instance`;
    case 'unreadable':
      return `${r.file} cannot be read: ${r.text}`;
  }
}

const TEMPLATE_EXPECTED = 'a PowerPoint template (.potx) or presentation (.pptx) saved by PowerPoint or LibreOffice';

function templateFault(f: TemplateFaultKind): Text {
  switch (f.kind) {
    case 'password':
      return { message: `${f.file} is password-protected (or an old .pot/.ppt file)`, expected: TEMPLATE_EXPECTED, hint: 'open it in PowerPoint, remove the password (File → Info → Protect Presentation) or save it as .potx, and use that copy' };
    case 'not-zip':
      return { message: `${f.file} is not a PowerPoint file (it is not a zip package)`, expected: TEMPLATE_EXPECTED, hint: 'save the template again from PowerPoint as "PowerPoint Template (*.potx)"' };
    case 'not-presentation':
      return { message: `${f.file} is ${f.is === 'word' ? 'a Word document' : f.is === 'excel' ? 'an Excel workbook' : 'not a presentation'}, not a PowerPoint template`, expected: TEMPLATE_EXPECTED, hint: 'save the template from PowerPoint as "PowerPoint Template (*.potx)"' };
    case 'missing-part':
      return { message: `the template's ${f.from.kind === 'master' ? `master ${f.from.n}` : f.from.kind} refers to ${f.part}, which is not in the file`, expected: 'a template whose parts are all there', hint: 'open and save the template in PowerPoint, which repairs or reports missing parts' };
    case 'no-master':
      return { message: 'the template has no slide master', expected: 'a template with a slide master and its layouts', hint: 'save it again from PowerPoint (View → Slide Master shows what it has)' };
    case 'master-no-theme':
      return { message: `the template's master ${f.n} has no theme`, expected: 'a master with its theme (colours and fonts)', hint: 'save the template again from PowerPoint' };
    case 'unreadable':
      return { message: `cannot be read as a PowerPoint template (${f.text})`, expected: 'a .potx or .pptx saved by PowerPoint or LibreOffice', hint: 'open the file in PowerPoint and save it again as a template' };
    case 'senseless':
      return { message: `its sizes or boxes do not make sense to samling (${f.issues.map((i) => `${i.path}: ${issue(i.issue)}`).join('; ')})`, expected: 'a template whose placeholders lie on the slide', hint: 'check the layouts in View → Slide Master' };
    case 'no-named-layout':
      return { message: `the template has no layout named «${f.named}» (for ${f.role})`, expected: `one of its layouts: ${quoted(f.layouts)}`, hint: 'the names are as PowerPoint shows them under Home → Layout' };
    case 'no-role-layout':
      return {
        message: `the template has no ${ROLE_LABEL[f.role] ?? f.role} layout`,
        expected: `a layout with ${f.role === 'title' ? 'a title (ctrTitle) placeholder, like PowerPoint\'s "Title Slide"' : 'a title and one content placeholder, like PowerPoint\'s "Title and Content"'}`,
        hint: `add one in PowerPoint (View → Slide Master), or name one in the template's .samling.yaml: \`layouts: { ${f.role}: "…" }\``,
      };
  }
}

/** a samling role as PowerPoint's layouts are called: «the template has no title and content layout» */
const ROLE_LABEL: Record<string, string> = { title: 'title slide', content: 'title and content', text: 'title and text', twoColumn: 'two content', image: 'picture with text', fullImage: 'blank', chart: 'chart', section: 'section header', quote: 'quote', blank: 'title only' };

/** «1 slide», «2 slides» */
const slides = (n: number) => `${n} slide${n === 1 ? '' : 's'}`;
/** «, 2 warnings» after a status line's other counts; nothing for none */
const warnings = (n: number, before = '') => (n ? `${before}${n} warning${n > 1 ? 's' : ''}` : '');

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

// —— schema explanations ———————————————————————————————————————————————————

const schema = {
  // the front-matter (src/load/front-matter.ts)
  'date': () => 'a date as YYYY-MM-DD',
  'date-example': () => 'a date as YYYY-MM-DD, like 2013-10-01',
  'real-date': () => 'a real calendar date',
  'theme-name': () => 'a theme name',
  'theme-name-format': () => 'a theme name (a folder in themes/, like `krd`: letters, digits, - and _) or a PowerPoint template in the project (like `maler/DEPMAL.potx`)',
  'deck-lang': () => 'one of `nb` (bokmål), `nn` (nynorsk), `en` (English)',
  'title': () => 'a title (text)',
  'title-not-empty': () => 'a title that is not empty',
  'gathering': () => 'a whole number: which gathering this is (1, 2, 3 …)',
  'true-or-false': () => '`true` or `false`',
  // samling.yaml (src/load/project-config.ts)
  'folder': (p: { like: string }) => `a folder, relative to the project (like \`${p.like}\`)`,
  'messages-lang': () => 'one of `nb`, `nn`, `en`',
  'folder-list': () => 'a list of folders',
  'port': () => 'a port number',
  'port-whole': () => 'a whole port number',
  'port-range': () => 'a port number from 0 (any free port) to 65535',
  'preview': () => 'settings of the preview, like `preview: { port: 4010 }`',
  'settings': () => 'a list of `key: value` settings',
  // layout options (src/components/)
  'csv-name': () => 'the name of a CSV file in decks/_data, without folders or .csv (like `evaluering-2013-10`)',
  // theme.yaml, symbols.yaml, metrics files, a template's .samling.yaml (src/theme/)
  'number': () => 'a number',
  'hex-colour': () => 'a colour as six hex digits, like "1B5A96"',
  'too-small': (p: { input: string; unit: string; of: Measure; lo: number; hi: number }) => `${p.input}${p.unit} is too small: ${MEASURE[p.of]} is ${p.lo}–${p.hi}${p.unit}`,
  'too-big': (p: { input: string; unit: string; of: Measure; lo: number; hi: number }) => `${p.input}${p.unit} is too big: ${MEASURE[p.of]} is ${p.lo}–${p.hi}${p.unit}`,
  'not-a-length': (p: { input: string }) => `${p.input} in is not a length: a width or height is more than 0 in`,
  'length-too-big': (p: { input: string; max: number }) => `${p.input} in is too big: a width or height is at most ${p.max} in, PowerPoint's largest slide`,
  'size-order': (p: { min: number; max: number }) => `min ${p.min} pt is above max ${p.max} pt: a size range goes from min up to max`,
  'comfortable-range': (p: { comfortable: number; min: number; max: number }) => `comfortable ${p.comfortable} pt is outside the range ${p.min}–${p.max} pt: it is a size between min and max`,
  'metrics-path': () => 'a path to a metrics file, like `metrics/regular.json`',
  'metrics-absolute': (p: { input: string }) => `\`${p.input}\` is an absolute path: a metrics file is a path inside the theme folder, like \`metrics/regular.json\``,
  'metrics-up': (p: { input: string }) => `\`${p.input}\` goes up out of the theme folder with \`..\`: a metrics file is a path inside the theme folder, like \`metrics/regular.json\``,
  'margin-negative': (p: { input: string }) => `${p.input} in is below 0: a margin is 0 in or more`,
  'margin-too-big': (p: { input: string; max: number }) => `${p.input} in is too big: a margin is at most ${p.max} in`,
  'off-slide': (p: { edge: 'left'; x: number } | { edge: 'top'; y: number } | { edge: 'right'; right: number; width: number } | { edge: 'bottom'; bottom: number; height: number }) =>
    `the box is not on the slide: ${
      p.edge === 'left' ? `its left edge (x ${p.x} in) is left of the slide`
      : p.edge === 'top' ? `its top edge (y ${p.y} in) is above the slide`
      : p.edge === 'right' ? `its right edge (x + w = ${p.right} in) is right of the slide (${p.width} in wide)`
      : `its bottom edge (y + h = ${p.bottom} in) is below the slide (${p.height} in high)`}`,
  'margins-wide': (p: { left: number; right: number; width: number }) => `the left and right margins (${p.left} + ${p.right} in) leave no room on a slide ${p.width} in wide`,
  'margins-high': (p: { top: number; bottom: number; height: number }) => `the top and bottom margins (${p.top} + ${p.bottom} in) leave no room on a slide ${p.height} in high`,
  'font-units': () => 'a whole number of font units',
  'widths': () => 'an object of code points (0–65535) and whole widths in font units, like `{ "65": 1366 }`',
  'line-height': () => 'ascender − descender + lineGap, the line height, is more than 0',
  // _data/networks.yaml (src/template/networks-schema.ts; its JSON schema checks it in the editor)
  'network-theme-id': () => 'one of `omdomme`, `sykefravaer`, `heltid-deltid`, `kompetanse`',
  'network-id': () => 'a network id: small letters, digits and -, like `omdomme-1`',
  // @@SCHEMA
  /** zod's own message, for an issue no schema explains */
  'zod-issue': (i: SchemaIssue) => i.message,
} satisfies Record<string, (p: never) => string>;

const issue = (i: SchemaIssue) => explain(schema, i);

// —— diagnostics, by the stage that raises them ————————————————————————————

const diagnostics = {
  // load: the deck file (src/load/load-deck.ts)
  'deck-too-big': (p: { mb: string; maxMb: number }) => ({
    message: `the deck file is ${p.mb} MB`,
    expected: `a deck under ${p.maxMb} MB of text (a long deck is about 50 KB)`,
    hint: 'split it into several decks; put pictures in assets/ rather than in the text',
  }),
  'line-too-long': (p: { line: number; length: number; max: number }) => ({
    message: `line ${p.line} is ${p.length} characters long`,
    expected: `lines under ${p.max.toLocaleString('en')} characters`,
    hint: 'break the text into lines and slides; a picture belongs in assets/, not in the text',
  }),
  'outside-project': (p: { name: string }) => ({
    message: `\`${p.name}\` leads outside the project (it is a link, or in a linked folder)`,
    expected: 'a file inside the project',
    hint: 'copy the file here, or allow its folder in samling.yaml (`allow: [../felles-bibliotek]`)',
  }),
  'csv-windows-1252': () => ({
    message: 'the file is not UTF-8: read as Windows-1252, as Excel saves «CSV (semikolonseparert)»',
    hint: 'check that æ, ø and å look right on the slides; in Excel, «Lagre som» → «CSV UTF-8 (kommadelt)» makes this warning go away',
  }),
  'not-utf8': () => ({
    message: 'the file is not UTF-8 text',
    expected: 'a file saved as UTF-8',
    hint: 'save it again as "UTF-8" in your editor (Notepad: Save as → Encoding: UTF-8)',
  }),
  'unreadable-file': (p: { name: string; why: 'loop' | 'dangling' | 'missing' | 'other'; errno?: string; link: boolean }) => ({
    message:
      p.why === 'loop' ? `\`${p.name}\` is a link that leads round in a circle`
      : p.why === 'dangling' ? `\`${p.name}\` is a link to a file that does not exist`
      : p.why === 'missing' ? `\`${p.name}\` does not exist`
      : `\`${p.name}\` cannot be read (${p.errno})`,
    expected: 'a text file',
    hint: p.link ? 'point the link at an existing file, or delete it' : "check the file's name and permissions",
  }),
  'not-a-file': (p: { name: string; kind: 'folder' | 'fifo' | 'socket' | 'device' }) => ({
    message: `\`${p.name}\` is ${{ folder: 'a folder', fifo: 'a named pipe (FIFO), not a file', socket: 'a socket, not a file', device: 'a device, not a file' }[p.kind]}`,
    expected: 'a text file',
    hint: 'rename it, or move it out of the decks folder',
  }),

  // load: the front-matter (src/load/load-deck.ts, front-matter.ts)
  'front-matter-yaml': (p: { problem: YamlProblem }) => ({
    message: `the front-matter is not valid YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem, 'a value with `:` or `#` in it needs quotes, like `venue: "Oslo: Clarion"`'),
  }),
  'front-matter-missing': () => ({
    message: 'the deck has no front-matter',
    expected: 'a first line `---`, then `title: …` and the other keys, then `---`',
  }),
  'front-matter-too-many-keys': (p: { keys: number; max: number }) => ({
    message: `the front-matter has ${p.keys} keys`,
    expected: `at most ${p.max} keys (a deck has about ten)`,
    hint: 'put data in decks/_data/*.yaml and read it as `{{data.<file>.…}}`',
  }),
  'front-matter-not-mapping': () => ({
    message: 'the front-matter is not a list of `key: value` lines',
    expected: 'YAML keys, like `title: Nettverk omdømme – andre samling`',
  }),
  'front-matter-near-miss': (p: { key: string; near: string }) => ({
    message: `unknown front-matter key \`${p.key}\` is used only as a template variable`,
    hint: `did you mean \`${p.near}\`?`,
  }),
  'front-matter-schema': (p: { kind: 'missing'; key: string; issue: SchemaIssue } | { kind: 'value'; key: string; got: string; issue: SchemaIssue } | { kind: 'date'; key: string; nth: number; shown: string; problem: 'format' | 'calendar'; iso?: string }) =>
    p.kind === 'missing' ? { message: `front-matter needs \`${p.key}\``, expected: issue(p.issue), hint: `add a line \`${p.key}: …\` between the \`---\` lines at the top` }
    : p.kind === 'value' ? { message: `front-matter \`${p.key}\` cannot be ${p.got}`, expected: issue(p.issue) }
    : {
        message: `front-matter \`${p.key}\`: ${p.nth === 0 ? 'the date' : `the ${ORDINALS[p.nth - 1] ?? `${p.nth}th`} date`}, \`${p.shown}\`, is not ${p.problem === 'format' ? 'a date as YYYY-MM-DD' : 'a real calendar date'}`,
        expected: 'a date as YYYY-MM-DD, like 2013-10-01',
        hint: p.iso ? `did you mean ${p.iso}?` : undefined,
      },
  'front-matter-dates-order': (p: { date: string; before: string; sorted: string[] }) => ({
    message: `the dates are not in order: ${p.date} comes after ${p.before}`,
    expected: 'the days of the gathering, earliest first, each once',
    hint: `write \`dates: [${p.sorted.join(', ')}]\``,
  }),
  'placeholder-left': (p: { kind: 'venue'; venue: string } | { kind: 'title'; title: string }) =>
    p.kind === 'venue'
      ? { message: `the venue is still the placeholder \`${p.venue}\``, hint: 'write where the gathering is, like `venue: Scandic Hotel Bodø`' }
      : { message: `the title is still the file name (\`${p.title}\`)`, hint: 'write the title participants see, like `title: Nettverk kompetanse nord – første samling`' },

  // load: samling.yaml (src/load/project-config.ts)
  'config-yaml': (p: { problem: YamlProblem }) => ({
    message: `samling.yaml is not valid YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem),
  }),
  'config-schema': (p: { kind: 'unknown'; key: string; valid: string[]; near?: string } | { kind: 'value'; key: string; got: string; issue: SchemaIssue }) =>
    p.kind === 'unknown'
      ? { message: `samling.yaml has an unknown key \`${p.key}\``, expected: `one of ${codes(p.valid)}`, hint: didYouMean(p.near, 'the README\'s "Project configuration" lists every setting') }
      : { message: `samling.yaml \`${p.key || 'file'}\` cannot be ${p.got}`, expected: issue(p.issue) },
  'config-allow': (p: { folder: string; home: boolean }) => ({
    message: `\`${p.folder}\` holds the project itself${p.home ? ' or your home folder' : ''}: decks could read any file in it`,
    expected: 'a shared folder beside the project, like `../felles-bilder`',
    hint: 'name the folder that holds the shared files, not one above it',
  }),
  'config-absolute': (p: { folder: string }) => ({
    message: `\`${p.folder}\` is an absolute path: the project will not build on another machine`,
    hint: 'write it relative to the project, like `../felles-bilder`',
  }),

  // the build (src/build.ts)
  'unknown-symbol': (p: { kind: 'template-has-none'; symbol: string; theme: string } | { kind: 'unknown'; symbol: string; names: string[]; near?: string }) =>
    p.kind === 'template-has-none'
      ? { message: `symbol \`${p.symbol}\` is left out: ${p.theme} has no symbols`, hint: "symbols are drawn from the template's .samling.yaml (`symbols:`), as in a theme folder's symbols.yaml" }
      : { message: `unknown symbol \`${p.symbol}\``, expected: `one of ${codes(p.names)}`, hint: didYouMean(p.near) },
  'unknown-network': (p: { id: string; file: string; ids: string[]; near?: string }) => ({
    message: `unknown network \`${p.id}\``,
    expected: p.ids.length ? `an id from ${p.file}: ${codes(p.ids)}` : `an id from ${p.file} (there is no such file)`,
    hint: didYouMean(p.near, `add the network to ${p.file}`),
  }),
  'too-many-slides': (p: { slides: number; max: number }) => ({
    message: `the deck makes ${p.slides} slides; samling writes at most ${p.max}`,
    hint: 'split it into several decks',
  }),
  'too-much-media': (p: { mb: number; maxMb: number }) => ({
    message: `the deck's images add up to ${p.mb} MB; samling writes at most ${p.maxMb} MB`,
    hint: 'scale the pictures down: a slide needs about 2000 pixels across',
  }),

  // parse: slides, directives, notes, Markdown (src/parse/, src/model/)
  'unclosed-directive': () => ({
    message: 'the directive comment is not closed',
    expected: '`-->` at the end of the comment',
    hint: 'write directives as `<!-- layout: chart -->`',
  }),
  'unclosed-notes': () => ({
    message: 'the speaker notes are not closed',
    expected: 'a line `:::` after the notes',
    hint: 'notes run from `::: notes` to a line that is only `:::`',
  }),
  'rule-ignored': (p: { markup: string }) => ({
    message: `this line (\`${p.markup}\`) draws nothing and does not start a new slide`,
    hint: 'a new slide starts at a line that is exactly `---`; to keep the text, remove the line',
  }),
  'list-item-ignored': (p: { block: BlockKind }) => {
    const what = p.block === 'code' ? 'code block' : p.block === 'quote' ? 'block quote' : BLOCK[p.block];
    return { message: `this ${what} inside a list item is left out`, hint: `a list item holds text and nested items: move the ${what} out of the list (no indent, a blank line before it)` };
  },
  'ragged-table': (p: { got: number; want: number }) => ({
    message: `this table row has ${p.got} cells, the header has ${p.want}`,
    expected: `${p.want} cells, separated by \`|\``,
    hint: p.got > p.want ? 'a cell with a `|` in its text needs `\\|`' : 'add the missing cells (they may be empty: `| |`)',
  }),
  'table-too-wide': (p: { columns: number; max: number }) => ({
    message: `this table has ${p.columns} columns; a slide can show at most ${p.max}`,
    expected: `at most ${p.max} columns`,
    hint: 'split the table over several slides, or turn it on its side (rows for columns)',
  }),
  'empty-slide': () => ({
    message: 'this slide is empty',
    expected: 'a heading, text, or a directive like `<!-- layout: title -->` between two `---` lines',
    hint: 'remove one of the two `---` lines, or write something on the slide',
  }),
  'empty-deck': () => ({
    message: 'the deck has no slides',
    expected: 'Markdown after the front-matter',
    hint: 'start with `<!-- layout: title -->` for a title slide built from the front-matter',
  }),
  'directive-yaml': (p: { problem: YamlProblem }) => ({
    message: `the directive is not valid YAML: ${yaml(p.problem)}`,
    expected: '`key: value` pairs, like `<!-- layout: chart -->`',
    hint: yamlHint(p.problem, 'put several keys on lines of their own inside the comment'),
  }),
  'directive-not-mapping': (p: { first: boolean }) =>
    p.first
      ? { message: 'the comment at the top of the slide is not a directive', expected: '`key: value`, like `<!-- layout: chart -->`', hint: 'a comment that is not a directive cannot come first on a slide: move it below the heading' }
      : { message: 'this comment among the directives is not `key: value` and is ignored', expected: '`key: value`, like `<!-- chart: pie -->`', hint: 'a remark belongs below the heading (or in `::: notes`); a directive needs a colon after its key' },
  'directive-twice': (p: { key: string; value: string; before: string; firstLine: number }) => ({
    message: `\`${p.key}\` is set twice at the top of this slide: \`${p.key}: ${p.value}\` here replaces \`${p.before}\``,
    hint: `keep one \`${p.key}:\` (the first is at line ${p.firstLine})`,
  }),

  // template: Handlebars, partials, data files (src/template/)
  'template-missing-variable': (p: { name: string; partial?: string; near?: string; keys: string[]; spaced?: { key: string; file?: string; how: 'name' | 'column' | 'data' } }) => ({
    message: `template variable \`${p.name}\` is not defined`,
    expected: 'a front-matter key, `data.<file>`, `network.<key>`, or a parameter given to the partial',
    hint:
      p.spaced ? `write \`${p.spaced.how === 'data' ? `{{data.${p.spaced.file}.[${p.spaced.key}]}}` : `{{[${p.spaced.key}]}}`}\`${p.spaced.how === 'column' ? ` inside \`{{#each data.${p.spaced.file}}}\`` : ''}: a name with spaces is written in brackets`
      : p.near ? `did you mean \`${p.near}\`? (valid: ${codes(p.keys)})`
      : `add \`${p.name}: …\` to the front-matter, or pass it: {{> ${p.partial ?? 'partial'} ${p.name}="…"}}`,
  }),
  'template-helper': (p: { helper: string; problem: HelperProblem }) => ({
    message: `{{${p.helper}}} ${helperProblem(p.problem)}`,
    hint: 'check the value given to the helper',
  }),
  'template-error': (p: { text: string }) => ({ message: `template error: ${p.text}` }),
  'template-syntax': (p: { kind: 'unclosed'; name: string } | { kind: 'parse'; text: string; expecting?: string }) =>
    p.kind === 'unclosed'
      ? { message: `template block \`{{#${p.name}}}\` is never closed`, expected: `\`{{/${p.name}}}\` after the block's content`, hint: 'every `{{#block}}` needs its `{{/block}}`' }
      : { message: `template syntax error: ${p.text}`, expected: p.expecting ? `one of ${p.expecting}` : 'a complete `{{ … }}` expression', hint: 'every `{{#block}}` needs its `{{/block}}`, every `{{` its `}}`' },
  'template-too-deep': (p: { max: number }) => ({
    message: `blocks are nested more than ${p.max} deep here`,
    expected: `at most ${p.max} blocks inside each other`,
    hint: 'move the inner part into a partial of its own, or put the data in a simpler shape',
  }),
  'template-too-big': (p: { budget: TemplateBudget; budgetMb: string; maxRounds: number }) => ({
    message: `${p.budget.kind === 'rounds' ? `the template's loops run more than ${p.budget.max.toLocaleString('en')} rounds` : `the template makes ${p.budget.final ? '' : 'more than '}${p.budget.mb} MB of text`}: more than a deck can hold`,
    expected: `at most ${p.budgetMb} MB of slides (50 × the deck and its partials, at most 20 MB) and ${p.maxRounds.toLocaleString('en')} loop rounds`,
    hint: 'a partial that includes itself many times, or loops inside loops over long lists, multiply: include less, or loop over a shorter list',
  }),
  'dynamic-partial': () => ({
    message: "the partial's name is not written out",
    expected: '`{{> name}}`, with the name of a file in decks/_library',
    hint: 'samling refuses partials chosen while the deck is built (`{{> (lookup . "p")}}`): it checks every partial before the build. Choose with `{{#if}}` instead: `{{#if (eq kind "a")}}{{> a}}{{else}}{{> b}}{{/if}}`',
  }),
  'unknown-partial': (p: { name: string; names: string[]; near?: string }) => ({
    message: `unknown partial \`${p.name}\``,
    expected: p.names.length ? `a partial in a _library folder or samling's own library: ${codes(p.names)}` : 'a file in decks/_library (there are none)',
    hint: didYouMean(p.near, `add decks/_library/${p.name}.md`),
  }),
  'partial-cycle': (p: { name: string; cycle: string[] }) => ({
    message: `partial \`${p.name}\` includes itself: ${p.cycle.join(' → ')}`,
    hint: 'a partial cannot include a partial that (in the end) includes it',
  }),
  'not-a-folder': (p: { name: string; holds: 'data' | 'partials' }) => ({
    message: `\`${p.name}\` is a file, not a folder`,
    expected: `a folder of ${p.holds === 'data' ? 'data files' : 'partials'}`,
    hint: "rename the file: names starting with `_` beside the decks are samling's folders",
  }),
  'data-yaml': (p: { problem: YamlProblem }) => ({
    message: `data file is not valid YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem),
  }),
  'data-csv': (p: { problem: CsvProblem }) => ({
    message: `data file is not valid CSV: ${p.problem.kind === 'columns' ? `expect ${p.problem.expected}, got ${p.problem.got} on line ${p.problem.line}` : p.problem.text}`,
    hint: 'every row needs as many cells as the header line; put a cell with a comma in "quotes"',
  }),

  // layout: every slide (src/layout/index.ts, common.ts, table.ts, images.ts)
  'unknown-layout': (p: { name: string; layouts: string[]; templateLayouts: string[]; near?: string }) => ({
    message: `unknown layout \`${p.name}\``,
    expected: `one of ${codes(p.layouts)}${p.templateLayouts.length ? `, or one of the template's own layouts: ${quoted(p.templateLayouts)}` : ''}`,
    hint: didYouMean(p.near, 'run `samling components` to see every layout with an example'),
  }),
  'no-title': (p: { layout: string }) => ({
    message: `this ${p.layout} slide has no title`,
    expected: 'a `# Title` line at the top of the slide',
    hint: 'the title is what PowerPoint shows in its outline and slide list; a slide meant without one can use `full-image` or `quote`',
  }),
  'unknown-option': (p: { key: string; layout: string; valid: string[]; near?: string }) => ({
    message: `unknown directive \`${p.key}\` for layout \`${p.layout}\``,
    expected: `one of ${codes(p.valid)}`,
    hint: didYouMean(p.near),
  }),
  'bad-option': (p: { key: string; value: string; layout: string; values?: string[]; near?: string; issue: SchemaIssue }) => ({
    message: `\`${p.key}: ${p.value}\` is not a valid value for layout \`${p.layout}\``,
    expected: p.values ? `one of ${codes(p.values)}` : issue(p.issue),
    hint: didYouMean(p.near),
  }),
  'bad-directive': (p: { key: string; value: string; want: { kind: 'boolean' } | { kind: 'continue' } | { kind: 'symbol'; names: string[]; near?: string } | { kind: 'background'; roles: string[]; near?: string } }) => ({
    message: `\`${p.key}: ${p.value}\` is not valid`,
    expected:
      p.want.kind === 'boolean' ? '`true` or `false`'
      : p.want.kind === 'continue' ? '`true` or `false` (false: text that does not fit is an error, not a second slide)'
      : p.want.kind === 'symbol' ? `one of ${codes([...p.want.names, 'none'])}`
      : `a theme colour (${codes(p.want.roles)}, \`accent1\`…\`accent6\`) or a hex colour like \`E8EEF4\``,
    hint:
      p.want.kind === 'symbol' ? (p.want.near ? `did you mean \`${p.want.near}\`? (valid: ${codes(p.want.names)})` : `valid: ${codes(p.want.names)}`)
      : p.want.kind === 'background' ? didYouMean(p.want.near)
      : undefined,
  }),
  'text-shrunk': (p: { part: TextPart; size: number; comfortable: number } | { part: 'programme'; size: number; comfortable: number }) =>
    p.part === 'programme'
      ? { message: `the programme is set at ${p.size} pt to fit, below the comfortable ${p.comfortable} pt`, hint: 'shorter titles, or details in the speaker notes, read better from the back of the room' }
      : { message: `${textPart(p.part)} is set at ${p.size} pt to fit, below the comfortable ${p.comfortable} pt`, hint: 'fewer or shorter points read better from the back of the room' },
  'text-overflow': (p: { part: TextPart; overflow: string; pct: number; size: number; w: string; h: string }) => ({
    message: `${textPart(p.part)} does not fit on the slide: ${p.overflow} in (${p.pct} %) too tall at the smallest size, ${p.size} pt`,
    expected: `text that fits ${p.w} × ${p.h} in`,
    hint: 'shorten it, or split the slide in two with a line `---` (lists on content slides continue by themselves unless `continue: false`)',
  }),
  'table-overflow': (p: { tooTall: string; size: number; rows: number }) => ({
    message: `the table does not fit on the slide: ${p.tooTall} in too tall at ${p.size} pt`,
    expected: `at most about ${p.rows} rows of this length`,
    hint: 'split the rows over two slides with a line `---`, or shorten the cells',
  }),
  'bad-image': (p: { src: string } & (
    | { kind: 'file-address' | 'remote' | 'absolute' | 'outside' | 'outside-link' | 'not-an-image' | 'svg' }
    | { kind: 'not-found'; places: string[] }
    | { kind: 'changed'; how: 'removed' | 'changed' }
    | { kind: 'unknown-format'; type?: string }
    | { kind: 'extension'; type: string; ext: string; want: string; rename: string }
    | { kind: 'empty'; width: number; height: number }
    | { kind: 'cut-off'; type: string })) => {
    switch (p.kind) {
      case 'file-address':
        return { message: `image \`${p.src}\` is a file: address`, expected: 'a path relative to the deck or to the project, like `assets/kart.png`', hint: 'a deck reads only inside its project: copy the image into assets/' };
      case 'remote':
        return { message: `image \`${p.src}\` is not a local file`, expected: 'a path to a file in the project, like `assets/kart.png`', hint: 'samling never fetches from the network: download the image into assets/' };
      case 'absolute':
        return { message: `image \`${p.src}\` is an absolute path`, expected: 'a path relative to the deck or to the project, like `assets/kart.png`', hint: 'copy the image into assets/' };
      case 'outside':
        return { message: `image \`${p.src}\` is outside the project`, expected: 'an image inside the project folder, like `assets/kart.png`', hint: 'copy the image into assets/, or allow its folder in samling.yaml (`allow: [../felles-bilder]`)' };
      case 'outside-link':
        return { message: `image \`${p.src}\` is outside the project`, expected: 'an image inside the project folder', hint: 'copy the image into assets/, or allow its folder in samling.yaml (`allow: [../felles-bilder]`)' };
      case 'not-found':
        return { message: `image \`${p.src}\` not found`, expected: `a file at ${p.places.join(' or ')}`, hint: 'check the spelling; images usually live in assets/' };
      case 'changed':
        return { message: `image \`${p.src}\` ${p.how === 'removed' ? 'was removed while the deck was built' : 'changed (or its folder did) while the deck was built'}`, expected: 'a picture that stays put while the deck is built', hint: 'build again; if it happens again, check what changes the folder' };
      case 'not-an-image':
        return { message: `\`${p.src}\` is not an image`, expected: 'a PNG, JPEG or GIF file', hint: 'export the picture again as PNG or JPEG' };
      case 'svg':
        return { message: `\`${p.src}\` is an SVG`, expected: 'a PNG, JPEG or GIF file', hint: 'PowerPoint versions differ in SVG support: export it as PNG (e.g. `rsvg-convert -w 1600`)' };
      case 'unknown-format':
        return { message: `\`${p.src}\` is a ${p.type ?? 'unknown'} image`, expected: 'a PNG, JPEG or GIF file', hint: 'export the picture again as PNG or JPEG' };
      case 'extension':
        return { message: `\`${p.src}\` is a ${p.type} file with the extension .${p.ext}`, expected: `the extension .${p.want}`, hint: `rename it to ${p.rename}` };
      case 'empty':
        return { message: `\`${p.src}\` is ${p.width} × ${p.height} pixels`, expected: 'a picture at least 1 pixel wide and high', hint: 'export the picture again' };
      case 'cut-off':
        return { message: `\`${p.src}\` is cut off: the ${p.type} file ends before the picture does`, expected: `a whole ${p.type} file`, hint: 'copy or export the picture again (a download or a copy may have stopped half-way)' };
    }
  },
  'huge-image': (p: { src: string; mb?: string; width?: number; height?: number }) => ({
    message: `image \`${p.src}\` is ${p.mb !== undefined ? `${p.mb} MB` : `${p.width} × ${p.height} pixels`} and makes the deck heavy`,
    hint: `a slide needs at most about 2000 pixels across: scale it down, e.g. \`convert ${p.src} -resize 2000x ${p.src}\``,
  }),
  'template-layout-leftover': (p: { layout: string; content: number }) => ({
    message: `«${p.layout}» has ${p.content} content placeholder${p.content === 1 ? '' : 's'}; this part of the slide has no place on it`,
    expected: `at most ${p.content} part${p.content === 1 ? '' : 's'} after the title: each \`###\` section, run of text, table or picture fills the next placeholder`,
    hint: 'join the parts under fewer `###` headings, move this one to a slide of its own, or choose a layout with more placeholders (`samling theme check` lists them)',
  }),
  'template-layout-empty': (p: { layout: string; empty: EmptyPlaceholder[] }) => ({
    message: `«${p.layout}»: ${p.empty.map(emptyPlaceholder).join(', ')} is left empty`,
    hint: "PowerPoint shows the placeholder's prompt there while editing; fill it, or choose a layout without it",
  }),

  // layout: the layouts (src/layout/layouts/, chart-cells.ts)
  'title-content': (p: { block: 'image' | 'table' | 'code' }) => ({
    message: `a title slide shows a title and lines of text, not ${p.block === 'image' ? 'an image' : p.block === 'table' ? 'a table' : 'code'}`,
    expected: '`#` title, `##` subtitle and paragraphs',
    hint: 'put it on the next slide: add a line `---` above it',
  }),
  'one-table-or-image': (p: { layout: string }) => ({
    message: `a ${p.layout} slide holds one table or one image; this is one too many`,
    expected: 'one table or one image per slide',
    hint: 'move it to a slide of its own, or use `<!-- layout: two-column -->`',
  }),
  'two-columns': (p: { columns: number }) => ({
    message: `a two-column slide needs two columns, this one has ${p.columns}`,
    expected: 'two `###` headings, each followed by its column',
    hint: p.columns > 2 ? 'move the third column to a slide of its own' : 'start each column with a line `### Heading`',
  }),
  'image-count': (p: { layout: 'image' | 'full-image'; images: number }) =>
    p.layout === 'full-image'
      ? { message: `a full-image slide needs one image, this one has ${p.images}`, expected: 'one line `![description](assets/picture.jpg)`' }
      : { message: `an image slide needs one image, this one has ${p.images}`, expected: 'one line `![description](assets/picture.png)`', hint: p.images ? 'move the other images to slides of their own' : 'add the image, or use the `content` layout' },
  'quote-missing': () => ({
    message: 'a quote slide needs a block quote',
    expected: 'lines starting with `> `',
    hint: 'write the quote as `> text`, and `> — Name` for who said it',
  }),
  'chart-table': (p: { kind: 'missing' | 'no-series' }) =>
    p.kind === 'missing'
      ? { message: 'a chart slide needs a table with the numbers', expected: 'a Markdown table: categories in the first column, one column per series', hint: '| | 2012 | 2020 |\\n|---|---:|---:|\\n| Barnehage | 153 | 159 |' }
      : { message: 'the chart table has no number columns', expected: 'a header like `| | Series A | Series B |`' },
  'chart-too-big': (p: { what: 'rows' | 'series'; n: number; max: number }) => {
    const what = p.what === 'rows' ? 'rows' : 'number columns';
    return { message: `the chart table has ${p.n} ${what}: no one can read that on a slide`, expected: `at most ${p.max} ${what}`, hint: 'group the rows (per region, per year), or show the numbers as a table slide' };
  },
  'chart-negative': (p: { chart: string; category: string; value: string }) => ({
    message: `a ${p.chart} chart cannot show a negative value (${p.category}: ${p.value})`,
    expected: 'values of 0 or more: the slices are parts of a whole',
    hint: 'use `chart: bar` for values that can be negative',
  }),
  'chart-pie-series': (p: { chart: string; left: string[] }) => ({
    message: `a ${p.chart} chart shows one series; “${p.left.join('”, “')}” is left out`,
    hint: 'use `chart: bar` to compare several series',
  }),
  'chart-number': (p: { text: string; row: number; column: string }) => ({
    message: `\`${p.text}\` in row ${p.row}, column “${p.column}” is not a number`,
    expected: 'a number such as 108, 4,6, 1 234 or 62 %; or nothing, `n/a` or `-` where there is no value',
    hint: 'a chart table has text only in its first column and header',
  }),
  'chart-row-empty': (p: { kind: 'all' } | { kind: 'row'; row: number; category: string; drawn: number; columns: string[] }) => {
    if (p.kind === 'all') return { message: 'the chart has no value to draw: every cell it draws is empty', expected: 'a number in at least one row', hint: 'fill in the numbers, or write 0 where the value is zero' };
    const where = p.drawn === 1 ? `no value in “${p.columns[0]}”${p.columns.length > 1 ? ', the column the chart draws' : ''}` : 'no value in any column';
    return {
      message: `row ${p.row} (“${p.category || '(empty)'}”) has ${where}: it is drawn as a gap (the category, with no ${p.drawn === 1 && p.columns.length === 1 ? 'bar or point' : 'value'})`,
      hint: 'write 0 where the value is zero; leave the row out if it should not be on the chart',
    };
  },
  'chart-percent-mixed': (p: { text: string; row: number; column: string; hasPercent: boolean; others: number; values: number }) => ({
    message: p.hasPercent
      ? `\`${p.text}\` (row ${p.row}, column “${p.column}”) is written with %, ${p.others} of the chart's ${p.values} values without: the chart shows plain numbers, without %`
      : `\`${p.text}\` (row ${p.row}, column “${p.column}”) has no %, ${p.others} of the chart's ${p.values} values have one: the chart shows plain numbers, without %`,
    hint: 'write % after every value of the chart, or after none',
  }),

  // components (src/components/)
  'component-overflow': (p:
    | { kind: 'text'; part: TextPart; overflow: string; size: number; w: string; h: string }
    | { kind: 'statement'; size: number; chars: number }
    | { kind: 'statements'; count: number; fits: number; size: number }
    | { kind: 'timeline-row'; label?: string; size: number }
    | { kind: 'milestone'; when: string; size: number; count: number; tooTall?: string }
    | { kind: 'quote-beside'; beside: 'diagram' | 'stairs'; size: number; w: string; h: string }
    | { kind: 'programme'; day?: string; items: number; fits: number; size: number; others: string[] }
    | { kind: 'answer'; w: string; h: string }
    | { kind: 'questions'; count: number; tooTall: string; size: number; longest: number; w: string; h: string }
    | { kind: 'cycle-centre' }
    | { kind: 'cycle-items'; shape: 'cycle' | 'row'; item: string; width: string; size: number; count: number }
    | { kind: 'step'; part: 'description' | 'name'; n: number; name: string; lines: number; size: number; steps: number; room: number }) => {
    switch (p.kind) {
      case 'text':
        return { message: `${textPart(p.part)} does not fit: ${p.overflow} in too tall at the smallest size, ${p.size} pt`, expected: `text that fits ${p.w} × ${p.h} in`, hint: 'shorten it, or split it over two slides' };
      case 'statement':
        return { message: `the statement does not fit above the scale at ${p.size} pt`, expected: `a statement of at most about ${p.chars} characters`, hint: 'shorten it; the details can go in the speaker notes (`::: notes`)' };
      case 'statements':
        return { message: `the ${p.count} statements do not fit on the slide; it fits ${p.fits} of this length at ${p.size} pt`, expected: `at most ${Math.max(1, p.fits)} statements, or shorter ones`, hint: 'split the list over two slides with a line `---`' };
      case 'timeline-row':
        return { message: `the row ${p.label !== undefined ? `«${p.label}» ` : ''}under the timeline does not fit: its boxes are too long at ${p.size} pt`, expected: 'a few words per milestone and box; long words need room', hint: 'shorten the text, move details to the speaker notes (`::: notes`), or use fewer milestones' };
      case 'milestone':
        return { message: `the milestone «${p.when}» does not fit beside the others at ${p.size} pt (${p.count} milestones; ${p.tooTall !== undefined ? `${p.tooTall} in too tall` : 'a word is wider than its column'})`, expected: 'a few words per milestone and box; long words need room', hint: 'shorten the text, move details to the speaker notes (`::: notes`), or use fewer milestones' };
      case 'quote-beside':
        return { message: `the quote beside the ${p.beside} does not fit at ${p.size} pt`, expected: `a quote that fits ${p.w} × ${p.h} in`, hint: 'shorten the quote, or give it a slide of its own (`layout: quote`)' };
      case 'programme':
        return {
          message: `${p.day !== undefined ? `the day «${p.day}»` : 'the programme'} has ${p.items} items; it fits ${p.fits} of this length at ${p.size} pt${p.others.length ? ` (too long as well: ${quoted(p.others)})` : ''}`,
          expected: `at most ${p.fits} items, or shorter titles and fewer details`,
          hint: 'move details to the speaker notes (`::: notes`), or split the day over two slides with a line `---`',
        };
      case 'answer':
        return { message: 'this answer is too long for the feedback table on its own', expected: `an answer that fits ${p.w} × ${p.h} in`, hint: 'shorten it in the data, or choose fewer columns with `columns: [...]`' };
      case 'questions':
        return { message: `the ${p.count} questions do not fit on the slide: ${p.tooTall} in too tall at ${p.size} pt; the longest is question ${p.longest}`, expected: `questions and answers that fit ${p.w} × ${p.h} in`, hint: 'shorten the questions, use fewer answer lines (`lines: 1`), or split them over two slides' };
      case 'cycle-centre':
        return { message: 'the paragraph is too long for the middle of the cycle, and under it leaves the cycle no room', expected: 'a sentence or two for the middle', hint: 'shorten it; the rest can go in the speaker notes (`::: notes`)' };
      case 'cycle-items':
        return { message: `${p.shape === 'cycle' ? 'the cycle' : 'the row of circles'} does not fit: «${p.item}» needs more room than a box ${p.width} in wide gives at ${p.size} pt`, expected: `${p.count} items short enough for ${p.count} boxes side by side, a few words each`, hint: 'shorten the items (details can go in the speaker notes, `::: notes`), or use fewer' };
      case 'step':
        return { message: `${p.part === 'description' ? 'the description of' : 'the name of'} step ${p.n} «${p.name}» does not fit beside the stairs: ${p.lines} lines at ${p.size} pt, a row of ${p.steps} steps has room for ${p.room}`, expected: `steps whose descriptions take at most ${p.room} lines`, hint: 'shorten the description (details can go in the speaker notes, `::: notes`), or use fewer steps' };
    }
  },

  // component: scale
  'scale-ignored': (p: { block: BlockKind }) => ({
    message: `this ${BLOCK[p.block]} is not drawn on a scale slide`,
    hint: 'a scale slide draws its title, a statement (paragraphs) or a list of statements',
  }),
  'scale-lists': () => ({
    message: 'a scale slide has one list of statements; this is a second list',
    expected: 'one list: every item is rated on the same scale',
    hint: 'join the lists, or move the second one to a slide of its own',
  }),
  'scale-mismatch': (p: { mentioned: number; steps: number }) => ({
    message: `the text says 1–${p.mentioned}, but the scale has ${p.steps} steps`,
    hint: `write \`scale: ${p.mentioned}\`, or change the text`,
  }),

  // component: timeline
  'timeline-block': (p: { block: BlockKind; afterList: boolean }) => ({
    message: p.afterList ? `a ${BLOCK[p.block]} has no place under a timeline` : `a timeline starts with its list of milestones; this ${BLOCK[p.block]} comes before it`,
    expected: 'a list `- when: what`, then optionally `### Heading` and a list or paragraph for a row of boxes',
    hint: 'move other text to the speaker notes (`::: notes`)',
  }),
  'timeline-item': (p: { missing: 'colon' | 'when' | 'what' }) => ({
    message: p.missing === 'colon' ? 'a milestone needs `when: what`; this item has no colon' : p.missing === 'when' ? 'a milestone needs a `when` before the colon' : 'a milestone needs a `what` after the colon',
    expected: '`- when: what`, like `- Mars 2013: Temadager`',
    hint: 'the text before the first colon goes above the arrow, the rest below it',
  }),
  'timeline-current': (p: { kind: 'past-end'; current: number; milestones: number } | { kind: 'twice' }) =>
    p.kind === 'past-end'
      ? { message: `\`current: ${p.current}\` but the timeline has ${p.milestones} milestones`, expected: `a number from 1 to ${p.milestones}`, hint: 'count the milestones from the left, starting at 1' }
      : { message: 'more than one milestone is marked as current', expected: 'one `(nå)` at most', hint: 'remove `(nå)` from all but one' },
  'timeline-milestones': (p: { kind: 'too-many'; min: number; max: number } | { kind: 'too-few'; min: number; count: number }) =>
    p.kind === 'too-many'
      ? { message: `a timeline holds ${p.min} to ${p.max} milestones; this is milestone ${p.max + 1}`, expected: `at most ${p.max} milestones (items with the same \`when\` in a row share one)`, hint: 'join neighbouring milestones, or split the timeline over two slides' }
      : { message: `a timeline needs at least ${p.min} milestones; this one has ${p.count}`, expected: 'a list of items `- when: what`, like `- Mars 2013: Temadager`' },

  // component: speaker
  'speaker-name': () => ({
    message: "a speaker slide needs the speaker's name as a `##` heading",
    expected: '`## Anne-Cathrine Hjertaas`, then the role as a paragraph',
    hint: 'the `#` heading is the title of the talk; the name goes under it as `## Name`',
  }),
  'speaker-count': (p: { speakers: number; max: number }) => ({
    message: `the slide has ${p.speakers} speakers; it draws 1 to ${p.max} side by side`,
    expected: `at most ${p.max} \`##\` names`,
    hint: 'give the others a slide of their own (a line `---` before their `##`)',
  }),
  'speaker-photos': () => ({
    message: 'a speaker has one photo; this second image is not drawn',
    hint: 'keep the portrait, move other pictures to a slide of their own',
  }),
  'speaker-ignored': (p: { block: BlockKind; beforeName: boolean }) =>
    p.beforeName
      ? { message: `this ${BLOCK[p.block]} comes before the speaker's name and is not drawn`, hint: 'start the speaker with `## Name`; the role, bio and photo follow it' }
      : { message: `this ${BLOCK[p.block]} is not drawn on a speaker slide`, hint: 'a speaker has a role paragraph, a bio list and a photo' },

  // component: evaluation
  'evaluation-questions': (p: { kind: 'none' } | { kind: 'too-many'; max: number; count: number }) =>
    p.kind === 'none'
      ? { message: 'an evaluation slide needs a numbered list of questions', expected: 'a list: `1. Hva tar dere med hjem?`', hint: 'mark a question with `(1–6)` for a terningkast or `(1–10)` for a scale 1–10' }
      : { message: `an evaluation slide holds at most ${p.max} questions; this list has ${p.count}`, expected: `at most ${p.max} questions`, hint: 'move the rest to a second evaluation slide after a line `---`' },
  'evaluation-ignored': (p: { block: BlockKind; second: boolean; results: boolean }) => {
    const what = p.second ? `second ${BLOCK[p.block]}` : BLOCK[p.block];
    return p.results
      ? { message: `this ${what} is not drawn on an evaluation-results slide`, hint: 'the slide draws its title, the average, the chart and the feedback; a remark can go in the speaker notes (`::: notes`)' }
      : { message: `this ${what} is not drawn on an evaluation slide`, hint: 'an evaluation slide draws its title and one list of questions; a remark can go in the speaker notes (`::: notes`)' };
  },
  'evaluation-scale': (p: { n: number }) => ({
    message: `a scale 1–${p.n} is not one the evaluation slide draws`,
    expected: '`(1–6)` for a terningkast (six dice) or `(1–10)` for a scale 1–10',
    hint: 'for another scale, use a slide with `layout: scale` and `scale: N`',
  }),
  'evaluation-survey': (p: { kind: 'not-web'; url: string } | { kind: 'too-long'; length: number }) =>
    p.kind === 'not-web'
      ? { message: `\`survey: ${p.url}\` is not a web address`, expected: 'an address starting with https:// (or http://)', hint: 'copy the address of the survey from the browser, e.g. `survey: https://nettskjema.no/a/123456`' }
      : { message: `the survey address is too long for a QR code (${p.length} characters)`, expected: 'an address of at most about 2 000 characters', hint: "use the survey tool's short link" },

  // component: evaluation-results (`source` is the CSV's `_data/<name>.csv`, or undefined for the slide's table)
  'evaluation-data': (p: { kind: 'both'; data: string } | { kind: 'missing' } | { kind: 'no-file'; name: string; names: string[]; near?: string } | { kind: 'outside'; name: string }) => {
    switch (p.kind) {
      case 'both':
        return { message: `this slide has both \`data: ${p.data}\` and a table of answers`, expected: 'one source: the CSV named by `data:` or the table', hint: 'remove the table, or the `data:` line' };
      case 'missing':
        return { message: 'an evaluation-results slide needs the answers', expected: 'a directive `data: <a CSV file in decks/_data, without .csv>` or a table with a score column', hint: '| Terningkast | Hva fungerte? |\\n|---|---|\\n| 5 | Gruppearbeidet |' };
      case 'no-file':
        return { message: `there is no data file \`_data/${p.name}.csv\``, expected: p.names.length ? `one of ${codes(p.names)}` : 'a CSV file in decks/_data (there are none)', hint: didYouMean(p.near, `save the answers as decks/_data/${p.name}.csv, one row per participant`) };
      case 'outside':
        return { message: `\`_data/${p.name}.csv\` leads outside the project`, expected: 'a CSV file inside the project', hint: 'copy the file into decks/_data instead of linking to it' };
    }
  },
  'evaluation-empty': (p: { kind: 'no-answers'; source?: string } | { kind: 'no-scores'; column: string; scale: number; named: boolean }) =>
    p.kind === 'no-answers'
      ? { message: `${p.source ?? 'the table'} has no answers, only a header`, expected: 'one row per participant under the header', hint: "export the survey's answers again, or wait until they are in" }
      : { message: `no participant gave a score in the column \`${p.column}\``, expected: `numbers from 1 to ${p.scale}`, hint: p.named ? undefined : 'is the score in another column? name it with `score: <column>`' },
  'evaluation-score': (p: { kind: 'no-column'; source?: string; score: string; columns: string[]; near?: string } | { kind: 'no-score-column'; source?: string; columns: string[] } | { kind: 'not-a-number' | 'outside'; cell: string; scale: number; column: string; upTo10: boolean }) => {
    switch (p.kind) {
      case 'no-column':
        return { message: `${p.source ?? 'the table'} has no column \`${p.score}\``, expected: `one of ${codes(p.columns)}`, hint: didYouMean(p.near, 'name the score column with a directive `score: <column>`') };
      case 'no-score-column':
        return { message: `${p.source ?? 'the table'} has no score column`, expected: `a column named Terningkast, Score, Poeng, Karakter or Skår; the columns are ${codes(p.columns)}`, hint: 'name the score column with a directive `score: <column>`' };
      default:
        return {
          message: p.kind === 'not-a-number' ? `the score \`${p.cell}\` is not a number` : `the score ${p.cell} is outside the scale 1–${p.scale}`,
          expected: `a whole number from 1 to ${p.scale} in the column \`${p.column}\`, or nothing`,
          hint: p.upTo10 ? 'for scores up to 10, write `scale: 10`' : 'a participant who gave no score leaves the cell empty',
        };
    }
  },
  'evaluation-columns': (p: { source?: string; column: string; columns: string[]; near?: string }) => ({
    message: `${p.source ?? 'the table'} has no column \`${p.column}\``,
    expected: `columns among ${codes(p.columns)}`,
    hint: didYouMean(p.near),
  }),
  'evaluation-rows': (p: { kind: 'past-end'; from: number; written: number; source?: string } | { kind: 'left-out'; shown: number; total: number; source?: string; line: number; next: number }) =>
    p.kind === 'past-end'
      ? { message: `\`from: ${p.from}\` is past the last written answer: ${p.source ?? 'the table'} has ${p.written}`, expected: `a number from 1 to ${p.written}` }
      : {
          message: `the feedback table shows ${p.shown} of ${p.total} answers; ${p.total - p.shown} ${p.total - p.shown === 1 ? 'is' : 'are'} left out (from ${p.source === undefined ? `line ${p.line}` : `${p.source}:${p.line}`} on)`,
          hint: `show the rest on a copy of this slide with \`from: ${p.next}\``,
        },

  // component: cycle
  'cycle-ignored': (p: { block: BlockKind }) => ({
    message: `this ${BLOCK[p.block]} is not drawn on a cycle slide`,
    hint: 'a cycle draws its title, one list and a paragraph for the middle',
  }),
  'cycle-items': (p: { min: number; max: number }) => ({
    message: 'a cycle slide needs a list',
    expected: `a list of ${p.min} to ${p.max} items: \`- Refleksjon\``,
    hint: 'write one line per item, in the order the arrows go',
  }),
  'cycle-lists': () => ({
    message: 'a cycle has one list; this is a second list',
    expected: 'one list: the items in the order the arrows go',
    hint: 'put details under an item as a nested item (indented `- …`)',
  }),
  'cycle-count': (p: { cycle: boolean; items: number; min: number; max: number; tooMany: boolean }) => ({
    message: `the ${p.cycle ? 'cycle' : 'row'} has ${p.items} item${p.items === 1 ? '' : 's'}; it draws ${p.min} to ${p.max}`,
    expected: `${p.min} to ${p.max} list items`,
    hint: p.tooMany ? 'join items that belong together, or split them over two slides' : p.cycle ? 'two items make a row: `cycle: false`' : 'add the next item as `- …`',
  }),

  // component: staircase
  'staircase-ignored': (p: { block: BlockKind; second: boolean }) => ({
    message: `this ${p.second ? `second ${BLOCK[p.block]}` : BLOCK[p.block]} is not drawn on a staircase slide`,
    hint: 'a staircase draws its title, one list of steps, one block quote and a caption paragraph',
  }),
  'staircase-steps': () => ({
    message: 'a staircase slide needs a list of steps',
    expected: 'an ordered list, the bottom step first: `1. Kvalitet`',
    hint: 'write one line per step, `1. Name – description`',
  }),
  'staircase-lists': () => ({
    message: 'a staircase has one list of steps; this is a second list',
    expected: 'one list: the steps, bottom to top',
    hint: 'describe a step with a nested item (indented `- …`) instead of a list of its own',
  }),
  'staircase-count': (p: { steps: number; min: number; max: number; tooMany: boolean }) => ({
    message: `the staircase has ${p.steps} step${p.steps === 1 ? '' : 's'}; it draws ${p.min} to ${p.max}`,
    expected: `${p.min} to ${p.max} list items`,
    hint: p.tooMany ? 'join steps that belong together, or split the stairs over two slides' : 'add the next step as `2. …`',
  }),

  // component: programme
  'programme-block': (p: { block: BlockKind }) => ({
    message: `a programme holds days and their items; this ${BLOCK[p.block]} has no place in it`,
    expected: 'a day heading (`## 1. oktober`) or an item (`- 10.00 Velkommen`)',
    hint: 'make it a detail under an item (indent it: `  - …`), or move it to the speaker notes (`::: notes`)',
  }),
  'programme-day': () => ({
    message: 'these items come before the first day heading',
    expected: 'a heading above every day when there are several: `## 1. oktober`',
    hint: 'add a `## …` heading above the list',
  }),
  'programme-days': (p: { max: number }) => ({
    message: `a programme shows one to ${p.max} days side by side; this is day ${p.max + 1}`,
    expected: `at most ${p.max} \`##\` day headings`,
    hint: 'put the other days on a slide of their own (a line `---` and a second programme slide)',
  }),
  'programme-empty': (p: { day?: string }) => ({
    message: p.day ? `the day «${p.day}» has no items` : 'a programme needs items',
    expected: 'a list of items under each day: `- 10.00 Velkommen`',
  }),
  'programme-time': (p: { kind: 'no-time' } | { kind: 'bad-time'; time: string } | { kind: 'no-title' }) => ({
    message: p.kind === 'no-time' ? 'a programme item needs a time first, like `10.00 Velkommen`' : p.kind === 'bad-time' ? `\`${p.time}\` is not a time of day` : 'a programme item needs a title after the time',
    expected: p.kind === 'no-time' ? '`- 10.00 Title`: a time as 10:00, 10.00 or 1000 (a range 10.00–11.00), then the title' : p.kind === 'bad-time' ? 'hours 0–24 and minutes 00–59: 10:00, 10.00 or 1000' : '`- 10.00 Velkommen`',
    hint: 'a line that belongs to the item above is a detail: indent it two spaces (`  - …`)',
  }),

  // component: org-chart
  'org-chart-ignored': (p: { block: BlockKind }) => ({
    message: `this ${BLOCK[p.block]} is not part of the org chart and is left out`,
    hint: 'an org chart reads one nested list: each item a box, its nested items the boxes under it',
  }),
  'org-chart-list': () => ({
    message: 'an org chart needs a nested list',
    expected: 'a list: each item a box (`**Name** — subtitle`), nested items under it',
    hint: '- **Kommunalminister**\\n  - **Programråd** — KRD, KS',
  }),
  'org-chart-deep': (p: { levels: number; max: number }) => ({
    message: `the org chart has ${p.levels} levels; a slide fits ${p.max}`,
    expected: `at most ${p.max} levels of nesting`,
    hint: 'put the lowest level in its parent’s subtitle (`- **Prosjektledere** — Kommunene`), or draw that part on a slide of its own',
  }),
  'org-chart-tall': () => ({
    message: 'the org chart does not fit the slide’s height at the smallest text size',
    expected: 'boxes whose text fits on a few lines',
    hint: 'shorten the subtitles, or draw part of the chart on a slide of its own',
  }),
  'org-chart-wide': (p: { level: number; boxes: number; fits: number; longNames: boolean; why: { kind: 'fits' } | { kind: 'crowded'; wide: string; slide: string } }) => ({
    message: `level ${p.level} of the org chart has ${p.boxes} boxes; ${p.why.kind === 'fits' ? `it fits ${p.fits}` : `with the boxes under their parents the chart is ${p.why.wide} in wide at the smallest text; the slide has ${p.why.slide} in`}`,
    expected: `at most ${p.fits} boxes side by side${p.longNames ? ' with names this long' : ''}`,
    hint: 'group boxes under a common parent, shorten the longest words, or split the chart over two slides',
  }),

  // component: network-map
  'network-map-empty': () => ({
    message: 'a network map needs at least one network',
    expected: 'a heading `## Theme — Leader` and a list of municipalities under it',
    hint: '## Omdømme — Asbjørn Stavem\\n- Åfjord\\n- Rissa',
  }),
  'network-map-too-many': (p: { max: number; networks: number }) => ({
    message: `a network map holds at most ${p.max} networks; this slide has ${p.networks}`,
    expected: `1–${p.max} \`##\` networks on one slide`,
    hint: 'leave out `continue: false` (the map then continues on the next slide, split between themes), or put the rest on a second network map',
  }),
  'network-map-overflow': (p: { network: string; municipalities: number; networks: number; fits: number; size: number }) => ({
    message: `the network «${p.network}» has ${p.municipalities} municipalities; with ${p.networks} networks on the slide its box fits ${p.fits}`,
    expected: `at most ${p.fits} municipalities (at ${p.size} pt, in two columns)`,
    hint: 'put fewer networks on this slide, or shorten the longest names',
  }),
  'network-map-no-municipalities': (p: { network: string }) => ({
    message: `the network «${p.network}» has no municipalities`,
    expected: 'a list of municipalities under the heading (or one paragraph of names separated by commas)',
    hint: '- Åfjord\\n- Rissa',
  }),
  'network-map-ignored': (p: { block: BlockKind; why: { kind: 'one-list'; network: string } | { kind: 'in-network' } | { kind: 'before-first' } }) => ({
    message: `this ${BLOCK[p.block]} is not part of the network map and is left out: ${p.why.kind === 'one-list' ? `the network «${p.why.network}» reads one list of municipalities` : p.why.kind === 'in-network' ? 'a network reads a list of municipalities' : 'before the first `##` network only the pulje (one paragraph) is read'}`,
    hint: 'each network is a heading `## Theme — Leader` followed by a list of municipalities',
  }),
  'network-map-pulje': () => ({
    message: 'the pulje is given twice: the directive `pulje:` is used, this paragraph is left out',
    hint: 'keep one of them',
  }),
  'network-theme': (p: { word: string; valid: string[]; near?: string }) => ({
    message: `unknown network theme «${p.word}»`,
    expected: `the heading \`## Theme — Leader\` with a theme: ${p.valid.join(', ')}`,
    hint: didYouMean(p.near, 'the theme comes first: `## Sykefravær — Dorrit Svenning — Sør`'),
  }),

  // themes and templates (src/theme/, src/text/system-fonts.ts)
  'unknown-theme': (p: { kind: 'unknown'; name: string; names: string[]; near?: string } | { kind: 'template-not-path' | 'template-outside' | 'template-link-outside'; name: string } | { kind: 'template-missing'; name: string; places: string[] }) => {
    switch (p.kind) {
      case 'unknown':
        return { message: `unknown theme \`${p.name}\``, expected: `a folder in themes/ with a theme.yaml: ${codes(p.names)}`, hint: didYouMean(p.near, 'add the folder, or leave `theme:` out to use krd') };
      case 'template-not-path':
        return { message: `template \`${p.name}\` is not a path inside the project`, expected: 'a path relative to the deck or the project, like `maler/DEPMAL.potx`', hint: 'copy the template into the project (a folder `maler/`, say)' };
      case 'template-outside':
        return { message: `template \`${p.name}\` is outside the project`, expected: 'a template inside the project folder, like `maler/DEPMAL.potx`', hint: 'copy it into the project, or allow its folder in samling.yaml (`allow: [../maler]`)' };
      case 'template-missing':
        return { message: `template \`${p.name}\` not found`, expected: `a file at ${p.places.join(' or ')}`, hint: "check the spelling; save the organisation's template (.potx) into the project" };
      case 'template-link-outside':
        return { message: `template \`${p.name}\` is outside the project`, expected: 'a template inside the project folder', hint: 'copy it into the project instead of linking to it' };
    }
  },
  'theme-yaml': (p: { problem: YamlProblem }) => ({ message: `theme file is not valid YAML: ${yaml(p.problem)}` }),
  'theme-schema': (p: { kind: 'theme' | 'symbol'; path: string; issue: SchemaIssue } | { kind: 'no-metrics' }) =>
    p.kind === 'no-metrics'
      ? {
          message: 'theme fonts.metrics: missing: a theme folder names the metrics file of each face (regular, bold, italic, boldItalic)',
          expected: 'fonts.metrics: { regular: metrics/regular.json, bold: …, italic: …, boldItalic: … }',
          hint: 'make them from the font files with tools/gen-metrics.mjs (README, «The theme»), or use a PowerPoint template: its fonts are measured as installed',
        }
      : { message: `${p.kind} ${p.path}: ${issue(p.issue)}` },
  'theme-outside-project': (p: { kind: 'folder' | 'file'; name: string; link: boolean }) => ({
    message: p.kind === 'folder' ? `the theme folder \`${p.name}\` leads outside the project (${p.link ? 'it is a link' : 'it is in a linked folder'})` : `the theme's \`${p.name}\` leads outside the project (${p.link ? 'it is a link' : 'it is in a linked folder'})`,
    expected: p.kind === 'folder' ? 'a theme folder inside the project' : `a ${p.name} inside the project`,
    hint: THEME_OUTSIDE_HINT,
  }),
  'theme-file-too-big': (p: { name: string; mb: string; maxMb: number }) => ({
    message: `the theme's \`${p.name}\` is ${p.mb} MB`,
    expected: `a ${p.name} under ${p.maxMb} MB (krd's is 4 KB)`,
  }),
  'theme-metrics': (p: { path: string; style: string } & (
    | { kind: 'missing'; link: boolean }
    | { kind: 'outside'; link: boolean }
    | { kind: 'not-a-file'; folder: boolean }
    | { kind: 'too-big'; mb: string; maxMb: number }
    | { kind: 'unreadable'; errno: string }
    | { kind: 'not-json' }
    | { kind: 'not-metrics'; key: string; missing: boolean; issue?: SchemaIssue })) => {
    const shown = `the metrics file \`${p.path}\``;
    const expected = `the ${p.style} face's metrics: a JSON file in the theme folder, made by tools/gen-metrics.mjs`;
    const gen = `make it with \`node tools/gen-metrics.mjs <font>.ttf ${p.path}\`, or correct the path`;
    switch (p.kind) {
      case 'missing':
        return { message: p.link ? `${shown} is a link to a file that does not exist` : `${shown} does not exist in the theme folder`, expected, hint: gen };
      case 'outside':
        return { message: `${shown} leads outside the project (${p.link ? 'it is a link' : 'it is in a linked folder'})`, expected: 'a metrics file inside the project', hint: THEME_OUTSIDE_HINT };
      case 'not-a-file':
        return { message: `${shown} is ${p.folder ? 'a folder' : 'not a regular file'}`, expected, hint: gen };
      case 'too-big':
        return { message: `${shown} is ${p.mb} MB`, expected: `${expected}, under ${p.maxMb} MB (about 26 KB)`, hint: gen };
      case 'unreadable':
        return { message: `${shown} cannot be read (${p.errno})`, expected, hint: "check the file's permissions" };
      case 'not-json':
        return { message: `${shown} is not JSON`, expected, hint: gen };
      case 'not-metrics':
        return { message: `${shown} is not font metrics: ${p.missing ? `it has no \`${p.key}\`` : p.key ? `\`${p.key}\`: ${issue(p.issue!)}` : issue(p.issue!)}`, expected, hint: gen };
    }
  },
  'font-missing': (p: { font: string; reason: FontReason; style?: string }) => ({
    message: `font "${p.font}" cannot be measured (${fontReason(p.reason)}): text is fitted with the metrics of ${p.style ? `Liberation Sans ${p.style}` : 'Liberation Sans'} (Arial's widths) instead`,
    hint: 'install the font (or a metric-compatible one) so that text is fitted as it will be drawn',
  }),
  'bad-template': (p: { name: string; fault: TemplateFaultKind }) => ({ ...templateFault(p.fault), message: `${p.name}: ${templateFault(p.fault).message}` }),
  'template-yaml': (p: { kind: 'yaml'; problem: YamlProblem } | { kind: 'issue'; where: string; issue: SchemaIssue } | { kind: 'not-a-role' | 'unknown-key'; where: string; key: string; known: string[]; near?: string }) => {
    const schemaHint = 'the JSON schema of this file: `samling schema` writes template.schema.json';
    switch (p.kind) {
      case 'yaml':
        return { message: `not valid YAML: ${yaml(p.problem)}` };
      case 'issue':
        return { message: `${p.where || 'the file'}: ${issue(p.issue)}`, hint: schemaHint };
      case 'not-a-role':
        return { message: `layouts: \`${p.key}\` is not a samling layout`, expected: p.known.length ? `one of ${p.known.join(', ')}` : undefined, hint: didYouMean(p.near, schemaHint) };
      case 'unknown-key':
        return { message: `${p.where ? `${p.where}: ` : ''}unknown key \`${p.key}\``, expected: p.known.length ? `one of ${p.known.join(', ')}` : undefined, hint: didYouMean(p.near, schemaHint) };
    }
  },
  'template-fallback': (p: { name: string; role: string; layout: string; via: string; sidecar: string; key: string }) => ({
    message: `${p.name} has no layout for ${p.role} slides: they use «${p.layout}» (the ${p.via} layout)`,
    hint: `to use another, name it in ${p.sidecar}: \`layouts: { ${p.key}: "…" }\``,
  }),
  'template-sidecar': (p: { name: string; sidecar: string }) => ({
    message: `${p.name} has no ${p.sidecar} beside it: no footer text and no symbols; network colours are the template's accents 1–4`,
    hint: 'add the file with `footer:`, `networks:` and `symbols:` (see the README, "Your own PowerPoint template")',
  }),
  // @@DIAGNOSTICS
} satisfies Record<string, (p: never) => Text>;

// —— the command line ———————————————————————————————————————————————————————

const cli = {
  // a printed diagnostic (src/errors/format.ts): `file:line:col: error: … [code]`
  error: 'error',
  warning: 'warning',
  expected: 'expected',
  hint: 'hint',
  includedFrom: (p: { where: string }) => `included from ${p.where}`,

  // status lines (src/cli/main.ts, watch-command.ts, init.ts)
  built: (p: { deck: string; out: string; slides: number; kb: number; ms: number; warnings: number }) => `✓ ${p.deck} → ${p.out} (${slides(p.slides)}, ${p.kb} KB, ${p.ms} ms${warnings(p.warnings, ', ')})`,
  checked: (p: { deck: string; slides: number; warnings: number }) => `✓ ${p.deck}: ${slides(p.slides)}${warnings(p.warnings, ', ')}`,
  failed: (p: { deck: string; errors: number; warnings: number }) => `✗ ${p.deck}: ${p.errors} error${p.errors === 1 ? '' : 's'}${warnings(p.warnings, ', ')}; nothing written`,
  'cannot-write': (p: { deck: string; out: string; folder: boolean; text: string }) => `✗ ${p.deck}: cannot write ${p.out}: ${p.folder ? 'it is a folder' : p.text}\n  hint: choose another folder with --out`,
  'all-built': (p: { decks: number; check: boolean }) => `${p.decks} decks ${p.check ? 'checked' : 'built'}`,
  'some-failed': (p: { failed: number; decks: number }) => `${p.failed} of ${p.decks} decks failed`,
  crashed: (p: { deck: string; text: string }) => `✗ ${p.deck}: samling failed on this deck: ${p.text}\n  hint: please report this, with the deck`,
  clash: (p: { decks: string[]; out: string }) => `✗ ${p.decks.join(' and ')} would ${p.decks.length === 2 ? 'both' : 'all'} be written to ${p.out}; none of them was built\n  hint: rename one of the decks: the output is named after the deck's file`,
  'no-decks': (p: { paths: string[] }) => `no decks (*.md) in ${p.paths.join(', ')}`,
  'out-one-file': (p: { out: string; decks: number }) => `--out ${p.out} names one file, but there are ${p.decks} decks\n  hint: give a folder (\`--out out\`) or build one deck`,
  'pool-started': (p: { decks: number; threads: number }) => `  building ${p.decks} decks here and on ${p.threads} worker ${p.threads === 1 ? 'thread' : 'threads'}`,
  'progress-decks': (p: { done: number; total: number }) => `${p.done}/${p.total} decks`,
  'pdf-written': (p: { deck: string; slides: string; notes: string }) => `✓ ${p.deck} → ${p.slides}, ${p.notes}`,
  'pdf-failed': (p: { deck: string; stopped: boolean; pptx: string }) => `✗ ${p.deck}: LibreOffice could not convert the deck to PDF${p.stopped ? ' (it stopped with an error)' : ''}; the .pptx is written, the PDF files are not\n  hint: open ${p.pptx} in LibreOffice or PowerPoint and export it as PDF`,
  'pdf-install': 'PDF files are drawn by LibreOffice: apt-get install libreoffice-impress (macOS: brew install --cask libreoffice)',
  'preview-install': 'the preview draws slides with LibreOffice: apt-get install libreoffice-impress poppler-utils (macOS: brew install --cask libreoffice; brew install poppler)',
  'png-written': (p: { pptx: string; dir: string; n: number }) => `✓ ${p.pptx} → ${p.dir}/ (${p.n} PNG)`,
  partials: (p: { list: string }) => `  partials: ${p.list}`,
  'own-library': "samling's own library",
  read: (p: { files: string[] }) => (p.files.length ? `  read: ${p.files.join(', ')}` : '  read: no other file'),
  'new-written': (p: { file: string }) => `✓ ${p.file}: edit it, then \`npx samling watch ${p.file} --preview\``,
  'init-written': (p: { folder: string; n: number }) => `✓ ${p.folder}: a samling project (${p.n} files written)`,
  'init-kept': (p: { files: string[] }) => `  kept as they were (samling init never overwrites): ${p.files.join(', ')}`,
  'init-next': 'Next:',
  'init-build': (p: { deck: string }) => `build ${p.deck} to out/ (.pptx and PDF)`,
  'init-watch': 'rebuild on every save; the slides in your browser',
  'watch-built': (p: { deck: string; out: string; slides: number; ms: number; recovered: boolean; fallback?: { deck: string; wrote: string }; warnings: number }) => {
    const notes = [p.recovered ? 'recovered' : '', p.fallback ? `${p.fallback.deck}'s output is open elsewhere: wrote ${p.fallback.wrote}` : '', warnings(p.warnings)].filter(Boolean);
    return `✓ ${p.deck} → ${p.out}  ${slides(p.slides)}  ${p.ms} ms${notes.length ? `  (${notes.join(', ')})` : ''}`;
  },
  'watch-failed': (p: { deck: string; errors: number }) => `✗ ${p.deck}: ${p.errors} error${p.errors === 1 ? '' : 's'}; the last good .pptx is left as it was; watching on`,
  'watch-deleted': (p: { deck: string; out: string }) => `– ${p.deck} was deleted; ${p.out} is left in place`,
  'watch-ready': (p: { decks: number; paths: string[] }) => `watching ${p.decks} deck${p.decks === 1 ? '' : 's'} in ${p.paths.join(', ')} (Ctrl-C to stop)`,
  'watch-preview': (p: { url: string; install?: string }) => `preview: ${p.url}${p.install ? `  (${p.install})` : ''}`,
  'watch-stopped': 'stopped',
  'preview-failed': (p: { deck: string; text: string }) => `the preview could not draw ${p.deck}: ${p.text}`,
  'preview-of': (p: { deck: string; text: string }) => `preview of ${p.deck}: ${p.text}`,
  'watch-gone': (p: { root: string }) => `${p.root} is gone; watching for it to come back`,
  'ask-title': "Title (the deck's title, e.g. Nettverk omdømme – tredje samling): ",
  'ask-network': 'Network id (from decks/_data/networks.yaml, empty for none): ',
  'ask-dates': 'Dates (YYYY-MM-DD, comma between days): ',
  'ask-venue': 'Venue: ',

  // wrong usage (exit status 2)
  'usage-unknown-command': (p: { command: string }) => `unknown command \`${p.command}\` (commands: init, new, build, watch, preview, check, components, schema, theme)`,
  'usage-unknown-option': (p: { option: string }) => `unknown option \`${p.option}\``,
  'usage-no-help': (p: { command: string }) => `no command \`${p.command}\``,
  'usage-needs-value': (p: { option: string }) => `${p.option} needs a value`,
  'usage-needs-folder': (p: { option: string }) => `${p.option} needs a folder`,
  'usage-twice': (p: { option: string; first: string; second: string }) => `${p.option} is given twice (\`${p.first}\` and \`${p.second}\`)`,
  'usage-lang': '--lang needs nb (bokmål), nn (nynorsk) or en (English)',
  'usage-gathering': '--gathering needs a whole number from 1 (which gathering this is)',
  'usage-port': '--port needs a port number (0 picks a free one)',
  'usage-theme': '--theme needs a theme name or a template, like `--theme krd` or `--theme maler/DEPMAL.potx`',
  'usage-theme-command': (p: { command: string }) => `--theme is for build, watch, preview and check, not \`samling ${p.command}\``,
  'usage-init': 'samling init takes one folder (default: this folder)',
  'usage-new': 'samling new needs one deck name, like `samling new 2014-04-omdomme-samling-3`',
  'usage-theme-check': 'samling theme check needs one template: `samling theme check maler/DEPMAL.potx`',
  'usage-components': 'samling components takes one name at most, like `samling components network-map`',
  'usage-schema': 'samling schema takes no paths: `samling schema --out schemas`',
  'usage-no-path': (p: { path: string }) => `no such file or folder: ${p.path}`,
  'usage-init-file': (p: { folder: string }) => `${p.folder} is a file, not a folder`,
  'usage-slug': (p: { slug: string }) => `the deck name \`${p.slug}\` should be lower-case letters, digits and dashes, like 2014-04-omdomme-samling-3`,
  'usage-deck-exists': (p: { file: string }) => `${p.file} exists already; samling new never overwrites a deck`,
  'usage-date': (p: { date: string; iso?: string }) => `\`${p.date}\` is not a date as YYYY-MM-DD${p.iso ? ` (did you mean ${p.iso}?)` : ''}`,
  'usage-no-networks': (p: { id: string; file: string }) => `--network ${p.id}: there is no ${p.file} to look it up in (\`samling init\` makes one)`,
  'usage-network': (p: { id: string; file: string; near?: string; ids: string[] }) => `unknown network \`${p.id}\` in ${p.file}${p.near ? ` — did you mean \`${p.near}\`?` : ` (there are: ${p.ids.join(', ')})`}`,
  'usage-component': (p: { name: string; near?: string }) => `no layout, component or library partial \`${p.name}\`${p.near ? `; did you mean \`${p.near}\`?` : ''} (\`samling components\` lists them all)`,
  'no-such-file': (p: { file: string }) => `no such file: ${p.file}`,
  // @@CLI
} satisfies Record<string, string | ((p: never) => string)>;

// —— samling --help, samling <command> --help (src/cli/help.ts) ————————————

const help = {
  title: 'samling — Markdown decks → branded, editable PowerPoint',
  usage: 'Usage',
  overviewUsage: 'samling <command> [options]   (in a project folder: npx samling …)',
  commands: 'Commands',
  options: 'Options',
  examples: 'Examples',
  more: "samling <command> --help shows a command's options and examples.",
  version: 'samling --version prints the version.',
  exit: 'Exit status: 0 success, 1 a deck has errors, 2 wrong usage.',
  common: {
    '-q, --quiet': 'print only errors and warnings',
    '--verbose': 'also print the files each deck read',
    '--color, --no-color': 'colour in messages (default: on a terminal; FORCE_COLOR and NO_COLOR are honoured)',
    '-h, --help': 'this help',
  },
  init: {
    summary: 'start a project: decks/ with an example deck, the shared library, network data, samling.yaml',
    usage: 'samling init [folder]',
    options: {},
    examples: ['make this folder a samling project (never overwrites a file)', 'make a new folder for the project'],
  },
  new: {
    summary: 'start decks/<slug>.md from the library (asks for what is missing on a terminal)',
    usage: 'samling new <slug> [options]',
    options: {
      '--network ID': 'the network, an id in decks/_data/networks.yaml',
      '--dates D1,D2': 'the days of the gathering, YYYY-MM-DD (or --date D, once per day)',
      '--lang nb|nn|en': "the deck's language (default nb)",
      '--gathering N': 'which gathering this is: 1, 2, 3 …',
      '--venue TEXT': 'where the gathering is',
      '--title TEXT': "the deck's title",
    },
    examples: [''],
  },
  build: {
    summary: 'build decks to .pptx (and PDF)',
    usage: 'samling build [decks or folders…] [options]',
    options: {
      '-o, --out DIR': 'where the .pptx files go (default out); a name ending in .pptx writes that file (one deck)',
      '--pdf': 'also <deck>.pdf and <deck>-notater.pdf (one notes page per slide), drawn by LibreOffice',
      '-w, --watch': 'rebuild on every save (= samling watch)',
      '--theme NAME|FILE': 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say',
    },
    examples: ['every deck in decks/ to out/', 'one deck, with its PDF files', 'one deck to a file of your choice', "every deck on the organisation's template, to try it"],
  },
  watch: {
    summary: 'build, then rebuild the decks a change touches',
    usage: 'samling watch [decks or folders…] [options]',
    options: {
      '-o, --out DIR': 'where the .pptx files go (default out)',
      '--preview': 'serve a page with the slides as LibreOffice draws them',
      '--port N': "the preview page's port (default 4010; 0 picks a free one)",
      '--theme NAME|FILE': 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say',
    },
    examples: ['open the address it prints; every save redraws the slides'],
  },
  preview: {
    summary: 'the preview page (= watch --preview), or the slides as PNG files',
    usage: 'samling preview [decks or folders…] [options]',
    options: {
      '--port N': "the page's port (default 4010)",
      '--png DIR': "write each deck's slides as PNG files to DIR and stop",
      '--theme NAME|FILE': 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say',
    },
    examples: ['the page, for every deck', 'bilder/a/1.png, 2.png …'],
  },
  check: {
    summary: 'check decks and report every problem; writes nothing',
    usage: 'samling check [decks or folders…] [options]',
    options: {
      '--theme NAME|FILE': 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say',
    },
    examples: ['every deck in decks/'],
  },
  components: {
    summary: 'list the layouts, components and library partials, with their syntax, options and parameters',
    usage: 'samling components [name]',
    options: {},
    examples: ['every layout and component with an example and its options, then the library partials', 'one of them', 'a library partial and its parameters'],
  },
  theme: {
    summary: "check an organisation's PowerPoint template before decks use it",
    usage: 'samling theme check <template.potx>',
    options: {},
    examples: ['which layout serves each role, the colours, fonts and sizes found, what is missing', "then, in samling.yaml or a deck's front-matter: build on it"],
  },
};

export const en = { diagnostics, schema, cli, help };
