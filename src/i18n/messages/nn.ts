import { explain } from '../schema-errors.js';
import type { Catalogue } from './index.js';
import { codes, decimal, quoted } from './shared.js';
import type { BlockKind, EmptyPlaceholder, FontReason, HelperProblem, Measure, SchemaIssue, TemplateFaultKind, Text, TextPart, YamlProblem } from './types.js';

/**
 * Meldingane til samling på nynorsk. Dei same kodane og verdiane som i
 * en.ts (typen kjem derifrå); kvar tekst er skriven heil, på nynorsk og
 * ikkje omsett ord for ord frå bokmål. Tekniske namn (`layout:`,
 * `{{> nettverkskart}}`, filstiar) står som dei er, og det same gjer namna
 * i menyane til PowerPoint og Excel, som viser dei på bokmål.
 */

// —— ord som fleire meldingar deler ————————————————————————————————————————

const ALIAS_HINT = 'skriv verdiane heilt ut: samling godtek eit YAML-alias (`*namn`) berre for ein verdi som er definert før det, ikkje inni han, og berre nokre få nivå djupt';

/** feila til YAML-lesaren, etter koden; andre står på engelsk, slik lesaren skreiv dei */
const YAML_CODES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'ein verdi med `:` i seg må stå i hermeteikn (YAML les han som ein ny nøkkel inni verdien)',
  MULTILINE_IMPLICIT_KEY: 'ein nøkkel kan ikkje gå over fleire liner; kanskje manglar det eit `:` eller eit hermeteikn på lina over',
  DUPLICATE_KEY: 'den same nøkkelen står to gonger',
  BAD_INDENT: 'innrykket stemmer ikkje med linene rundt',
  TAB_AS_INDENT: 'innrykket er gjort med tabulator; YAML vil ha mellomrom',
  MISSING_CHAR: 'eit teikn manglar: eit hermeteikn, ein `]` eller ein `}` er ikkje lukka',
  UNEXPECTED_TOKEN: 'her står eit teikn som YAML ikkje ventar',
  BAD_SCALAR_START: 'ein verdi kan ikkje byrje med dette teiknet utan hermeteikn rundt seg',
  BLOCK_IN_FLOW: 'ei liste eller ein nøkkel over fleire liner kan ikkje stå inni `[ … ]` eller `{ … }`',
  BAD_DQ_ESCAPE: 'ein `\\` i hermeteikn må følgjast av eit gyldig teikn (skriv `\\\\` for ein omvend skråstrek)',
};

function yaml(p: YamlProblem): string {
  switch (p.kind) {
    case 'syntax':
      return YAML_CODES[p.code] ?? `YAML-lesaren seier: «${p.text}»`;
    case 'alias-count':
      return `aliasa (\`*namn\`) veks til meir enn ${p.max} verdiar, som ein «billion laughs»`;
    case 'alias-missing':
      return `aliaset \`*${p.alias}\` viser ikkje til noko anker \`&${p.alias}\` framfor seg`;
    case 'alias-inside':
      return `aliaset \`*${p.alias}\` står inni verdien det viser til: verdien ville innehalde seg sjølv`;
    case 'alias-other':
      return `YAML-lesaren seier: «${p.text}»`;
  }
}

const yamlHint = (p: YamlProblem, otherwise?: string) => (p.kind === 'syntax' ? otherwise : ALIAS_HINT);

/** «denne tabellen», «denne kodeblokka» */
const THIS: Record<BlockKind, string> = { heading: 'denne overskrifta', paragraph: 'dette avsnittet', list: 'denne lista', table: 'denne tabellen', image: 'dette biletet', quote: 'dette sitatet', code: 'denne kodeblokka' };
/** «ein tabell» */
const A: Record<BlockKind, string> = { heading: 'ei overskrift', paragraph: 'eit avsnitt', list: 'ei liste', table: 'ein tabell', image: 'eit bilete', quote: 'eit sitat', code: 'ei kodeblokk' };
/** «denne andre tabellen» */
const THIS_SECOND: Record<BlockKind, string> = { heading: 'denne andre overskrifta', paragraph: 'dette andre avsnittet', list: 'denne andre lista', table: 'denne andre tabellen', image: 'dette andre biletet', quote: 'dette andre sitatet', code: 'denne andre kodeblokka' };

const didYouMean = (near: string | undefined, otherwise?: string) => (near ? `meinte du \`${near}\`?` : otherwise);

/** «1 lysbilete», «3 lysbilete» */
const slides = (n: number) => `${n} lysbilete`;

/** tal med tusenskilje slik vi skriv dei: «200 000» */
const thousands = (n: number) => n.toLocaleString('nn-NO');

function helperProblem(p: HelperProblem): string {
  switch (p.kind) {
    case 'needs-date':
      return p.got === undefined ? 'treng ein dato som ÅÅÅÅ-MM-DD, men fekk ingenting' : `treng ein dato som ÅÅÅÅ-MM-DD, men fekk ${p.got}`;
    case 'not-a-date':
      return `«${p.value}» er ikkje ein dato som ÅÅÅÅ-MM-DD`;
    case 'not-dates':
      return `«${p.values}» er ikkje datoar som ÅÅÅÅ-MM-DD`;
    case 'no-dates':
      return 'fekk ingen datoar';
    case 'not-a-time':
      return `«${p.value}» er ikkje eit klokkeslett som 10:00, 10.00 eller 1000`;
    case 'needs-whole-number':
      return `treng eit heiltal frå 1 og oppover, men fekk ${p.got}`;
    case 'no-networks':
      return 'fann ingen nettverk: decks/_data/networks.yaml manglar eller er tom';
    case 'not-a-theme':
      return `«${p.theme}» er ikkje eit nettverkstema; networks.yaml har ${p.themes.join(', ')}`;
    case 'no-pulje':
      return `ingen nettverk har pulje «${p.pulje}»${p.theme ? ` og tema ${p.theme}` : ''}; networks.yaml har pulje ${p.puljer.join(', ')}`;
    case 'other':
      return `(på engelsk) ${p.text}`;
  }
}

/** «teksten får ikkje plass» */
function textPart(p: TextPart): string {
  switch (p.kind) {
    case 'text':
      return 'teksten';
    case 'title':
      return 'tittelen';
    case 'quote':
      return 'sitatet';
    case 'survey-address':
      return 'adressa til skjemaet';
    case 'bio':
      return `omtalen av ${p.name}`;
  }
}

const PLACEHOLDER: Record<string, string> = { body: 'tekst', obj: 'innhald', pic: 'bilete', tbl: 'tabell', chart: 'diagram', media: 'media' };

function emptyPlaceholder(p: EmptyPlaceholder): string {
  switch (p.kind) {
    case 'title':
      return `tittelen («${p.layout}» har ein; skriv ei line \`# Tittel\`)`;
    case 'subtitle':
      return 'undertittelen (ei line `## …`)';
    case 'content':
      return `plasshaldar ${p.n} av ${p.of} (${PLACEHOLDER[p.type] ?? p.type})`;
  }
}

const CHART: Record<string, string> = { bar: 'stolpediagram', 'stacked-bar': 'stabla stolpediagram', line: 'linjediagram', pie: 'sektordiagram', doughnut: 'smultringdiagram' };
const chart = (kind: string) => CHART[kind] ?? `${kind}-diagram`;

const THEME_OUTSIDE_HINT = 'kopier temamappa inn i themes/ i staden for å lenkje til henne';

const MEASURE: Record<Measure, string> = {
  'text-size': 'ein tekststorleik',
  position: 'ein posisjon',
  'slide-side': 'breidda eller høgda på eit lysbilete (grensene til PowerPoint)',
  'line-spacing': 'lineavstanden (gonger enkel lineavstand)',
  'paragraph-gap': 'avstanden før eit avsnitt (gonger skriftstorleiken)',
};

/** «2 pt», «0,5 tommar», «3» (ein faktor) */
const unit = (u: string) => (u.trim() === 'in' ? ' tommar' : u);

function fontReason(r: FontReason): string {
  switch (r.kind) {
    case 'no-family':
      return 'ho har ikkje noko familienamn';
    case 'no-fontconfig':
      return 'fc-match (fontconfig) er ikkje installert';
    case 'fontconfig-failed':
      return 'fc-match feila';
    case 'no-font':
      return 'fontconfig finn inga skrift';
    case 'resolves':
      return `fontconfig gjev ${r.to} i staden`;
    case 'face-missing':
      return `${r.family} ${r.style} er ikkje installert`;
    case 'variable':
      return `${r.file} er ein instans av ei variabel skrift`;
    case 'unreadable':
      return `${r.file} kan ikkje lesast: ${r.text}`;
  }
}

const TEMPLATE_EXPECTED = 'ein PowerPoint-mal (.potx) eller -presentasjon (.pptx) lagra av PowerPoint eller LibreOffice';

/** rollene i samling, slik oppsetta i PowerPoint heiter */
const ROLE_LABEL: Record<string, string> = { title: 'tittellysbilete', content: 'tittel og innhald', text: 'tittel og tekst', twoColumn: 'to innhaldsdelar', image: 'bilete med tekst', fullImage: 'tomt lysbilete', chart: 'diagram', section: 'bolkoverskrift', quote: 'sitat', blank: 'berre tittel' };

function templateFault(f: TemplateFaultKind): Text {
  switch (f.kind) {
    case 'password':
      return { message: `${f.file} er verna med passord (eller er ei gammal .pot/.ppt-fil)`, expected: TEMPLATE_EXPECTED, hint: 'opne fila i PowerPoint, fjern passordet (Fil → Informasjon → Beskytt presentasjon) eller lagre henne som .potx, og bruk den kopien' };
    case 'not-zip':
      return { message: `${f.file} er ikkje ei PowerPoint-fil (ho er ingen zip-pakke)`, expected: TEMPLATE_EXPECTED, hint: 'lagre malen på nytt frå PowerPoint som «PowerPoint-mal (*.potx)»' };
    case 'not-presentation':
      return { message: `${f.file} er ${f.is === 'word' ? 'eit Word-dokument' : f.is === 'excel' ? 'ei Excel-arbeidsbok' : 'ingen presentasjon'}, ikkje ein PowerPoint-mal`, expected: TEMPLATE_EXPECTED, hint: 'lagre malen frå PowerPoint som «PowerPoint-mal (*.potx)»' };
    case 'missing-part':
      return { message: `${f.from.kind === 'master' ? `lysbiletmal ${f.from.n} i malen` : f.from.kind === 'package' ? 'pakken' : 'presentasjonsdelen i malen'} viser til ${f.part}, som ikkje finst i fila`, expected: 'ein mal der alle delane er med', hint: 'opne og lagre malen i PowerPoint, som reparerer eller melder frå om delane som manglar' };
    case 'no-master':
      return { message: 'malen har ingen lysbiletmal', expected: 'ein mal med ein lysbiletmal og oppsetta hans', hint: 'lagre han på nytt frå PowerPoint (Visning → Lysbildemal viser kva han har)' };
    case 'master-no-theme':
      return { message: `lysbiletmal ${f.n} i malen har ikkje noko tema`, expected: 'ein lysbiletmal med sitt eige tema (fargar og skrifter)', hint: 'lagre malen på nytt frå PowerPoint' };
    case 'unreadable':
      return { message: `kan ikkje lesast som ein PowerPoint-mal (${f.text})`, expected: 'ei .potx- eller .pptx-fil lagra av PowerPoint eller LibreOffice', hint: 'opne fila i PowerPoint og lagre henne på nytt som mal' };
    case 'senseless':
      return { message: `storleikane eller boksane i han gjev ikkje meining for samling (${f.issues.map((i) => `${i.path}: ${issue(i.issue)}`).join('; ')})`, expected: 'ein mal der plasshaldarane ligg på lysbiletet', hint: 'sjå over oppsetta under Visning → Lysbildemal' };
    case 'no-named-layout':
      return { message: `malen har ikkje noko oppsett som heiter «${f.named}» (for ${f.role})`, expected: `eitt av oppsetta i han: ${quoted(f.layouts)}`, hint: 'namna er slik PowerPoint viser dei under Hjem → Oppsett' };
    case 'no-role-layout':
      return {
        message: `malen har ikkje noko oppsett for ${ROLE_LABEL[f.role] ?? f.role}`,
        expected: `eit oppsett med ${f.role === 'title' ? 'ein plasshaldar for tittel (ctrTitle), som «Tittellysbilde» i PowerPoint' : 'ein tittel og éin plasshaldar for innhald, som «Tittel og innhold» i PowerPoint'}`,
        hint: `legg til eitt i PowerPoint (Visning → Lysbildemal), eller gje namnet på eitt i .samling.yaml til malen: \`layouts: { ${f.role}: "…" }\``,
      };
  }
}

