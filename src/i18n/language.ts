import type { MessageLang } from './messages/types.js';

/**
 * The language of samling's messages, decided in one place: samling.yaml's
 * `messages:` wins; else the locale, as POSIX reads it (the first of
 * `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty); else English.
 * `nb`, `no` (and `nb_NO.UTF-8`, `no_NO` …) are bokmål, `nn` (`nn_NO.UTF-8`,
 * and the old `no_NY`) nynorsk; `C`, `POSIX`, `en_GB` and anything else English.
 */
export function messageLanguage(configured: MessageLang | undefined, env: NodeJS.ProcessEnv = process.env): MessageLang {
  return configured ?? localeLanguage(env) ?? 'en';
}

/** The message language the locale asks for, if it is one samling has (nb, nn); undefined for English or no locale. */
export function localeLanguage(env: NodeJS.ProcessEnv): MessageLang | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (!locale) return undefined;
  // language[_territory][.codeset][@modifier]
  const m = /^([A-Za-z]+)(?:_([A-Za-z]+))?/.exec(locale);
  const language = m?.[1]?.toLowerCase();
  const territory = m?.[2]?.toUpperCase();
  if (language === 'nn' || (language === 'no' && territory === 'NY')) return 'nn';
  if (language === 'nb' || language === 'no') return 'nb';
  return undefined;
}
