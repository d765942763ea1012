/**
 * Step 1: the video's entities made comparable. Labels are trimmed and NFC-normalised; comparison forms (folded
 * tokens, acronym tokens, year spans) are computed here once, so matching thousands of records never redoes them.
 */
import { FACETS, type Facet, type VideoDescription } from '../sdk/schemas.js';
import { STOP_WORDS } from './stop-words.js';
import { caseTokens, foldedTokens, isAllCapitals } from './text-folding.js';
import { formatYearRange, isPlausibleYear, parseDateLabel, yearOfWrittenDate, type YearRange } from './year-ranges.js';

export interface NormalizedEntity {
  facet: Facet;
  /** The label as shown to people: trimmed, NFC, inner spaces collapsed. */
  label: string;
  weight: number;
  /** Comparison key; equal keys across facets are one entity. */
  key: string;
  /** Accent-folded, lower-case words. */
  tokens: string[];
  /** The words a title must contain in order: leading articles dropped when two words or more remain. */
  phraseTokens: string[];
  /** `tokens` without stop words (never empty): what a subject heading must contain. */
  contentTokens: string[];
  /** An all-capitals label ("SCH"): matched only as the same capitals, as whole words. */
  acronym: boolean;
  /** The words with their case kept, for acronyms. */
  acronymTokens: string[];
  /** For a date entity, or a date written in words: the years it spans. */
  years?: YearRange;
  /**
   * One common word (not a work's title, not an acronym, not a date): "voyage", "Évolution", "Auguste". Found only in
   * passing (free text, inside a longer name) in a record whose headings never name it, it is weak evidence.
   */
  singleWord: boolean;
}

const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;
const FACET_ORDER = new Map<Facet, number>(FACETS.map((facet, index) => [facet, index]));

function facetRank(facet: Facet): number {
  return FACET_ORDER.get(facet) ?? FACETS.length;
}

function normalizeOne(facet: Facet, rawLabel: string, weight: number): NormalizedEntity | undefined {
  const label = rawLabel.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (label.length < 2 || !(weight > 0)) return undefined;
  const tokens = foldedTokens(label);
  if (tokens.length === 0 || tokens.every((token) => STOP_WORDS.has(token))) return undefined;

  let entityFacet = facet;
  let years: YearRange | undefined;
  if (BARE_NUMBER.test(label)) {
    // A bare number is noise ("10", "3,5") unless it reads as a year, and then it is a date whatever its facet.
    const value = Number(label.replace(',', '.'));
    if (!isPlausibleYear(value)) return undefined;
    entityFacet = 'dates';
  }
  // A date written in words in another facet ("14 juillet 1789") keeps its facet and its words, and gains its year.
  years = entityFacet === 'dates' ? parseDateLabel(label) : yearOfWrittenDate(tokens.join(' '));

  const contentTokens = tokens.filter((token) => !STOP_WORDS.has(token));
  // "Le Vieux Cordelier" must meet "du Vieux Cordelier"; "La Mer" stays whole, "mer" alone would be anything.
  let lead = 0;
  while (lead < tokens.length && STOP_WORDS.has(tokens[lead]!)) lead++;
  const phraseTokens = tokens.length - lead >= 2 ? tokens.slice(lead) : tokens;
  const acronym = isAllCapitals(label);
  const entity: NormalizedEntity = {
    facet: entityFacet,
    label,
    weight,
    key: years && entityFacet === 'dates' ? `year:${formatYearRange(years)}` : tokens.join(' '),
    tokens,
    phraseTokens,
    contentTokens: contentTokens.length > 0 ? contentTokens : tokens,
    acronym,
    acronymTokens: acronym ? caseTokens(label) : [],
    singleWord: !acronym && !years && entityFacet !== 'works' && entityFacet !== 'dates' && contentTokens.length === 1 && tokens.length === 1,
  };
  if (years) entity.years = years;
  return entity;
}

/** Whether `a` should be kept over `b` when both have the same key: stronger, then earlier facet, then label. */
function isPreferred(a: NormalizedEntity, b: NormalizedEntity): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  if (a.facet !== b.facet) return facetRank(a.facet) < facetRank(b.facet);
  return a.label < b.label;
}

/** Compares entities strongest first, then by facet, then by key: one fixed order for every caller. */
export function compareEntities(a: NormalizedEntity, b: NormalizedEntity): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  if (a.facet !== b.facet) return facetRank(a.facet) - facetRank(b.facet);
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Normalises the entities of a video: drops stop words, labels under 2 characters and bare numbers that are not
 * years; merges duplicates across facets (the strongest occurrence wins, its facet kept). Strongest first.
 */
export function normalizeEntities(description: Pick<VideoDescription, 'entities'>): NormalizedEntity[] {
  const byKey = new Map<string, NormalizedEntity>();
  for (const facet of FACETS) {
    for (const raw of description.entities[facet] ?? []) {
      const entity = normalizeOne(facet, raw.label, raw.weight);
      if (!entity) continue;
      const existing = byKey.get(entity.key);
      if (!existing || isPreferred(entity, existing)) byKey.set(entity.key, entity);
    }
  }
  return [...byKey.values()].sort(compareEntities);
}
