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
import { readNameHeading } from './name-headings.js';
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

export interface Likeness {
  /** 0..1: the mean share of the profile holding the record's best subject, author and decade. */
  value: number;
  /** Share of the profile of the record's document type, 0..1. */
  typeShare: number;
  /** Profile members the record was compared with (its own work left out): 0 when there is no profile to judge by. */
  others: number;
}

interface Features {
  type: string;
  subjects: string[];
  authors: string[];
  decade: string | undefined;
}

function featuresOf(record: CatalogueRecord): Features {
  const authors = new Set<string>();
  // One person per identity: a namesake of other dates ("Gazo (18..-18..)") is not the profile's author.
  for (const author of record.authors) if (readNameHeading(author).key !== '') authors.add(readNameHeading(author).person);
  return {
    type: record.type,
    subjects: [...new Set(mainHeadings(record).map(foldKey))],
    authors: [...authors],
    decade: record.year === undefined ? undefined : String(Math.floor(record.year / 10) * 10),
  };
}

/** How many members hold each value of one feature. */
class Tally {
  private readonly counts = new Map<string, number>();

  add(values: readonly (string | undefined)[]): void {
    for (const value of values) if (value !== undefined) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  /** The best share among `values` over `others` members, the record's own work (`own`) left out. */
  share(values: readonly (string | undefined)[], own: readonly (string | undefined)[], others: number): number {
    let best = 0;
    for (const value of values) {
      if (value === undefined) continue;
      const count = (this.counts.get(value) ?? 0) - (own.includes(value) ? 1 : 0);
      if (count / others > best) best = count / others;
    }
    return best;
  }
}

export class Profile {
  private readonly members: { record: CatalogueRecord; work: string; features: Features }[] = [];
  private readonly types = new Tally();
  private readonly subjects = new Tally();
  private readonly authors = new Tally();
  private readonly decades = new Tally();
  private readonly hasYears: boolean;

  constructor(candidates: readonly ProfileCandidate[], weights: RankingWeights) {
    const byEvidence = (a: ProfileCandidate, b: ProfileCandidate) => b.evidence - a.evidence || (a.record.id < b.record.id ? -1 : 1);
    const sure = candidates.filter((c) => c.sure);
    const pool = [...(sure.length > 0 ? sure : candidates)].sort(byEvidence);
    const best = pool[0]?.evidence ?? 0;
    const works = new Set<string>();
    for (const c of pool) {
      if (this.members.length >= weights.profileSize || c.evidence < best * weights.profileShare) break;
      if (works.has(c.work)) continue;
      works.add(c.work);
      const features = featuresOf(c.record);
      this.members.push({ record: c.record, work: c.work, features });
      this.types.add([features.type]);
      this.subjects.add(features.subjects);
      this.authors.add(features.authors);
      this.decades.add([features.decade]);
    }
    this.hasYears = this.members.some((m) => m.features.decade !== undefined);
  }

  likeness(record: CatalogueRecord, work: string): Likeness {
    const own = this.members.find((m) => m.work === work)?.features;
    const others = this.members.length - (own ? 1 : 0);
    if (others <= 0) return { value: 0, typeShare: 0, others: 0 };
    const features = featuresOf(record);
    const subject = this.subjects.share(features.subjects, own?.subjects ?? [], others);
    const author = this.authors.share(features.authors, own?.authors ?? [], others);
    const typeShare = this.types.share([features.type], own ? [own.type] : [], others);
    // Decades count only when the profile has years (legacy answers often carry none).
    if (!this.hasYears) return { value: (subject + author) / 2, typeShare, others };
    const decade = this.decades.share([features.decade], own ? [own.decade] : [], others);
    return { value: (subject + author + decade) / 3, typeShare, others };
  }

  /** The member sharing most with the record (the best evidenced on a tie), and what they share, in French. */
  closest(record: CatalogueRecord, work: string): { record: CatalogueRecord; shared: string[] } | undefined {
    const features = featuresOf(record);
    let found: { record: CatalogueRecord; shared: string[] } | undefined;
    for (const member of this.members) {
      if (member.work === work) continue;
      const shared: string[] = [];
      if (features.authors.some((a) => member.features.authors.includes(a))) shared.push('même auteur');
      const subject = mainHeadings(member.record).find((heading) => features.subjects.includes(foldKey(heading)));
      if (subject) shared.push(`sujet « ${subject} »`);
      if (features.decade !== undefined && features.decade === member.features.decade) shared.push(`années ${features.decade}`);
      if (shared.length > (found?.shared.length ?? 0)) found = { record: member.record, shared };
    }
    return found;
  }
}
