import { explain } from '../schema-errors.js';
import type { Catalogue } from './index.js';
import { codes, decimal, quoted } from './shared.js';
import type { BlockKind, EmptyPlaceholder, FontReason, HelperProblem, Measure, SchemaIssue, TemplateFaultKind, Text, TextPart, YamlProblem } from './types.js';

/**
 * samlings meldinger på bokmål. Samme koder og verdier som en.ts (typen
 * kommer derfra); hver tekst skrevet hel, slik en nordmann skriver den.
 * Tekniske navn (`layout:`, `{{> nettverkskart}}`, filstier) står som de er.
 */

// —— ord som flere meldinger deler ——————————————————————————————————————————

const ALIAS_HINT = 'skriv verdiene helt ut: samling godtar et YAML-alias (`*navn`) bare for en verdi som er definert før det, ikke inni den, og bare noen få nivåer dypt';

/** YAML-leserens egne feil, etter koden dens; andre står på engelsk, slik leseren skrev dem */
const YAML_CODES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'en verdi med `:` i seg må stå i anførselstegn (YAML leser den som en ny nøkkel inni verdien)',
  MULTILINE_IMPLICIT_KEY: 'en nøkkel kan ikke gå over flere linjer; kanskje mangler et `:` eller et anførselstegn på linjen over',
  DUPLICATE_KEY: 'den samme nøkkelen står to ganger',
  BAD_INDENT: 'innrykket stemmer ikke med linjene rundt',
  TAB_AS_INDENT: 'innrykket er gjort med tabulator; YAML vil ha mellomrom',
  MISSING_CHAR: 'et tegn mangler: et anførselstegn, en `]` eller en `}` er ikke lukket',
  UNEXPECTED_TOKEN: 'her står et tegn YAML ikke venter',
  BAD_SCALAR_START: 'en verdi kan ikke begynne med dette tegnet uten anførselstegn rundt seg',
  BLOCK_IN_FLOW: 'en liste eller nøkkel over flere linjer kan ikke stå inni `[ … ]` eller `{ … }`',
  BAD_DQ_ESCAPE: 'en `\\` i anførselstegn må følges av et gyldig tegn (skriv `\\\\` for en omvendt skråstrek)',
};

function yaml(p: YamlProblem): string {
  switch (p.kind) {
    case 'syntax':
      return YAML_CODES[p.code] ?? `YAML-leseren sier: «${p.text}»`;
    case 'alias-count':
      return `aliasene (\`*navn\`) vokser til mer enn ${p.max} verdier, som en «billion laughs»`;
    case 'alias-missing':
      return `aliaset \`*${p.alias}\` viser ikke til noe anker \`&${p.alias}\` foran seg`;
    case 'alias-inside':
      return `aliaset \`*${p.alias}\` står inni verdien det viser til: verdien ville inneholde seg selv`;
    case 'alias-other':
      return `YAML-leseren sier: «${p.text}»`;
  }
}

const yamlHint = (p: YamlProblem, otherwise?: string) => (p.kind === 'syntax' ? otherwise : ALIAS_HINT);

/** «denne tabellen», «denne kodeblokken» */
const THIS: Record<BlockKind, string> = { heading: 'denne overskriften', paragraph: 'dette avsnittet', list: 'denne listen', table: 'denne tabellen', image: 'dette bildet', quote: 'dette sitatet', code: 'denne kodeblokken' };
/** «en tabell» */
const A: Record<BlockKind, string> = { heading: 'en overskrift', paragraph: 'et avsnitt', list: 'en liste', table: 'en tabell', image: 'et bilde', quote: 'et sitat', code: 'en kodeblokk' };
/** «denne andre tabellen» */
const THIS_SECOND: Record<BlockKind, string> = { heading: 'denne andre overskriften', paragraph: 'dette andre avsnittet', list: 'denne andre listen', table: 'denne andre tabellen', image: 'dette andre bildet', quote: 'dette andre sitatet', code: 'denne andre kodeblokken' };

const didYouMean = (near: string | undefined, otherwise?: string) => (near ? `mente du \`${near}\`?` : otherwise);

/** «1 lysbilde», «3 lysbilder» */
const slides = (n: number) => `${n} ${n === 1 ? 'lysbilde' : 'lysbilder'}`;

/** tall med tusenskille som nordmenn skriver dem: «200 000» */
const thousands = (n: number) => n.toLocaleString('nb-NO');

function helperProblem(p: HelperProblem): string {
  switch (p.kind) {
    case 'needs-date':
      return p.got === undefined ? 'trenger en dato som ÅÅÅÅ-MM-DD, men fikk ingenting' : `trenger en dato som ÅÅÅÅ-MM-DD, men fikk ${p.got}`;
    case 'not-a-date':
      return `«${p.value}» er ikke en dato som ÅÅÅÅ-MM-DD`;
    case 'not-dates':
      return `«${p.values}» er ikke datoer som ÅÅÅÅ-MM-DD`;
    case 'no-dates':
      return 'fikk ingen datoer';
    case 'not-a-time':
      return `«${p.value}» er ikke et klokkeslett som 10:00, 10.00 eller 1000`;
    case 'needs-whole-number':
      return `trenger et heltall fra 1 og oppover, men fikk ${p.got}`;
    case 'no-networks':
      return 'fant ingen nettverk: decks/_data/networks.yaml mangler eller er tom';
    case 'not-a-theme':
      return `«${p.theme}» er ikke et nettverkstema; networks.yaml har ${p.themes.join(', ')}`;
    case 'no-pulje':
      return `ingen nettverk har pulje «${p.pulje}»${p.theme ? ` og tema ${p.theme}` : ''}; networks.yaml har pulje ${p.puljer.join(', ')}`;
    case 'other':
      return `(på engelsk) ${p.text}`;
  }
}

/** «teksten får ikke plass» */
function textPart(p: TextPart): string {
  switch (p.kind) {
    case 'text':
      return 'teksten';
    case 'title':
      return 'tittelen';
    case 'quote':
      return 'sitatet';
    case 'survey-address':
      return 'adressen til skjemaet';
    case 'bio':
      return `omtalen av ${p.name}`;
  }
}

const PLACEHOLDER: Record<string, string> = { body: 'tekst', obj: 'innhold', pic: 'bilde', tbl: 'tabell', chart: 'diagram', media: 'medier' };

function emptyPlaceholder(p: EmptyPlaceholder): string {
  switch (p.kind) {
    case 'title':
      return `tittelen («${p.layout}» har en; skriv en linje \`# Tittel\`)`;
    case 'subtitle':
      return 'undertittelen (en linje `## …`)';
    case 'content':
      return `plassholder ${p.n} av ${p.of} (${PLACEHOLDER[p.type] ?? p.type})`;
  }
}

const CHART: Record<string, string> = { bar: 'stolpediagram', 'stacked-bar': 'stablet stolpediagram', line: 'linjediagram', pie: 'sektordiagram', doughnut: 'smultringdiagram' };
const chart = (kind: string) => CHART[kind] ?? `${kind}-diagram`;

const THEME_OUTSIDE_HINT = 'kopier temamappen inn i themes/ i stedet for å lenke til den';

const MEASURE: Record<Measure, string> = {
  'text-size': 'en tekststørrelse',
  position: 'en posisjon',
  'slide-side': 'bredden eller høyden på et lysbilde (PowerPoints grenser)',
  'line-spacing': 'linjeavstanden (ganger enkel linjeavstand)',
  'paragraph-gap': 'avstanden før et avsnitt (ganger skriftstørrelsen)',
};

/** «2 pt», «0,5 tommer», «3» (en faktor) */
const unit = (u: string) => (u.trim() === 'in' ? ' tommer' : u);

function fontReason(r: FontReason): string {
  switch (r.kind) {
    case 'no-family':
      return 'den har ikke noe familienavn';
    case 'no-fontconfig':
      return 'fc-match (fontconfig) er ikke installert';
    case 'fontconfig-failed':
      return 'fc-match feilet';
    case 'no-font':
      return 'fontconfig finner ingen skrift';
    case 'resolves':
      return `fontconfig gir ${r.to} i stedet`;
    case 'face-missing':
      return `${r.family} ${r.style} er ikke installert`;
    case 'variable':
      return `${r.file} er en instans av en variabel skrift`;
    case 'unreadable':
      return `${r.file} kan ikke leses: ${r.text}`;
  }
}

const TEMPLATE_EXPECTED = 'en PowerPoint-mal (.potx) eller -presentasjon (.pptx) lagret av PowerPoint eller LibreOffice';

/** samlings roller slik PowerPoint kaller oppsettene på norsk */
const ROLE_LABEL: Record<string, string> = { title: 'tittellysbilde', content: 'tittel og innhold', text: 'tittel og tekst', twoColumn: 'to innholdsdeler', image: 'bilde med tekst', fullImage: 'tomt', chart: 'diagram', section: 'inndelingsoverskrift', quote: 'sitat', blank: 'bare tittel' };

function templateFault(f: TemplateFaultKind): Text {
  switch (f.kind) {
    case 'password':
      return { message: `${f.file} er passordbeskyttet (eller en gammel .pot/.ppt-fil)`, expected: TEMPLATE_EXPECTED, hint: 'åpne den i PowerPoint, fjern passordet (Fil → Informasjon → Beskytt presentasjon) eller lagre den som .potx, og bruk den kopien' };
    case 'not-zip':
      return { message: `${f.file} er ikke en PowerPoint-fil (den er ingen zip-pakke)`, expected: TEMPLATE_EXPECTED, hint: 'lagre malen på nytt fra PowerPoint som «PowerPoint-mal (*.potx)»' };
    case 'not-presentation':
      return { message: `${f.file} er ${f.is === 'word' ? 'et Word-dokument' : f.is === 'excel' ? 'en Excel-arbeidsbok' : 'ingen presentasjon'}, ikke en PowerPoint-mal`, expected: TEMPLATE_EXPECTED, hint: 'lagre malen fra PowerPoint som «PowerPoint-mal (*.potx)»' };
    case 'missing-part':
      return { message: `${f.from.kind === 'master' ? `lysbildemal ${f.from.n} i malen` : f.from.kind === 'package' ? 'pakken' : 'presentasjonsdelen i malen'} viser til ${f.part}, som ikke finnes i filen`, expected: 'en mal der alle delene er med', hint: 'åpne og lagre malen i PowerPoint, som reparerer eller melder fra om delene som mangler' };
    case 'no-master':
      return { message: 'malen har ingen lysbildemal', expected: 'en mal med en lysbildemal og oppsettene dens', hint: 'lagre den på nytt fra PowerPoint (Visning → Lysbildemal viser hva den har)' };
    case 'master-no-theme':
      return { message: `lysbildemal ${f.n} i malen har ikke noe tema`, expected: 'en lysbildemal med sitt tema (farger og skrifter)', hint: 'lagre malen på nytt fra PowerPoint' };
    case 'unreadable':
      return { message: `kan ikke leses som en PowerPoint-mal (${f.text})`, expected: 'en .potx eller .pptx lagret av PowerPoint eller LibreOffice', hint: 'åpne filen i PowerPoint og lagre den på nytt som mal' };
    case 'senseless':
      return { message: `størrelsene eller boksene i den gir ikke mening for samling (${f.issues.map((i) => `${i.path}: ${issue(i.issue)}`).join('; ')})`, expected: 'en mal der plassholderne ligger på lysbildet', hint: 'se over oppsettene under Visning → Lysbildemal' };
    case 'no-named-layout':
      return { message: `malen har ikke noe oppsett som heter «${f.named}» (for ${f.role})`, expected: `ett av oppsettene i den: ${quoted(f.layouts)}`, hint: 'navnene er slik PowerPoint viser dem under Hjem → Oppsett' };
    case 'no-role-layout':
      return {
        message: `malen har ikke noe oppsett for ${ROLE_LABEL[f.role] ?? f.role}`,
        expected: `et oppsett med ${f.role === 'title' ? 'en plassholder for tittel (ctrTitle), som PowerPoints «Tittellysbilde»' : 'en tittel og én plassholder for innhold, som PowerPoints «Tittel og innhold»'}`,
        hint: `legg til et i PowerPoint (Visning → Lysbildemal), eller navngi et i malens .samling.yaml: \`layouts: { ${f.role}: "…" }\``,
      };
  }
}

