import type { Pptx } from './pptxgen.js';
import type { Template } from './template.js';

/**
 * One pptxgenjs "master" per layout of the template, after its own blank
 * one: pptxgenjs then writes a layout part per layout and relates each slide
 * to its layout by number. Their content is replaced wholesale by the
 * template's parts (template-xml.ts), so they are defined empty here.
 */
export function defineMasters(pptx: Pptx, template: Template): void {
  for (const layout of template.layouts.slice(1)) pptx.defineSlideMaster({ title: layout.name, objects: [] });
}
