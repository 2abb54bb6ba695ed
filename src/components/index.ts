import type { LayoutDefinition } from '../layout/types.js';
// ▲ imports (one line per component, alphabetical)

/**
 * The components: layouts that draw the slides facilitators rebuild for every
 * gathering (programme, network map, omdømmetrappen …) as native shapes.
 * A new component is one file in this folder and one line in this list.
 */
export const components: LayoutDefinition<any>[] = [
  // ▲ list (one entry per component, alphabetical)
];
