/**
 * Spreadsheet software runs a cell that starts with one of these as a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`; tab and CR are read past on import): OWASP's CSV
 * injection list. Only the first character counts, whatever follows, line breaks included.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The text as a spreadsheet cell that is never run: a leading apostrophe marks it as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}
