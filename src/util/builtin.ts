import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * One of Node's own modules, loaded when first used. The bundle turns every
 * `import … from 'node:http'` into a `require` at its top, run at every
 * start: http, child_process and readline cost a plain build 9 ms of
 * compiling Node's own code for the preview server, LibreOffice, fontconfig
 * and the prompts of `samling new`, which it never uses.
 */
function builtin<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

export const childProcess = builtin<typeof import('node:child_process')>('node:child_process');
export const http = builtin<typeof import('node:http')>('node:http');
export const readline = builtin<typeof import('node:readline/promises')>('node:readline/promises');