const ORDINALS = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende'];

/** zods egne typer, som substantiv: «et tall» */
const TYPES: Record<string, string> = {
  string: 'en tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: '`true` eller `false`',
  array: 'en liste',
  tuple: 'en liste',
  object: 'nøkler med verdier (`nøkkel: verdi`)',
  record: 'nøkler med verdier (`nøkkel: verdi`)',
  date: 'en dato',
  null: 'ingenting (`null`)',
};

function zodIssue(i: SchemaIssue): string {
  const n = (v: number | bigint | undefined) => decimal(String(v));
  switch (i.code) {
    case 'invalid_type':
      return TYPES[i.expected ?? ''] ?? `en verdi av typen ${i.expected}`;
    case 'too_small':
      if (i.origin === 'number' || i.origin === 'int') return i.inclusive ? `et tall fra og med ${n(i.minimum)}` : `et tall større enn ${n(i.minimum)}`;
      if (i.origin === 'string') return `minst ${n(i.minimum)} tegn`;
      return `minst ${n(i.minimum)} ${i.minimum === 1 ? 'element' : 'elementer'}`;
    case 'too_big':
      if (i.origin === 'number' || i.origin === 'int') return i.inclusive ? `et tall til og med ${n(i.maximum)}` : `et tall mindre enn ${n(i.maximum)}`;
      if (i.origin === 'string') return `høyst ${n(i.maximum)} tegn`;
      return `høyst ${n(i.maximum)} ${i.maximum === 1 ? 'element' : 'elementer'}`;
    case 'invalid_value':
      return `en av ${codes((i.values ?? []).map(String))}`;
    case 'invalid_format':
      return 'tekst på riktig form';
    case 'invalid_union':
      return 'en verdi av riktig slag';
    case 'not_multiple_of':
      return 'et tall som går opp i riktig steg';
    default:
      return `(på engelsk) ${i.message}`;
  }
}

// —— forklaringer fra skjemaene ——————————————————————————————————————————————

const schema: Catalogue['schema'] = {
  date: () => 'en dato som ÅÅÅÅ-MM-DD',
  'date-example': () => 'en dato som ÅÅÅÅ-MM-DD, for eksempel 2013-10-01',
  'real-date': () => 'en dato som finnes i kalenderen',
  'theme-name': () => 'navnet på et tema',
  'theme-name-format': () => 'navnet på et tema (en mappe i themes/, som `krd`: bokstaver, sifre, - og _) eller en PowerPoint-mal i prosjektet (som `maler/DEPMAL.potx`)',
  'deck-lang': () => 'en av `nb` (bokmål), `nn` (nynorsk), `en` (engelsk)',
  title: () => 'en tittel (tekst)',
  'title-not-empty': () => 'en tittel som ikke er tom',
  gathering: () => 'et heltall: hvilken samling dette er (1, 2, 3 …)',
  'true-or-false': () => '`true` eller `false`',
  folder: (p) => `en mappe, relativt til prosjektet (som \`${p.like}\`)`,
  'messages-lang': () => 'en av `nb`, `nn`, `en`',
  'folder-list': () => 'en liste med mapper',
  port: () => 'et portnummer',
  'port-whole': () => 'et portnummer som er et heltall',
  'port-range': () => 'et portnummer fra 0 (en hvilken som helst ledig port) til 65535',
  preview: () => 'innstillinger for forhåndsvisningen, som `preview: { port: 4010 }`',
  settings: () => 'en liste med innstillinger `nøkkel: verdi`',
  'csv-name': () => 'navnet på en CSV-fil i decks/_data, uten mapper og uten .csv (som `evaluering-2013-10`)',
  number: () => 'et tall',
  'hex-colour': () => 'en farge som seks heksadesimale sifre, som "1B5A96"',
  'too-small': (p) => `${decimal(p.input)}${unit(p.unit)} er for lite: ${MEASURE[p.of]} er ${decimal(String(p.lo))}–${decimal(String(p.hi))}${unit(p.unit)}`,
  'too-big': (p) => `${decimal(p.input)}${unit(p.unit)} er for mye: ${MEASURE[p.of]} er ${decimal(String(p.lo))}–${decimal(String(p.hi))}${unit(p.unit)}`,
  'not-a-length': (p) => `${decimal(p.input)} tommer er ingen lengde: en bredde eller høyde er mer enn 0 tommer`,
  'length-too-big': (p) => `${decimal(p.input)} tommer er for mye: en bredde eller høyde er høyst ${p.max} tommer, PowerPoints største lysbilde`,
  'size-order': (p) => `min ${p.min} pt er større enn max ${p.max} pt: et størrelsesområde går fra min opp til max`,
  'comfortable-range': (p) => `comfortable ${p.comfortable} pt ligger utenfor området ${p.min}–${p.max} pt: den er en størrelse mellom min og max`,
  'metrics-path': () => 'stien til en metrikkfil, som `metrics/regular.json`',
  'metrics-absolute': (p) => `\`${p.input}\` er en absolutt sti: en metrikkfil er en sti inne i temamappen, som \`metrics/regular.json\``,
  'metrics-up': (p) => `\`${p.input}\` går opp og ut av temamappen med \`..\`: en metrikkfil er en sti inne i temamappen, som \`metrics/regular.json\``,
  'margin-negative': (p) => `${decimal(p.input)} tommer er under 0: en marg er 0 tommer eller mer`,
  'margin-too-big': (p) => `${decimal(p.input)} tommer er for mye: en marg er høyst ${p.max} tommer`,
  'off-slide': (p) =>
    `boksen ligger ikke på lysbildet: ${
      p.edge === 'left' ? `venstrekanten (x ${decimal(String(p.x))} tommer) er til venstre for lysbildet`
      : p.edge === 'top' ? `overkanten (y ${decimal(String(p.y))} tommer) er over lysbildet`
      : p.edge === 'right' ? `høyrekanten (x + w = ${decimal(String(p.right))} tommer) er til høyre for lysbildet (som er ${decimal(String(p.width))} tommer bredt)`
      : `underkanten (y + h = ${decimal(String(p.bottom))} tommer) er under lysbildet (som er ${decimal(String(p.height))} tommer høyt)`}`,
  'margins-wide': (p) => `margene til venstre og høyre (${decimal(String(p.left))} + ${decimal(String(p.right))} tommer) gir ikke plass til noe på et lysbilde som er ${decimal(String(p.width))} tommer bredt`,
  'margins-high': (p) => `margene øverst og nederst (${decimal(String(p.top))} + ${decimal(String(p.bottom))} tommer) gir ikke plass til noe på et lysbilde som er ${decimal(String(p.height))} tommer høyt`,
  'font-units': () => 'et helt antall skriftenheter',
  widths: () => 'et objekt med tegnkoder (0–65535) og bredder i hele skriftenheter, som `{ "65": 1366 }`',
  'line-height': () => 'ascender − descender + lineGap, linjehøyden, er større enn 0',
  'network-theme-id': () => 'en av `omdomme`, `sykefravaer`, `heltid-deltid`, `kompetanse`',
  'network-id': () => 'en nettverks-id: små bokstaver, sifre og -, som `omdomme-1`',
  'zod-issue': zodIssue,
};

const issue = (i: SchemaIssue) => explain(schema, i);

// —— meldingene, etter trinnet som gir dem ————————————————————————————————————

