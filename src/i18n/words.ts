import type { Lang } from '../model/types.js';

/** Words samling prints itself, per deck language. */
export interface Words {
  months: string[];
  ordinals: string[];
  welcome: string;
  toGathering: (ordinal: string) => string;
  network: string;
  networkLeader: string;
  pulje: string;
  continued: string;
  /** separator between hours and minutes: «10.00» / "10:00" */
  timeSeparator: string;
  /** the programme's themes, by network theme id */
  themes: Record<string, string>;
  inCooperationWith: string;
  resourceGroup: string;
}

const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

export const words: Record<Lang, Words> = {
  nb: {
    months,
    ordinals: ['første', 'annen', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende'],
    welcome: 'Velkommen',
    toGathering: (o) => `til ${o} nettverkssamling`,
    network: 'Nettverk',
    networkLeader: 'Nettverksleder',
    pulje: 'Pulje',
    continued: 'forts.',
    timeSeparator: '.',
    themes: { omdomme: 'Omdømme', sykefravaer: 'Sykefravær', 'heltid-deltid': 'Heltid/deltid', kompetanse: 'Kompetanse' },
    inCooperationWith: 'i samarbeid med',
    resourceGroup: 'i ressursgruppa',
  },
  nn: {
    months,
    ordinals: ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuande', 'åttande', 'niande', 'tiande'],
    welcome: 'Velkomen',
    toGathering: (o) => `til ${o} nettverkssamling`,
    network: 'Nettverk',
    networkLeader: 'Nettverksleiar',
    pulje: 'Pulje',
    continued: 'forts.',
    timeSeparator: '.',
    themes: { omdomme: 'Omdøme', sykefravaer: 'Sjukefråvær', 'heltid-deltid': 'Heiltid/deltid', kompetanse: 'Kompetanse' },
    inCooperationWith: 'i samarbeid med',
    resourceGroup: 'i ressursgruppa',
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    ordinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
    welcome: 'Welcome',
    toGathering: (o) => `to the ${o} network gathering`,
    network: 'Network',
    networkLeader: 'Network leader',
    pulje: 'Round',
    continued: 'cont.',
    timeSeparator: ':',
    themes: { omdomme: 'Reputation', sykefravaer: 'Sickness absence', 'heltid-deltid': 'Full-time/part-time', kompetanse: 'Competence and recruitment' },
    inCooperationWith: 'with',
    resourceGroup: 'of the resource group',
  },
};
