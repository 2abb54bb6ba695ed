import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { projectConfigSchema } from '../load/project-config.js';
import { sidecarSchema } from '../theme/pptx-template/sidecar.js';
import { networksFileSchema } from '../template/networks-schema.js';

/**
 * `samling schema [--out DIR]`: the JSON Schemas of samling's YAML files,
 * generated from the zod schemas samling itself checks with (never written
 * by hand a second time), for editors' YAML language server.
 */
export const jsonSchemas = (): Record<string, unknown> => ({
  'samling.schema.json': z.toJSONSchema(projectConfigSchema, { io: 'input' }),
  'networks.schema.json': z.toJSONSchema(networksFileSchema, { io: 'input' }),
  // a template's <name>.samling.yaml
  'template.schema.json': z.toJSONSchema(sidecarSchema, { io: 'input' }),
});

export function schemaCommand(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return Object.entries(jsonSchemas()).map(([name, schema]) => {
    const file = join(outDir, name);
    writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
    return relative(process.cwd(), file) || file;
  });
}
