import { describe, expect, it } from 'vitest';
import { leanSlide } from '../../src/render/pptx/lean-xml.js';

/** What pptxgenjs writes for a component's text box (programme row), and a placeholder beside it. */
const textBox = (para: string, spPrExtra = '<a:noFill/><a:ln></a:ln>', style = '') =>
  `<p:sp><p:nvSpPr><p:cNvPr id="4" name="Tid 1.1"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="1" y="2"/><a:ext cx="3" cy="4"/></a:xfrm><a:prstGeom prst="rect"><a:avLst></a:avLst></a:prstGeom>${spPrExtra}</p:spPr>${style}<p:txBody><a:bodyPr wrap="square" lIns="30175" tIns="30175" rIns="30175" bIns="30175" rtlCol="0" anchor="t"></a:bodyPr><a:lstStyle/>${para}</p:txBody></p:sp>`;
const run = (text: string, sz = 2200) =>
  `<a:r><a:rPr lang="nb-NO" sz="${sz}" b="1" dirty="0"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:latin typeface="+mn-lt" pitchFamily="34" charset="0"/><a:ea typeface="+mn-ea" pitchFamily="34" charset="-122"/><a:cs typeface="+mn-cs" pitchFamily="34" charset="-120"/></a:rPr><a:t>${text}</a:t></a:r>`;
const defaults = '<a:pPr algn="l" indent="0" marL="0"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:buNone/></a:pPr>';
const placeholder = `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Content Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr wrap="square" rtlCol="0"/><a:lstStyle/><a:p>${defaults}<a:r><a:rPr lang="nb-NO" sz="2000" dirty="0"/><a:t>Punkt</a:t></a:r><a:endParaRPr lang="nb-NO" sz="2000" dirty="0"/></a:p></p:txBody></p:sp>`;
const slide = (...shapes: string[]) => `<p:sld><p:cSld name="Slide 5"><p:spTree>${shapes.join('')}</p:spTree></p:cSld></p:sld>`;

describe('leanSlide: a slide states only what differs from what it inherits', () => {
  it('a text box keeps its text, size, weight, colour and insets, and loses the defaults it would inherit anyway', () => {
    const out = leanSlide(slide(textBox(`<a:p>${defaults}${run('09.30')}<a:endParaRPr lang="nb-NO" sz="2200" dirty="0"/></a:p>`)));
    expect(out).toBe(
      '<p:sld><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="4" name="Tid 1.1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="1" y="2"/><a:ext cx="3" cy="4"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>' +
        '<p:txBody><a:bodyPr lIns="30175" tIns="30175" rIns="30175" bIns="30175" anchor="t"/><a:p><a:r><a:rPr lang="nb-NO" sz="2200" b="1"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill></a:rPr><a:t>09.30</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>',
    );
  });

  it('a placeholder keeps its paragraph properties and sizes: its layout may say otherwise', () => {
    const out = leanSlide(slide(placeholder));
    expect(out).toContain('<a:bodyPr wrap="square" rtlCol="0"/>');
    expect(out).toContain(defaults);
    expect(out).toContain('<a:endParaRPr lang="nb-NO" sz="2000"/>');
    expect(out).not.toContain('dirty=');
  });

  it('keeps what is not a default: another level, a major-font run, a small end mark, a fill under a style, spaces the author typed', () => {
    const nested = '<a:p><a:pPr marL="457200" lvl="1" indent="0" algn="l"/>' + run('Detalj', 1400) + '<a:endParaRPr lang="nb-NO" sz="1400" dirty="0"/></a:p>';
    const heading = `<a:p>${run('Dag 1').replace(/\+mn-/g, '+mj-')}</a:p>`;
    const spaces = '<a:p><a:r><a:rPr lang="nb-NO"/><a:t>  </a:t></a:r></a:p>';
    const out = leanSlide(slide(textBox(nested + heading + spaces, '<a:noFill/>', '<p:style><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef></p:style>')));
    expect(out).toContain('<a:pPr marL="457200" lvl="1" indent="0" algn="l"/>');
    expect(out).toContain('<a:endParaRPr lang="nb-NO" sz="1400"/>');
    expect(out).toContain('<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>');
    expect(out).toContain('<a:noFill/></p:spPr>');
    expect(out).toContain('<a:t>  </a:t>');
  });

  it('a line that draws is kept; only the empty line element goes', () => {
    const out = leanSlide(slide(textBox('<a:p/>', '<a:solidFill><a:schemeClr val="lt2"/></a:solidFill><a:ln w="12700"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill></a:ln>')));
    expect(out).toContain('<a:ln w="12700"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill></a:ln>');
  });

  it('a table drops the revision id and the stray spaces pptxgenjs writes, and end marks no smaller than the default', () => {
    const frame = '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="3" name="Table 3"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr>  <p:nvPr><p:extLst><p:ext uri="{D42A27DB-BD31-4B8C-83A1-F6EECF244321}"><p14:modId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="1579011935"/></p:ext></p:extLst></p:nvPr></p:nvGraphicFramePr>' +
      '<a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="nb-NO" sz="2000"/><a:t>Kommune</a:t></a:r><a:endParaRPr lang="nb-NO" sz="2000"/></a:p><a:p><a:r><a:rPr lang="nb-NO" sz="1200"/><a:t>x</a:t></a:r><a:endParaRPr lang="nb-NO" sz="1200"/></a:p></a:txBody></a:tc></p:graphicFrame>';
    const out = leanSlide(slide(frame));
    expect(out).toContain('</p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>');
    expect(out).toContain('<a:t>Kommune</a:t></a:r></a:p>');
    expect(out).toContain('<a:endParaRPr lang="nb-NO" sz="1200"/>');
  });
});
