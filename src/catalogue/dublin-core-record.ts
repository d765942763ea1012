/**
 * A Dublin Core record (`oai_dc:dc`, `srw_dc:dc`, the BnF's `dublincore` schema) in our model. The BnF writes
 * the statement of responsibility into `dc:title` ("Titre : sous-titre / Auteur") and dates and roles into
 * `dc:creator` ("Hugo, Victor (1802-1885). Auteur du texte"); both are trimmed back to what we show.
 */
import type { CatalogueRecord } from './adapter.js';
import { cleanText } from './clean-text.js';
import { documentTypeFromDublinCoreTypes, documentTypeFromSupport } from './document-type.js';
import { cleanIsbn } from './isbn.js';
import { unique, yearIn } from './marc-xml.js';
import { bnfArkIn, permalinkFor } from './permalink.js';
import { positionalId, type RecordContext } from './record-context.js';
import { childElements, localNameOf, textOf } from './xml-elements.js';

/** "Nom, Prénom (1802-1885). Auteur du texte" → "Nom, Prénom"; a parenthesis without digits is kept. */
const DATES_AND_ROLE = /\s*\([^()]*\d[^()]*\)(?:\.\s*[^()]*)?$/;
/** A role written without dates: "Collectif. Éditeur scientifique". */
const ROLE_ONLY =
  /\.\s+(?:auteur|compositeur|interpr[eè]te|[ée]diteur|illustrateur|traducteur|pr[ée]facier|directeur|r[ée]alisateur|metteur|chanteur|parolier|photographe|collaborateur|adaptateur|narrateur|chef|instrumentiste|sc[ée]nariste)\b[^.]*$/i;

export function dublinCoreCreatorName(raw: string): string {
  return cleanText(cleanText(raw).replace(DATES_AND_ROLE, '').replace(ROLE_ONLY, ''));
}

/** A general material designation in brackets: "[Enregistrement sonore]", "[Texte manuscrit]". */
const BRACKETED = /\s*\[([^\]]*)\]/g;
const isMaterialDesignation = (label: string) =>
  documentTypeFromSupport(label) !== 'other' || /manuscrit|multim[ée]dia|objet/i.test(label);

/** "Titre [Enregistrement sonore] : sous-titre / Auteur ; préface de…" → title and subtitle. */
export function splitDublinCoreTitle(raw: string): { title: string; subtitle?: string } {
  const withoutDesignation = cleanText(raw).replace(BRACKETED, (whole, label: string) =>
    isMaterialDesignation(label) ? '' : whole,
  );
  const withoutResponsibility = withoutDesignation.split(' / ')[0] ?? '';
  const colon = withoutResponsibility.indexOf(' : ');
  if (colon <= 0) return { title: cleanText(withoutResponsibility) };
  const subtitle = cleanText(withoutResponsibility.slice(colon + 3));
  const title = cleanText(withoutResponsibility.slice(0, colon));
  return subtitle ? { title, subtitle } : { title };
}

export function dublinCoreRecordToCatalogueRecord(dc: Element, context: RecordContext): CatalogueRecord | undefined {
  const values = new Map<string, string[]>();
  for (const el of childElements(dc)) {
    const text = cleanText(textOf(el));
    if (!text) continue;
    const name = localNameOf(el);
    values.set(name, [...(values.get(name) ?? []), text]);
  }
  const all = (name: string) => values.get(name) ?? [];
  const rawTitle = all('title')[0];
  if (!rawTitle) return undefined;
  const { title, subtitle } = splitDublinCoreTitle(rawTitle);
  if (!title) return undefined;

  const identifiers = all('identifier');
  const ark = identifiers.map(bnfArkIn).find(Boolean) ?? bnfArkIn(context.recordIdentifier);
  const id = ark ?? context.recordIdentifier ?? identifiers[0] ?? positionalId(context);

  const out: CatalogueRecord = {
    id,
    title,
    authors: unique([...all('creator'), ...all('contributor')].map(dublinCoreCreatorName)),
    type: documentTypeFromDublinCoreTypes(all('type')),
    subjects: unique(all('subject')),
    source: context.source,
  };
  if (subtitle) out.subtitle = subtitle;
  const year = all('date').map(yearIn).find((y) => y !== undefined);
  if (year !== undefined) out.year = year;
  const isbn = identifiers.filter((i) => /isbn/i.test(i)).map(cleanIsbn).find(Boolean);
  if (isbn) out.isbn = isbn;
  const description = all('description')[0];
  if (description) out.description = description;
  const url = permalinkFor(id, identifiers, context);
  if (url) out.url = url;
  return out;
}