const diagnostics: Catalogue['diagnostics'] = {
  // innlesing: presentasjonsfilen
  'deck-too-big': (p) => ({
    message: `presentasjonsfilen er ${p.mb} MB`,
    expected: `en presentasjon på under ${p.maxMb} MB tekst (en lang presentasjon er omtrent 50 KB)`,
    hint: 'del den opp i flere presentasjoner; legg bilder i assets/ i stedet for i teksten',
  }),
  'line-too-long': (p) => ({
    message: `linje ${p.line} er ${thousands(p.length)} tegn lang`,
    expected: `linjer under ${thousands(p.max)} tegn`,
    hint: 'del teksten opp i linjer og lysbilder; et bilde hører hjemme i assets/, ikke i teksten',
  }),
  'outside-project': (p) => ({
    message: `\`${p.name}\` fører ut av prosjektet (den er en lenke, eller ligger i en lenket mappe)`,
    expected: 'en fil inne i prosjektet',
    hint: 'kopier filen hit, eller tillat mappen dens i samling.yaml (`allow: [../felles-bibliotek]`)',
  }),
  'csv-windows-1252': () => ({
    message: 'filen er ikke UTF-8: den er lest som Windows-1252, slik Excel lagrer «CSV (semikolonseparert)»',
    hint: 'sjekk at æ, ø og å ser riktige ut på lysbildene; i Excel får du bort denne advarselen med «Lagre som» → «CSV UTF-8 (kommadelt)»',
  }),
  'not-utf8': () => ({
    message: 'filen er ikke UTF-8-tekst',
    expected: 'en fil lagret som UTF-8',
    hint: 'lagre den på nytt som «UTF-8» i tekstbehandleren (Notisblokk: Lagre som → Koding: UTF-8)',
  }),
  'unreadable-file': (p) => ({
    message:
      p.why === 'loop' ? `\`${p.name}\` er en lenke som går i ring`
      : p.why === 'dangling' ? `\`${p.name}\` er en lenke til en fil som ikke finnes`
      : p.why === 'missing' ? `\`${p.name}\` finnes ikke`
      : `\`${p.name}\` kan ikke leses (${p.errno})`,
    expected: 'en tekstfil',
    hint: p.link ? 'la lenken peke på en fil som finnes, eller slett den' : 'sjekk filnavnet og tilgangsrettighetene',
  }),
  'not-a-file': (p) => ({
    message: `\`${p.name}\` er ${{ folder: 'en mappe', fifo: 'et navngitt rør (FIFO), ikke en fil', socket: 'en socket, ikke en fil', device: 'en enhet, ikke en fil' }[p.kind]}`,
    expected: 'en tekstfil',
    hint: 'gi den et annet navn, eller flytt den ut av mappen med presentasjoner',
  }),

  // innlesing: front-matter
  'front-matter-yaml': (p) => ({
    message: `front-matter er ikke gyldig YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem, 'en verdi med `:` eller `#` i seg trenger anførselstegn, som `venue: "Oslo: Clarion"`'),
  }),
  'front-matter-missing': () => ({
    message: 'presentasjonen har ingen front-matter',
    expected: 'en første linje `---`, så `title: …` og de andre nøklene, så `---`',
  }),
  'front-matter-too-many-keys': (p) => ({
    message: `front-matter har ${p.keys} nøkler`,
    expected: `høyst ${p.max} nøkler (en presentasjon har omtrent ti)`,
    hint: 'legg data i decks/_data/*.yaml og les dem som `{{data.<fil>.…}}`',
  }),
  'front-matter-not-mapping': () => ({
    message: 'front-matter er ikke en liste med linjer `nøkkel: verdi`',
    expected: 'YAML-nøkler, som `title: Nettverk omdømme – andre samling`',
  }),
  'front-matter-near-miss': (p) => ({
    message: `den ukjente front-matter-nøkkelen \`${p.key}\` brukes bare som malvariabel`,
    hint: `mente du \`${p.near}\`?`,
  }),
  'front-matter-schema': (p) =>
    p.kind === 'missing' ? { message: `front-matter mangler \`${p.key}\``, expected: issue(p.issue), hint: `legg til en linje \`${p.key}: …\` mellom linjene \`---\` øverst` }
    : p.kind === 'value' ? { message: `front-matter \`${p.key}\` kan ikke være ${p.got}`, expected: issue(p.issue) }
    : {
        message: `front-matter \`${p.key}\`: ${p.nth === 0 ? 'datoen' : `den ${ORDINALS[p.nth - 1] ?? `${p.nth}.`} datoen`}, \`${p.shown}\`, er ${p.problem === 'format' ? 'ikke en dato som ÅÅÅÅ-MM-DD' : 'ikke en dato som finnes i kalenderen'}`,
        expected: 'en dato som ÅÅÅÅ-MM-DD, for eksempel 2013-10-01',
        hint: p.iso ? `mente du ${p.iso}?` : undefined,
      },
  'front-matter-dates-order': (p) => ({
    message: `datoene står ikke i rekkefølge: ${p.date} kommer etter ${p.before}`,
    expected: 'dagene i samlingen, den tidligste først, hver én gang',
    hint: `skriv \`dates: [${p.sorted.join(', ')}]\``,
  }),
  'placeholder-left': (p) =>
    p.kind === 'venue'
      ? { message: `stedet er fortsatt plassholderen \`${p.venue}\``, hint: 'skriv hvor samlingen er, som `venue: Scandic Hotel Bodø`' }
      : { message: `tittelen er fortsatt filnavnet (\`${p.title}\`)`, hint: 'skriv tittelen deltakerne skal se, som `title: Nettverk kompetanse nord – første samling`' },

  // innlesing: samling.yaml
  'config-yaml': (p) => ({
    message: `samling.yaml er ikke gyldig YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem),
  }),
  'config-schema': (p) =>
    p.kind === 'unknown'
      ? { message: `samling.yaml har en ukjent nøkkel \`${p.key}\``, expected: `en av ${codes(p.valid)}`, hint: didYouMean(p.near, 'avsnittet «Project configuration» i README viser alle innstillingene') }
      : { message: p.key ? `\`${p.key}\` i samling.yaml kan ikke være ${p.got}` : `samling.yaml kan ikke være ${p.got}`, expected: issue(p.issue) },
  'config-allow': (p) => ({
    message: `\`${p.folder}\` inneholder selve prosjektet${p.home ? ' eller hjemmemappen din' : ''}: presentasjonene kunne da lese hvilken som helst fil i den`,
    expected: 'en felles mappe ved siden av prosjektet, som `../felles-bilder`',
    hint: 'oppgi mappen som inneholder de felles filene, ikke en mappe over den',
  }),
  'config-absolute': (p) => ({
    message: `\`${p.folder}\` er en absolutt sti: prosjektet kan ikke bygges på en annen maskin`,
    hint: 'skriv den relativt til prosjektet, som `../felles-bilder`',
  }),

  // byggingen
  'unknown-symbol': (p) =>
    p.kind === 'template-has-none'
      ? { message: `symbolet \`${p.symbol}\` blir utelatt: ${p.theme} har ingen symboler`, hint: 'symbolene tegnes fra malens .samling.yaml (`symbols:`), slik som fra symbols.yaml i en temamappe' }
      : { message: `ukjent symbol \`${p.symbol}\``, expected: `ett av ${codes(p.names)}`, hint: didYouMean(p.near) },
  'unknown-network': (p) => ({
    message: `ukjent nettverk \`${p.id}\``,
    expected: p.ids.length ? `en id fra ${p.file}: ${codes(p.ids)}` : `en id fra ${p.file} (den filen finnes ikke)`,
    hint: didYouMean(p.near, `legg nettverket til i ${p.file}`),
  }),
  'too-many-slides': (p) => ({
    message: `presentasjonen blir ${slides(p.slides)}; samling skriver høyst ${p.max}`,
    hint: 'del den opp i flere presentasjoner',
  }),
  'too-much-media': (p) => ({
    message: `bildene i presentasjonen er til sammen ${p.mb} MB; samling skriver høyst ${p.maxMb} MB`,
    hint: 'skaler bildene ned: et lysbilde trenger omtrent 2000 piksler i bredden',
  }),

  // lysbilder, direktiver, notater, Markdown
  'unclosed-directive': () => ({
    message: 'direktivkommentaren er ikke lukket',
    expected: '`-->` på slutten av kommentaren',
    hint: 'skriv direktiver som `<!-- layout: chart -->`',
  }),
  'unclosed-notes': () => ({
    message: 'foredragsnotatene er ikke lukket',
    expected: 'en linje `:::` etter notatene',
    hint: 'notatene går fra `::: notes` til en linje med bare `:::`',
  }),
  'rule-ignored': (p) => ({
    message: `denne linjen (\`${p.markup}\`) tegner ingenting og starter ikke noe nytt lysbilde`,
    hint: 'et nytt lysbilde starter ved en linje som er nøyaktig `---`; vil du beholde teksten, fjerner du linjen',
  }),
  'list-item-ignored': (p) => {
    const what = p.block === 'code' ? 'denne kodeblokken' : p.block === 'quote' ? 'denne sitatblokken' : THIS[p.block];
    const it = p.block === 'code' ? 'kodeblokken' : p.block === 'quote' ? 'sitatblokken' : THIS[p.block].replace(/^\S+ /, '');
    return { message: `${what} inni et listepunkt blir utelatt`, hint: `et listepunkt rommer tekst og underpunkter: flytt ${it} ut av listen (uten innrykk, med en tom linje foran)` };
  },
  'ragged-table': (p) => ({
    message: `denne tabellraden har ${p.got} ${p.got === 1 ? 'celle' : 'celler'}, overskriftsraden har ${p.want}`,
    expected: `${p.want} ${p.want === 1 ? 'celle' : 'celler'}, skilt med \`|\``,
    hint: p.got > p.want ? 'en celle med `|` i teksten trenger `\\|`' : 'legg til cellene som mangler (de kan være tomme: `| |`)',
  }),
  'table-too-wide': (p) => ({
    message: `denne tabellen har ${p.columns} kolonner; et lysbilde kan vise høyst ${p.max}`,
    expected: `høyst ${p.max} kolonner`,
    hint: 'del tabellen over flere lysbilder, eller snu den (rader i stedet for kolonner)',
  }),
  'empty-slide': () => ({
    message: 'dette lysbildet er tomt',
    expected: 'en overskrift, tekst eller et direktiv som `<!-- layout: title -->` mellom to linjer `---`',
    hint: 'fjern en av de to linjene `---`, eller skriv noe på lysbildet',
  }),
  'empty-deck': () => ({
    message: 'presentasjonen har ingen lysbilder',
    expected: 'Markdown etter front-matter',
    hint: 'begynn med `<!-- layout: title -->` for et tittellysbilde laget av front-matter',
  }),
  'directive-yaml': (p) => ({
    message: `direktivet er ikke gyldig YAML: ${yaml(p.problem)}`,
    expected: 'par av `nøkkel: verdi`, som `<!-- layout: chart -->`',
    hint: yamlHint(p.problem, 'sett flere nøkler på hver sin linje inni kommentaren'),
  }),
  'directive-not-mapping': (p) =>
    p.first
      ? { message: 'kommentaren øverst på lysbildet er ikke et direktiv', expected: '`nøkkel: verdi`, som `<!-- layout: chart -->`', hint: 'en kommentar som ikke er et direktiv, kan ikke stå først på et lysbilde: flytt den ned under overskriften' }
      : { message: 'denne kommentaren blant direktivene er ikke `nøkkel: verdi` og blir oversett', expected: '`nøkkel: verdi`, som `<!-- chart: pie -->`', hint: 'en merknad hører hjemme under overskriften (eller i `::: notes`); et direktiv trenger et kolon etter nøkkelen' },
  'directive-twice': (p) => ({
    message: `\`${p.key}\` er satt to ganger øverst på dette lysbildet: \`${p.key}: ${p.value}\` her erstatter \`${p.before}\``,
    hint: `behold én \`${p.key}:\` (den første står på linje ${p.firstLine})`,
  }),

  // malen: Handlebars, partialer, datafiler
  'template-missing-variable': (p) => ({
    message: `malvariabelen \`${p.name}\` er ikke definert`,
    expected: 'en nøkkel i front-matter, `data.<fil>`, `network.<nøkkel>` eller en parameter gitt til partialen',
    hint:
      p.spaced ? `skriv \`${p.spaced.how === 'data' ? `{{data.${p.spaced.file}.[${p.spaced.key}]}}` : `{{[${p.spaced.key}]}}`}\`${p.spaced.how === 'column' ? ` inni \`{{#each data.${p.spaced.file}}}\`` : ''}: et navn med mellomrom skrives i hakeparenteser`
      : p.near ? `mente du \`${p.near}\`? (gyldige: ${codes(p.keys)})`
      : `legg \`${p.name}: …\` til i front-matter, eller send den med: {{> ${p.partial ?? 'partial'} ${p.name}="…"}}`,
  }),
  'template-helper': (p) => ({
    message: `{{${p.helper}}} ${helperProblem(p.problem)}`,
    hint: 'sjekk verdien som blir gitt til hjelpefunksjonen',
  }),
  'template-error': (p) => ({ message: `feil i malen (Handlebars sier: «${p.text}»)` }),
  'template-syntax': (p) =>
    p.kind === 'unclosed'
      ? { message: `malblokken \`{{#${p.name}}}\` blir aldri lukket`, expected: `\`{{/${p.name}}}\` etter innholdet i blokken`, hint: 'hver `{{#blokk}}` trenger sin `{{/blokk}}`' }
      : { message: `syntaksfeil i malen (Handlebars sier: «${p.text}»)`, expected: p.expecting ? `en av ${p.expecting}` : 'et fullstendig uttrykk `{{ … }}`', hint: 'hver `{{#blokk}}` trenger sin `{{/blokk}}`, hver `{{` sin `}}`' },
  'template-too-deep': (p) => ({
    message: `blokkene ligger mer enn ${p.max} nivåer inni hverandre her`,
    expected: `høyst ${p.max} blokker inni hverandre`,
    hint: 'flytt den innerste delen ut i en egen partial, eller gi dataene en enklere form',
  }),
  'template-too-big': (p) => ({
    message: `${p.budget.kind === 'rounds' ? `løkkene i malen går mer enn ${thousands(p.budget.max)} runder` : `malen lager ${p.budget.final ? '' : 'mer enn '}${decimal(p.budget.mb)} MB tekst`}: mer enn en presentasjon kan romme`,
    expected: `høyst ${decimal(p.budgetMb)} MB lysbilder (50 × presentasjonen og partialene dens, høyst 20 MB) og ${thousands(p.maxRounds)} runder i løkker`,
    hint: 'en partial som tar med seg selv mange ganger, eller løkker inni løkker over lange lister, ganger seg opp: ta med mindre, eller gå gjennom en kortere liste',
  }),
  'dynamic-partial': () => ({
    message: 'navnet på partialen er ikke skrevet ut',
    expected: '`{{> navn}}`, med navnet på en fil i decks/_library',
    hint: 'samling godtar ikke partialer som velges mens presentasjonen bygges (`{{> (lookup . "p")}}`): den sjekker hver partial før byggingen. Velg med `{{#if}}` i stedet: `{{#if (eq kind "a")}}{{> a}}{{else}}{{> b}}{{/if}}`',
  }),
  'unknown-partial': (p) => ({
    message: `ukjent partial \`${p.name}\``,
    expected: p.names.length ? `en partial i en _library-mappe eller i samlings eget bibliotek: ${codes(p.names)}` : 'en fil i decks/_library (det finnes ingen)',
    hint: didYouMean(p.near, `lag decks/_library/${p.name}.md`),
  }),
  'partial-cycle': (p) => ({
    message: `partialen \`${p.name}\` tar med seg selv: ${p.cycle.join(' → ')}`,
    hint: 'en partial kan ikke ta med en partial som (til slutt) tar med den',
  }),
  'not-a-folder': (p) => ({
    message: `\`${p.name}\` er en fil, ikke en mappe`,
    expected: p.holds === 'data' ? 'en mappe med datafiler' : 'en mappe med partialer',
    hint: 'gi filen et annet navn: navn som begynner med `_` ved siden av presentasjonene, er samlings mapper',
  }),
  'data-yaml': (p) => ({
    message: `datafilen er ikke gyldig YAML: ${yaml(p.problem)}`,
    hint: yamlHint(p.problem),
  }),
  'data-csv': (p) => ({
    message: `datafilen er ikke gyldig CSV: ${
      p.problem.kind === 'columns' ? `linje ${p.problem.line} har ${p.problem.got} celler, overskriftslinjen ${p.problem.expected}`
      : p.problem.kind === 'quote' ? `et anførselstegn står feil eller blir ikke lukket (CSV-leseren sier: «${p.problem.text}»)`
      : `CSV-leseren sier: «${p.problem.text}»`}`,
    hint: 'hver rad trenger like mange celler som overskriftslinjen; sett en celle med komma i «anførselstegn»',
  }),

  // oppsett: hvert lysbilde
  'unknown-layout': (p) => ({
    message: `ukjent oppsett \`${p.name}\``,
    expected: `ett av ${codes(p.layouts)}${p.templateLayouts.length ? `, eller ett av malens egne oppsett: ${quoted(p.templateLayouts)}` : ''}`,
    hint: didYouMean(p.near, 'kjør `samling components` for å se hvert oppsett med et eksempel'),
  }),
  'no-title': (p) => ({
    message: `dette ${p.layout}-lysbildet har ingen tittel`,
    expected: 'en linje `# Tittel` øverst på lysbildet',
    hint: 'tittelen er det PowerPoint viser i disposisjonen og lysbildelisten; et lysbilde som skal være uten, kan bruke `full-image` eller `quote`',
  }),
  'unknown-option': (p) => ({
    message: `ukjent direktiv \`${p.key}\` for oppsettet \`${p.layout}\``,
    expected: `ett av ${codes(p.valid)}`,
    hint: didYouMean(p.near),
  }),
  'bad-option': (p) => ({
    message: `\`${p.key}: ${p.value}\` er ikke en gyldig verdi for oppsettet \`${p.layout}\``,
    expected: p.values ? `en av ${codes(p.values)}` : issue(p.issue),
    hint: didYouMean(p.near),
  }),
  'bad-directive': (p) => ({
    message: `\`${p.key}: ${p.value}\` er ikke gyldig`,
    expected:
      p.want.kind === 'boolean' ? '`true` eller `false`'
      : p.want.kind === 'continue' ? '`true` eller `false` (false: tekst som ikke får plass, er en feil, ikke et lysbilde til)'
      : p.want.kind === 'symbol' ? `ett av ${codes([...p.want.names, 'none'])}`
      : `en temafarge (${codes(p.want.roles)}, \`accent1\`…\`accent6\`) eller en heksadesimal farge som \`E8EEF4\``,
    hint:
      p.want.kind === 'symbol' ? (p.want.near ? `mente du \`${p.want.near}\`? (gyldige: ${codes(p.want.names)})` : `gyldige: ${codes(p.want.names)}`)
      : p.want.kind === 'background' ? didYouMean(p.want.near)
      : undefined,
  }),
  'text-shrunk': (p) =>
    p.part === 'programme'
      ? { message: `programmet er satt i ${p.size} pt for å få plass, under den behagelige størrelsen ${p.comfortable} pt`, hint: 'kortere titler, eller detaljer i foredragsnotatene, er lettere å lese bakerst i salen' }
      : { message: `${textPart(p.part)} er satt i ${p.size} pt for å få plass, under den behagelige størrelsen ${p.comfortable} pt`, hint: 'færre eller kortere punkter er lettere å lese bakerst i salen' },
  'text-overflow': (p) => ({
    message: `${textPart(p.part)} får ikke plass på lysbildet: ${decimal(p.overflow)} tommer (${p.pct} %) for høy i minste størrelse, ${p.size} pt`,
    expected: `tekst som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommer`,
    hint: 'skriv kortere, eller del lysbildet i to med en linje `---` (lister på innholdslysbilder fortsetter av seg selv, med mindre `continue: false`)',
  }),
  'table-overflow': (p) => ({
    message: `tabellen får ikke plass på lysbildet: ${decimal(p.tooTall)} tommer for høy i ${p.size} pt`,
    expected: `høyst omtrent ${p.rows} rader av denne lengden`,
    hint: 'del radene over to lysbilder med en linje `---`, eller kort ned cellene',
  }),
  'bad-image': (p) => {
    switch (p.kind) {
      case 'file-address':
        return { message: `bildet \`${p.src}\` er en file:-adresse`, expected: 'en sti relativt til presentasjonen eller prosjektet, som `assets/kart.png`', hint: 'en presentasjon leser bare inne i prosjektet sitt: kopier bildet inn i assets/' };
      case 'remote':
        return { message: `bildet \`${p.src}\` er ikke en lokal fil`, expected: 'en sti til en fil i prosjektet, som `assets/kart.png`', hint: 'samling henter aldri noe fra nettet: last ned bildet til assets/' };
      case 'absolute':
        return { message: `bildet \`${p.src}\` er en absolutt sti`, expected: 'en sti relativt til presentasjonen eller prosjektet, som `assets/kart.png`', hint: 'kopier bildet inn i assets/' };
      case 'outside':
        return { message: `bildet \`${p.src}\` ligger utenfor prosjektet`, expected: 'et bilde inne i prosjektmappen, som `assets/kart.png`', hint: 'kopier bildet inn i assets/, eller tillat mappen dens i samling.yaml (`allow: [../felles-bilder]`)' };
      case 'outside-link':
        return { message: `bildet \`${p.src}\` ligger utenfor prosjektet`, expected: 'et bilde inne i prosjektmappen', hint: 'kopier bildet inn i assets/, eller tillat mappen dens i samling.yaml (`allow: [../felles-bilder]`)' };
      case 'not-found':
        return { message: `fant ikke bildet \`${p.src}\``, expected: `en fil på ${p.places.join(' eller ')}`, hint: 'sjekk stavemåten; bildene ligger vanligvis i assets/' };
      case 'changed':
        return { message: `bildet \`${p.src}\` ${p.how === 'removed' ? 'ble fjernet mens presentasjonen ble bygget' : 'ble endret (eller mappen dets ble det) mens presentasjonen ble bygget'}`, expected: 'et bilde som ligger i ro mens presentasjonen bygges', hint: 'bygg på nytt; skjer det igjen, sjekk hva som endrer mappen' };
      case 'not-an-image':
        return { message: `\`${p.src}\` er ikke et bilde`, expected: 'en PNG-, JPEG- eller GIF-fil', hint: 'eksporter bildet på nytt som PNG eller JPEG' };
      case 'svg':
        return { message: `\`${p.src}\` er en SVG`, expected: 'en PNG-, JPEG- eller GIF-fil', hint: 'PowerPoint-versjoner støtter SVG ulikt: eksporter det som PNG (f.eks. `rsvg-convert -w 1600`)' };
      case 'unknown-format':
        return { message: p.type ? `\`${p.src}\` er et ${p.type}-bilde` : `\`${p.src}\` er et bilde i et ukjent format`, expected: 'en PNG-, JPEG- eller GIF-fil', hint: 'eksporter bildet på nytt som PNG eller JPEG' };
      case 'extension':
        return { message: `\`${p.src}\` er en ${p.type}-fil med endelsen .${p.ext}`, expected: `endelsen .${p.want}`, hint: `gi den navnet ${p.rename}` };
      case 'empty':
        return { message: `\`${p.src}\` er ${p.width} × ${p.height} piksler`, expected: 'et bilde som er minst 1 piksel bredt og høyt', hint: 'eksporter bildet på nytt' };
      case 'cut-off':
        return { message: `\`${p.src}\` er avkuttet: ${p.type}-filen slutter før bildet gjør det`, expected: `en hel ${p.type}-fil`, hint: 'kopier eller eksporter bildet på nytt (en nedlasting eller kopiering kan ha stoppet halvveis)' };
    }
  },
  'huge-image': (p) => ({
    message: `bildet \`${p.src}\` er ${p.mb !== undefined ? `${decimal(p.mb)} MB` : `${p.width} × ${p.height} piksler`} og gjør presentasjonen tung`,
    hint: `et lysbilde trenger høyst omtrent 2000 piksler i bredden: skaler det ned, f.eks. \`convert ${p.src} -resize 2000x ${p.src}\``,
  }),
  'template-layout-leftover': (p) => ({
    message: `«${p.layout}» har ${p.content} ${p.content === 1 ? 'plassholder' : 'plassholdere'} for innhold; denne delen av lysbildet har ingen plass der`,
    expected: `høyst ${p.content} ${p.content === 1 ? 'del' : 'deler'} etter tittelen: hver \`###\`-del, tekstbit, tabell eller bilde fyller neste plassholder`,
    hint: 'samle delene under færre `###`-overskrifter, flytt denne til et eget lysbilde, eller velg et oppsett med flere plassholdere (`samling theme check` viser dem)',
  }),
  'template-layout-empty': (p) => ({
    message: `«${p.layout}»: ${p.empty.map(emptyPlaceholder).join(', ')} står tom`,
    hint: 'PowerPoint viser plassholderens ledetekst der mens du redigerer; fyll den, eller velg et oppsett uten den',
  }),

  // oppsettene
  'title-content': (p) => ({
    message: `et tittellysbilde viser en tittel og tekstlinjer, ikke ${p.block === 'image' ? 'et bilde' : p.block === 'table' ? 'en tabell' : 'kode'}`,
    expected: '`#` tittel, `##` undertittel og avsnitt',
    hint: 'sett det på neste lysbilde: legg til en linje `---` over det',
  }),
  'one-table-or-image': (p) => ({
    message: `et ${p.layout}-lysbilde rommer én tabell eller ett bilde; dette er én for mye`,
    expected: 'én tabell eller ett bilde per lysbilde',
    hint: 'flytt det til et eget lysbilde, eller bruk `<!-- layout: two-column -->`',
  }),
  'two-columns': (p) => ({
    message: `et lysbilde med to kolonner trenger to kolonner, dette har ${p.columns}`,
    expected: 'to `###`-overskrifter, hver fulgt av sin kolonne',
    hint: p.columns > 2 ? 'flytt den tredje kolonnen til et eget lysbilde' : 'begynn hver kolonne med en linje `### Overskrift`',
  }),
  'image-count': (p) =>
    p.layout === 'full-image'
      ? { message: `et fullbildelysbilde trenger ett bilde, dette har ${p.images}`, expected: 'én linje `![beskrivelse](assets/bilde.jpg)`' }
      : { message: `et bildelysbilde trenger ett bilde, dette har ${p.images}`, expected: 'én linje `![beskrivelse](assets/bilde.png)`', hint: p.images ? 'flytt de andre bildene til egne lysbilder' : 'legg til bildet, eller bruk oppsettet `content`' },
  'quote-missing': () => ({
    message: 'et sitatlysbilde trenger en sitatblokk',
    expected: 'linjer som begynner med `> `',
    hint: 'skriv sitatet som `> tekst`, og `> — Navn` for hvem som sa det',
  }),
  'chart-table': (p) =>
    p.kind === 'missing'
      ? { message: 'et diagramlysbilde trenger en tabell med tallene', expected: 'en Markdown-tabell: kategoriene i første kolonne, én kolonne per serie', hint: 'for eksempel: | | 2012 | 2020 |\\n|---|---:|---:|\\n| Barnehage | 153 | 159 |' }
      : { message: 'diagramtabellen har ingen tallkolonner', expected: 'en overskriftsrad som `| | Serie A | Serie B |`' },
  'chart-too-big': (p) => {
    const what = p.what === 'rows' ? 'rader' : 'tallkolonner';
    return { message: `diagramtabellen har ${p.n} ${what}: det kan ingen lese på et lysbilde`, expected: `høyst ${p.max} ${what}`, hint: 'slå sammen rader (per region, per år), eller vis tallene som et tabellysbilde' };
  },
  'chart-negative': (p) => ({
    message: `et ${chart(p.chart)} kan ikke vise en negativ verdi (${p.category}: ${p.value})`,
    expected: 'verdier på 0 eller mer: sektorene er deler av en helhet',
    hint: 'bruk `chart: bar` for verdier som kan være negative',
  }),
  'chart-pie-series': (p) => ({
    message: `et ${chart(p.chart)} viser én serie; «${p.left.join('», «')}» blir utelatt`,
    hint: 'bruk `chart: bar` for å sammenligne flere serier',
  }),
  'chart-number': (p) => ({
    message: `\`${p.text}\` i rad ${p.row}, kolonne «${p.column}», er ikke et tall`,
    expected: 'et tall som 108, 4,6, 1 234 eller 62 %; eller ingenting, `n/a` eller `-` der det ikke finnes noen verdi',
    hint: 'en diagramtabell har tekst bare i første kolonne og i overskriftsraden',
  }),
  'chart-row-empty': (p) => {
    if (p.kind === 'all') return { message: 'diagrammet har ingen verdi å tegne: hver celle det tegner, er tom', expected: 'et tall i minst én rad', hint: 'fyll inn tallene, eller skriv 0 der verdien er null' };
    const where = p.drawn === 1 ? `ingen verdi i «${p.columns[0]}»${p.columns.length > 1 ? ', kolonnen diagrammet tegner' : ''}` : 'ingen verdi i noen kolonne';
    return {
      message: `rad ${p.row} («${p.category || '(tom)'}») har ${where}: den tegnes som et hull (kategorien, uten ${p.drawn === 1 && p.columns.length === 1 ? 'stolpe eller punkt' : 'verdi'})`,
      hint: 'skriv 0 der verdien er null; ta bort raden hvis den ikke skal være med i diagrammet',
    };
  },
  'chart-percent-mixed': (p) => ({
    message: p.hasPercent
      ? `\`${p.text}\` (rad ${p.row}, kolonne «${p.column}») er skrevet med %, ${p.others} av diagrammets ${p.values} verdier uten: diagrammet viser vanlige tall, uten %`
      : `\`${p.text}\` (rad ${p.row}, kolonne «${p.column}») har ikke %, ${p.others} av diagrammets ${p.values} verdier har det: diagrammet viser vanlige tall, uten %`,
    hint: 'skriv % etter hver verdi i diagrammet, eller etter ingen',
  }),

  // komponentene
  'component-overflow': (p) => {
    switch (p.kind) {
      case 'text':
        return { message: `${textPart(p.part)} får ikke plass: ${decimal(p.overflow)} tommer for høy i minste størrelse, ${p.size} pt`, expected: `tekst som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommer`, hint: 'skriv kortere, eller del teksten over to lysbilder' };
      case 'statement':
        return { message: `påstanden får ikke plass over skalaen i ${p.size} pt`, expected: `en påstand på høyst omtrent ${p.chars} tegn`, hint: 'kort den ned; detaljene kan stå i foredragsnotatene (`::: notes`)' };
      case 'statements':
        return { message: `de ${p.count} påstandene får ikke plass på lysbildet; det er plass til ${p.fits} av denne lengden i ${p.size} pt`, expected: `høyst ${Math.max(1, p.fits)} ${Math.max(1, p.fits) === 1 ? 'påstand' : 'påstander'}, eller kortere påstander`, hint: 'del listen over to lysbilder med en linje `---`' };
      case 'timeline-row':
        return { message: `raden ${p.label !== undefined ? `«${p.label}» ` : ''}under tidslinjen får ikke plass: boksene er for lange i ${p.size} pt`, expected: 'noen få ord per milepæl og boks; lange ord trenger plass', hint: 'kort ned teksten, flytt detaljer til foredragsnotatene (`::: notes`), eller bruk færre milepæler' };
      case 'milestone':
        return { message: `milepælen «${p.when}» får ikke plass ved siden av de andre i ${p.size} pt (${p.count} milepæler; ${p.tooTall !== undefined ? `${decimal(p.tooTall)} tommer for høy` : 'et ord er bredere enn kolonnen sin'})`, expected: 'noen få ord per milepæl og boks; lange ord trenger plass', hint: 'kort ned teksten, flytt detaljer til foredragsnotatene (`::: notes`), eller bruk færre milepæler' };
      case 'quote-beside':
        return { message: `sitatet ved siden av ${p.beside === 'stairs' ? 'trappen' : 'diagrammet'} får ikke plass i ${p.size} pt`, expected: `et sitat som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommer`, hint: 'kort ned sitatet, eller gi det et eget lysbilde (`layout: quote`)' };
      case 'programme':
        return {
          message: `${p.day !== undefined ? `dagen «${p.day}»` : 'programmet'} har ${p.items} punkter; det er plass til ${p.fits} av denne lengden i ${p.size} pt${p.others.length ? ` (også for lange: ${quoted(p.others)})` : ''}`,
          expected: `høyst ${p.fits} punkter, eller kortere titler og færre detaljer`,
          hint: 'flytt detaljer til foredragsnotatene (`::: notes`), eller del dagen over to lysbilder med en linje `---`',
        };
      case 'answer':
        return { message: 'dette svaret er for langt for tilbakemeldingstabellen, selv alene', expected: `et svar som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommer`, hint: 'kort det ned i dataene, eller velg færre kolonner med `columns: [...]`' };
      case 'questions':
        return { message: `de ${p.count} spørsmålene får ikke plass på lysbildet: ${decimal(p.tooTall)} tommer for høye i ${p.size} pt; det lengste er spørsmål ${p.longest}`, expected: `spørsmål og svar som får plass på ${decimal(p.w)} × ${decimal(p.h)} tommer`, hint: 'kort ned spørsmålene, bruk færre svarlinjer (`lines: 1`), eller del dem over to lysbilder' };
      case 'cycle-centre':
        return { message: 'avsnittet er for langt for midten av syklusen, og under den gir det ikke syklusen plass', expected: 'en setning eller to til midten', hint: 'kort det ned; resten kan stå i foredragsnotatene (`::: notes`)' };
      case 'cycle-items':
        return { message: `${p.shape === 'cycle' ? 'syklusen' : 'raden med sirkler'} får ikke plass: «${p.item}» trenger mer plass enn en boks på ${decimal(p.width)} tommer gir i ${p.size} pt`, expected: `${p.count} punkter korte nok til ${p.count} bokser ved siden av hverandre, noen få ord hver`, hint: 'kort ned punktene (detaljer kan stå i foredragsnotatene, `::: notes`), eller bruk færre' };
      case 'step':
        return { message: `${p.part === 'description' ? 'beskrivelsen av' : 'navnet på'} trinn ${p.n} «${p.name}» får ikke plass ved siden av trappen: ${p.lines} linjer i ${p.size} pt, en rad med ${p.steps} trinn har plass til ${p.room}`, expected: `trinn der beskrivelsen tar høyst ${p.room} linjer`, hint: 'kort ned beskrivelsen (detaljer kan stå i foredragsnotatene, `::: notes`), eller bruk færre trinn' };
    }
  },

  // komponent: skala
  'scale-ignored': (p) => ({
    message: `${THIS[p.block]} tegnes ikke på et skalalysbilde`,
    hint: 'et skalalysbilde tegner tittelen, en påstand (avsnitt) eller en liste med påstander',
  }),
  'scale-lists': () => ({
    message: 'et skalalysbilde har én liste med påstander; dette er en liste til',
    expected: 'én liste: hvert punkt vurderes på den samme skalaen',
    hint: 'slå sammen listene, eller flytt den andre til et eget lysbilde',
  }),
  'scale-mismatch': (p) => ({
    message: `teksten sier 1–${p.mentioned}, men skalaen har ${p.steps} trinn`,
    hint: `skriv \`scale: ${p.mentioned}\`, eller endre teksten`,
  }),

  // komponent: tidslinje
  'timeline-block': (p) => ({
    message: p.afterList ? `${A[p.block]} har ingen plass under en tidslinje` : `en tidslinje begynner med listen over milepæler; ${THIS[p.block]} kommer før den`,
    expected: 'en liste `- når: hva`, deretter eventuelt `### Overskrift` og en liste eller et avsnitt for en rad med bokser',
    hint: 'flytt annen tekst til foredragsnotatene (`::: notes`)',
  }),
  'timeline-item': (p) => ({
    message: p.missing === 'colon' ? 'en milepæl trenger `når: hva`; dette punktet har ikke noe kolon' : p.missing === 'when' ? 'en milepæl trenger en `når` foran kolonet' : 'en milepæl trenger en `hva` etter kolonet',
    expected: '`- når: hva`, som `- Mars 2013: Temadager`',
    hint: 'teksten foran det første kolonet står over pilen, resten under den',
  }),
  'timeline-current': (p) =>
    p.kind === 'past-end'
      ? { message: `\`current: ${p.current}\`, men tidslinjen har ${p.milestones} milepæler`, expected: `et tall fra 1 til ${p.milestones}`, hint: 'tell milepælene fra venstre, og begynn på 1' }
      : { message: 'mer enn én milepæl er merket som den nåværende', expected: 'høyst én `(nå)`', hint: 'fjern `(nå)` fra alle unntatt én' },
  'timeline-milestones': (p) =>
    p.kind === 'too-many'
      ? { message: `en tidslinje rommer ${p.min} til ${p.max} milepæler; dette er milepæl ${p.max + 1}`, expected: `høyst ${p.max} milepæler (punkter som følger etter hverandre med samme \`når\`, deler én)`, hint: 'slå sammen milepæler som står ved siden av hverandre, eller del tidslinjen over to lysbilder' }
      : { message: `en tidslinje trenger minst ${p.min} milepæler; denne har ${p.count}`, expected: 'en liste med punkter `- når: hva`, som `- Mars 2013: Temadager`' },

  // komponent: foredragsholder
  'speaker-name': () => ({
    message: 'et lysbilde for en foredragsholder trenger navnet som en `##`-overskrift',
    expected: '`## Anne-Cathrine Hjertaas`, deretter rollen som et avsnitt',
    hint: '`#`-overskriften er tittelen på foredraget; navnet står under den som `## Navn`',
  }),
  'speaker-count': (p) => ({
    message: `lysbildet har ${p.speakers} foredragsholdere; det tegner 1 til ${p.max} ved siden av hverandre`,
    expected: `høyst ${p.max} \`##\`-navn`,
    hint: 'gi de andre et eget lysbilde (en linje `---` foran deres `##`)',
  }),
  'speaker-photos': () => ({
    message: 'en foredragsholder har ett bilde; dette andre bildet tegnes ikke',
    hint: 'behold portrettet, og flytt andre bilder til et eget lysbilde',
  }),
  'speaker-ignored': (p) =>
    p.beforeName
      ? { message: `${THIS[p.block]} kommer før navnet på foredragsholderen og tegnes ikke`, hint: 'begynn foredragsholderen med `## Navn`; rollen, omtalen og bildet følger etter' }
      : { message: `${THIS[p.block]} tegnes ikke på et lysbilde for en foredragsholder`, hint: 'en foredragsholder har et avsnitt med rollen, en liste med omtale og et bilde' },

  // komponent: evaluering
  'evaluation-questions': (p) =>
    p.kind === 'none'
      ? { message: 'et evalueringslysbilde trenger en nummerert liste med spørsmål', expected: 'en liste: `1. Hva tar dere med hjem?`', hint: 'merk et spørsmål med `(1–6)` for terningkast eller `(1–10)` for en skala fra 1 til 10' }
      : { message: `et evalueringslysbilde rommer høyst ${p.max} spørsmål; denne listen har ${p.count}`, expected: `høyst ${p.max} spørsmål`, hint: 'flytt resten til et evalueringslysbilde til, etter en linje `---`' },
  'evaluation-ignored': (p) => {
    const what = p.second ? THIS_SECOND[p.block] : THIS[p.block];
    return p.results
      ? { message: `${what} tegnes ikke på et lysbilde med evalueringsresultater`, hint: 'lysbildet tegner tittelen, gjennomsnittet, diagrammet og tilbakemeldingene; en merknad kan stå i foredragsnotatene (`::: notes`)' }
      : { message: `${what} tegnes ikke på et evalueringslysbilde`, hint: 'et evalueringslysbilde tegner tittelen og én liste med spørsmål; en merknad kan stå i foredragsnotatene (`::: notes`)' };
  },
  'evaluation-scale': (p) => ({
    message: `en skala fra 1 til ${p.n} er ikke en evalueringslysbildet tegner`,
    expected: '`(1–6)` for terningkast (seks terninger) eller `(1–10)` for en skala fra 1 til 10',
    hint: 'for en annen skala, bruk et lysbilde med `layout: scale` og `scale: N`',
  }),
  'evaluation-survey': (p) =>
    p.kind === 'not-web'
      ? { message: `\`survey: ${p.url}\` er ikke en nettadresse`, expected: 'en adresse som begynner med https:// (eller http://)', hint: 'kopier adressen til skjemaet fra nettleseren, f.eks. `survey: https://nettskjema.no/a/123456`' }
      : { message: `adressen til skjemaet er for lang for en QR-kode (${p.length} tegn)`, expected: 'en adresse på høyst omtrent 2 000 tegn', hint: 'bruk kortlenken fra skjemaverktøyet' },

  // komponent: evalueringsresultater (`source` er CSV-filens `_data/<navn>.csv`, eller ingenting for tabellen på lysbildet)
  'evaluation-data': (p) => {
    switch (p.kind) {
      case 'both':
        return { message: `dette lysbildet har både \`data: ${p.data}\` og en tabell med svar`, expected: 'én kilde: CSV-filen som `data:` viser til, eller tabellen', hint: 'fjern tabellen, eller linjen `data:`' };
      case 'missing':
        return { message: 'et lysbilde med evalueringsresultater trenger svarene', expected: 'et direktiv `data: <en CSV-fil i decks/_data, uten .csv>` eller en tabell med en kolonne for skår', hint: 'for eksempel: | Terningkast | Hva fungerte? |\\n|---|---|\\n| 5 | Gruppearbeidet |' };
      case 'no-file':
        return { message: `det finnes ingen datafil \`_data/${p.name}.csv\``, expected: p.names.length ? `en av ${codes(p.names)}` : 'en CSV-fil i decks/_data (det finnes ingen)', hint: didYouMean(p.near, `lagre svarene som decks/_data/${p.name}.csv, én rad per deltaker`) };
      case 'outside':
        return { message: `\`_data/${p.name}.csv\` fører ut av prosjektet`, expected: 'en CSV-fil inne i prosjektet', hint: 'kopier filen inn i decks/_data i stedet for å lenke til den' };
    }
  },
  'evaluation-empty': (p) =>
    p.kind === 'no-answers'
      ? { message: `${p.source ?? 'tabellen'} har ingen svar, bare en overskriftsrad`, expected: 'én rad per deltaker under overskriftsraden', hint: 'eksporter svarene fra skjemaet på nytt, eller vent til de er kommet inn' }
      : { message: `ingen deltakere ga en skår i kolonnen \`${p.column}\``, expected: `tall fra 1 til ${p.scale}`, hint: p.named ? undefined : 'står skåren i en annen kolonne? oppgi den med `score: <kolonne>`' },
  'evaluation-score': (p) => {
    switch (p.kind) {
      case 'no-column':
        return { message: `${p.source ?? 'tabellen'} har ingen kolonne \`${p.score}\``, expected: `en av ${codes(p.columns)}`, hint: didYouMean(p.near, 'oppgi kolonnen med skår med et direktiv `score: <kolonne>`') };
      case 'no-score-column':
        return { message: `${p.source ?? 'tabellen'} har ingen kolonne med skår`, expected: `en kolonne som heter Terningkast, Score, Poeng, Karakter eller Skår; kolonnene er ${codes(p.columns)}`, hint: 'oppgi kolonnen med skår med et direktiv `score: <kolonne>`' };
      default:
        return {
          message: p.kind === 'not-a-number' ? `skåren \`${p.cell}\` er ikke et tall` : `skåren ${p.cell} ligger utenfor skalaen 1–${p.scale}`,
          expected: `et heltall fra 1 til ${p.scale} i kolonnen \`${p.column}\`, eller ingenting`,
          hint: p.upTo10 ? 'for skår opp til 10, skriv `scale: 10`' : 'en deltaker som ikke ga noen skår, lar cellen stå tom',
        };
    }
  },
  'evaluation-columns': (p) => ({
    message: `${p.source ?? 'tabellen'} har ingen kolonne \`${p.column}\``,
    expected: `kolonner blant ${codes(p.columns)}`,
    hint: didYouMean(p.near),
  }),
  'evaluation-rows': (p) =>
    p.kind === 'past-end'
      ? { message: `\`from: ${p.from}\` er forbi det siste skrevne svaret: ${p.source ?? 'tabellen'} har ${p.written}`, expected: `et tall fra 1 til ${p.written}` }
      : {
          message: `tilbakemeldingstabellen viser ${p.shown} av ${p.total} svar; ${p.total - p.shown} blir utelatt (fra ${p.source === undefined ? `linje ${p.line}` : `${p.source}:${p.line}`} og utover)`,
          hint: `vis resten på en kopi av dette lysbildet med \`from: ${p.next}\``,
        },

  // komponent: syklus
  'cycle-ignored': (p) => ({
    message: `${THIS[p.block]} tegnes ikke på et lysbilde med en syklus`,
    hint: 'en syklus tegner tittelen, én liste og et avsnitt til midten',
  }),
  'cycle-items': (p) => ({
    message: 'et lysbilde med en syklus trenger en liste',
    expected: `en liste med ${p.min} til ${p.max} punkter: \`- Refleksjon\``,
    hint: 'skriv én linje per punkt, i den rekkefølgen pilene går',
  }),
  'cycle-lists': () => ({
    message: 'en syklus har én liste; dette er en liste til',
    expected: 'én liste: punktene i den rekkefølgen pilene går',
    hint: 'sett detaljer under et punkt som et underpunkt (med innrykk `- …`)',
  }),
  'cycle-count': (p) => ({
    message: `${p.cycle ? 'syklusen' : 'raden'} har ${p.items} ${p.items === 1 ? 'punkt' : 'punkter'}; den tegner ${p.min} til ${p.max}`,
    expected: `${p.min} til ${p.max} listepunkter`,
    hint: p.tooMany ? 'slå sammen punkter som hører sammen, eller del dem over to lysbilder' : p.cycle ? 'to punkter blir en rad: `cycle: false`' : 'legg til neste punkt som `- …`',
  }),

  // komponent: trapp
  'staircase-ignored': (p) => ({
    message: `${p.second ? THIS_SECOND[p.block] : THIS[p.block]} tegnes ikke på et lysbilde med en trapp`,
    hint: 'en trapp tegner tittelen, én liste med trinn, én sitatblokk og et avsnitt med bildetekst',
  }),
  'staircase-steps': () => ({
    message: 'et lysbilde med en trapp trenger en liste med trinn',
    expected: 'en nummerert liste, med det nederste trinnet først: `1. Kvalitet`',
    hint: 'skriv én linje per trinn, `1. Navn – beskrivelse`',
  }),
  'staircase-lists': () => ({
    message: 'en trapp har én liste med trinn; dette er en liste til',
    expected: 'én liste: trinnene, nedenfra og opp',
    hint: 'beskriv et trinn med et underpunkt (med innrykk `- …`) i stedet for en egen liste',
  }),
  'staircase-count': (p) => ({
    message: `trappen har ${p.steps} trinn; den tegner ${p.min} til ${p.max}`,
    expected: `${p.min} til ${p.max} listepunkter`,
    hint: p.tooMany ? 'slå sammen trinn som hører sammen, eller del trappen over to lysbilder' : 'legg til neste trinn som `2. …`',
  }),

  // komponent: program
  'programme-block': (p) => ({
    message: `et program rommer dager og punktene deres; ${THIS[p.block]} har ingen plass i det`,
    expected: 'en overskrift for en dag (`## 1. oktober`) eller et punkt (`- 10.00 Velkommen`)',
    hint: 'gjør det til en detalj under et punkt (med innrykk: `  - …`), eller flytt det til foredragsnotatene (`::: notes`)',
  }),
  'programme-day': () => ({
    message: 'disse punktene kommer før den første overskriften for en dag',
    expected: 'en overskrift over hver dag når det er flere: `## 1. oktober`',
    hint: 'legg til en overskrift `## …` over listen',
  }),
  'programme-days': (p) => ({
    message: `et program viser én til ${p.max} dager ved siden av hverandre; dette er dag ${p.max + 1}`,
    expected: `høyst ${p.max} \`##\`-overskrifter for dager`,
    hint: 'sett de andre dagene på et eget lysbilde (en linje `---` og et programlysbilde til)',
  }),
  'programme-empty': (p) => ({
    message: p.day ? `dagen «${p.day}» har ingen punkter` : 'et program trenger punkter',
    expected: 'en liste med punkter under hver dag: `- 10.00 Velkommen`',
  }),
  'programme-time': (p) => ({
    message: p.kind === 'no-time' ? 'et punkt i programmet trenger først et klokkeslett, som `10.00 Velkommen`' : p.kind === 'bad-time' ? `\`${p.time}\` er ikke et klokkeslett` : 'et punkt i programmet trenger en tittel etter klokkeslettet',
    expected: p.kind === 'no-time' ? '`- 10.00 Tittel`: et klokkeslett som 10:00, 10.00 eller 1000 (et tidsrom 10.00–11.00), så tittelen' : p.kind === 'bad-time' ? 'timer 0–24 og minutter 00–59: 10:00, 10.00 eller 1000' : 'et punkt som `- 10.00 Velkommen`',
    hint: 'en linje som hører til punktet over, er en detalj: gi den to mellomroms innrykk (`  - …`)',
  }),

  // komponent: organisasjonskart
  'org-chart-ignored': (p) => ({
    message: `${THIS[p.block]} er ikke en del av organisasjonskartet og blir utelatt`,
    hint: 'et organisasjonskart leser én liste med underpunkter: hvert punkt en boks, underpunktene boksene under den',
  }),
  'org-chart-list': () => ({
    message: 'et organisasjonskart trenger en liste med underpunkter',
    expected: 'en liste: hvert punkt en boks (`**Navn** — undertittel`), underpunktene under den',
    hint: 'for eksempel: - **Kommunalminister**\\n  - **Programråd** — KRD, KS',
  }),
  'org-chart-deep': (p) => ({
    message: `organisasjonskartet har ${p.levels} nivåer; et lysbilde har plass til ${p.max}`,
    expected: `høyst ${p.max} nivåer med underpunkter`,
    hint: 'sett det nederste nivået i undertittelen til boksen over (`- **Prosjektledere** — Kommunene`), eller tegn den delen på et eget lysbilde',
  }),
  'org-chart-tall': () => ({
    message: 'organisasjonskartet får ikke plass i høyden på lysbildet, selv i minste tekststørrelse',
    expected: 'bokser der teksten får plass på noen få linjer',
    hint: 'kort ned undertitlene, eller tegn en del av kartet på et eget lysbilde',
  }),
  'org-chart-wide': (p) => ({
    message: `nivå ${p.level} i organisasjonskartet har ${p.boxes} bokser; ${p.why.kind === 'fits' ? `det er plass til ${p.fits}` : `med boksene under sine overordnede blir kartet ${decimal(p.why.wide)} tommer bredt i minste tekststørrelse; lysbildet har ${decimal(p.why.slide)} tommer`}`,
    expected: `høyst ${p.fits} bokser ved siden av hverandre${p.longNames ? ' med så lange navn' : ''}`,
    hint: 'samle bokser under en felles overordnet, kort ned de lengste ordene, eller del kartet over to lysbilder',
  }),

  // komponent: nettverkskart
  'network-map-empty': () => ({
    message: 'et nettverkskart trenger minst ett nettverk',
    expected: 'en overskrift `## Tema — Leder` og en liste med kommuner under den',
    hint: 'for eksempel: ## Omdømme — Asbjørn Stavem\\n- Åfjord\\n- Rissa',
  }),
  'network-map-too-many': (p) => ({
    message: `et nettverkskart rommer høyst ${p.max} nettverk; dette lysbildet har ${p.networks}`,
    expected: `1–${p.max} \`##\`-nettverk på ett lysbilde`,
    hint: 'ta bort `continue: false` (kartet fortsetter da på neste lysbilde, delt mellom temaene), eller sett resten på et nettverkskart til',
  }),
  'network-map-overflow': (p) => ({
    message: `nettverket «${p.network}» har ${p.municipalities} kommuner; med ${p.networks} nettverk på lysbildet er det plass til ${p.fits} i boksen`,
    expected: `høyst ${p.fits} kommuner (i ${p.size} pt, i to kolonner)`,
    hint: 'sett færre nettverk på dette lysbildet, eller kort ned de lengste navnene',
  }),
  'network-map-no-municipalities': (p) => ({
    message: `nettverket «${p.network}» har ingen kommuner`,
    expected: 'en liste med kommuner under overskriften (eller ett avsnitt med navn skilt med komma)',
    hint: 'for eksempel: - Åfjord\\n- Rissa',
  }),
  'network-map-ignored': (p) => ({
    message: `${THIS[p.block]} er ikke en del av nettverkskartet og blir utelatt: ${p.why.kind === 'one-list' ? `nettverket «${p.why.network}» leser én liste med kommuner` : p.why.kind === 'in-network' ? 'et nettverk leser en liste med kommuner' : 'før det første `##`-nettverket leses bare puljen (ett avsnitt)'}`,
    hint: 'hvert nettverk er en overskrift `## Tema — Leder` fulgt av en liste med kommuner',
  }),
  'network-map-pulje': () => ({
    message: 'puljen er oppgitt to ganger: direktivet `pulje:` brukes, og dette avsnittet blir utelatt',
    hint: 'behold én av dem',
  }),
  'network-theme': (p) => ({
    message: `ukjent nettverkstema «${p.word}»`,
    expected: `overskriften \`## Tema — Leder\` med et tema: ${p.valid.join(', ')}`,
    hint: didYouMean(p.near, 'temaet kommer først: `## Sykefravær — Dorrit Svenning — Sør`'),
  }),

  // temaer og maler
  'unknown-theme': (p) => {
    switch (p.kind) {
      case 'unknown':
        return { message: `ukjent tema \`${p.name}\``, expected: `en mappe i themes/ med en theme.yaml: ${codes(p.names)}`, hint: didYouMean(p.near, 'legg til mappen, eller ta bort `theme:` for å bruke krd') };
      case 'template-not-path':
        return { message: `malen \`${p.name}\` er ikke en sti inne i prosjektet`, expected: 'en sti relativt til presentasjonen eller prosjektet, som `maler/DEPMAL.potx`', hint: 'kopier malen inn i prosjektet (i en mappe `maler/`, for eksempel)' };
      case 'template-outside':
        return { message: `malen \`${p.name}\` ligger utenfor prosjektet`, expected: 'en mal inne i prosjektmappen, som `maler/DEPMAL.potx`', hint: 'kopier den inn i prosjektet, eller tillat mappen dens i samling.yaml (`allow: [../maler]`)' };
      case 'template-missing':
        return { message: `fant ikke malen \`${p.name}\``, expected: `en fil på ${p.places.join(' eller ')}`, hint: 'sjekk stavemåten; lagre organisasjonens mal (.potx) i prosjektet' };
      case 'template-link-outside':
        return { message: `malen \`${p.name}\` ligger utenfor prosjektet`, expected: 'en mal inne i prosjektmappen', hint: 'kopier den inn i prosjektet i stedet for å lenke til den' };
    }
  },
  'theme-yaml': (p) => ({ message: `temafilen er ikke gyldig YAML: ${yaml(p.problem)}` }),
  'theme-schema': (p) =>
    p.kind === 'no-metrics'
      ? {
          message: 'temaet mangler fonts.metrics: en temamappe oppgir metrikkfilen for hver skriftvariant (regular, bold, italic, boldItalic)',
          expected: 'en nøkkel fonts.metrics: { regular: metrics/regular.json, bold: …, italic: …, boldItalic: … }',
          hint: 'lag dem fra skriftfilene med tools/gen-metrics.mjs (README, «The theme»), eller bruk en PowerPoint-mal: skriftene i den måles slik de er installert',
        }
      : { message: `${p.kind === 'theme' ? 'theme.yaml' : 'symbols.yaml'}, ${p.path}: ${issue(p.issue)}` },
  'theme-outside-project': (p) => ({
    message: p.kind === 'folder' ? `temamappen \`${p.name}\` fører ut av prosjektet (${p.link ? 'den er en lenke' : 'den ligger i en lenket mappe'})` : `temaets \`${p.name}\` fører ut av prosjektet (${p.link ? 'den er en lenke' : 'den ligger i en lenket mappe'})`,
    expected: p.kind === 'folder' ? 'en temamappe inne i prosjektet' : `en ${p.name} inne i prosjektet`,
    hint: THEME_OUTSIDE_HINT,
  }),
  'theme-file-too-big': (p) => ({
    message: `temaets \`${p.name}\` er ${p.mb} MB`,
    expected: `en ${p.name} under ${p.maxMb} MB (krd sin er 4 KB)`,
  }),
  'theme-metrics': (p) => {
    const shown = `metrikkfilen \`${p.path}\``;
    const expected = `metrikken for skriftvarianten ${p.style}: en JSON-fil i temamappen, laget av tools/gen-metrics.mjs`;
    const gen = `lag den med \`node tools/gen-metrics.mjs <skrift>.ttf ${p.path}\`, eller rett stien`;
    switch (p.kind) {
      case 'missing':
        return { message: p.link ? `${shown} er en lenke til en fil som ikke finnes` : `${shown} finnes ikke i temamappen`, expected, hint: gen };
      case 'outside':
        return { message: `${shown} fører ut av prosjektet (${p.link ? 'den er en lenke' : 'den ligger i en lenket mappe'})`, expected: 'en metrikkfil inne i prosjektet', hint: THEME_OUTSIDE_HINT };
      case 'not-a-file':
        return { message: `${shown} er ${p.folder ? 'en mappe' : 'ikke en vanlig fil'}`, expected, hint: gen };
      case 'too-big':
        return { message: `${shown} er ${p.mb} MB`, expected: `${expected}, under ${p.maxMb} MB (omtrent 26 KB)`, hint: gen };
      case 'unreadable':
        return { message: `${shown} kan ikke leses (${p.errno})`, expected, hint: 'sjekk tilgangsrettighetene til filen' };
      case 'not-json':
        return { message: `${shown} er ikke JSON`, expected, hint: gen };
      case 'not-metrics':
        return { message: `${shown} er ikke skriftmetrikk: ${p.missing ? `den har ingen \`${p.key}\`` : p.key ? `\`${p.key}\`: ${issue(p.issue!)}` : issue(p.issue!)}`, expected, hint: gen };
    }
  },
  'font-missing': (p) => ({
    message: `skriften «${p.font}» kan ikke måles (${fontReason(p.reason)}): teksten tilpasses med metrikken til ${p.style ? `Liberation Sans ${p.style}` : 'Liberation Sans'} (Arials bredder) i stedet`,
    hint: 'installer skriften (eller en med samme metrikk), så teksten tilpasses slik den blir tegnet',
  }),
  'bad-template': (p) => ({ ...templateFault(p.fault), message: `${p.name}: ${templateFault(p.fault).message}` }),
  'template-yaml': (p) => {
    const schemaHint = 'JSON-skjemaet for denne filen: `samling schema` skriver template.schema.json';
    switch (p.kind) {
      case 'yaml':
        return { message: `filen er ikke gyldig YAML: ${yaml(p.problem)}` };
      case 'issue':
        return { message: `${p.where || 'filen'}: ${issue(p.issue)}`, hint: schemaHint };
      case 'not-a-role':
        return { message: `layouts: \`${p.key}\` er ikke et oppsett i samling`, expected: p.known.length ? `ett av ${p.known.join(', ')}` : undefined, hint: didYouMean(p.near, schemaHint) };
      case 'unknown-key':
        return { message: `${p.where ? `${p.where}: ` : ''}ukjent nøkkel \`${p.key}\``, expected: p.known.length ? `en av ${p.known.join(', ')}` : undefined, hint: didYouMean(p.near, schemaHint) };
    }
  },
  'template-fallback': (p) => ({
    message: `${p.name} har ikke noe oppsett for ${p.role}-lysbilder: de bruker «${p.layout}» (oppsettet for ${p.via})`,
    hint: `for å bruke et annet, oppgi det i ${p.sidecar}: \`layouts: { ${p.key}: "…" }\``,
  }),
  'template-sidecar': (p) => ({
    message: `${p.name} har ingen ${p.sidecar} ved siden av seg: ingen bunntekst og ingen symboler; nettverksfargene er aksentfarge 1–4 i malen`,
    hint: 'legg til filen med `footer:`, `networks:` og `symbols:` (se README, «Your own PowerPoint template»)',
  }),
};

