/**
 * Every number the ranking engine uses, in one place. Each says which class of error it prevents (the classes met on
 * real answers: namesakes of a stage name or a surname, an entity counted twice, a common word in a title of another
 * field, ambiguous entities, weak matches promoted for variety, documents foreign to the video). `rank(…, { weights })`
 * overrides any of them; nothing else in `src/ranking/` hard-codes a weight.
 */
import type { DocumentType } from '../sdk/schemas.js';

export interface RankingWeights {
  /**
   * An author heading that is the entity's whole name ("Desmoulins, Camille", "SCH (1993-....)"): the surest sign, the
   * person's own work. (Prevents: the artist's records ranking below works that merely mention the name, class 2.)
   */
  authorExact: number;
  /** The entity as a phrase in the title, on word boundaries: the record is about it. (Prevents: prefixes, "Paris" in "Parisiens".) */
  title: number;
  /** In the subtitle: about it, but less centrally than the title. (Prevents: a subtitle's passing mention ranking as a title.) */
  subtitle: number;
  /** In a subject heading: a cataloguer said the record is about it. (Prevents: trusting a title word over a cataloguer.) */
  subject: number;
  /** In free text (summary, event description): mentioned, maybe in passing. (Prevents: a long text outweighing headings.) */
  description: number;
  /**
   * A date entity meets the record's publication year: weak, since a book printed in 1789 may be a source but one
   * printed in 2019 is not about 2019. (Prevents: a year bringing in everything printed that year.)
   */
  year: number;
  /** A date inside a broad period heading ("2021-2030") counts the share of the period it covers, never less than this. */
  broadPeriodFloor: number;
  /**
   * A one-word entity that is one part of a longer name, when no heading of the answer is that name alone: probably
   * the person ("Jancovici" for "Jancovici, Jean-Marc"), but a surname is shared. (Prevents: losing a person the
   * video names by surname only, while keeping a namesake below a whole name.)
   */
  namePartAlone: number;
  /**
   * The same, when another heading of the answer is that name alone: a namesake ("Niska, Jean" when the artist
   * "Niska (1994-....)" is there). (Prevents: a stage name matching the surname of a musicologist, class 1.)
   */
  namesake: number;
  /** The entity is only among the forenames of an inverted heading ("Paul" in "Martin, Paul"): a namesake at best. (Prevents: a given name read as the person.) */
  forename: number;
  /**
   * A subject heading holding the entity's words among others ("Kyoto (Japon) -- Temples"), against one that is it.
   * (Prevents: a broader or narrower heading weighing as much as the exact one.)
   */
  headingPart: number;
  /**
   * A one-word entity met only in the free text of a catalogued record whose headings never name it: "Santé" in
   * "La santé des enfants". (Prevents: the same word in a title of another field.)
   */
  looseWordFactor: number;
  /**
   * Specificity, as IDF: an entity whose matches fall into n unrelated groups of the answer (records sharing no
   * heading) counts 1 / (1 + this × ln n), except on a heading that is the entity alone. (Prevents: an ambiguous entity, "Multitude" the album and the essay,
   * weighing as much as an unambiguous one.)
   */
  ambiguity: number;
  /**
   * Each further entity a record matches adds its evidence times this power of its rank (1, this, this², …): a record
   * that fits several things the video names beats one word, without piling up. (Prevents: one entity counted twice
   * through two fields, or a long description outweighing a heading.)
   */
  agreement: number;
  /**
   * Prior for a type the relation type calls for first (recordings for a music clip): evidence × (1 + this).
   * Multiplied, so it reorders relevant records and never makes a weak one relevant. (Prevents: a book about a rapper
   * above his album for a music clip.)
   */
  typePriorPrimary: number;
  /** Prior for a type that suits the relation type less directly: evidence × (1 + this). (Same class, milder.) */
  typePriorSecondary: number;
  /** Share taken off a type foreign to the video (a map for a music clip): the legacy service's classic mistake. */
  foreignTypePenalty: number;
  /**
   * When the relation type is unknown (legacy answers carry none), the type prior comes from the coherence profile:
   * evidence × (1 + this × the profile's share of the record's type). (Prevents: a fixed table guessing wrong.)
   */
  profileTypePrior: number;
  /**
   * Coherence: evidence × (1 + this × likeness), likeness 0..1 being how much the record shares the profile's
   * subjects, authors and decade. (Prevents: the strongest entities' music scene not carrying to the rest, class 4.)
   */
  coherenceGain: number;
  /**
   * Records defining the profile at most: the best evidenced by a heading, the least ambiguous first. (Prevents: a
   * long tail of weak matches diluting the profile.)
   */
  profileSize: number;
  /**
   * A profile member's evidence is at least this share of the best: the profile is what the sure matches share.
   * (Prevents: a weak, heading-evidenced namesake setting the profile.)
   */
  profileShare: number;
  /**
   * Share taken off a record with neither author nor subject: 19th-century auction catalogues, stray titles; little to
   * trust. (Prevents: "Catalogue d'une vente… de M. Bastille" ranking on one title word.)
   */
  noAuthorNoSubjectPenalty: number;
  /** Raw score at which the normalised score is 0.5 (score = raw / (raw + this)): scores comparable across answers. */
  scoreHalfPoint: number;
  /** Normalised score under which a record is noise and dropped; dates do not count towards it. (Prevents: a year alone bringing a record in.) */
  floor: number;
  /** MMR trade-off: 1 ranks by score alone, 0 by novelty alone. (Prevents: ten records of one author and one entity.) */
  lambda: number;
  /**
   * MMR chooses each next item among those scoring at least this share of the best remaining one: novelty reorders
   * near equals, never brings up a record far weaker. (Prevents: the best false match of each weak entity displacing
   * the second and third record of the strong ones, class 3.)
   */
  pluralBand: number;
  /** Similarity share: same first author (two books by one writer say less than two voices). */
  similarityAuthor: number;
  /** Similarity share: same document type. */
  similarityType: number;
  /** Similarity share: same source (library, network, national…). */
  similaritySource: number;
  /** Similarity share: same strongest matching entity (the list should cover the video's several topics). */
  similarityEntity: number;
  /** MMR looks at the top `limit × this` works only: enough choice, bounded cost. */
  candidatePoolFactor: number;
  /** Evidence shown per item in `why`: enough to audit, short enough to read. */
  maxWhy: number;
}