const ORDINALS = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuande'];

/** typane til zod, som substantiv: «eit tal» */
const TYPES: Record<string, string> = {
  string: 'ein tekst',
  number: 'eit tal',
  int: 'eit heiltal',
  boolean: '`true` eller `false`',
  array: 'ei liste',
  tuple: 'ei liste',
  object: 'nøklar med verdiar (`nøkkel: verdi`)',
  record: 'nøklar med verdiar (`nøkkel: verdi`)',
  date: 'ein dato',
  null: 'ingenting (`null`)',
};

function zodIssue(i: SchemaIssue): string {
  const n = (v: number | bigint | undefined) => decimal(String(v));
  switch (i.code) {
    case 'invalid_type':
      return TYPES[i.expected ?? ''] ?? `ein verdi av typen ${i.expected}`;
    case 'too_small':
      if (i.origin === 'number' || i.origin === 'int') return i.inclusive ? `eit tal frå og med ${n(i.minimum)}` : `eit tal større enn ${n(i.minimum)}`;
      if (i.origin === 'string') return `minst ${n(i.minimum)} teikn`;
      return `minst ${n(i.minimum)} element`;
    case 'too_big':
      if (i.origin === 'number' || i.origin === 'int') return i.inclusive ? `eit tal til og med ${n(i.maximum)}` : `eit tal mindre enn ${n(i.maximum)}`;
      if (i.origin === 'string') return `høgst ${n(i.maximum)} teikn`;
      return `høgst ${n(i.maximum)} element`;
    case 'invalid_value':
      return `ein av ${codes((i.values ?? []).map(String))}`;
    case 'invalid_format':
      return 'tekst på rett form';
    case 'invalid_union':
      return 'ein verdi av rett slag';
    case 'not_multiple_of':
      return 'eit tal som går opp i rett steg';
    default:
      return `(på engelsk) ${i.message}`;
  }
}

// —— forklaringar frå skjemaa ———————————————————————————————————————————————

const schema: Catalogue['schema'] = {
  date: () => 'ein dato som ÅÅÅÅ-MM-DD',
  'date-example': () => 'ein dato som ÅÅÅÅ-MM-DD, til dømes 2013-10-01',
  'real-date': () => 'ein dato som finst i kalenderen',
  'theme-name': () => 'namnet på eit tema',
  'theme-name-format': () => 'namnet på eit tema (ei mappe i themes/, som `krd`: bokstavar, siffer, - og _) eller ein PowerPoint-mal i prosjektet (som `maler/DEPMAL.potx`)',
  'deck-lang': () => 'ein av `nb` (bokmål), `nn` (nynorsk), `en` (engelsk)',
  title: () => 'ein tittel (tekst)',
  'title-not-empty': () => 'ein tittel som ikkje er tom',
  gathering: () => 'eit heiltal: kva samling dette er (1, 2, 3 …)',
  'true-or-false': () => '`true` eller `false`',
  folder: (p) => `ei mappe, relativt til prosjektet (som \`${p.like}\`)`,
  'messages-lang': () => 'ein av `nb`, `nn`, `en`',
  'folder-list': () => 'ei liste med mapper',
  port: () => 'eit portnummer',
  'port-whole': () => 'eit portnummer som er eit heiltal',
  'port-range': () => 'eit portnummer frå 0 (kva ledig port som helst) til 65535',
  preview: () => 'innstillingar for førehandsvisinga, som `preview: { port: 4010 }`',
  settings: () => 'ei liste med innstillingar `nøkkel: verdi`',
  'csv-name': () => 'namnet på ei CSV-fil i decks/_data, utan mapper og utan .csv (som `evaluering-2013-10`)',
  number: () => 'eit tal',
  'hex-colour': () => 'ein farge som seks heksadesimale siffer, som "1B5A96"',
  'too-small': (p) => `${decimal(p.input)}${unit(p.unit)} er for lite: ${MEASURE[p.of]} er ${decimal(String(p.lo))}–${decimal(String(p.hi))}${unit(p.unit)}`,
  'too-big': (p) => `${decimal(p.input)}${unit(p.unit)} er for mykje: ${MEASURE[p.of]} er ${decimal(String(p.lo))}–${decimal(String(p.hi))}${unit(p.unit)}`,
  'not-a-length': (p) => `${decimal(p.input)} tommar er inga lengd: ei breidd eller ei høgd er meir enn 0 tommar`,
  'length-too-big': (p) => `${decimal(p.input)} tommar er for mykje: ei breidd eller ei høgd er høgst ${p.max} tommar, det største lysbiletet i PowerPoint`,
  'size-order': (p) => `min ${p.min} pt er større enn max ${p.max} pt: eit storleiksområde går frå min opp til max`,
  'comfortable-range': (p) => `comfortable ${p.comfortable} pt ligg utanfor området ${p.min}–${p.max} pt: han er ein storleik mellom min og max`,
  'metrics-path': () => 'stien til ei metrikkfil, som `metrics/regular.json`',
  'metrics-absolute': (p) => `\`${p.input}\` er ein absolutt sti: ei metrikkfil er ein sti inne i temamappa, som \`metrics/regular.json\``,
  'metrics-up': (p) => `\`${p.input}\` går opp og ut av temamappa med \`..\`: ei metrikkfil er ein sti inne i temamappa, som \`metrics/regular.json\``,
  'margin-negative': (p) => `${decimal(p.input)} tommar er under 0: ein marg er 0 tommar eller meir`,
  'margin-too-big': (p) => `${decimal(p.input)} tommar er for mykje: ein marg er høgst ${p.max} tommar`,
  'off-slide': (p) =>
    `boksen ligg ikkje på lysbiletet: ${
      p.edge === 'left' ? `venstrekanten (x ${decimal(String(p.x))} tommar) er til venstre for lysbiletet`
      : p.edge === 'top' ? `overkanten (y ${decimal(String(p.y))} tommar) er over lysbiletet`
      : p.edge === 'right' ? `høgrekanten (x + w = ${decimal(String(p.right))} tommar) er til høgre for lysbiletet (som er ${decimal(String(p.width))} tommar breitt)`
      : `underkanten (y + h = ${decimal(String(p.bottom))} tommar) er under lysbiletet (som er ${decimal(String(p.height))} tommar høgt)`}`,
  'margins-wide': (p) => `margane til venstre og høgre (${decimal(String(p.left))} + ${decimal(String(p.right))} tommar) gjev ikkje plass til noko på eit lysbilete som er ${decimal(String(p.width))} tommar breitt`,
  'margins-high': (p) => `margane øvst og nedst (${decimal(String(p.top))} + ${decimal(String(p.bottom))} tommar) gjev ikkje plass til noko på eit lysbilete som er ${decimal(String(p.height))} tommar høgt`,
  'font-units': () => 'eit heilt tal skrifteiningar',
  widths: () => 'eit objekt med teiknkodar (0–65535) og breidder i heile skrifteiningar, som `{ "65": 1366 }`',
  'line-height': () => 'ascender − descender + lineGap, linehøgda, er større enn 0',
  'network-theme-id': () => 'ein av `omdomme`, `sykefravaer`, `heltid-deltid`, `kompetanse`',
  'network-id': () => 'ein nettverks-id: små bokstavar, siffer og -, som `omdomme-1`',
  'zod-issue': zodIssue,
};

const issue = (i: SchemaIssue) => explain(schema, i);

// —— meldingane, etter steget som gjev dei ——————————————————————————————————

