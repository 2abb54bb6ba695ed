// `npm run validate`: the checker's command line, bundled from TypeScript
// (tests import the .ts directly through vitest). libxml2-wasm stays
// external: it loads its .wasm beside its own module.
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: 'tools/validate/cli.ts',
  platform: 'node',
  external: ['libxml2-wasm'],
  output: { file: 'tools/validate/dist/validate-pptx.mjs', format: 'esm' },
});
