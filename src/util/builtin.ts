import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * One of Node's own modules, loaded when first used. The bundle turns every
 * `import … from 'node:http'` into a `require` at its top, run at every
 * start: http, child_process and readline cost a plain build 9 ms of
 * compiling Node's own code for the preview server, LibreOffice and the
 * prompts of `samling new`, which it never uses.
 */
export function builtin<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
