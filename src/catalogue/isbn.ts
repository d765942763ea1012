/**
 * ISBN clean-up. Catalogue ISBN fields hold qualifiers ("(br.)"), prices ("200 fr."), binding notes ("Br.") and
 * the odd miskeyed number; only a number whose check digit holds is kept.
 */

/** A run that may be an ISBN: digits and hyphens, possibly ending in the ISBN-10 check character X. */
const HYPHENATED_CANDIDATE = /\d[\d-]{8,20}[\dXx]/g;
/** The same with spaces as separators ("978 2 07 036822 8"), tried only when no hyphenated run is valid. */
const SPACED_CANDIDATE = /\d[\d -]{8,24}[\dXx]/g;

export function isValidIsbn10(digits: string): boolean {
  if (!/^\d{9}[\dX]$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = digits[i] as string;
    sum += (c === 'X' ? 10 : Number(c)) * (10 - i);
  }
  return sum % 11 === 0;
}

export function isValidIsbn13(digits: string): boolean {
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** The first valid ISBN-13 or ISBN-10 in `raw`, without separators; `undefined` when there is none. */
export function cleanIsbn(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  for (const candidates of [HYPHENATED_CANDIDATE, SPACED_CANDIDATE]) {
    for (const match of raw.matchAll(candidates)) {
      const isbn = validIsbnIn(match[0].replace(/[\s-]/g, '').toUpperCase());
      if (isbn) return isbn;
    }
  }
  return undefined;
}

function validIsbnIn(compact: string): string | undefined {
  if (compact.length === 13 && isValidIsbn13(compact)) return compact;
  if (compact.length === 10 && isValidIsbn10(compact)) return compact;
  // A frequent keying slip: an ISBN-10 (with its own check digit, often X) given the 978 prefix.
  if (compact.length === 13 && compact.startsWith('978') && isValidIsbn10(compact.slice(3))) return compact.slice(3);
  return undefined;
}
