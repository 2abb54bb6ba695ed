// One-file bundle of the CLI: Node loads one module instead of several
// hundred (yaml, zod, handlebars, pptxgenjs …), which halves cold start-up.
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: 'dist/cli/main.js',
  platform: 'node',
  output: { file: 'dist/samling.mjs', format: 'esm' },
  // gray-matter's optional JavaScript front-matter engine uses eval; samling never enables it
  checks: { eval: false },
});
