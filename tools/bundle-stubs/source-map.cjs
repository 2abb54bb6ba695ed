// Left out of the bundle (rolldown.config.mjs): Handlebars' code generator uses source-map's
// SourceNode only when it is there, and otherwise its own small fallback, which is what
// samling needs (it never asks for source maps of compiled templates).
'use strict';
module.exports = {};
