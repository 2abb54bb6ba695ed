import { z } from 'zod';
import { schemaError } from '../i18n/schema-errors.js';

/**
 * `_data/networks.yaml`: the networks a deck's front-matter `network: <id>`
 * names. One definition, for `samling schema` (editors check the file as it
 * is typed) and for tests of the sample data. More keys are allowed: each
 * becomes `{{network.<key>}}` in a deck.
 */
export const networkSchema = z.looseObject({
  theme: z.enum(['omdomme', 'sykefravaer', 'heltid-deltid', 'kompetanse'], { error: schemaError('network-theme-id') }).describe('The programme theme of the network.'),
  pulje: z.number().int().positive().optional().describe('The round (pulje) the network belongs to: 1, 2, 3 …'),
  region: z.string().optional().describe('The region, when a theme has several networks in a pulje.'),
  focus: z.string().optional().describe("The network's own focus."),
  leader: z.string().optional().describe('The network leader (nettverksleder).'),
  resource: z.string().optional().describe('A resource person.'),
  municipalities: z.array(z.string()).optional().describe('The municipalities in the network.'),
});

export const networksFileSchema = z
  .record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, schemaError('network-id')), networkSchema)
  .describe('_data/networks.yaml: network id → the network. A deck names one with `network: <id>` in its front-matter.');
