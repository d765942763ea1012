/**
 * The tolerant reader of the v1 contract (DESIGN.md section 3). Widgets live on pages that are not updated when the
 * API evolves, so reading is lenient: unknown fields are ignored, an unknown document type becomes `other`, an
 * unknown relation type is kept, one invalid item (or entity) is dropped and counted instead of failing the list,
 * an invalid `meta` or `quota` field falls back to its default. Only a body with no usable shape (no video, no
 * relation, no item array) throws a `ValidationError` saying where and what.
 */
import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';
import {
  Entity, FACETS, Meta, Problem, Quota, RecommendationItem, Relation, Video,
  type Entities, type RecommendationList, type VideoDescription,
} from './schemas.js';

/** What every list must have to be shown at all; the rest is read field by field. */
const DescriptionCore = z.object({ video: Video, relation: Relation });
const ListCore = z.object({ video: Video, relation: Relation, items: z.array(z.unknown()) });

type Shape = Record<string, z.ZodMiniType>;
type Loose = Record<string | number, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of `list` that `schema` reads, the others left out. */
const readEach = <T>(list: unknown[], schema: z.ZodMiniType<T>): T[] =>
  list.flatMap((entry) => {
    const result = schema.safeParse(entry);
    return result.success ? [result.data] : [];
  });

/** Keeps each field that is valid on its own (with its default when absent) and leaves out the others. */
function readFields(shape: Shape, body: Loose): Loose {
  const fields: Loose = {};
  for (const name in shape) {
    const { data } = shape[name]!.safeParse(body[name]);
    if (data !== undefined) fields[name] = data;
  }
  return fields;
}

/** Reads what every answer must have, or throws a `ValidationError` saying where and what. */
function readCore<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  // zod/mini ships no message locale: say what was expected and what came, from the body itself.
  const issues: ValidationIssue[] = result.error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    let value: unknown = body;
    for (const key of path) value = value && typeof value === 'object' ? (value as Loose)[key] : undefined;
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const message =
      issue.code !== 'invalid_type'
        ? issue.message
        : value === undefined
          ? `missing (expected ${issue.expected})`
          : `expected ${issue.expected}, got ${got}`;
    return { path, message };
  });
  throw new ValidationError(issues, what);
}

/** Reads a `GET /v1/videos/{id}` body. Invalid entities are dropped; a missing facet is simply absent. */
export function readVideoDescription(body: unknown): VideoDescription {
  const { video, relation } = readCore(DescriptionCore, body, 'video description');
  const raw = (body as Loose).entities;
  const entities: Entities = {};
  for (const facet of FACETS) {
    const list = isRecord(raw) && raw[facet];
    if (Array.isArray(list)) entities[facet] = readEach(list, Entity);
  }
  return { video, relation, entities };
}

/** Reads a recommendations body item by item; invalid items are dropped and counted in `meta.dropped`. */
export function readRecommendationList(body: unknown): RecommendationList {
  const { video, relation, items: entries } = readCore(ListCore, body, 'recommendation list');
  const { meta: rawMeta, quota: rawQuota } = body as Loose;
  const items = readEach(entries, RecommendationItem);
  const meta = Meta.parse(isRecord(rawMeta) ? readFields(Meta.shape, rawMeta) : {});
  meta.dropped += entries.length - items.length;
  const quota = Quota.safeParse(rawQuota);
  return { video, relation, items, meta, ...(quota.success ? { quota: quota.data } : {}) };
}

/** Reads RFC 9457 problem details leniently: each valid field is kept; a body that is not an object gives nothing. */
export function readProblem(body: unknown): Problem | undefined {
  if (!isRecord(body)) return undefined;
  const problem = readFields(Problem.shape, body) as Problem;
  return Object.keys(problem).length ? problem : undefined;
}
