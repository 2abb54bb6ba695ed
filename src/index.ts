/** samling as a library: build a deck file to .pptx bytes, with its diagnostics. */
export { buildDeckFile, type BuildOptions, type BuildResult } from './build.js';
export { formatDiagnostic } from './errors/format.js';
export type { Diagnostic } from './errors/diagnostic.js';
export type { MessageLang } from './i18n/messages/index.js';
export type { Deck, Slide, Block, SourceLoc } from './model/types.js';
export { layouts } from './layout/registry.js';
