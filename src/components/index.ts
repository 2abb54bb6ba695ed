import type { LayoutDefinition } from '../layout/types.js';
import { networkMap } from './network-map.js';
import { orgChart } from './org-chart.js';
import { scale } from './scale.js';
import { evaluation } from './evaluation.js';
import { evaluationResults } from './evaluation-results.js';
import { programme } from './programme.js';
import { timeline } from './timeline.js';
import { staircase } from './staircase.js';
import { cycle } from './cycle.js';
import { speaker } from './speaker.js';
// ▲ imports (one line per component, alphabetical)

/**
 * The components: layouts that draw the slides facilitators rebuild for every
 * gathering (programme, network map, omdømmetrappen …) as native shapes.
 * A new component is one file in this folder and one line in this list.
 */
export const components: LayoutDefinition<any>[] = [
  networkMap,
  orgChart,
  scale,
  evaluation,
  evaluationResults,
  programme,
  timeline,
  staircase,
  cycle,
  speaker,
  // ▲ list (one entry per component, alphabetical)
];
