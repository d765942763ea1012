/**
 * Permalinks. BnF records carry an ark (`ark:/12148/cb…` for the catalogue général, `bpt6k…`/`btv1b…` for
 * Gallica); other catalogues give a URL in the record, or a permalink pattern in the adapter's options.
 */
import type { RecordContext } from './record-context.js';

const BNF_ARK = /ark:\/12148\/[a-z0-9]+/i;

/** The BnF ark in a string (`http://catalogue.bnf.fr/ark:/12148/cb34969957b` → `ark:/12148/cb34969957b`). */
export function bnfArkIn(text: string | undefined): string | undefined {
  return text ? BNF_ARK.exec(text)?.[0] : undefined;
}

/** The public https URL of a BnF ark: catalogue général for `cb` arks, Gallica for digitised documents. */
export function bnfArkUrl(ark: string): string {
  const host = /^ark:\/12148\/cb/i.test(ark) ? 'catalogue.bnf.fr' : 'gallica.bnf.fr';
  return `https://${host}/${ark}`;
}

export function isHttpUrl(value: string | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The record's permalink: its BnF ark if any candidate holds one, else the adapter's pattern for its id, else the
 * first http(s) URL among the candidates (in order of preference).
 */
export function permalinkFor(id: string, candidates: readonly (string | undefined)[], context: RecordContext): string | undefined {
  for (const candidate of [id, ...candidates]) {
    const ark = bnfArkIn(candidate);
    if (ark) return bnfArkUrl(ark);
  }
  const fromPattern = context.permalink?.(id);
  if (isHttpUrl(fromPattern)) return fromPattern;
  return candidates.find(isHttpUrl);
}
