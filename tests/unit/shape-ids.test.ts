import { describe, expect, it } from 'vitest';
import { uniqueShapeIds } from '../../src/theme/pptx-template/shape-ids.js';

describe('shape ids in a template part', () => {
  it('leaves a part without repeats byte for byte', () => {
    const xml = '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/></p:nvGrpSpPr><p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/></p:nvSpPr></p:sp></p:spTree>';
    expect(uniqueShapeIds(xml)).toEqual({ xml, repeated: [] });
  });
  it("gives LibreOffice's repeated ids fresh numbers above the highest, keeping the first of each", () => {
    const xml = '<p:cNvPr id="1" name=""/><p:cNvPr id="1" name="PlaceHolder 1"/><p:cNvPr id="2" name="PlaceHolder 2"/><p:cNvPr id="2" name="PlaceHolder 3"/><p:cNvPr id="7" name="x"/>';
    const r = uniqueShapeIds(xml);
    expect(r.repeated).toEqual([1, 2]);
    expect(r.xml).toBe('<p:cNvPr id="1" name=""/><p:cNvPr id="8" name="PlaceHolder 1"/><p:cNvPr id="2" name="PlaceHolder 2"/><p:cNvPr id="9" name="PlaceHolder 3"/><p:cNvPr id="7" name="x"/>');
  });
});
