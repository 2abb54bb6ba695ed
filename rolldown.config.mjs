// One-file bundle of the CLI and the library: Node loads one module instead of
// several hundred (yaml, zod, handlebars, pptxgenjs …), which halves cold
// start-up, and the package has no dependencies to install.
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: 'dist/package-entry.js',
  platform: 'node',
  output: { file: 'dist/samling.mjs', format: 'esm' },
  // gray-matter's optional JavaScript front-matter engine uses eval; samling never enables it
  checks: { eval: false },
});
