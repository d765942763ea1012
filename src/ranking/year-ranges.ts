/**
 * Years and year ranges: read from a date entity ("1789", "1789-07-14", "1789/1799", "14 juillet 1789") and found
 * in subject headings ("1789-1799 (Révolution)", "Prise (1789)", "1758-1794").
 */

export interface YearRange {
  from: number;
  to: number;
}

const FULL_DATE = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/;
const RANGE = /^(\d{4})\s*[/–-]\s*(\d{4})$/;
const ANY_YEAR = /(?<!\d)(\d{4})(?!\d)/g;
const YEARS_IN_HEADING = /(?<!\d)(\d{4})(?:\s*-\s*(\d{4})(?!\d))?/g;

/** The year span a date label names, or undefined when it names none. */
export function parseDateLabel(label: string): YearRange | undefined {
  const text = label.trim();
  const range = RANGE.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return from <= to ? { from, to } : { from: to, to: from };
  }
  const date = FULL_DATE.exec(text);
  if (date) return { from: Number(date[1]), to: Number(date[1]) };
  const years = [...text.matchAll(ANY_YEAR)].map((match) => Number(match[1]));
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

const WRITTEN_DATE =
  /(?:^|\s)(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})(?!\d)/;

/** The year of a date written out in words ("14 juillet 1789", "July 14 1789"); `folded` is accent-folded, lower case. */
export function yearOfWrittenDate(folded: string): YearRange | undefined {
  const match = WRITTEN_DATE.exec(folded);
  if (!match) return undefined;
  const year = Number(match[1]);
  return { from: year, to: year };
}

/** The query form of a span: "1789" or "1789/1799". */
export function formatYearRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}/${range.to}`;
}

/** Every year or "YYYY-YYYY" range written in a heading. */
export function yearRangesIn(text: string): YearRange[] {
  const ranges: YearRange[] = [];
  for (const match of text.matchAll(YEARS_IN_HEADING)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    ranges.push(from <= to ? { from, to } : { from: to, to: from });
  }
  return ranges;
}

/** Whether a bare number reads as a year (the catalogue's span of printed and recorded works). */
export function isPlausibleYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1000 && value <= 2100;
}
