/**
 * Coherence, deterministic: the records with the surest evidence (a heading that names an entity, the least
 * ambiguous entities first) define a profile: their document types, subject headings, authors and decades. Every
 * other record is compared with it: likeness 0..1 is the mean of the profile's share holding its best subject, its
 * best author and its decade, counted over the profile's other works (editions of one work are one member, and a
 * record is never compared with its own work). The profile's share of a record's type is the type prior when the
 * relation type is unknown.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { mainHeadings } from './evidence.js';
import { nameKey } from './name-headings.js';
import { foldKey } from './text-folding.js';
import type { RankingWeights } from './weights.js';

export interface ProfileCandidate {
  record: CatalogueRecord;
  /** The work the record is an edition of (`workKey`). */
  work: string;
  /** Evidence before coherence. */
  evidence: number;
  /** Evidenced by a heading (author or subject), not only by words in a text. */
  sure: boolean;
}

interface Features {
  type: string;
  subjects: string[];
  authors: string[];
  decade?: number;
}

export interface Likeness {
  /** 0..1: the mean share of the profile holding the record's best subject, author and decade. */
  value: number;
  /** Share of the profile of the record's document type, 0..1. */
  typeShare: number;
  /** The profile member most like the record, and what they share, for `why`. */
  closest?: { record: CatalogueRecord; shared: string[] };
}

function featuresOf(record: CatalogueRecord): Features {
  const features: Features = {
    type: record.type,
    subjects: [...new Set(mainHeadings(record).map(foldKey))],
    authors: [...new Set(record.authors.map(nameKey).filter((key) => key !== ''))],
  };
  if (record.year !== undefined) features.decade = Math.floor(record.year / 10) * 10;
  return features;
}

const DECADE_WORDS = (decade: number) => `années ${decade}`;

export class Profile {
  private readonly members: { record: CatalogueRecord; work: string; features: Features }[];
  private readonly counts = new Map<string, number>();
  private readonly hasYears: boolean;

  constructor(candidates: readonly ProfileCandidate[], weights: RankingWeights) {
    const byEvidence = (a: ProfileCandidate, b: ProfileCandidate) => b.evidence - a.evidence || (a.record.id < b.record.id ? -1 : 1);
    const sure = candidates.filter((c) => c.sure);
    const pool = [...(sure.length > 0 ? sure : candidates)].sort(byEvidence);
    const best = pool[0]?.evidence ?? 0;
    const works = new Set<string>();
    this.members = [];
    for (const c of pool) {
      if (this.members.length >= weights.profileSize || c.evidence < best * weights.profileShare) break;
      if (works.has(c.work)) continue;
      works.add(c.work);
      this.members.push({ record: c.record, work: c.work, features: featuresOf(c.record) });
    }
    for (const { features } of this.members) for (const key of this.keys(features)) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.hasYears = this.members.some((m) => m.features.decade !== undefined);
  }

  get size(): number {
    return this.members.length;
  }

  private keys(features: Features): string[] {
    return [
      `t:${features.type}`,
      ...features.subjects.map((s) => `s:${s}`),
      ...features.authors.map((a) => `a:${a}`),
      ...(features.decade === undefined ? [] : [`d:${features.decade}`]),
    ];
  }

  likeness(record: CatalogueRecord, work: string): Likeness {
    const features = featuresOf(record);
    const own = this.members.find((m) => m.work === work);
    const others = this.members.length - (own ? 1 : 0);
    if (others <= 0) return { value: 0, typeShare: 0 };
    // The record's own work is left out: it is compared with the rest of the profile.
    const ownKeys = new Set(own ? this.keys(own.features) : []);
    const share = (key: string) => ((this.counts.get(key) ?? 0) - (ownKeys.has(key) ? 1 : 0)) / others;
    const best = (keys: readonly string[]) => Math.max(0, ...keys.map(share));
    const parts = [best(features.subjects.map((s) => `s:${s}`)), best(features.authors.map((a) => `a:${a}`))];
    if (this.hasYears) parts.push(features.decade === undefined ? 0 : share(`d:${features.decade}`));
    const value = parts.reduce((sum, part) => sum + part, 0) / parts.length;
    const likeness: Likeness = { value, typeShare: share(`t:${features.type}`) };
    if (value > 0) likeness.closest = this.closest(work, features);
    return likeness;
  }

  /** The member sharing most with the record (the earliest, i.e. best evidenced, on a tie). */
  private closest(work: string, features: Features): { record: CatalogueRecord; shared: string[] } | undefined {
    let found: { record: CatalogueRecord; shared: string[] } | undefined;
    for (const member of this.members) {
      if (member.work === work) continue;
      const shared: string[] = [];
      const author = features.authors.find((a) => member.features.authors.includes(a));
      if (author) shared.push('même auteur');
      const subject = features.subjects.find((s) => member.features.subjects.includes(s));
      if (subject) shared.push(`sujet « ${mainHeadings(member.record).find((h) => foldKey(h) === subject)} »`);
      if (features.decade !== undefined && features.decade === member.features.decade) shared.push(DECADE_WORDS(features.decade));
      if (shared.length > (found?.shared.length ?? 0)) found = { record: member.record, shared };
    }
    return found;
  }
}