const diagnostics: Catalogue['diagnostics'] = {
  // innlesing: presentasjonsfila
  'deck-too-big': (p) => ({
    message: `presentasjonsfila er ${p.mb} MB`,
    expected: `ein presentasjon på under ${p.maxMb} MB tekst (ein lang presentasjon er om lag 50 KB)`,
    hint: 'del henne opp i fleire presentasjonar; legg bilete i assets/ i staden for i teksten',
  }),
  'line-too-long': (p) => ({
    message: `line ${p.line} er ${thousands(p.length)} teikn lang`,
    expected: `liner under ${thousands(p.max)} teikn`,
    hint: 'del teksten opp i liner og lysbilete; eit bilete høyrer heime i assets/, ikkje i teksten',
  }),
  'outside-project': (p) => ({
    message: `\`${p.name}\` fører ut av prosjektet (ho er ei lenkje, eller ligg i ei lenkja mappe)`,
    expected: 'ei fil inne i prosjektet',
    hint: 'kopier fila hit, eller tillat mappa hennar i samling.yaml (`allow: [../felles-bibliotek]`)',
  }),
  'csv-windows-1252': () => ({
    message: 'fila er ikkje UTF-8: ho er lesen som Windows-1252, slik Excel lagrar «CSV (semikolonseparert)»',
    hint: 'sjekk at æ, ø og å ser rette ut på lysbileta; i Excel får du bort denne åtvaringa med «Lagre som» → «CSV UTF-8 (kommadelt)»',
  }),
  'not-utf8': () => ({
    message: 'fila er ikkje UTF-8-tekst',
    expected: 'ei fil lagra som UTF-8',
    hint: 'lagre henne på nytt som «UTF-8» i tekstprogrammet (Notisblokk: Lagre som → Koding: UTF-8)',
  }),
  'unreadable-file': (p) => ({
    message:
      p.why === 'loop' ? `\`${p.name}\` er ei lenkje som går i ring`
      : p.why === 'dangling' ? `\`${p.name}\` er ei lenkje til ei fil som ikkje finst`
      : p.why === 'missing' ? `\`${p.name}\` finst ikkje`
      : `\`${p.name}\` kan ikkje lesast (${p.errno})`,
    expected: 'ei tekstfil',
    hint: p.link ? 'la lenkja peike på ei fil som finst, eller slett henne' : 'sjekk filnamnet og tilgangsrettane',
  }),
  'not-a-file': (p) => ({
    message: `\`${p.name}\` er ${{ folder: 'ei mappe', fifo: 'eit namngjeve røyr (FIFO), ikkje ei fil', socket: 'ein socket, ikkje ei fil', device: 'ei eining, ikkje ei fil' }[p.kind]}`,
    expected: 'ei tekstfil',
    hint: 'gje henne eit anna namn, eller flytt henne ut av mappa med presentasjonar',
  }),

  // innlesing: front-matter
  'front-matter-yaml': (p) => ({
    message: `front-matter er ikkje gyldig YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem, 'ein verdi med `:` eller `#` i seg treng hermeteikn, som `venue: "Oslo: Clarion"`'),
  }),
  'front-matter-missing': () => ({
    message: 'presentasjonen har ingen front-matter',
    expected: 'ei første line `---`, så `title: …` og dei andre nøklane, så `---`',
  }),
  'front-matter-too-many-keys': (p) => ({
    message: `front-matter har ${p.keys} nøklar`,
    expected: `høgst ${p.max} nøklar (ein presentasjon har om lag ti)`,
    hint: 'legg data i decks/_data/*.yaml og les dei som `{{data.<fil>.…}}`',
  }),
  'front-matter-not-mapping': () => ({
    message: 'front-matter er ikkje ei liste med liner `nøkkel: verdi`',
    expected: 'YAML-nøklar, som `title: Nettverk omdømme – andre samling`',
  }),
  'front-matter-near-miss': (p) => ({
    message: `den ukjende front-matter-nøkkelen \`${p.key}\` vert berre brukt som malvariabel`,
    hint: `meinte du \`${p.near}\`?`,
  }),
  'front-matter-schema': (p) =>
    p.kind === 'missing' ? { message: `front-matter manglar \`${p.key}\``, expected: issue(p.issue), hint: `legg til ei line \`${p.key}: …\` mellom linene \`---\` øvst` }
    : p.kind === 'value' ? { message: `front-matter \`${p.key}\` kan ikkje vere ${p.got}`, expected: issue(p.issue) }
    : {
        message: `front-matter \`${p.key}\`: ${p.nth === 0 ? 'datoen' : `den ${ORDINALS[p.nth - 1] ?? `${p.nth}.`} datoen`}, \`${p.shown}\`, er ${p.problem === 'format' ? 'ikkje ein dato som ÅÅÅÅ-MM-DD' : 'ikkje ein dato som finst i kalenderen'}`,
        expected: 'ein dato som ÅÅÅÅ-MM-DD, til dømes 2013-10-01',
        hint: p.iso ? `meinte du ${p.iso}?` : undefined,
      },
  'front-matter-dates-order': (p) => ({
    message: `datoane står ikkje i rekkjefølgje: ${p.date} kjem etter ${p.before}`,
    expected: 'dagane i samlinga, den tidlegaste først, kvar éin gong',
    hint: `skriv \`dates: [${p.sorted.join(', ')}]\``,
  }),
  'placeholder-left': (p) =>
    p.kind === 'venue'
      ? { message: `staden er framleis plasshaldaren \`${p.venue}\``, hint: 'skriv kvar samlinga er, som `venue: Scandic Hotel Bodø`' }
      : { message: `tittelen er framleis filnamnet (\`${p.title}\`)`, hint: 'skriv tittelen deltakarane skal sjå, som `title: Nettverk kompetanse nord – første samling`' },

  // innlesing: samling.yaml
  'config-yaml': (p) => ({
    message: `samling.yaml er ikkje gyldig YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem),
  }),
  'config-schema': (p) =>
    p.kind === 'unknown'
      ? { message: `samling.yaml har ein ukjend nøkkel \`${p.key}\``, expected: `ein av ${codes(p.valid)}`, hint: didYouMean(p.near, 'bolken «Project configuration» i README viser alle innstillingane') }
      : { message: p.key ? `\`${p.key}\` i samling.yaml kan ikkje vere ${p.got}` : `samling.yaml kan ikkje vere ${p.got}`, expected: issue(p.issue) },
  'config-allow': (p) => ({
    message: `\`${p.folder}\` inneheld sjølve prosjektet${p.home ? ' eller heimemappa di' : ''}: presentasjonane kunne då lese kva fil som helst i henne`,
    expected: 'ei felles mappe ved sida av prosjektet, som `../felles-bilder`',
    hint: 'gje opp mappa som inneheld dei felles filene, ikkje ei mappe over henne',
  }),
  'config-absolute': (p) => ({
    message: `\`${p.folder}\` er ein absolutt sti: prosjektet kan ikkje byggjast på ein annan maskin`,
    hint: 'skriv han relativt til prosjektet, som `../felles-bilder`',
  }),

  // bygginga
  'unknown-symbol': (p) =>
    p.kind === 'template-has-none'
      ? { message: `symbolet \`${p.symbol}\` kjem ikkje med: ${p.theme} har ingen symbol`, hint: 'symbola vert teikna frå .samling.yaml til malen (`symbols:`), slik som frå symbols.yaml i ei temamappe' }
      : { message: `ukjend symbol \`${p.symbol}\``, expected: `eitt av ${codes(p.names)}`, hint: didYouMean(p.near) },
  'unknown-network': (p) => ({
    message: `ukjend nettverk \`${p.id}\``,
    expected: p.ids.length ? `ein id frå ${p.file}: ${codes(p.ids)}` : `ein id frå ${p.file} (den fila finst ikkje)`,
    hint: didYouMean(p.near, `legg nettverket til i ${p.file}`),
  }),
  'too-many-slides': (p) => ({
    message: `presentasjonen vert ${slides(p.slides)}; samling skriv høgst ${p.max}`,
    hint: 'del han opp i fleire presentasjonar',
  }),
  'too-much-media': (p) => ({
    message: `bileta i presentasjonen er til saman ${p.mb} MB; samling skriv høgst ${p.maxMb} MB`,
    hint: 'skaler bileta ned: eit lysbilete treng om lag 2000 pikslar i breidda',
  }),

  // lysbilete, direktiv, notat, Markdown
  'unclosed-directive': () => ({
    message: 'direktivkommentaren er ikkje lukka',
    expected: '`-->` på slutten av kommentaren',
    hint: 'skriv direktiv som `<!-- layout: chart -->`',
  }),
  'unclosed-notes': () => ({
    message: 'foredragsnotata er ikkje lukka',
    expected: 'ei line `:::` etter notata',
    hint: 'notata går frå `::: notes` til ei line med berre `:::`',
  }),
  'rule-ignored': (p) => ({
    message: `denne lina (\`${p.markup}\`) teiknar ingenting og byrjar ikkje noko nytt lysbilete`,
    hint: 'eit nytt lysbilete byrjar ved ei line som er nøyaktig `---`; vil du halde på teksten, fjernar du lina',
  }),
  'list-item-ignored': (p) => {
    const what = p.block === 'code' ? 'denne kodeblokka' : p.block === 'quote' ? 'denne sitatblokka' : THIS[p.block];
    const it = what.replace(/^\S+ /, '');
    return { message: `${what} inni eit listepunkt kjem ikkje med`, hint: `eit listepunkt rommar tekst og underpunkt: flytt ${it} ut av lista (utan innrykk, med ei tom line framfor)` };
  },
  'ragged-table': (p) => ({
    message: `denne tabellrada har ${p.got} ${p.got === 1 ? 'celle' : 'celler'}, overskriftsrada har ${p.want}`,
    expected: `${p.want} ${p.want === 1 ? 'celle' : 'celler'}, skilde med \`|\``,
    hint: p.got > p.want ? 'ei celle med `|` i teksten treng `\\|`' : 'legg til cellene som manglar (dei kan vere tomme: `| |`)',
  }),
  'table-too-wide': (p) => ({
    message: `denne tabellen har ${p.columns} kolonnar; eit lysbilete kan vise høgst ${p.max}`,
    expected: `høgst ${p.max} kolonnar`,
    hint: 'del tabellen over fleire lysbilete, eller snu han (rader i staden for kolonnar)',
  }),
  'empty-slide': () => ({
    message: 'dette lysbiletet er tomt',
    expected: 'ei overskrift, tekst eller eit direktiv som `<!-- layout: title -->` mellom to liner `---`',
    hint: 'fjern ei av dei to linene `---`, eller skriv noko på lysbiletet',
  }),
  'empty-deck': () => ({
    message: 'presentasjonen har ingen lysbilete',
    expected: 'Markdown etter front-matter',
    hint: 'byrj med `<!-- layout: title -->` for eit tittellysbilete laga av front-matter',
  }),
  'directive-yaml': (p) => ({
    message: `direktivet er ikkje gyldig YAML: ${yaml(p.problem)}`,
    expected: 'par av `nøkkel: verdi`, som `<!-- layout: chart -->`',
    hint: yamlHint(p.problem, 'set fleire nøklar på kvar si line inni kommentaren'),
  }),
  'directive-not-mapping': (p) =>
    p.first
      ? { message: 'kommentaren øvst på lysbiletet er ikkje eit direktiv', expected: '`nøkkel: verdi`, som `<!-- layout: chart -->`', hint: 'ein kommentar som ikkje er eit direktiv, kan ikkje stå først på eit lysbilete: flytt han ned under overskrifta' }
      : { message: 'denne kommentaren blant direktiva er ikkje `nøkkel: verdi` og vert ikkje lesen', expected: '`nøkkel: verdi`, som `<!-- chart: pie -->`', hint: 'ein merknad høyrer heime under overskrifta (eller i `::: notes`); eit direktiv treng eit kolon etter nøkkelen' },
  'directive-twice': (p) => ({
    message: `\`${p.key}\` er sett to gonger øvst på dette lysbiletet: \`${p.key}: ${p.value}\` her tek over for \`${p.before}\``,
    hint: `behald éin \`${p.key}:\` (den første står på line ${p.firstLine})`,
  }),

  // malen: Handlebars, partialar, datafiler
  'template-missing-variable': (p) => ({
    message: `malvariabelen \`${p.name}\` er ikkje definert`,
    expected: 'ein nøkkel i front-matter, `data.<fil>`, `network.<nøkkel>` eller ein parameter gjeven til partialen',
    hint:
      p.spaced ? `skriv \`${p.spaced.how === 'data' ? `{{data.${p.spaced.file}.[${p.spaced.key}]}}` : `{{[${p.spaced.key}]}}`}\`${p.spaced.how === 'column' ? ` inni \`{{#each data.${p.spaced.file}}}\`` : ''}: eit namn med mellomrom vert skrive i hakeparentesar`
      : p.near ? `meinte du \`${p.near}\`? (gyldige: ${codes(p.keys)})`
      : `legg \`${p.name}: …\` til i front-matter, eller send han med: {{> ${p.partial ?? 'partial'} ${p.name}="…"}}`,
  }),
  'template-helper': (p) => ({
    message: `{{${p.helper}}} ${helperProblem(p.problem)}`,
    hint: 'sjekk verdien som vert gjeven til hjelpefunksjonen',
  }),
  'template-error': (p) => ({ message: `feil i malen (Handlebars seier: «${p.text}»)` }),
  'template-syntax': (p) =>
    p.kind === 'unclosed'
      ? { message: `malblokka \`{{#${p.name}}}\` vert aldri lukka`, expected: `\`{{/${p.name}}}\` etter innhaldet i blokka`, hint: 'kvar `{{#blokk}}` treng sin `{{/blokk}}`' }
      : { message: `syntaksfeil i malen (Handlebars seier: «${p.text}»)`, expected: p.expecting ? `ein av ${p.expecting}` : 'eit fullstendig uttrykk `{{ … }}`', hint: 'kvar `{{#blokk}}` treng sin `{{/blokk}}`, kvar `{{` sin `}}`' },
  'template-too-deep': (p) => ({
    message: `blokkene ligg meir enn ${p.max} nivå inni kvarandre her`,
    expected: `høgst ${p.max} blokker inni kvarandre`,
    hint: 'flytt den inste delen ut i ein eigen partial, eller gje dataa ei enklare form',
  }),
  'template-too-big': (p) => ({
    message: `${p.budget.kind === 'rounds' ? `løkkene i malen går meir enn ${thousands(p.budget.max)} rundar` : `malen lagar ${p.budget.final ? '' : 'meir enn '}${decimal(p.budget.mb)} MB tekst`}: meir enn ein presentasjon kan romme`,
    expected: `høgst ${decimal(p.budgetMb)} MB lysbilete (50 × presentasjonen og partialane hennar, høgst 20 MB) og ${thousands(p.maxRounds)} rundar i løkker`,
    hint: 'ein partial som tek med seg sjølv mange gonger, eller løkker inni løkker over lange lister, gongar seg opp: ta med mindre, eller gå gjennom ei kortare liste',
  }),
  'dynamic-partial': () => ({
    message: 'namnet på partialen er ikkje skrive ut',
    expected: '`{{> namn}}`, med namnet på ei fil i decks/_library',
    hint: 'samling godtek ikkje partialar som vert valde medan presentasjonen vert bygd (`{{> (lookup . "p")}}`): han sjekkar kvar partial før bygginga. Vel med `{{#if}}` i staden: `{{#if (eq kind "a")}}{{> a}}{{else}}{{> b}}{{/if}}`',
  }),
  'unknown-partial': (p) => ({
    message: `ukjend partial \`${p.name}\``,
    expected: p.names.length ? `ein partial i ei _library-mappe eller i det eigne biblioteket til samling: ${codes(p.names)}` : 'ei fil i decks/_library (det finst ingen)',
    hint: didYouMean(p.near, `lag decks/_library/${p.name}.md`),
  }),
  'partial-cycle': (p) => ({
    message: `partialen \`${p.name}\` tek med seg sjølv: ${p.cycle.join(' → ')}`,
    hint: 'ein partial kan ikkje ta med ein partial som (til slutt) tek med han',
  }),
  'not-a-folder': (p) => ({
    message: `\`${p.name}\` er ei fil, ikkje ei mappe`,
    expected: p.holds === 'data' ? 'ei mappe med datafiler' : 'ei mappe med partialar',
    hint: 'gje fila eit anna namn: namn som byrjar med `_` ved sida av presentasjonane, er mappene til samling',
  }),
  'data-yaml': (p) => ({
    message: `datafila er ikkje gyldig YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem),
  }),
  'data-csv': (p) => ({
    message: `datafila er ikkje gyldig CSV: ${
      p.problem.kind === 'columns' ? `line ${p.problem.line} har ${p.problem.got} celler, overskriftslina ${p.problem.expected}`
      : p.problem.kind === 'quote' ? `eit hermeteikn står feil eller vert ikkje lukka (CSV-lesaren seier: «${p.problem.text}»)`
      : `CSV-lesaren seier: «${p.problem.text}»`}`,
    hint: 'kvar rad treng like mange celler som overskriftslina; set ei celle med komma i «hermeteikn»',
  }),

  // oppsett: kvart lysbilete
  'unknown-layout': (p) => ({
    message: `ukjend oppsett \`${p.name}\``,
    expected: `eitt av ${codes(p.layouts)}${p.templateLayouts.length ? `, eller eitt av dei eigne oppsetta til malen: ${quoted(p.templateLayouts)}` : ''}`,
    hint: didYouMean(p.near, 'køyr `samling components` for å sjå kvart oppsett med eit døme'),
  }),
  'no-title': (p) => ({
    message: `dette ${p.layout}-lysbiletet har ingen tittel`,
    expected: 'ei line `# Tittel` øvst på lysbiletet',
    hint: 'tittelen er det PowerPoint viser i disposisjonen og lista over lysbilete; eit lysbilete som skal vere utan, kan bruke `full-image` eller `quote`',
  }),
  'unknown-option': (p) => ({
    message: `ukjend direktiv \`${p.key}\` for oppsettet \`${p.layout}\``,
    expected: `eitt av ${codes(p.valid)}`,
    hint: didYouMean(p.near),
  }),
  'bad-option': (p) => ({
    message: `\`${p.key}: ${p.value}\` er ikkje ein gyldig verdi for oppsettet \`${p.layout}\``,
    expected: p.values ? `ein av ${codes(p.values)}` : issue(p.issue),
    hint: didYouMean(p.near),
  }),
  'bad-directive': (p) => ({
    message: `\`${p.key}: ${p.value}\` er ikkje gyldig`,
    expected:
      p.want.kind === 'boolean' ? '`true` eller `false`'
      : p.want.kind === 'continue' ? '`true` eller `false` (false: tekst som ikkje får plass, er ein feil, ikkje eit lysbilete til)'
      : p.want.kind === 'symbol' ? `eitt av ${codes([...p.want.names, 'none'])}`
      : `ein temafarge (${codes(p.want.roles)}, \`accent1\`…\`accent6\`) eller ein heksadesimal farge som \`E8EEF4\``,
    hint:
      p.want.kind === 'symbol' ? (p.want.near ? `meinte du \`${p.want.near}\`? (gyldige: ${codes(p.want.names)})` : `gyldige: ${codes(p.want.names)}`)
      : p.want.kind === 'background' ? didYouMean(p.want.near)
      : undefined,
  }),
  'text-shrunk': (p) =>
    p.part === 'programme'
      ? { message: `programmet er sett i ${p.size} pt for å få plass, under den behagelege storleiken ${p.comfortable} pt`, hint: 'kortare titlar, eller detaljar i foredragsnotata, er lettare å lese bak i salen' }
      : { message: `${textPart(p.part)} er sett i ${p.size} pt for å få plass, under den behagelege storleiken ${p.comfortable} pt`, hint: 'færre eller kortare punkt er lettare å lese bak i salen' },
  'text-overflow': (p) => ({
    message: `${textPart(p.part)} får ikkje plass på lysbiletet: ${decimal(p.overflow)} tommar (${p.pct} %) for høg i den minste storleiken, ${p.size} pt`,
    expected: `tekst som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommar`,
    hint: 'skriv kortare, eller del lysbiletet i to med ei line `---` (lister på innhaldslysbilete held fram av seg sjølv, så sant det ikkje står `continue: false`)',
  }),
  'table-overflow': (p) => ({
    message: `tabellen får ikkje plass på lysbiletet: ${decimal(p.tooTall)} tommar for høg i ${p.size} pt`,
    expected: `høgst om lag ${p.rows} rader av denne lengda`,
    hint: 'del radene over to lysbilete med ei line `---`, eller kort ned cellene',
  }),
  'bad-image': (p) => {
    switch (p.kind) {
      case 'file-address':
        return { message: `biletet \`${p.src}\` er ei file:-adresse`, expected: 'ein sti relativt til presentasjonen eller prosjektet, som `assets/kart.png`', hint: 'ein presentasjon les berre inne i sitt eige prosjekt: kopier biletet inn i assets/' };
      case 'remote':
        return { message: `biletet \`${p.src}\` er ikkje ei lokal fil`, expected: 'ein sti til ei fil i prosjektet, som `assets/kart.png`', hint: 'samling hentar aldri noko frå nettet: last ned biletet til assets/' };
      case 'absolute':
        return { message: `biletet \`${p.src}\` er ein absolutt sti`, expected: 'ein sti relativt til presentasjonen eller prosjektet, som `assets/kart.png`', hint: 'kopier biletet inn i assets/' };
      case 'outside':
        return { message: `biletet \`${p.src}\` ligg utanfor prosjektet`, expected: 'eit bilete inne i prosjektmappa, som `assets/kart.png`', hint: 'kopier biletet inn i assets/, eller tillat mappa hans i samling.yaml (`allow: [../felles-bilder]`)' };
      case 'outside-link':
        return { message: `biletet \`${p.src}\` ligg utanfor prosjektet`, expected: 'eit bilete inne i prosjektmappa', hint: 'kopier biletet inn i assets/, eller tillat mappa hans i samling.yaml (`allow: [../felles-bilder]`)' };
      case 'not-found':
        return { message: `fann ikkje biletet \`${p.src}\``, expected: `ei fil på ${p.places.join(' eller ')}`, hint: 'sjekk skrivemåten; bileta ligg vanlegvis i assets/' };
      case 'changed':
        return { message: `biletet \`${p.src}\` ${p.how === 'removed' ? 'vart fjerna medan presentasjonen vart bygd' : 'vart endra (eller mappa hans vart det) medan presentasjonen vart bygd'}`, expected: 'eit bilete som ligg i ro medan presentasjonen vert bygd', hint: 'bygg på nytt; skjer det igjen, sjekk kva som endrar mappa' };
      case 'not-an-image':
        return { message: `\`${p.src}\` er ikkje eit bilete`, expected: 'ei PNG-, JPEG- eller GIF-fil', hint: 'eksporter biletet på nytt som PNG eller JPEG' };
      case 'svg':
        return { message: `\`${p.src}\` er ei SVG-fil`, expected: 'ei PNG-, JPEG- eller GIF-fil', hint: 'dei ulike utgåvene av PowerPoint støttar SVG ulikt: eksporter biletet som PNG (t.d. `rsvg-convert -w 1600`)' };
      case 'unknown-format':
        return { message: p.type ? `\`${p.src}\` er eit ${p.type}-bilete` : `\`${p.src}\` er eit bilete i eit ukjend format`, expected: 'ei PNG-, JPEG- eller GIF-fil', hint: 'eksporter biletet på nytt som PNG eller JPEG' };
      case 'extension':
        return { message: `\`${p.src}\` er ei ${p.type}-fil med filendinga .${p.ext}`, expected: `filendinga .${p.want}`, hint: `gje fila namnet ${p.rename}` };
      case 'empty':
        return { message: `\`${p.src}\` er ${p.width} × ${p.height} pikslar`, expected: 'eit bilete som er minst 1 piksel breitt og høgt', hint: 'eksporter biletet på nytt' };
      case 'cut-off':
        return { message: `\`${p.src}\` er avkutta: ${p.type}-fila sluttar før biletet gjer det`, expected: `ei heil ${p.type}-fil`, hint: 'kopier eller eksporter biletet på nytt (ei nedlasting eller ein kopi kan ha stoppa halvvegs)' };
    }
  },
  'huge-image': (p) => ({
    message: `biletet \`${p.src}\` er ${p.mb !== undefined ? `${decimal(p.mb)} MB` : `${p.width} × ${p.height} pikslar`} og gjer presentasjonen tung`,
    hint: `eit lysbilete treng høgst om lag 2000 pikslar i breidda: skaler det ned, t.d. \`convert ${p.src} -resize 2000x ${p.src}\``,
  }),
  'template-layout-leftover': (p) => ({
    message: `«${p.layout}» har ${p.content} ${p.content === 1 ? 'plasshaldar' : 'plasshaldarar'} for innhald; denne delen av lysbiletet har ingen plass der`,
    expected: `høgst ${p.content} ${p.content === 1 ? 'del' : 'delar'} etter tittelen: kvar \`###\`-del, tekstbit, tabell eller bilete fyller den neste plasshaldaren`,
    hint: 'samle delane under færre `###`-overskrifter, flytt denne til eit eige lysbilete, eller vel eit oppsett med fleire plasshaldarar (`samling theme check` viser dei)',
  }),
  'template-layout-empty': (p) => ({
    message: `«${p.layout}»: ${p.empty.map(emptyPlaceholder).join(', ')} står tom`,
    hint: 'PowerPoint viser ledeteksten til plasshaldaren der medan du redigerer; fyll han, eller vel eit oppsett utan han',
  }),

  // oppsetta
  'title-content': (p) => ({
    message: `eit tittellysbilete viser ein tittel og tekstliner, ikkje ${p.block === 'image' ? 'eit bilete' : p.block === 'table' ? 'ein tabell' : 'kode'}`,
    expected: '`#` tittel, `##` undertittel og avsnitt',
    hint: 'set det på neste lysbilete: legg til ei line `---` over det',
  }),
  'one-table-or-image': (p) => ({
    message: `eit ${p.layout}-lysbilete rommar éin tabell eller eitt bilete; dette er eitt for mykje`,
    expected: 'éin tabell eller eitt bilete per lysbilete',
    hint: 'flytt det til eit eige lysbilete, eller bruk `<!-- layout: two-column -->`',
  }),
  'two-columns': (p) => ({
    message: `eit lysbilete med to kolonnar treng to kolonnar, dette har ${p.columns}`,
    expected: 'to `###`-overskrifter, kvar følgd av kolonnen sin',
    hint: p.columns > 2 ? 'flytt den tredje kolonnen til eit eige lysbilete' : 'byrj kvar kolonne med ei line `### Overskrift`',
  }),
  'image-count': (p) =>
    p.layout === 'full-image'
      ? { message: `eit fullbiletlysbilete treng eitt bilete, dette har ${p.images}`, expected: 'éi line `![skildring](assets/bilete.jpg)`' }
      : { message: `eit biletlysbilete treng eitt bilete, dette har ${p.images}`, expected: 'éi line `![skildring](assets/bilete.png)`', hint: p.images ? 'flytt dei andre bileta til eigne lysbilete' : 'legg til biletet, eller bruk oppsettet `content`' },
  'quote-missing': () => ({
    message: 'eit sitatlysbilete treng ei sitatblokk',
    expected: 'liner som byrjar med `> `',
    hint: 'skriv sitatet som `> tekst`, og `> — Namn` for kven som sa det',
  }),
  'chart-table': (p) =>
    p.kind === 'missing'
      ? { message: 'eit diagramlysbilete treng ein tabell med tala', expected: 'ein Markdown-tabell: kategoriane i første kolonne, éin kolonne per serie', hint: 'til dømes: | | 2012 | 2020 |\\n|---|---:|---:|\\n| Barnehage | 153 | 159 |' }
      : { message: 'diagramtabellen har ingen talkolonnar', expected: 'ei overskriftsrad som `| | Serie A | Serie B |`' },
  'chart-too-big': (p) => {
    const what = p.what === 'rows' ? 'rader' : 'talkolonnar';
    return { message: `diagramtabellen har ${p.n} ${what}: det kan ingen lese på eit lysbilete`, expected: `høgst ${p.max} ${what}`, hint: 'slå saman rader (per region, per år), eller vis tala som eit tabellysbilete' };
  },
  'chart-negative': (p) => ({
    message: `eit ${chart(p.chart)} kan ikkje vise ein negativ verdi (${p.category}: ${p.value})`,
    expected: 'verdiar på 0 eller meir: sektorane er delar av ein heilskap',
    hint: 'bruk `chart: bar` for verdiar som kan vere negative',
  }),
  'chart-pie-series': (p) => ({
    message: `eit ${chart(p.chart)} viser éin serie; «${p.left.join('», «')}» kjem ikkje med`,
    hint: 'bruk `chart: bar` for å samanlikne fleire seriar',
  }),
  'chart-number': (p) => ({
    message: `\`${p.text}\` i rad ${p.row}, kolonne «${p.column}», er ikkje eit tal`,
    expected: 'eit tal som 108, 4,6, 1 234 eller 62 %; eller ingenting, `n/a` eller `-` der det ikkje finst nokon verdi',
    hint: 'ein diagramtabell har tekst berre i første kolonne og i overskriftsrada',
  }),
  'chart-row-empty': (p) => {
    if (p.kind === 'all') return { message: 'diagrammet har ingen verdi å teikne: kvar celle det teiknar, er tom', expected: 'eit tal i minst éi rad', hint: 'fyll inn tala, eller skriv 0 der verdien er null' };
    const where = p.drawn === 1 ? `ingen verdi i «${p.columns[0]}»${p.columns.length > 1 ? ', kolonnen diagrammet teiknar' : ''}` : 'ingen verdi i nokon kolonne';
    return {
      message: `rad ${p.row} («${p.category || '(tom)'}») har ${where}: ho vert teikna som eit tomrom (kategorien, utan ${p.drawn === 1 && p.columns.length === 1 ? 'stolpe eller punkt' : 'verdi'})`,
      hint: 'skriv 0 der verdien er null; ta bort rada om ho ikkje skal vere med i diagrammet',
    };
  },
  'chart-percent-mixed': (p) => ({
    message: p.hasPercent
      ? `\`${p.text}\` (rad ${p.row}, kolonne «${p.column}») er skriven med %, ${p.others} av dei ${p.values} verdiane i diagrammet utan: diagrammet viser vanlege tal, utan %`
      : `\`${p.text}\` (rad ${p.row}, kolonne «${p.column}») har ikkje %, ${p.others} av dei ${p.values} verdiane i diagrammet har det: diagrammet viser vanlege tal, utan %`,
    hint: 'skriv % etter kvar verdi i diagrammet, eller etter ingen',
  }),

  // komponentane
  'component-overflow': (p) => {
    switch (p.kind) {
      case 'text':
        return { message: `${textPart(p.part)} får ikkje plass: ${decimal(p.overflow)} tommar for høg i den minste storleiken, ${p.size} pt`, expected: `tekst som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommar`, hint: 'skriv kortare, eller del teksten over to lysbilete' };
      case 'statement':
        return { message: `påstanden får ikkje plass over skalaen i ${p.size} pt`, expected: `ein påstand på høgst om lag ${p.chars} teikn`, hint: 'kort han ned; detaljane kan stå i foredragsnotata (`::: notes`)' };
      case 'statements':
        return { message: `dei ${p.count} påstandane får ikkje plass på lysbiletet; det er plass til ${p.fits} av denne lengda i ${p.size} pt`, expected: `høgst ${Math.max(1, p.fits)} ${Math.max(1, p.fits) === 1 ? 'påstand' : 'påstandar'}, eller kortare påstandar`, hint: 'del lista over to lysbilete med ei line `---`' };
      case 'timeline-row':
        return { message: `rada ${p.label !== undefined ? `«${p.label}» ` : ''}under tidslina får ikkje plass: boksane er for lange i ${p.size} pt`, expected: 'nokre få ord per milepæl og boks; lange ord treng plass', hint: 'kort ned teksten, flytt detaljar til foredragsnotata (`::: notes`), eller bruk færre milepælar' };
      case 'milestone':
        return { message: `milepælen «${p.when}» får ikkje plass ved sida av dei andre i ${p.size} pt (${p.count} milepælar; ${p.tooTall !== undefined ? `${decimal(p.tooTall)} tommar for høg` : 'eit ord er breiare enn kolonnen sin'})`, expected: 'nokre få ord per milepæl og boks; lange ord treng plass', hint: 'kort ned teksten, flytt detaljar til foredragsnotata (`::: notes`), eller bruk færre milepælar' };
      case 'quote-beside':
        return { message: `sitatet ved sida av ${p.beside === 'stairs' ? 'trappa' : 'diagrammet'} får ikkje plass i ${p.size} pt`, expected: `eit sitat som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommar`, hint: 'kort ned sitatet, eller gje det eit eige lysbilete (`layout: quote`)' };
      case 'programme':
        return {
          message: `${p.day !== undefined ? `dagen «${p.day}»` : 'programmet'} har ${p.items} punkt; det er plass til ${p.fits} av denne lengda i ${p.size} pt${p.others.length ? ` (òg for lange: ${quoted(p.others)})` : ''}`,
          expected: `høgst ${p.fits} punkt, eller kortare titlar og færre detaljar`,
          hint: 'flytt detaljar til foredragsnotata (`::: notes`), eller del dagen over to lysbilete med ei line `---`',
        };
      case 'answer':
        return { message: 'dette svaret er for langt for tilbakemeldingstabellen, sjølv åleine', expected: `eit svar som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommar`, hint: 'kort det ned i dataa, eller vel færre kolonnar med `columns: [...]`' };
      case 'questions':
        return { message: `dei ${p.count} spørsmåla får ikkje plass på lysbiletet: ${decimal(p.tooTall)} tommar for høge i ${p.size} pt; det lengste er spørsmål ${p.longest}`, expected: `spørsmål og svar som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommar`, hint: 'kort ned spørsmåla, bruk færre svarliner (`lines: 1`), eller del dei over to lysbilete' };
      case 'cycle-centre':
        return { message: 'avsnittet er for langt for midten av syklusen, og under han gjev det ikkje syklusen plass', expected: 'ei setning eller to til midten', hint: 'kort det ned; resten kan stå i foredragsnotata (`::: notes`)' };
      case 'cycle-items':
        return { message: `${p.shape === 'cycle' ? 'syklusen' : 'rada med sirklar'} får ikkje plass: «${p.item}» treng meir plass enn ein boks på ${decimal(p.width)} tommar gjev i ${p.size} pt`, expected: `${p.count} punkt som er korte nok til ${p.count} boksar ved sida av kvarandre, nokre få ord kvar`, hint: 'kort ned punkta (detaljar kan stå i foredragsnotata, `::: notes`), eller bruk færre' };
      case 'step':
        return { message: `${p.part === 'description' ? 'skildringa av' : 'namnet på'} trinn ${p.n} «${p.name}» får ikkje plass ved sida av trappa: ${p.lines} liner i ${p.size} pt, ei rad med ${p.steps} trinn har plass til ${p.room}`, expected: `trinn der skildringa tek høgst ${p.room} liner`, hint: 'kort ned skildringa (detaljar kan stå i foredragsnotata, `::: notes`), eller bruk færre trinn' };
    }
  },

  // komponent: skala
  'scale-ignored': (p) => ({
    message: `${THIS[p.block]} vert ikkje teikna på eit skalalysbilete`,
    hint: 'eit skalalysbilete teiknar tittelen, ein påstand (avsnitt) eller ei liste med påstandar',
  }),
  'scale-lists': () => ({
    message: 'eit skalalysbilete har éi liste med påstandar; dette er ei liste til',
    expected: 'éi liste: kvart punkt vert vurdert på den same skalaen',
    hint: 'slå saman listene, eller flytt den andre til eit eige lysbilete',
  }),
  'scale-mismatch': (p) => ({
    message: `teksten seier 1–${p.mentioned}, men skalaen har ${p.steps} trinn`,
    hint: `skriv \`scale: ${p.mentioned}\`, eller endre teksten`,
  }),

  // komponent: tidsline
  'timeline-block': (p) => ({
    message: p.afterList ? `${A[p.block]} har ingen plass under ei tidsline` : `ei tidsline byrjar med lista over milepælar; ${THIS[p.block]} kjem før ho`,
    expected: 'ei liste `- når: kva`, deretter eventuelt `### Overskrift` og ei liste eller eit avsnitt for ei rad med boksar',
    hint: 'flytt annan tekst til foredragsnotata (`::: notes`)',
  }),
  'timeline-item': (p) => ({
    message: p.missing === 'colon' ? 'ein milepæl treng `når: kva`; dette punktet har ikkje noko kolon' : p.missing === 'when' ? 'ein milepæl treng ein `når` framfor kolonet' : 'ein milepæl treng ein `kva` etter kolonet',
    expected: '`- når: kva`, som `- Mars 2013: Temadagar`',
    hint: 'teksten framfor det første kolonet står over pila, resten under ho',
  }),
  'timeline-current': (p) =>
    p.kind === 'past-end'
      ? { message: `\`current: ${p.current}\`, men tidslina har ${p.milestones} milepælar`, expected: `eit tal frå 1 til ${p.milestones}`, hint: 'tel milepælane frå venstre, og byrj på 1' }
      : { message: 'meir enn éin milepæl er merkt som den noverande', expected: 'høgst éin `(nå)`', hint: 'fjern `(nå)` frå alle utanom éin' },
  'timeline-milestones': (p) =>
    p.kind === 'too-many'
      ? { message: `ei tidsline rommar ${p.min} til ${p.max} milepælar; dette er milepæl ${p.max + 1}`, expected: `høgst ${p.max} milepælar (punkt som følgjer etter kvarandre med same \`når\`, deler éin)`, hint: 'slå saman milepælar som står ved sida av kvarandre, eller del tidslina over to lysbilete' }
      : { message: `ei tidsline treng minst ${p.min} milepælar; denne har ${p.count}`, expected: 'ei liste med punkt `- når: kva`, som `- Mars 2013: Temadagar`' },

  // komponent: foredragshaldar
  'speaker-name': () => ({
    message: 'eit lysbilete for ein foredragshaldar treng namnet som ei `##`-overskrift',
    expected: '`## Anne-Cathrine Hjertaas`, deretter rolla som eit avsnitt',
    hint: '`#`-overskrifta er tittelen på foredraget; namnet står under ho som `## Namn`',
  }),
  'speaker-count': (p) => ({
    message: `lysbiletet har ${p.speakers} foredragshaldarar; det teiknar 1 til ${p.max} ved sida av kvarandre`,
    expected: `høgst ${p.max} \`##\`-namn`,
    hint: 'gje dei andre eit eige lysbilete (ei line `---` framfor `##`-en deira)',
  }),
  'speaker-photos': () => ({
    message: 'ein foredragshaldar har eitt bilete; dette andre biletet vert ikkje teikna',
    hint: 'behald portrettet, og flytt andre bilete til eit eige lysbilete',
  }),
  'speaker-ignored': (p) =>
    p.beforeName
      ? { message: `${THIS[p.block]} kjem før namnet på foredragshaldaren og vert ikkje teikna`, hint: 'byrj foredragshaldaren med `## Namn`; rolla, omtalen og biletet kjem etter' }
      : { message: `${THIS[p.block]} vert ikkje teikna på eit lysbilete for ein foredragshaldar`, hint: 'ein foredragshaldar har eit avsnitt med rolla, ei liste med omtale og eit bilete' },

  // komponent: evaluering
  'evaluation-questions': (p) =>
    p.kind === 'none'
      ? { message: 'eit evalueringslysbilete treng ei nummerert liste med spørsmål', expected: 'ei liste: `1. Kva tek de med heim?`', hint: 'merk eit spørsmål med `(1–6)` for terningkast eller `(1–10)` for ein skala frå 1 til 10' }
      : { message: `eit evalueringslysbilete rommar høgst ${p.max} spørsmål; denne lista har ${p.count}`, expected: `høgst ${p.max} spørsmål`, hint: 'flytt resten til eit evalueringslysbilete til, etter ei line `---`' },
  'evaluation-ignored': (p) => {
    const what = p.second ? THIS_SECOND[p.block] : THIS[p.block];
    return p.results
      ? { message: `${what} vert ikkje teikna på eit lysbilete med evalueringsresultat`, hint: 'lysbiletet teiknar tittelen, gjennomsnittet, diagrammet og tilbakemeldingane; ein merknad kan stå i foredragsnotata (`::: notes`)' }
      : { message: `${what} vert ikkje teikna på eit evalueringslysbilete`, hint: 'eit evalueringslysbilete teiknar tittelen og éi liste med spørsmål; ein merknad kan stå i foredragsnotata (`::: notes`)' };
  },
  'evaluation-scale': (p) => ({
    message: `ein skala frå 1 til ${p.n} er ikkje ein som evalueringslysbiletet teiknar`,
    expected: '`(1–6)` for terningkast (seks terningar) eller `(1–10)` for ein skala frå 1 til 10',
    hint: 'for ein annan skala, bruk eit lysbilete med `layout: scale` og `scale: N`',
  }),
  'evaluation-survey': (p) =>
    p.kind === 'not-web'
      ? { message: `\`survey: ${p.url}\` er ikkje ei nettadresse`, expected: 'ei adresse som byrjar med https:// (eller http://)', hint: 'kopier adressa til skjemaet frå nettlesaren, t.d. `survey: https://nettskjema.no/a/123456`' }
      : { message: `adressa til skjemaet er for lang for ein QR-kode (${p.length} teikn)`, expected: 'ei adresse på høgst om lag 2 000 teikn', hint: 'bruk kortlenkja frå skjemaverktøyet' },

  // komponent: evalueringsresultat (`source` er `_data/<namn>.csv` for CSV-fila, eller ingenting for tabellen på lysbiletet)
  'evaluation-data': (p) => {
    switch (p.kind) {
      case 'both':
        return { message: `dette lysbiletet har både \`data: ${p.data}\` og ein tabell med svar`, expected: 'éi kjelde: CSV-fila som `data:` viser til, eller tabellen', hint: 'fjern tabellen, eller lina `data:`' };
      case 'missing':
        return { message: 'eit lysbilete med evalueringsresultat treng svara', expected: 'eit direktiv `data: <ei CSV-fil i decks/_data, utan .csv>` eller ein tabell med ein kolonne for skår', hint: 'til dømes: | Terningkast | Kva fungerte? |\\n|---|---|\\n| 5 | Gruppearbeidet |' };
      case 'no-file':
        return { message: `det finst inga datafil \`_data/${p.name}.csv\``, expected: p.names.length ? `ei av ${codes(p.names)}` : 'ei CSV-fil i decks/_data (det finst ingen)', hint: didYouMean(p.near, `lagre svara som decks/_data/${p.name}.csv, éi rad per deltakar`) };
      case 'outside':
        return { message: `\`_data/${p.name}.csv\` fører ut av prosjektet`, expected: 'ei CSV-fil inne i prosjektet', hint: 'kopier fila inn i decks/_data i staden for å lenkje til henne' };
    }
  },
  'evaluation-empty': (p) =>
    p.kind === 'no-answers'
      ? { message: `${p.source ?? 'tabellen'} har ingen svar, berre ei overskriftsrad`, expected: 'éi rad per deltakar under overskriftsrada', hint: 'eksporter svara frå skjemaet på nytt, eller vent til dei er komne inn' }
      : { message: `ingen deltakarar gav ein skår i kolonnen \`${p.column}\``, expected: `tal frå 1 til ${p.scale}`, hint: p.named ? undefined : 'står skåren i ein annan kolonne? gje han opp med `score: <kolonne>`' },
  'evaluation-score': (p) => {
    switch (p.kind) {
      case 'no-column':
        return { message: `${p.source ?? 'tabellen'} har ingen kolonne \`${p.score}\``, expected: `ein av ${codes(p.columns)}`, hint: didYouMean(p.near, 'gje opp kolonnen med skår med eit direktiv `score: <kolonne>`') };
      case 'no-score-column':
        return { message: `${p.source ?? 'tabellen'} har ingen kolonne med skår`, expected: `ein kolonne som heiter Terningkast, Score, Poeng, Karakter eller Skår; kolonnane er ${codes(p.columns)}`, hint: 'gje opp kolonnen med skår med eit direktiv `score: <kolonne>`' };
      default:
        return {
          message: p.kind === 'not-a-number' ? `skåren \`${p.cell}\` er ikkje eit tal` : `skåren ${p.cell} ligg utanfor skalaen 1–${p.scale}`,
          expected: `eit heiltal frå 1 til ${p.scale} i kolonnen \`${p.column}\`, eller ingenting`,
          hint: p.upTo10 ? 'for skår opp til 10, skriv `scale: 10`' : 'ein deltakar som ikkje gav nokon skår, let cella stå tom',
        };
    }
  },
  'evaluation-columns': (p) => ({
    message: `${p.source ?? 'tabellen'} har ingen kolonne \`${p.column}\``,
    expected: `kolonnar blant ${codes(p.columns)}`,
    hint: didYouMean(p.near),
  }),
  'evaluation-rows': (p) =>
    p.kind === 'past-end'
      ? { message: `\`from: ${p.from}\` er forbi det siste skrivne svaret: ${p.source ?? 'tabellen'} har ${p.written}`, expected: `eit tal frå 1 til ${p.written}` }
      : {
          message: `tilbakemeldingstabellen viser ${p.shown} av ${p.total} svar; ${p.total - p.shown} kjem ikkje med (frå ${p.source === undefined ? `line ${p.line}` : `${p.source}:${p.line}`} og utover)`,
          hint: `vis resten på ein kopi av dette lysbiletet med \`from: ${p.next}\``,
        },

  // komponent: syklus
  'cycle-ignored': (p) => ({
    message: `${THIS[p.block]} vert ikkje teikna på eit lysbilete med ein syklus`,
    hint: 'ein syklus teiknar tittelen, éi liste og eit avsnitt til midten',
  }),
  'cycle-items': (p) => ({
    message: 'eit lysbilete med ein syklus treng ei liste',
    expected: `ei liste med ${p.min} til ${p.max} punkt: \`- Refleksjon\``,
    hint: 'skriv éi line per punkt, i den rekkjefølgja pilene går',
  }),
  'cycle-lists': () => ({
    message: 'ein syklus har éi liste; dette er ei liste til',
    expected: 'éi liste: punkta i den rekkjefølgja pilene går',
    hint: 'set detaljar under eit punkt som eit underpunkt (med innrykk `- …`)',
  }),
  'cycle-count': (p) => ({
    message: `${p.cycle ? 'syklusen' : 'rada'} har ${p.items} punkt; ${p.cycle ? 'han' : 'ho'} teiknar ${p.min} til ${p.max}`,
    expected: `${p.min} til ${p.max} listepunkt`,
    hint: p.tooMany ? 'slå saman punkt som høyrer saman, eller del dei over to lysbilete' : p.cycle ? 'to punkt vert ei rad: `cycle: false`' : 'legg til neste punkt som `- …`',
  }),

  // komponent: trapp
  'staircase-ignored': (p) => ({
    message: `${p.second ? THIS_SECOND[p.block] : THIS[p.block]} vert ikkje teikna på eit lysbilete med ei trapp`,
    hint: 'ei trapp teiknar tittelen, éi liste med trinn, éi sitatblokk og eit avsnitt med bilettekst',
  }),
  'staircase-steps': () => ({
    message: 'eit lysbilete med ei trapp treng ei liste med trinn',
    expected: 'ei nummerert liste, med det nedste trinnet først: `1. Kvalitet`',
    hint: 'skriv éi line per trinn, `1. Namn – skildring`',
  }),
  'staircase-lists': () => ({
    message: 'ei trapp har éi liste med trinn; dette er ei liste til',
    expected: 'éi liste: trinna, nedanfrå og opp',
    hint: 'skildre eit trinn med eit underpunkt (med innrykk `- …`) i staden for ei eiga liste',
  }),
  'staircase-count': (p) => ({
    message: `trappa har ${p.steps} trinn; ho teiknar ${p.min} til ${p.max}`,
    expected: `${p.min} til ${p.max} listepunkt`,
    hint: p.tooMany ? 'slå saman trinn som høyrer saman, eller del trappa over to lysbilete' : 'legg til neste trinn som `2. …`',
  }),

  // komponent: program
  'programme-block': (p) => ({
    message: `eit program rommar dagar og punkta deira; ${THIS[p.block]} har ingen plass i det`,
    expected: 'ei overskrift for ein dag (`## 1. oktober`) eller eit punkt (`- 10.00 Velkomen`)',
    hint: 'gjer det til ein detalj under eit punkt (med innrykk: `  - …`), eller flytt det til foredragsnotata (`::: notes`)',
  }),
  'programme-day': () => ({
    message: 'desse punkta kjem før den første overskrifta for ein dag',
    expected: 'ei overskrift over kvar dag når det er fleire: `## 1. oktober`',
    hint: 'legg til ei overskrift `## …` over lista',
  }),
  'programme-days': (p) => ({
    message: `eit program viser éin til ${p.max} dagar ved sida av kvarandre; dette er dag ${p.max + 1}`,
    expected: `høgst ${p.max} \`##\`-overskrifter for dagar`,
    hint: 'set dei andre dagane på eit eige lysbilete (ei line `---` og eit programlysbilete til)',
  }),
  'programme-empty': (p) => ({
    message: p.day ? `dagen «${p.day}» har ingen punkt` : 'eit program treng punkt',
    expected: 'ei liste med punkt under kvar dag: `- 10.00 Velkomen`',
  }),
  'programme-time': (p) => ({
    message: p.kind === 'no-time' ? 'eit punkt i programmet treng først eit klokkeslett, som `10.00 Velkomen`' : p.kind === 'bad-time' ? `\`${p.time}\` er ikkje eit klokkeslett` : 'eit punkt i programmet treng ein tittel etter klokkeslettet',
    expected: p.kind === 'no-time' ? '`- 10.00 Tittel`: eit klokkeslett som 10:00, 10.00 eller 1000 (eit tidsrom 10.00–11.00), så tittelen' : p.kind === 'bad-time' ? 'timar 0–24 og minutt 00–59: 10:00, 10.00 eller 1000' : 'eit punkt som `- 10.00 Velkomen`',
    hint: 'ei line som høyrer til punktet over, er ein detalj: gje ho innrykk med to mellomrom (`  - …`)',
  }),

  // komponent: organisasjonskart
  'org-chart-ignored': (p) => ({
    message: `${THIS[p.block]} er ikkje ein del av organisasjonskartet og kjem ikkje med`,
    hint: 'eit organisasjonskart les éi liste med underpunkt: kvart punkt ein boks, underpunkta boksane under han',
  }),
  'org-chart-list': () => ({
    message: 'eit organisasjonskart treng ei liste med underpunkt',
    expected: 'ei liste: kvart punkt ein boks (`**Namn** — undertittel`), underpunkta under han',
    hint: 'til dømes: - **Kommunalminister**\\n  - **Programråd** — KRD, KS',
  }),
  'org-chart-deep': (p) => ({
    message: `organisasjonskartet har ${p.levels} nivå; eit lysbilete har plass til ${p.max}`,
    expected: `høgst ${p.max} nivå med underpunkt`,
    hint: 'set det nedste nivået i undertittelen til boksen over (`- **Prosjektleiarar** — Kommunane`), eller teikn den delen på eit eige lysbilete',
  }),
  'org-chart-tall': () => ({
    message: 'organisasjonskartet får ikkje plass i høgda på lysbiletet, sjølv i den minste tekststorleiken',
    expected: 'boksar der teksten får plass på nokre få liner',
    hint: 'kort ned undertitlane, eller teikn ein del av kartet på eit eige lysbilete',
  }),
  'org-chart-wide': (p) => ({
    message: `nivå ${p.level} i organisasjonskartet har ${p.boxes} boksar; ${p.why.kind === 'fits' ? `det er plass til ${p.fits}` : `med boksane under dei overordna sine vert kartet ${decimal(p.why.wide)} tommar breitt i den minste tekststorleiken; lysbiletet har ${decimal(p.why.slide)} tommar`}`,
    expected: `høgst ${p.fits} boksar ved sida av kvarandre${p.longNames ? ' med så lange namn' : ''}`,
    hint: 'samle boksar under ein felles overordna, kort ned dei lengste orda, eller del kartet over to lysbilete',
  }),

  // komponent: nettverkskart
  'network-map-empty': () => ({
    message: 'eit nettverkskart treng minst eitt nettverk',
    expected: 'ei overskrift `## Tema — Leiar` og ei liste med kommunar under ho',
    hint: 'til dømes: ## Omdøme — Asbjørn Stavem\\n- Åfjord\\n- Rissa',
  }),
  'network-map-too-many': (p) => ({
    message: `eit nettverkskart rommar høgst ${p.max} nettverk; dette lysbiletet har ${p.networks}`,
    expected: `1–${p.max} \`##\`-nettverk på eitt lysbilete`,
    hint: 'ta bort `continue: false` (kartet held då fram på neste lysbilete, delt mellom tema), eller set resten på eit nettverkskart til',
  }),
  'network-map-overflow': (p) => ({
    message: `nettverket «${p.network}» har ${p.municipalities} kommunar; med ${p.networks} nettverk på lysbiletet er det plass til ${p.fits} i boksen`,
    expected: `høgst ${p.fits} kommunar (i ${p.size} pt, i to kolonnar)`,
    hint: 'set færre nettverk på dette lysbiletet, eller kort ned dei lengste namna',
  }),
  'network-map-no-municipalities': (p) => ({
    message: `nettverket «${p.network}» har ingen kommunar`,
    expected: 'ei liste med kommunar under overskrifta (eller eitt avsnitt med namn skilde med komma)',
    hint: 'til dømes: - Åfjord\\n- Rissa',
  }),
  'network-map-ignored': (p) => ({
    message: `${THIS[p.block]} er ikkje ein del av nettverkskartet og kjem ikkje med: ${p.why.kind === 'one-list' ? `nettverket «${p.why.network}» les éi liste med kommunar` : p.why.kind === 'in-network' ? 'eit nettverk les ei liste med kommunar' : 'før det første `##`-nettverket vert berre puljen (eitt avsnitt) lesen'}`,
    hint: 'kvart nettverk er ei overskrift `## Tema — Leiar` følgd av ei liste med kommunar',
  }),
  'network-map-pulje': () => ({
    message: 'puljen er gjeven to gonger: direktivet `pulje:` vert brukt, og dette avsnittet kjem ikkje med',
    hint: 'behald éin av dei',
  }),
  'network-theme': (p) => ({
    message: `ukjend nettverkstema «${p.word}»`,
    expected: `overskrifta \`## Tema — Leiar\` med eit tema: ${p.valid.join(', ')}`,
    hint: didYouMean(p.near, 'temaet kjem først: `## Sjukefråvær — Dorrit Svenning — Sør`'),
  }),

  // tema og malar
  'unknown-theme': (p) => {
    switch (p.kind) {
      case 'unknown':
        return { message: `ukjend tema \`${p.name}\``, expected: `ei mappe i themes/ med ei theme.yaml: ${codes(p.names)}`, hint: didYouMean(p.near, 'legg til mappa, eller ta bort `theme:` for å bruke krd') };
      case 'template-not-path':
        return { message: `malen \`${p.name}\` er ikkje ein sti inne i prosjektet`, expected: 'ein sti relativt til presentasjonen eller prosjektet, som `maler/DEPMAL.potx`', hint: 'kopier malen inn i prosjektet (i ei mappe `maler/`, til dømes)' };
      case 'template-outside':
        return { message: `malen \`${p.name}\` ligg utanfor prosjektet`, expected: 'ein mal inne i prosjektmappa, som `maler/DEPMAL.potx`', hint: 'kopier han inn i prosjektet, eller tillat mappa hans i samling.yaml (`allow: [../maler]`)' };
      case 'template-missing':
        return { message: `fann ikkje malen \`${p.name}\``, expected: `ei fil på ${p.places.join(' eller ')}`, hint: 'sjekk skrivemåten; lagre malen til organisasjonen (.potx) i prosjektet' };
      case 'template-link-outside':
        return { message: `malen \`${p.name}\` ligg utanfor prosjektet`, expected: 'ein mal inne i prosjektmappa', hint: 'kopier han inn i prosjektet i staden for å lenkje til han' };
    }
  },
  'theme-yaml': (p) => ({ message: `temafila er ikkje gyldig YAML: ${yaml(p.problem)}` }),
  'theme-schema': (p) =>
    p.kind === 'no-metrics'
      ? {
          message: 'temaet manglar fonts.metrics: ei temamappe gjev opp metrikkfila for kvar skriftvariant (regular, bold, italic, boldItalic)',
          expected: 'ein nøkkel fonts.metrics: { regular: metrics/regular.json, bold: …, italic: …, boldItalic: … }',
          hint: 'lag dei frå skriftfilene med tools/gen-metrics.mjs (README, «The theme»), eller bruk ein PowerPoint-mal: skriftene i han vert målte slik dei er installerte',
        }
      : { message: `${p.kind === 'theme' ? 'theme.yaml' : 'symbols.yaml'}, ${p.path}: ${issue(p.issue)}` },
  'theme-outside-project': (p) => ({
    message: p.kind === 'folder' ? `temamappa \`${p.name}\` fører ut av prosjektet (${p.link ? 'ho er ei lenkje' : 'ho ligg i ei lenkja mappe'})` : `\`${p.name}\` i temaet fører ut av prosjektet (${p.link ? 'ho er ei lenkje' : 'ho ligg i ei lenkja mappe'})`,
    expected: p.kind === 'folder' ? 'ei temamappe inne i prosjektet' : `ei ${p.name} inne i prosjektet`,
    hint: THEME_OUTSIDE_HINT,
  }),
  'theme-file-too-big': (p) => ({
    message: `\`${p.name}\` i temaet er ${p.mb} MB`,
    expected: `ei ${p.name} under ${p.maxMb} MB (den til krd er 4 KB)`,
  }),
  'theme-metrics': (p) => {
    const shown = `metrikkfila \`${p.path}\``;
    const expected = `metrikken for skriftvarianten ${p.style}: ei JSON-fil i temamappa, laga av tools/gen-metrics.mjs`;
    const gen = `lag henne med \`node tools/gen-metrics.mjs <skrift>.ttf ${p.path}\`, eller rett stien`;
    switch (p.kind) {
      case 'missing':
        return { message: p.link ? `${shown} er ei lenkje til ei fil som ikkje finst` : `${shown} finst ikkje i temamappa`, expected, hint: gen };
      case 'outside':
        return { message: `${shown} fører ut av prosjektet (${p.link ? 'ho er ei lenkje' : 'ho ligg i ei lenkja mappe'})`, expected: 'ei metrikkfil inne i prosjektet', hint: THEME_OUTSIDE_HINT };
      case 'not-a-file':
        return { message: `${shown} er ${p.folder ? 'ei mappe' : 'ikkje ei vanleg fil'}`, expected, hint: gen };
      case 'too-big':
        return { message: `${shown} er ${p.mb} MB`, expected: `${expected}, under ${p.maxMb} MB (om lag 26 KB)`, hint: gen };
      case 'unreadable':
        return { message: `${shown} kan ikkje lesast (${p.errno})`, expected, hint: 'sjekk tilgangsrettane til fila' };
      case 'not-json':
        return { message: `${shown} er ikkje JSON`, expected, hint: gen };
      case 'not-metrics':
        return { message: `${shown} er ikkje skriftmetrikk: ${p.missing ? `ho har ingen \`${p.key}\`` : p.key ? `\`${p.key}\`: ${issue(p.issue!)}` : issue(p.issue!)}`, expected, hint: gen };
    }
  },
  'font-missing': (p) => ({
    message: `skrifta «${p.font}» kan ikkje målast (${fontReason(p.reason)}): teksten vert tilpassa med metrikken til ${p.style ? `Liberation Sans ${p.style}` : 'Liberation Sans'} (breiddene til Arial) i staden`,
    hint: 'installer skrifta (eller ei med den same metrikken), så teksten vert tilpassa slik han vert teikna',
  }),
  'bad-template': (p) => ({ ...templateFault(p.fault), message: `${p.name}: ${templateFault(p.fault).message}` }),
  'template-yaml': (p) => {
    const schemaHint = 'JSON-skjemaet for denne fila: `samling schema` skriv template.schema.json';
    switch (p.kind) {
      case 'yaml':
        return { message: `fila er ikkje gyldig YAML: ${yaml(p.problem)}` };
      case 'issue':
        return { message: `${p.where || 'fila'}: ${issue(p.issue)}`, hint: schemaHint };
      case 'not-a-role':
        return { message: `layouts: \`${p.key}\` er ikkje eit oppsett i samling`, expected: p.known.length ? `eitt av ${p.known.join(', ')}` : undefined, hint: didYouMean(p.near, schemaHint) };
      case 'unknown-key':
        return { message: `${p.where ? `${p.where}: ` : ''}ukjend nøkkel \`${p.key}\``, expected: p.known.length ? `ein av ${p.known.join(', ')}` : undefined, hint: didYouMean(p.near, schemaHint) };
    }
  },
  'template-fallback': (p) => ({
    message: `${p.name} har ikkje noko oppsett for ${p.role}-lysbilete: dei brukar «${p.layout}» (oppsettet for ${p.via})`,
    hint: `for å bruke eit anna, gje det opp i ${p.sidecar}: \`layouts: { ${p.key}: "…" }\``,
  }),
  'template-sidecar': (p) => ({
    message: `${p.name} har inga ${p.sidecar} ved sida av seg: ingen botntekst og ingen symbol; nettverksfargane er aksentfargane 1–4 i malen`,
    hint: 'legg til fila med `footer:`, `networks:` og `symbols:` (sjå README, «Your own PowerPoint template»)',
  }),
};

