// Left out of the bundle (rolldown.config.mjs): js-yaml (itself left out) loads esprima for
// its !!js/function type only.
'use strict';
module.exports = {};
