/**
 * Make a string safe for XML 1.0 before it reaches pptxgenjs, which escapes
 * `& < > " '` in most places but writes control characters, U+FFFE/U+FFFF and
 * lone surrogates as they are: a well-formedness error PowerPoint refuses.
 * Tabs and newlines are kept (they mean something in text); everything else
 * that XML forbids is dropped.
 */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** For the few fields pptxgenjs writes without escaping (docProps/app.xml `Company`). */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A hyperlink target PowerPoint accepts: http(s), mailto or tel; anything else is not linked. */
export function safeUrl(url: string): string | undefined {
  const u = xmlSafe(url).trim();
  return /^(https?:\/\/|mailto:|tel:)/i.test(u) && !/\s/.test(u) ? u : undefined;
}
