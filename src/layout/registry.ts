import { chart } from './layouts/chart.js';
import { content } from './layouts/content.js';
import { fullImage } from './layouts/full-image.js';
import { image } from './layouts/image.js';
import { quote } from './layouts/quote.js';
import { section } from './layouts/section.js';
import { text } from './layouts/text.js';
import { title } from './layouts/title.js';
import { twoColumn } from './layouts/two-column.js';
import { components } from '../components/index.js';
import type { LayoutDefinition } from './types.js';

/**
 * Every layout and component, by the name authors write in `<!-- layout: … -->`.
 * A new one is one file and one line here.
 */
export const layouts: LayoutDefinition<any>[] = [title, content, text, twoColumn, image, fullImage, chart, section, quote, ...components];

export function findLayout(name: string): LayoutDefinition<any> | undefined {
  return layouts.find((l) => l.name === name);
}
