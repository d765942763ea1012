/**
 * What `cocktail-reco rank FILE` reads: either a Cocktail Culturel answer (read by the legacy reader) or our own
 * `{ description, candidates }` pair. Candidates are read leniently: one without an id or a title is skipped.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { readLegacyResponse } from '../recommenders/legacy.js';
import { readVideoDescription } from '../sdk/read.js';
import { DOCUMENT_TYPES, Source, type DocumentType, type VideoDescription } from '../sdk/schemas.js';

export interface RankInput {
  description: VideoDescription;
  candidates: CatalogueRecord[];
  /** Candidates that could not be read. */
  skipped: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** Throws `ValidationError` when the body is neither shape. */
export function readRankInput(body: unknown): RankInput {
  if (isObject(body) && 'description' in body && Array.isArray(body['candidates'])) {
    const description = readVideoDescription(body['description']);
    const candidates = body['candidates'].flatMap((raw) => {
      const record = readCandidate(raw);
      return record ? [record] : [];
    });
    return { description, candidates, skipped: body['candidates'].length - candidates.length };
  }
  const { description, candidates, skipped } = readLegacyResponse(body);
  return { description, candidates, skipped };
}

function readCandidate(raw: unknown): CatalogueRecord | undefined {
  if (!isObject(raw) || typeof raw['id'] !== 'string' || typeof raw['title'] !== 'string') return undefined;
  const type = (DOCUMENT_TYPES as readonly string[]).includes(String(raw['type'])) ? (raw['type'] as DocumentType) : 'other';
  const source = Source.safeParse(raw['source']);
  // The other fields are taken as given: the engine reads only the ones it knows.
  return {
    ...(raw as Partial<CatalogueRecord>),
    id: raw['id'],
    title: raw['title'],
    authors: strings(raw['authors']),
    subjects: strings(raw['subjects']),
    type,
    source: source.success ? source.data : { kind: 'library', name: '' },
  };
}