// —— kommandolinjen ——————————————————————————————————————————————————————————

/** «, 2 advarsler» etter de andre tallene i en statuslinje; ingenting for ingen */
const warnings = (n: number, before = '') => (n ? `${before}${n} ${n === 1 ? 'advarsel' : 'advarsler'}` : '');
const decks = (n: number) => `${n} ${n === 1 ? 'presentasjon' : 'presentasjoner'}`;

const cli: Catalogue['cli'] = {
  error: 'feil',
  warning: 'advarsel',
  expected: 'forventet',
  hint: 'tips',
  includedFrom: (p) => `tatt med fra ${p.where}`,

  built: (p) => `✓ ${p.deck} → ${p.out} (${slides(p.slides)}, ${p.kb} KB, ${p.ms} ms${warnings(p.warnings, ', ')})`,
  checked: (p) => `✓ ${p.deck}: ${slides(p.slides)}${warnings(p.warnings, ', ')}`,
  failed: (p) => `✗ ${p.deck}: ${p.errors} feil${warnings(p.warnings, ', ')}; ingenting skrevet`,
  'cannot-write': (p) => `✗ ${p.deck}: kan ikke skrive ${p.out}: ${p.folder ? 'det er en mappe' : p.text}\n  tips: velg en annen mappe med --out`,
  'all-built': (p) => `${decks(p.decks)} ${p.check ? 'sjekket' : 'bygget'}`,
  'some-failed': (p) => `${p.failed} av ${decks(p.decks)} feilet`,
  crashed: (p) => `✗ ${p.deck}: samling feilet på denne presentasjonen: ${p.text}\n  tips: meld gjerne fra om dette, og send med presentasjonen`,
  clash: (p) => `✗ ${p.decks.join(' og ')} ville ${p.decks.length === 2 ? 'begge' : 'alle'} blitt skrevet til ${p.out}; ingen av dem ble bygget\n  tips: gi en av presentasjonene et annet navn: resultatet får navnet til presentasjonsfilen`,
  'no-decks': (p) => `ingen presentasjoner (*.md) i ${p.paths.join(', ')}`,
  'out-one-file': (p) => `--out ${p.out} er navnet på én fil, men det er ${p.decks} presentasjoner\n  tips: oppgi en mappe (\`--out out\`), eller bygg én presentasjon`,
  'pool-started': (p) => `  bygger ${p.decks} presentasjoner her og i ${p.threads} ${p.threads === 1 ? 'arbeidstråd' : 'arbeidstråder'}`,
  'progress-decks': (p) => `${p.done} av ${p.total} presentasjoner`,
  'pdf-written': (p) => `✓ ${p.deck} → ${p.slides} og ${p.notes}`,
  'pdf-failed': (p) => `✗ ${p.deck}: LibreOffice klarte ikke å gjøre presentasjonen om til PDF${p.stopped ? ' (det stoppet med en feil)' : ''}; .pptx-filen er skrevet, PDF-filene er ikke det\n  tips: åpne ${p.pptx} i LibreOffice eller PowerPoint og eksporter den som PDF`,
  'pdf-install': 'PDF-filene tegnes av LibreOffice: apt-get install libreoffice-impress (macOS: brew install --cask libreoffice)',
  'preview-install': 'forhåndsvisningen tegner lysbildene med LibreOffice: apt-get install libreoffice-impress poppler-utils (macOS: brew install --cask libreoffice; brew install poppler)',
  'png-written': (p) => `✓ ${p.pptx} → ${p.dir}/ (${p.n} PNG-bilder)`,
  partials: (p) => `  partialer: ${p.list}`,
  'own-library': 'samlings eget bibliotek',
  read: (p) => (p.files.length ? `  leste også: ${p.files.join(', ')}` : '  leste ingen andre filer'),
  'new-written': (p) => `✓ ${p.file}: rediger den, og kjør så \`npx samling watch ${p.file} --preview\``,
  'init-written': (p) => `✓ ${p.folder}: et samling-prosjekt (${p.n} filer skrevet)`,
  'init-kept': (p) => `  latt være som de var (samling init overskriver aldri): ${p.files.join(', ')}`,
  'init-next': 'Neste steg:',
  'init-build': (p) => `bygg ${p.deck} til out/ (.pptx og PDF)`,
  'init-watch': 'bygg på nytt ved hver lagring; lysbildene i nettleseren',
  'watch-built': (p) => {
    const notes = [p.recovered ? 'i orden igjen' : '', p.fallback ? `resultatet for ${p.fallback.deck} er åpent et annet sted: skrev ${p.fallback.wrote}` : '', warnings(p.warnings)].filter(Boolean);
    return `✓ ${p.deck} → ${p.out}  ${slides(p.slides)}  ${p.ms} ms${notes.length ? `  (${notes.join(', ')})` : ''}`;
  },
  'watch-failed': (p) => `✗ ${p.deck}: ${p.errors} feil; den siste gode .pptx-filen står som den var; følger med videre`,
  'watch-deleted': (p) => `– ${p.deck} ble slettet; ${p.out} blir liggende`,
  'watch-ready': (p) => `følger med på ${decks(p.decks)} i ${p.paths.join(', ')} (Ctrl-C for å stoppe)`,
  'watch-preview': (p) => `forhåndsvisning: ${p.url}${p.install ? `  (${p.install})` : ''}`,
  'watch-stopped': 'stoppet',
  'preview-failed': (p) => `forhåndsvisningen klarte ikke å tegne ${p.deck}: ${p.text}`,
  'preview-of': (p) => `forhåndsvisningen av ${p.deck}: ${p.text}`,
  'watch-gone': (p) => `${p.root} er borte; følger med til den kommer tilbake`,
  'ask-title': 'Tittel (presentasjonens tittel, f.eks. Nettverk omdømme – tredje samling): ',
  'ask-network': 'Nettverks-id (fra decks/_data/networks.yaml, tomt for ingen): ',
  'ask-dates': 'Datoer (ÅÅÅÅ-MM-DD, komma mellom dagene): ',
  'ask-venue': 'Sted: ',

  'usage-unknown-command': (p) => `ukjent kommando \`${p.command}\` (kommandoene er init, new, build, watch, preview, check, components, schema, theme)`,
  'usage-unknown-option': (p) => `ukjent valg \`${p.option}\``,
  'usage-no-help': (p) => `det finnes ingen kommando \`${p.command}\``,
  'usage-needs-value': (p) => `${p.option} trenger en verdi`,
  'usage-needs-folder': (p) => `${p.option} trenger en mappe`,
  'usage-twice': (p) => `${p.option} er oppgitt to ganger (\`${p.first}\` og \`${p.second}\`)`,
  'usage-lang': '--lang trenger nb (bokmål), nn (nynorsk) eller en (engelsk)',
  'usage-gathering': '--gathering trenger et heltall fra 1 og oppover (hvilken samling dette er)',
  'usage-port': '--port trenger et portnummer (0 velger en ledig port)',
  'usage-theme': '--theme trenger navnet på et tema eller en mal, som `--theme krd` eller `--theme maler/DEPMAL.potx`',
  'usage-theme-command': (p) => `--theme hører til build, watch, preview og check, ikke \`samling ${p.command}\``,
  'usage-init': 'samling init tar én mappe (standard: denne mappen)',
  'usage-new': 'samling new trenger ett navn på en presentasjon, som `samling new 2014-04-omdomme-samling-3`',
  'usage-theme-check': 'samling theme check trenger én mal: `samling theme check maler/DEPMAL.potx`',
  'usage-components': 'samling components tar høyst ett navn, som `samling components network-map`',
  'usage-schema': 'samling schema tar ingen stier: `samling schema --out schemas`',
  'usage-no-path': (p) => `fant ingen fil eller mappe ${p.path}`,
  'usage-init-file': (p) => `${p.folder} er en fil, ikke en mappe`,
  'usage-slug': (p) => `navnet \`${p.slug}\` skal bestå av små bokstaver, sifre og bindestreker, som 2014-04-omdomme-samling-3`,
  'usage-deck-exists': (p) => `${p.file} finnes allerede; samling new overskriver aldri en presentasjon`,
  'usage-date': (p) => `\`${p.date}\` er ikke en dato som ÅÅÅÅ-MM-DD${p.iso ? ` (mente du ${p.iso}?)` : ''}`,
  'usage-no-networks': (p) => `--network ${p.id}: det finnes ingen ${p.file} å slå det opp i (\`samling init\` lager en)`,
  'usage-network': (p) => `ukjent nettverk \`${p.id}\` i ${p.file}${p.near ? ` – mente du \`${p.near}\`?` : ` (de som finnes: ${p.ids.join(', ')})`}`,
  'usage-component': (p) => `det finnes ikke noe oppsett, noen komponent eller noen partial i biblioteket som heter \`${p.name}\`${p.near ? `; mente du \`${p.near}\`?` : ''} (\`samling components\` viser alle)`,
  'no-such-file': (p) => `fant ikke filen ${p.file}`,
};

