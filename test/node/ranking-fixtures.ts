/** Builders shared by the ranking tests: records and descriptions with plain defaults, and a seeded shuffle. */
import type { CatalogueRecord } from '../../src/catalogue/adapter.js';
import type { Entities, VideoDescription } from '../../src/sdk/schemas.js';

export const LIBRARY = { kind: 'library', name: 'Médiathèque de Lannion' } as const;
export const NATIONAL = { kind: 'national', name: 'BnF' } as const;

export function record(fields: Partial<CatalogueRecord> & Pick<CatalogueRecord, 'id' | 'title'>): CatalogueRecord {
  return { authors: [], subjects: [], type: 'book', source: LIBRARY, ...fields };
}

export function describe(
  entities: Entities,
  relation: string = 'general',
  video: Partial<VideoDescription['video']> = {},
): VideoDescription {
  return { video: { id: 'abcdefghijk', title: 'Vidéo', ...video }, relation: { type: relation }, entities };
}

/** A fixed pseudo-random permutation (mulberry32 + Fisher–Yates): the same on every run and machine. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}
