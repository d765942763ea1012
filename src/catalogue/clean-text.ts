/**
 * Tidies a catalogue string for display and comparison: the BnF pads its values, MARC keeps ISBD punctuation at
 * the end of a subfield ("Les misérables /"), and UNIMARC marks non-sorting articles with control characters.
 */

/** C1 control characters used as non-sorting markers (NSB/NSE, MARC-8 0x88/0x89 and 0x98/0x9C). */
const NON_SORTING_MARKERS = /[\u0088\u0089\u0098\u009C]/g;
/** Whitespace runs, including no-break and narrow no-break spaces. */
const SPACE_RUNS = /[\s\u00A0\u202F]+/g;
/** ISBD punctuation closing a subfield: " /", " :", " ;", " =", and a trailing comma. Periods stay ("J.-C."). */
const TRAILING_ISBD = /(?:\s+[/:;=]|\s*,)+$/;
/** The same punctuation opening a value, as some exports cut fields after it. */
const LEADING_ISBD = /^(?:[/:;=,]\s+)+/;

export function cleanText(s: string | null | undefined): string {
  if (s == null) return '';
  return s
    .normalize('NFC')
    .replace(NON_SORTING_MARKERS, '')
    .replace(SPACE_RUNS, ' ')
    .trim()
    .replace(TRAILING_ISBD, '')
    .replace(LEADING_ISBD, '')
    .trim();
}
