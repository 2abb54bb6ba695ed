/** samling as a library: build a deck file to .pptx bytes, with its diagnostics. */
export { buildDeckFile, type BuildResult } from './build.js';
export { formatDiagnostic } from './errors/format.js';
export type { Diagnostic } from './errors/diagnostic.js';
export type { Deck, Slide, Block, SourceLoc } from './model/types.js';
export { layouts } from './layout/registry.js';
