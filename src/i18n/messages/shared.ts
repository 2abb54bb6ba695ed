/**
 * Formatting that is the same in every language: lists of names as code
 * (`a`, `b`) or in guillemets («a», «b»). Words are never made here: each
 * catalogue writes its own sentences around these.
 */

/** `bar`, `line`, `pie` */
export const codes = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');

/** «Tittel og innhold», «Bare tittel» */
export const quoted = (names: readonly string[]): string => names.map((n) => `«${n}»`).join(', ');

/** A number written with a decimal comma, as Norwegians write it: `0.35` → `0,35` (a plain number is left as it is). */
export const decimal = (n: string): string => n.replace(/(\d)\.(\d)/g, '$1,$2');
