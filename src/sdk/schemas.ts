/**
 * The API contract (v1), written once in zod/mini. Every public type of the SDK is inferred from here.
 *
 * Schemas describe the wire shape with plain strings and numbers; closed vocabularies are mapped after parsing
 * (an unknown document type becomes `other`, an unknown relation type is kept as a string) so that an API newer
 * than the widget never breaks it. Unknown fields are stripped by `z.object`.
 */
import * as z from 'zod/mini';

export const DOCUMENT_TYPES = [
  'book', 'ebook', 'audio', 'video', 'score', 'periodical', 'map', 'image', 'game', 'resource', 'event',
  'training', 'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const RELATION_TYPES = ['emi', 'inclusion', 'pedagogy'] as const;
/** A known relation type, or any other string an API newer than this SDK may send (shown with a neutral badge). */
export type RelationType = (typeof RELATION_TYPES)[number] | (string & {});

export const SOURCE_KINDS = ['library', 'network', 'national', 'digital', 'event', 'partner'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const FACETS = ['people', 'works', 'subjects', 'places', 'dates', 'organizations', 'keywords'] as const;
export type Facet = (typeof FACETS)[number];

export const AVAILABILITY_STATUSES = ['available', 'on-loan', 'reserved', 'online', 'unavailable', 'unknown'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

/**
 * A string read as one of `values`, any other becoming `fallback`. An `overwrite` check (a value mapped in place)
 * costs far less in the bundle than `pipe` + `transform`; the cast only narrows the output type to what it maps to.
 */
const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  z.string().check(z.overwrite((value) => ((values as readonly string[]).includes(value) ? value : fallback))) as unknown as
    z.ZodMiniType<T, string>;

/** A number forced into 0..1: weights and scores out of range are clamped rather than rejected. */
const unit = z.number().check(z.overwrite((n) => (n < 0 ? 0 : n > 1 ? 1 : n)));

/** `T` with the keys `K` always present: what an object reads as once `withDefaults` has filled them. */
type Filled<T, K extends keyof T> = { [P in keyof T]: T[P] } & { [P in K]-?: Exclude<T[P], undefined> } extends infer F
  ? { [P in keyof F]: F[P] }
  : never;

/**
 * `schema` with its absent fields set from a fresh `defaults()` after parsing. One `overwrite` check per object
 * costs far less in the bundle than zod's `_default` on each field (the OpenAPI document then shows no `default`).
 */
const withDefaults = <S extends z.ZodMiniObject, K extends keyof z.output<S>>(
  schema: S,
  defaults: () => { [P in K]-?: Exclude<z.output<S>[P], undefined> },
) =>
  schema.check(
    z.overwrite((value) => {
      const filled = defaults() as Record<string, unknown>;
      for (const key in filled) (value as Record<string, unknown>)[key] ??= filled[key];
      return value;
    }),
  ) as unknown as z.ZodMiniType<Filled<z.output<S>, K>, z.input<S>> & Pick<S, 'shape'>;

export const Entity = z.object({ label: z.string(), weight: unit });
export type Entity = z.infer<typeof Entity>;

/** Each facet's entities, when the API sends it. Date labels are `YYYY`, `YYYY-MM-DD` or a range `YYYY/YYYY`. */
export const Entities = z.object(
  Object.fromEntries(FACETS.map((facet) => [facet, z.optional(z.array(Entity))])) as {
    [F in Facet]: z.ZodMiniOptional<z.ZodMiniArray<typeof Entity>>;
  },
);
export type Entities = z.infer<typeof Entities>;

export const Relation = z.object({ type: z.string(), reason: z.optional(z.string()) });
export type Relation = Omit<z.infer<typeof Relation>, 'type'> & { type: RelationType };

export const Video = z.object({
  id: z.string(),
  title: z.string(),
  channel: z.optional(z.string()),
  description: z.optional(z.string()),
  thumbnailUrl: z.optional(z.string()),
  language: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  /** YouTube's numeric category id (10 music, 17 sport, 25 news, 27 education…). */
  category: z.optional(z.number()),
});
export type Video = z.infer<typeof Video>;

/** Who made a description: `describer` is `rules` (the embedded, offline describer) or `llm:<model>`. */
export const DescriptionMeta = z.object({ describer: z.optional(z.string()), generatedAt: z.optional(z.string()) });
export type DescriptionMeta = z.infer<typeof DescriptionMeta>;

export const VideoDescription = z.object({
  video: Video,
  relation: Relation,
  entities: Entities,
  meta: z.optional(DescriptionMeta),
});
export type VideoDescription = z.infer<typeof VideoDescription>;

export const Source = z.object({ kind: oneOf(SOURCE_KINDS, 'library'), name: z.string() });
export type Source = z.infer<typeof Source>;

export const Availability = z.object({
  status: oneOf(AVAILABILITY_STATUSES, 'unknown'),
  label: z.optional(z.string()),
});
export type Availability = z.infer<typeof Availability>;

export const EventInfo = z.object({
  startsAt: z.string(),
  endsAt: z.optional(z.string()),
  venue: z.optional(z.string()),
  distanceKm: z.optional(z.number()),
  /** Free text as the organiser gives it ("Gratuit", "5 €"); `0` means free. */
  price: z.optional(z.string()),
});
export type EventInfo = z.infer<typeof EventInfo>;

/** One piece of evidence: which entity of the video matched which field of the record, and how strongly. */
export const Evidence = z.object({ facet: z.string(), value: z.string(), field: z.string(), weight: unit });
export type Evidence = z.infer<typeof Evidence>;

export const RecommendationItem = withDefaults(
  z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.optional(z.string()),
  authors: z.optional(z.array(z.string())),
  type: oneOf(DOCUMENT_TYPES, 'other'),
  year: z.optional(z.number()),
  isbn: z.optional(z.string()),
  coverUrl: z.optional(z.string()),
  /** The record's permalink in the library's catalogue (OPAC). */
  url: z.optional(z.string()),
  source: Source,
  availability: z.optional(Availability),
  event: z.optional(EventInfo),
  score: unit,
  relation: z.optional(Relation),
  why: z.optional(z.array(Evidence)),
  }),
  () => ({ authors: [], why: [] }),
);
export type RecommendationItem = z.infer<typeof RecommendationItem>;

export const Quota = z.object({ limit: z.number(), remaining: z.number(), resetsAt: z.optional(z.string()) });
export type Quota = z.infer<typeof Quota>;

export const Meta = withDefaults(
  z.object({
  searches: z.optional(z.number()),
  generatedAt: z.optional(z.string()),
  cached: z.optional(z.boolean()),
  /** Items the reader dropped because they were invalid (set by the SDK, not sent by the API). */
  dropped: z.optional(z.number()),
  /** Searches that failed while the list was built (partial results). */
  failedSearches: z.optional(z.number()),
  }),
  () => ({ searches: 0, cached: false, dropped: 0, failedSearches: 0 }),
);
export type Meta = z.infer<typeof Meta>;

/**
 * The wire shape of a list. `items` is read item by item (see `readRecommendationList`), so one invalid item is
 * dropped and counted instead of failing the whole list.
 */
export const RecommendationListEnvelope = z.object({
  video: Video,
  relation: Relation,
  items: z.array(z.unknown()),
  /** Absent on the wire means all defaults; the reader always fills it. */
  meta: z.optional(Meta),
  quota: z.optional(Quota),
});

export type RecommendationList = Omit<z.infer<typeof RecommendationListEnvelope>, 'items' | 'meta'> & {
  items: RecommendationItem[];
  meta: Meta;
};

/** RFC 9457 problem details; `code` is our stable machine-readable reason (`video_not_analyzed`…). */
export const Problem = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.optional(z.string()),
  retryAfter: z.optional(z.number()),
  quota: z.optional(Quota),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CODES = [
  'video_not_analyzed', 'video_excluded', 'library_unknown', 'quota_exceeded', 'invalid_request',
] as const;
