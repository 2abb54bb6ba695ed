import type { Lang } from '../model/types.js';
import type { MasterData, MasterKey, Rect, SymbolPart, ThemeData } from './schema.js';
import { FontMetrics, type FontStyle } from '../text/metrics.js';
import type { LoadedTemplate } from './pptx-template/load-template.js';

/**
 * A loaded theme: the data of `themes/<name>/theme.yaml` plus what is derived
 * from it once (font metrics, symbols). Layouts and components read colours,
 * fonts and sizes only from here.
 */
export class Theme {
  constructor(
    readonly data: ThemeData,
    readonly dir: string,
    readonly metrics: Record<FontStyle, FontMetrics>,
    readonly symbols: Record<string, SymbolPart[]>,
    /** a .potx/.pptx theme: its own master, layouts and theme are the output's */
    readonly template?: LoadedTemplate,
  ) {}

  get name(): string {
    return this.data.name;
  }
  get width(): number {
    return this.data.slide.width;
  }
  get height(): number {
    return this.data.slide.height;
  }
  get sizes(): ThemeData['sizes'] {
    return this.data.sizes;
  }
  get fonts(): ThemeData['fonts'] {
    return this.data.fonts;
  }

  /** A colour by role (`navy`, `muted`), palette position (`accent1`…`accent6`) or network theme. */
  color(role: string): string {
    const accent = /^accent([1-6])$/.exec(role);
    if (accent) return this.data.palette[Number(accent[1]) - 1]!;
    const c = this.data.colors[role] ?? this.data.networks[role];
    if (!c) throw new Error(`theme ${this.name} has no colour "${role}"`);
    return c;
  }

  /** Colour i of the chart palette (wraps around). */
  paletteColor(i: number): string {
    return this.data.palette[i % this.data.palette.length]!;
  }

  master(key: MasterKey): MasterData {
    return this.data.masters[key];
  }

  region(key: MasterKey, part: 'title' | 'body' | 'left' | 'right' | 'picture' | 'caption' | 'chart' | 'attribution'): Rect {
    const r = this.data.masters[key][part];
    if (!r) throw new Error(`theme ${this.name}: master ${key} has no ${part} region`);
    return r;
  }

  footerText(lang: Lang): string {
    return this.data.footer.text[lang];
  }

  /** The lowest y content may reach: above the footer rule. */
  get contentBottom(): number {
    return this.data.footer.rule.y - 0.12;
  }
}