// —— kommandolina ————————————————————————————————————————————————————————————

/** «, 2 åtvaringar» etter dei andre tala i ei statusline; ingenting for ingen */
const warnings = (n: number, before = '') => (n ? `${before}${n} ${n === 1 ? 'åtvaring' : 'åtvaringar'}` : '');
const decks = (n: number) => `${n} ${n === 1 ? 'presentasjon' : 'presentasjonar'}`;

const cli: Catalogue['cli'] = {
  error: 'feil',
  warning: 'åtvaring',
  expected: 'venta',
  hint: 'tips',
  includedFrom: (p) => `teken med frå ${p.where}`,

  built: (p) => `✓ ${p.deck} → ${p.out} (${slides(p.slides)}, ${p.kb} KB, ${p.ms} ms${warnings(p.warnings, ', ')})`,
  checked: (p) => `✓ ${p.deck}: ${slides(p.slides)}${warnings(p.warnings, ', ')}`,
  failed: (p) => `✗ ${p.deck}: ${p.errors} feil${warnings(p.warnings, ', ')}; ingenting skrive`,
  'cannot-write': (p) => `✗ ${p.deck}: kan ikkje skrive ${p.out}: ${p.folder ? 'det er ei mappe' : p.text}\n  tips: vel ei anna mappe med --out`,
  'all-built': (p) => `${decks(p.decks)} ${p.check ? 'sjekka' : 'bygde'}`,
  'some-failed': (p) => `${p.failed} av ${decks(p.decks)} feila`,
  crashed: (p) => `✗ ${p.deck}: samling feila på denne presentasjonen: ${p.text}\n  tips: meld gjerne frå om dette, og send med presentasjonen`,
  clash: (p) => `✗ ${p.decks.join(' og ')} ville ${p.decks.length === 2 ? 'begge' : 'alle'} ha vorte skrivne til ${p.out}; ingen av dei vart bygde\n  tips: gje ein av presentasjonane eit anna namn: resultatet får namnet til presentasjonsfila`,
  'no-decks': (p) => `ingen presentasjonar (*.md) i ${p.paths.join(', ')}`,
  'out-one-file': (p) => `--out ${p.out} er namnet på éi fil, men det er ${p.decks} presentasjonar\n  tips: gje opp ei mappe (\`--out out\`), eller bygg éin presentasjon`,
  'pool-started': (p) => `  byggjer ${p.decks} presentasjonar her og i ${p.threads} ${p.threads === 1 ? 'arbeidstråd' : 'arbeidstrådar'}`,
  'progress-decks': (p) => `${p.done} av ${p.total} presentasjonar`,
  'pdf-written': (p) => `✓ ${p.deck} → ${p.slides} og ${p.notes}`,
  'pdf-failed': (p) => `✗ ${p.deck}: LibreOffice fekk ikkje gjort presentasjonen om til PDF${p.stopped ? ' (det stoppa med ein feil)' : ''}; .pptx-fila er skriven, PDF-filene er det ikkje\n  tips: opne ${p.pptx} i LibreOffice eller PowerPoint og eksporter han som PDF`,
  'pdf-install': 'PDF-filene vert teikna av LibreOffice: apt-get install libreoffice-impress (macOS: brew install --cask libreoffice)',
  'preview-install': 'førehandsvisinga teiknar lysbileta med LibreOffice: apt-get install libreoffice-impress poppler-utils (macOS: brew install --cask libreoffice; brew install poppler)',
  'png-written': (p) => `✓ ${p.pptx} → ${p.dir}/ (${p.n} PNG-bilete)`,
  partials: (p) => `  partialar: ${p.list}`,
  'own-library': 'det eigne biblioteket til samling',
  read: (p) => (p.files.length ? `  las òg: ${p.files.join(', ')}` : '  las ingen andre filer'),
  'new-written': (p) => `✓ ${p.file}: rediger han, og køyr så \`npx samling watch ${p.file} --preview\``,
  'init-written': (p) => `✓ ${p.folder}: eit samling-prosjekt (${p.n} filer skrivne)`,
  'init-kept': (p) => `  late vere som dei var (samling init skriv aldri over noko): ${p.files.join(', ')}`,
  'init-next': 'Neste steg:',
  'init-build': (p) => `bygg ${p.deck} til out/ (.pptx og PDF)`,
  'init-watch': 'bygg på nytt kvar gong du lagrar; lysbileta i nettlesaren',
  'watch-built': (p) => {
    const notes = [p.recovered ? 'i orden att' : '', p.fallback ? `resultatet for ${p.fallback.deck} er ope ein annan stad: skreiv ${p.fallback.wrote}` : '', warnings(p.warnings)].filter(Boolean);
    return `✓ ${p.deck} → ${p.out}  ${slides(p.slides)}  ${p.ms} ms${notes.length ? `  (${notes.join(', ')})` : ''}`;
  },
  'watch-failed': (p) => `✗ ${p.deck}: ${p.errors} feil; den siste gode .pptx-fila står som ho var; følgjer med vidare`,
  'watch-deleted': (p) => `– ${p.deck} vart sletta; ${p.out} vert liggjande`,
  'watch-ready': (p) => `følgjer med på ${decks(p.decks)} i ${p.paths.join(', ')} (Ctrl-C for å stoppe)`,
  'watch-preview': (p) => `førehandsvising: ${p.url}${p.install ? `  (${p.install})` : ''}`,
  'watch-stopped': 'stoppa',
  'preview-failed': (p) => `førehandsvisinga fekk ikkje teikna ${p.deck}: ${p.text}`,
  'preview-of': (p) => `førehandsvisinga av ${p.deck}: ${p.text}`,
  'watch-gone': (p) => `${p.root} er borte; følgjer med til ho kjem attende`,
  'ask-title': 'Tittel (tittelen på presentasjonen, t.d. Nettverk omdøme – tredje samling): ',
  'ask-network': 'Nettverks-id (frå decks/_data/networks.yaml, tomt for ingen): ',
  'ask-dates': 'Datoar (ÅÅÅÅ-MM-DD, komma mellom dagane): ',
  'ask-venue': 'Stad: ',

  'usage-unknown-command': (p) => `ukjend kommando \`${p.command}\` (kommandoane er init, new, build, watch, preview, check, components, schema, theme)`,
  'usage-unknown-option': (p) => `ukjend val \`${p.option}\``,
  'usage-no-help': (p) => `det finst ingen kommando \`${p.command}\``,
  'usage-needs-value': (p) => `${p.option} treng ein verdi`,
  'usage-needs-folder': (p) => `${p.option} treng ei mappe`,
  'usage-twice': (p) => `${p.option} er gjeve to gonger (\`${p.first}\` og \`${p.second}\`)`,
  'usage-lang': '--lang treng nb (bokmål), nn (nynorsk) eller en (engelsk)',
  'usage-gathering': '--gathering treng eit heiltal frå 1 og oppover (kva samling dette er)',
  'usage-port': '--port treng eit portnummer (0 vel ein ledig port)',
  'usage-theme': '--theme treng namnet på eit tema eller ein mal, som `--theme krd` eller `--theme maler/DEPMAL.potx`',
  'usage-theme-command': (p) => `--theme høyrer til build, watch, preview og check, ikkje \`samling ${p.command}\``,
  'usage-init': 'samling init tek éi mappe (standard: denne mappa)',
  'usage-new': 'samling new treng eitt namn på ein presentasjon, som `samling new 2014-04-omdomme-samling-3`',
  'usage-theme-check': 'samling theme check treng éin mal: `samling theme check maler/DEPMAL.potx`',
  'usage-components': 'samling components tek høgst eitt namn, som `samling components network-map`',
  'usage-schema': 'samling schema tek ingen stiar: `samling schema --out schemas`',
  'usage-no-path': (p) => `fann inga fil eller mappe ${p.path}`,
  'usage-init-file': (p) => `${p.folder} er ei fil, ikkje ei mappe`,
  'usage-slug': (p) => `namnet \`${p.slug}\` skal berre ha små bokstavar, siffer og bindestrekar, som 2014-04-omdomme-samling-3`,
  'usage-deck-exists': (p) => `${p.file} finst frå før; samling new skriv aldri over ein presentasjon`,
  'usage-date': (p) => `\`${p.date}\` er ikkje ein dato som ÅÅÅÅ-MM-DD${p.iso ? ` (meinte du ${p.iso}?)` : ''}`,
  'usage-no-networks': (p) => `--network ${p.id}: det finst inga ${p.file} å slå det opp i (\`samling init\` lagar ei)`,
  'usage-network': (p) => `ukjend nettverk \`${p.id}\` i ${p.file}${p.near ? ` – meinte du \`${p.near}\`?` : ` (dei som finst: ${p.ids.join(', ')})`}`,
  'usage-component': (p) => `det finst ikkje noko oppsett, nokon komponent eller nokon partial i biblioteket som heiter \`${p.name}\`${p.near ? `; meinte du \`${p.near}\`?` : ''} (\`samling components\` viser alle)`,
  'no-such-file': (p) => `fann ikkje fila ${p.file}`,
};

