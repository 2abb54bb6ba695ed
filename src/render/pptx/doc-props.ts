import type { Lang } from '../../model/types.js';

/** The deck's language as Office tags it (runs, core properties). */
export const LANG_TAG: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
