// Left out of the bundle (rolldown.config.mjs): gray-matter requires js-yaml for its default
// YAML engine, but samling always gives it its own (load/load-deck.ts). Used anyway, it says so.
'use strict';
const unused = () => {
  throw new Error('internal: js-yaml is not in the samling bundle (gray-matter must be given its yaml engine)');
};
module.exports = { safeLoad: unused, safeDump: unused, load: unused, dump: unused };
