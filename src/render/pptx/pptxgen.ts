/**
 * pptxgenjs ships ES module code but CommonJS-style type declarations, so
 * under NodeNext its default import is typed as the module object. This file
 * gives the rest of render/pptx the class and its namespace of types.
 */
import pptxgenModule from 'pptxgenjs';

type Module = typeof pptxgenModule;
type PptxGenJSClass = Module extends { default: infer C } ? C : Module;

/** the PptxGenJS class, whichever way the runtime hands it over */
export const PptxGenJS = ((pptxgenModule as unknown as { default?: PptxGenJSClass }).default ?? pptxgenModule) as unknown as PptxGenJSClass;
export type Pptx = InstanceType<PptxGenJSClass>;
export type { default as P } from 'pptxgenjs';
