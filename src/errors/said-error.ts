import { say, type CliKey, type CliParams, type MessageLang } from '../i18n/messages/index.js';

/**
 * Something the command line tells (not a problem in a deck): its words come
 * from the message catalogues' `cli` section, said in the run's language by
 * whoever prints it; its `message` is the English text.
 */
export class SaidError extends Error {
  constructor(readonly words: (lang: MessageLang) => string) {
    super(words('en'));
  }
}

/** `told('watch-gone', { root })` */
export const told = <K extends CliKey>(key: K, ...params: CliParams<K>): SaidError => new SaidError((lang) => say(lang, key, ...params));
