import type { Run } from '../model/types.js';
import { styleOf, type FontMetrics, type FontStyle } from './metrics.js';

/** A paragraph as the measurer sees it: styled runs in a column of a given width. */
export interface MeasureParagraph {
  runs: Run[];
  /** left indent (inches) taken from the box width, for bullets and levels */
  indent?: number;
  /** relative size (1 = the box's font size), e.g. 0.85 for a nested level */
  scale?: number;
  /** space before, in multiples of the font size */
  spaceBefore?: number;
  /** all runs bold (headings inside a box) */
  bold?: boolean;
}

export interface Measured {
  /** the text of every line, for tests and for the accuracy audit */
  lines: string[][];
  /** total height in inches, insets excluded */
  height: number;
  /** the widest line, inches */
  width: number;
}

const PT_PER_IN = 72;

/**
 * Wraps text the way PowerPoint and LibreOffice do (break after spaces and
 * hyphens; a word wider than the line is broken between characters) with the
 * real advance widths of the theme font.
 */
export class TextMeasurer {
  constructor(
    private readonly faces: Record<FontStyle, FontMetrics>,
    /** line spacing multiple the renderer writes (spcPct), 1 = single */
    private readonly lineSpacing: number,
  ) {}

  /** Height of one line at `size` points, in inches. */
  lineHeight(size: number): number {
    return (this.faces.regular.lineHeight * this.lineSpacing * size) / PT_PER_IN;
  }

  /** Width of a single-line string in inches. */
  width(text: string, size: number, bold = false, italic = false): number {
    return (this.faces[styleOf(bold, italic)].em(text) * size) / PT_PER_IN;
  }

  /** Lay out paragraphs in a column `width` inches wide at `size` points. */
  measure(paragraphs: MeasureParagraph[], width: number, size: number): Measured {
    const lines: string[][] = [];
    let height = 0;
    let widest = 0;
    paragraphs.forEach((p, i) => {
      const s = size * (p.scale ?? 1);
      const wrapped = this.wrap(p, width - (p.indent ?? 0), s);
      lines.push(wrapped.lines);
      widest = Math.max(widest, wrapped.width + (p.indent ?? 0));
      if (i > 0) height += ((p.spaceBefore ?? 0) * s) / PT_PER_IN;
      height += wrapped.lines.length * this.lineHeight(s);
    });
    return { lines, height, width: widest };
  }

  private wrap(p: MeasureParagraph, width: number, size: number): { lines: string[]; width: number } {
    const scale = size / PT_PER_IN;
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    let widest = 0;
    // `pending` holds spaces after the last word: they count only if more text follows
    let pendingSpace = '';
    let pendingWidth = 0;
    const flush = () => {
      lines.push(line);
      widest = Math.max(widest, lineWidth);
      line = '';
      lineWidth = 0;
      pendingSpace = '';
      pendingWidth = 0;
    };
    for (const run of p.runs) {
      const face = this.faces[styleOf(run.bold || p.bold, run.italic)];
      for (const piece of splitBreakable(run.text)) {
        if (/^\s+$/.test(piece)) {
          pendingSpace += piece;
          pendingWidth += face.em(piece) * scale;
          continue;
        }
        const w = face.em(piece) * scale;
        if (line && lineWidth + pendingWidth + w > width) flush();
        if (!line && w > width) {
          // a word wider than the column: broken between characters, as renderers do
          for (const ch of piece) {
            const cw = face.em(ch) * scale;
            if (line && lineWidth + cw > width) flush();
            line += ch;
            lineWidth += cw;
          }
          continue;
        }
        line += pendingSpace + piece;
        lineWidth += pendingWidth + w;
        pendingSpace = '';
        pendingWidth = 0;
      }
      if (run.br) flush();
    }
    if (line || lines.length === 0) flush();
    return { lines, width: widest };
  }
}

/** Split text into words (with a trailing hyphen or dash kept on the word) and runs of spaces. */
export function splitBreakable(text: string): string[] {
  return text.match(/\s+|[^\s\-–—/]*[\-–—/]+|[^\s\-–—/]+/g) ?? [];
}