export const DEFAULT_WEIGHTS: Readonly<RankingWeights> = Object.freeze({
  authorExact: 1,
  title: 0.8,
  subtitle: 0.5,
  subject: 0.9,
  description: 0.25,
  year: 0.15,
  broadPeriodFloor: 0.25,
  namePartAlone: 0.6,
  namesake: 0.25,
  forename: 0.15,
  headingPart: 0.75,
  looseWordFactor: 0.3,
  ambiguity: 0.5,
  agreement: 0.5,
  typePriorPrimary: 0.3,
  typePriorSecondary: 0.1,
  foreignTypePenalty: 0.5,
  profileTypePrior: 0.3,
  coherenceGain: 1,
  profileSize: 8,
  profileShare: 0.5,
  noAuthorNoSubjectPenalty: 0.4,
  scoreHalfPoint: 1,
  floor: 0.2,
  lambda: 0.7,
  pluralBand: 0.8,
  similarityAuthor: 0.35,
  similarityType: 0.15,
  similaritySource: 0.1,
  similarityEntity: 0.4,
  candidatePoolFactor: 3,
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

/**
 * When the relation type is unknown, maps and still images are foreign unless the profile holds some (a travel video
 * whose sure matches include maps): the legacy service's classic mistake, a town plan or a print named like the
 * video's place or person, takes `foreignTypePenalty`.
 */
export const FOREIGN_UNLESS_PROFILED: readonly DocumentType[] = Object.freeze(['map', 'image']);