// —— samling --help ——————————————————————————————————————————————————————————

const THEME_OPTION = 'bygg med dette temaet eller denne malen (som maler/DEPMAL.potx), uansett hva presentasjonene og samling.yaml sier';

const help: Catalogue['help'] = {
  title: 'samling — Markdown-presentasjoner → redigerbar PowerPoint med riktig profil',
  usage: 'Bruk',
  overviewUsage: 'samling <kommando> [valg]   (i en prosjektmappe: npx samling …)',
  commands: 'Kommandoer',
  options: 'Valg',
  examples: 'Eksempler',
  more: 'samling <kommando> --help viser valgene og eksempler for en kommando.',
  version: 'samling --version skriver ut versjonen.',
  exit: 'Avslutningsstatus: 0 gikk bra, 1 en presentasjon har feil, 2 feil bruk.',
  common: {
    '-q, --quiet': 'skriv bare ut feil og advarsler',
    '--verbose': 'skriv også ut filene hver presentasjon leste',
    '--color, --no-color': 'farger i meldingene (standard: i en terminal; FORCE_COLOR og NO_COLOR blir fulgt)',
    '-h, --help': 'denne hjelpen',
  },
  init: {
    summary: 'start et prosjekt: decks/ med en eksempelpresentasjon, det felles biblioteket, nettverksdata, samling.yaml',
    usage: 'samling init [mappe]',
    options: {},
    examples: ['gjør denne mappen til et samling-prosjekt (overskriver aldri en fil)', 'lag en ny mappe til prosjektet'],
  },
  new: {
    summary: 'start decks/<navn>.md fra biblioteket (spør om det som mangler, i en terminal)',
    usage: 'samling new <navn> [valg]',
    options: {
      '--network ID': 'nettverket, en id i decks/_data/networks.yaml',
      '--dates D1,D2': 'dagene i samlingen, ÅÅÅÅ-MM-DD (eller --date D, én gang per dag)',
      '--lang nb|nn|en': 'språket i presentasjonen (standard nb)',
      '--gathering N': 'hvilken samling dette er: 1, 2, 3 …',
      '--venue TEXT': 'hvor samlingen er',
      '--title TEXT': 'tittelen på presentasjonen',
    },
    examples: [''],
  },
  build: {
    summary: 'bygg presentasjoner til .pptx (og PDF)',
    usage: 'samling build [presentasjoner eller mapper …] [valg]',
    options: {
      '-o, --out DIR': 'hvor .pptx-filene havner (standard out); et navn som slutter på .pptx, skriver den filen (én presentasjon)',
      '--pdf': 'også <presentasjon>.pdf og <presentasjon>-notater.pdf (én notatside per lysbilde), tegnet av LibreOffice',
      '-w, --watch': 'bygg på nytt ved hver lagring (= samling watch)',
      '--theme NAME|FILE': THEME_OPTION,
    },
    examples: ['hver presentasjon i decks/ til out/', 'én presentasjon, med PDF-filene', 'én presentasjon til en fil du velger selv', 'hver presentasjon på organisasjonens mal, for å prøve den'],
  },
  watch: {
    summary: 'bygg, og bygg så på nytt de presentasjonene en endring berører',
    usage: 'samling watch [presentasjoner eller mapper …] [valg]',
    options: {
      '-o, --out DIR': 'hvor .pptx-filene havner (standard out)',
      '--preview': 'vis en side med lysbildene slik LibreOffice tegner dem',
      '--port N': 'porten til forhåndsvisningen (standard 4010; 0 velger en ledig port)',
      '--theme NAME|FILE': THEME_OPTION,
    },
    examples: ['åpne adressen den skriver ut; hver lagring tegner lysbildene på nytt'],
  },
  preview: {
    summary: 'forhåndsvisningen (= watch --preview), eller lysbildene som PNG-filer',
    usage: 'samling preview [presentasjoner eller mapper …] [valg]',
    options: {
      '--port N': 'porten til siden (standard 4010)',
      '--png DIR': 'skriv lysbildene i hver presentasjon som PNG-filer til DIR, og stopp',
      '--theme NAME|FILE': THEME_OPTION,
    },
    examples: ['siden, for hver presentasjon', 'bilder/a/1.png, 2.png … (ett bilde per lysbilde)'],
  },
  check: {
    summary: 'sjekk presentasjoner og meld fra om hvert problem; skriver ingenting',
    usage: 'samling check [presentasjoner eller mapper …] [valg]',
    options: { '--theme NAME|FILE': THEME_OPTION },
    examples: ['hver presentasjon i decks/'],
  },
  components: {
    summary: 'vis oppsettene, komponentene og partialene i biblioteket, med syntaks, valg og parametere',
    usage: 'samling components [navn]',
    options: {},
    examples: ['hvert oppsett og hver komponent med et eksempel og valgene, så partialene i biblioteket', 'én av dem', 'en partial i biblioteket og parameterne den tar'],
  },
  theme: {
    summary: 'sjekk en organisasjons PowerPoint-mal før presentasjonene bruker den',
    usage: 'samling theme check <mal.potx>',
    options: {},
    examples: ['hvilket oppsett som brukes til hver rolle, fargene, skriftene og størrelsene den fant, og hva som mangler', 'deretter, i samling.yaml eller i front-matter i en presentasjon: bygg på den'],
  },
};

export const nb: Catalogue = { diagnostics, schema, cli, help };
