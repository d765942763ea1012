/**
 * Every number the ranking engine uses, in one place, each with the reason it exists. `rank(…, { weights })`
 * overrides any of them; nothing else in `src/ranking/` hard-codes a weight.
 */
import type { DocumentType } from '../sdk/schemas.js';

export interface RankingWeights {
  /** An author whose whole name is the entity ("Desmoulins, Camille" for "Camille Desmoulins"): the surest sign. */
  authorExact: number;
  /** The entity is a bare surname and is the author's surname ("Michelet" for "Michelet, Jules"). */
  authorSurname: number;
  /** The entity's words sit inside a longer name: could be a namesake, so weak. */
  authorPartial: number;
  /** The entity as a phrase in the title, on word boundaries: the record is about it. */
  title: number;
  /** In the subtitle: about it, but less centrally than the title. */
  subtitle: number;
  /** In a subject heading: a cataloguer said the record is about it. */
  subject: number;
  /** In free text (summary, event description): mentioned, maybe in passing. */
  description: number;
  /**
   * A date entity matches the record's publication year: weak, since a book printed in 1789 may be a source but one
   * printed in 2019 is not about 2019.
   */
  year: number;
  /**
   * A date inside a broad period heading ("2021-2030") counts the share of the period it covers, never less than
   * this: a tight range ("Prise (1789)") says more than a decade subdivision.
   */
  broadPeriodFloor: number;
  /**
   * A single word (not a work, not an acronym) found only in free text or inside a longer author name, in a record
   * whose subject headings never name it, counts this share: "voyage", "caramel", "Auguste" in passing.
   */
  looseWordFactor: number;
  /** A keyword equal to an author's name is weaker than a named person (keywords are often common nouns). */
  keywordAuthorFactor: number;
  /** Fields beyond an entity's best one add this share each: corroboration, without counting an entity twice. */
  secondaryFieldShare: number;
  /**
   * Share of each further facet's evidence added again (a person and a place and a subject agree): the record fits
   * the video, not one word. Proportional, so two weak facets agreeing earn little. Dates never earn it.
   */
  multiFacetBonus: number;
  /** Extra facets counted for the bonus at most, so a long description cannot pile it up. */
  maxBonusFacets: number;
  /**
   * Prior for a document type the relation type calls for first (recordings for a music clip…): evidence × (1 + this).
   * Multiplied, not added, so the prior reorders relevant records and never makes a weak one relevant.
   */
  typePriorPrimary: number;
  /** Prior for a type that suits the relation type less directly: evidence × (1 + this). */
  typePriorSecondary: number;
  /** Share taken off a type foreign to the video (a map for a music clip): the legacy service's classic mistake. */
  foreignTypePenalty: number;
  /** Share taken off a record with neither author nor subject: auction catalogues, stray titles; little to trust. */
  noAuthorNoSubjectPenalty: number;
  /** Raw score at which the normalised score is 0.5 (score = raw / (raw + this)): exact in IEEE arithmetic. */
  scoreHalfPoint: number;
  /** Normalised score under which a record is noise and dropped; dates do not count towards it. */
  floor: number;
  /** MMR trade-off: 1 ranks by score alone, 0 by novelty alone. */
  lambda: number;
  /** Similarity share: same first author (two books by one writer say less than two voices). */
  similarityAuthor: number;
  /** Similarity share: same document type. */
  similarityType: number;
  /** Similarity share: same source (library, network, national…). */
  similaritySource: number;
  /** Similarity share: same strongest matching entity (the list should cover the video's several topics). */
  similarityEntity: number;
  /** MMR looks at the top `limit × this` groups only: enough choice, bounded cost. */
  candidatePoolFactor: number;
  /**
   * MMR reorders the works scoring at least this share of the best one; the weaker ones follow them. Novelty may
   * reorder good matches, it must not bring in one far weaker because it is different (a lone weak place when a
   * dozen records fit the topic).
   */
  poolScoreShare: number;
  /** Evidence shown per item in `why`. */
  maxWhy: number;
}

export const DEFAULT_WEIGHTS: Readonly<RankingWeights> = Object.freeze({
  authorExact: 1,
  authorSurname: 0.85,
  authorPartial: 0.3,
  title: 0.8,
  subtitle: 0.5,
  subject: 0.7,
  description: 0.25,
  year: 0.15,
  broadPeriodFloor: 0.25,
  looseWordFactor: 0.3,
  keywordAuthorFactor: 0.5,
  secondaryFieldShare: 0.25,
  multiFacetBonus: 0.5,
  maxBonusFacets: 3,
  typePriorPrimary: 0.3,
  typePriorSecondary: 0.1,
  foreignTypePenalty: 0.5,
  noAuthorNoSubjectPenalty: 0.4,
  scoreHalfPoint: 1,
  floor: 0.2,
  lambda: 0.7,
  similarityAuthor: 0.35,
  similarityType: 0.15,
  similaritySource: 0.1,
  similarityEntity: 0.4,
  candidatePoolFactor: 3,
  poolScoreShare: 0.5,
  maxWhy: 5,
});

/** Which document types each relation type calls for, and which are foreign to it. */
export interface TypePreference {
  primary: readonly DocumentType[];
  secondary: readonly DocumentType[];
  foreign: readonly DocumentType[];
}

export const TYPE_PREFERENCES: Readonly<Record<string, TypePreference>> = Object.freeze({
  // Music, sport, travel: open the door with what people already love (records, scores, a concert nearby).
  inclusion: { primary: ['audio', 'score', 'event'], secondary: ['video'], foreign: ['map', 'image'] },
  // Tutorials, lectures: go further and learn (books, e-books, courses).
  pedagogy: { primary: ['book', 'ebook', 'training'], secondary: ['video', 'resource'], foreign: [] },
  // News, debates: sources to cross-check (books, the press, reference resources).
  emi: { primary: ['book', 'periodical', 'resource'], secondary: ['ebook', 'video'], foreign: ['map', 'image'] },
});