// —— samling --help ——————————————————————————————————————————————————————————

const THEME_OPTION = 'bygg med dette temaet eller denne malen (som maler/DEPMAL.potx), kva presentasjonane og samling.yaml enn seier';

const help: Catalogue['help'] = {
  title: 'samling — Markdown-presentasjonar → redigerbar PowerPoint med rett profil',
  usage: 'Bruk',
  overviewUsage: 'samling <kommando> [val]   (i ei prosjektmappe: npx samling …)',
  commands: 'Kommandoar',
  options: 'Val',
  examples: 'Døme',
  more: 'samling <kommando> --help viser vala og døme for ein kommando.',
  version: 'samling --version skriv ut versjonen.',
  exit: 'Avslutningsstatus: 0 gjekk bra, 1 ein presentasjon har feil, 2 feil bruk.',
  common: {
    '-q, --quiet': 'skriv berre ut feil og åtvaringar',
    '--verbose': 'skriv òg ut filene kvar presentasjon las',
    '--color, --no-color': 'fargar i meldingane (standard: i ein terminal; FORCE_COLOR og NO_COLOR vert følgde)',
    '-h, --help': 'denne hjelpa',
  },
  init: {
    summary: 'start eit prosjekt: decks/ med ein dømepresentasjon, det felles biblioteket, nettverksdata, samling.yaml',
    usage: 'samling init [mappe]',
    options: {},
    examples: ['gjer denne mappa til eit samling-prosjekt (skriv aldri over ei fil)', 'lag ei ny mappe til prosjektet'],
  },
  new: {
    summary: 'start decks/<namn>.md frå biblioteket (spør om det som manglar, i ein terminal)',
    usage: 'samling new <namn> [val]',
    options: {
      '--network ID': 'nettverket, ein id i decks/_data/networks.yaml',
      '--dates D1,D2': 'dagane i samlinga, ÅÅÅÅ-MM-DD (eller --date D, éin gong per dag)',
      '--lang nb|nn|en': 'språket i presentasjonen (standard nb)',
      '--gathering N': 'kva samling dette er: 1, 2, 3 …',
      '--venue TEXT': 'kvar samlinga er',
      '--title TEXT': 'tittelen på presentasjonen',
    },
    examples: [''],
  },
  build: {
    summary: 'bygg presentasjonar til .pptx (og PDF)',
    usage: 'samling build [presentasjonar eller mapper …] [val]',
    options: {
      '-o, --out DIR': 'kvar .pptx-filene hamnar (standard out); eit namn som sluttar på .pptx, skriv den fila (éin presentasjon)',
      '--pdf': 'òg <presentasjon>.pdf og <presentasjon>-notater.pdf (éi notatside per lysbilete), teikna av LibreOffice',
      '-w, --watch': 'bygg på nytt kvar gong du lagrar (= samling watch)',
      '--theme NAME|FILE': THEME_OPTION,
    },
    examples: ['kvar presentasjon i decks/ til out/', 'éin presentasjon, med PDF-filene', 'éin presentasjon til ei fil du vel sjølv', 'kvar presentasjon på malen til organisasjonen, for å prøve han'],
  },
  watch: {
    summary: 'bygg, og bygg så på nytt dei presentasjonane ei endring rører ved',
    usage: 'samling watch [presentasjonar eller mapper …] [val]',
    options: {
      '-o, --out DIR': 'kvar .pptx-filene hamnar (standard out)',
      '--preview': 'vis ei side med lysbileta slik LibreOffice teiknar dei',
      '--port N': 'porten til førehandsvisinga (standard 4010; 0 vel ein ledig port)',
      '--theme NAME|FILE': THEME_OPTION,
    },
    examples: ['opne adressa han skriv ut; kvar lagring teiknar lysbileta på nytt'],
  },
  preview: {
    summary: 'førehandsvisinga (= watch --preview), eller lysbileta som PNG-filer',
    usage: 'samling preview [presentasjonar eller mapper …] [val]',
    options: {
      '--port N': 'porten til sida (standard 4010)',
      '--png DIR': 'skriv lysbileta i kvar presentasjon som PNG-filer til DIR, og stopp',
      '--theme NAME|FILE': THEME_OPTION,
    },
    examples: ['sida, for kvar presentasjon', 'bilder/a/1.png, 2.png … (eitt bilete per lysbilete)'],
  },
  check: {
    summary: 'sjekk presentasjonar og meld frå om kvart problem; skriv ingenting',
    usage: 'samling check [presentasjonar eller mapper …] [val]',
    options: { '--theme NAME|FILE': THEME_OPTION },
    examples: ['kvar presentasjon i decks/'],
  },
  components: {
    summary: 'vis oppsetta, komponentane og partialane i biblioteket, med syntaks, val og parametrar',
    usage: 'samling components [namn]',
    options: {},
    examples: ['kvart oppsett og kvar komponent med eit døme og vala, så partialane i biblioteket', 'éin av dei', 'ein partial i biblioteket og parametrane han tek'],
  },
  theme: {
    summary: 'sjekk PowerPoint-malen til ein organisasjon før presentasjonane brukar han',
    usage: 'samling theme check <mal.potx>',
    options: {},
    examples: ['kva oppsett som vert brukt til kvar rolle, fargane, skriftene og storleikane han fann, og kva som manglar', 'deretter, i samling.yaml eller i front-matter i ein presentasjon: bygg på han'],
  },
};

export const nn: Catalogue = { diagnostics, schema, cli, help };
