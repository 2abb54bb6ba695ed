/*
 * A slide states only what differs from what it inherits (issue 15). pptxgenjs
 * writes every default out in full on every run and shape; these are the ones
 * that change nothing, removed from a slide's XML after it is mended:
 *
 * everywhere —
 *   dirty="0"                      (only PowerPoint's own "needs re-layout" hint)
 *   pitchFamily, charset on theme-font slots (+mj-lt …: the theme names the face)
 *   <a:ln></a:ln>                  (an empty line element: the shape's own default)
 *   <x></x> → <x/>
 *   an empty list style (<a:lstStyle/>: optional, and empty says nothing)
 *   the slide's name ("Slide 5": PowerPoint names none)
 *   an end mark holding only the language, after a run in the same paragraph
 *
 * in text boxes that are not placeholders (their text inherits only the
 * presentation's defaultTextStyle and the master's otherStyle, both written by
 * samling with these values: left, no indent, single spacing, no bullet, the
 * minor font) —
 *   algn="l", indent="0", marL="0" on a level-1 paragraph, 100 % line spacing,
 *   <a:buNone/>, the minor font's three slots, wrap="square", rtlCol="0",
 *   <a:noFill/> (a shape without a style has no fill of its own),
 *   an end mark no smaller than the default 18 pt (LibreOffice lets a larger
 *   end mark raise the last line; text-fixes.ts, so smaller ones stay)
 *
 * Placeholders keep everything they state: what they inherit is the layout's,
 * which may differ. The fit audit and the renders compare the same drawing
 * before and after (tests/lean-xml.test.ts).
 */

const THEME_FONT_EXTRAS = /(<a:(?:latin|ea|cs|sym) typeface="\+m[jn]-(?:lt|ea|cs)")(?: pitchFamily="-?\d+")?(?: charset="-?\d+")?/g;
const EMPTY_PAIR = /<((?:a|p):[A-Za-z]+)((?: [A-Za-z:]+="[^"]*")*)><\/\1>/g;
/** presentation.xml's defaultTextStyle, level 1 (hundredths of a point) */
const DEFAULT_SIZE = 1800;
const MINOR_FONT = '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>';

// (`<x>([\s\S]*?)</x>` takes an element up to its first closing tag, as `(?:(?!</x>)[\s\S])*` did, without
// a look-ahead at every character: a fifth of mending a slide)
export function leanSlide(xml: string): string {
  const general = xml
    .replace(/ dirty="0"/g, '')
    .replace(THEME_FONT_EXTRAS, '$1')
    .replace(/<a:ln><\/a:ln>/g, '')
    .replace(/<a:lstStyle\/>|<a:lstStyle><\/a:lstStyle>/g, '')
    .replace(/<p:cSld name="Slide \d+">/, '<p:cSld>')
    .replace(EMPTY_PAIR, '<$1$2/>')
    .replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, body: string) => `<a:p>${dropLangOnlyEndMark(body)}</a:p>`);
  return general
    .replace(/<p:sp>([\s\S]*?)<\/p:sp>/g, (whole, body: string) => (body.includes('<p:ph') ? whole : `<p:sp>${leanTextBox(body)}</p:sp>`))
    .replace(/<p:graphicFrame>([\s\S]*?)<\/p:graphicFrame>/g, (_m, body: string) => `<p:graphicFrame>${leanFrame(body)}</p:graphicFrame>`);
}

const END_MARK_AFTER_RUN = /(<\/a:r>)<a:endParaRPr lang="[A-Za-z-]+" sz="(\d+)"\/>/g;
const largeEndMark = (m: string, run: string, sz: string) => (Number(sz) >= DEFAULT_SIZE ? run : m);

/**
 * A table's cells inherit the default text style as text boxes do; pptxgenjs
 * also writes PowerPoint's revision id (p14:modId, optional) and two stray spaces.
 */
function leanFrame(frame: string): string {
  return frame
    .replace(/<p:nvPr><p:extLst><p:ext uri="\{D42A27DB-BD31-4B8C-83A1-F6EECF244321\}"><p14:modId [^>]*\/><\/p:ext><\/p:extLst><\/p:nvPr>/, '<p:nvPr/>')
    .replace(/(<\/p:cNvGraphicFramePr>)\s+/, '$1')
    .replace(END_MARK_AFTER_RUN, largeEndMark);
}

/** A language-only end mark says nothing the runs before it do not (its size is the paragraph's). */
function dropLangOnlyEndMark(paragraph: string): string {
  if (!/<a:(?:r|fld)\b/.test(paragraph)) return paragraph;
  return paragraph.replace(/<a:endParaRPr lang="[A-Za-z-]+"\/>/, '');
}

function leanTextBox(shape: string): string {
  return shape
    .replace(/<a:bodyPr\b[^>]*>/g, (tag) => tag.replace(/ wrap="square"/, '').replace(/ rtlCol="0"/, ''))
    .replace(/<a:pPr\b([^>]*?)(\/?)>/g, (tag, attrs: string, selfClosing: string) => {
      // a paragraph on another level inherits that level's indent
      if (/ lvl="[1-9]"/.test(attrs)) return tag;
      const kept = attrs.replace(/ algn="l"/, '').replace(/ indent="0"/, '').replace(/ marL="0"/, '');
      return `<a:pPr${kept}${selfClosing}>`;
    })
    .replace(/<a:lnSpc><a:spcPct val="100000"\/><\/a:lnSpc>/g, '')
    .replace(/<a:buNone\/>/g, '')
    // the shape's fill, not its line's: it comes right before the line or the end of spPr
    .replace(/<a:noFill\/>(?=<\/p:spPr>|<a:ln\b)/g, (m) => (shape.includes('<p:style>') ? m : ''))
    .replace(END_MARK_AFTER_RUN, largeEndMark)
    .split(MINOR_FONT)
    .join('')
    .replace(/<a:pPr><\/a:pPr>|<a:pPr\/>/g, '');
}
