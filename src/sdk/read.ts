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
const ListCore = z.object({ video: Video, relation: Relation, items: z.array(z.unknown()) });
const DescriptionCore = z.object({ video: Video, relation: Relation });

type Shape = Record<string, z.ZodMiniType>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps each field that is valid on its own (with its default when absent) and leaves out the others. */
function readFields(shape: Shape, body: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const result = schema.safeParse(body[name]);
    if (result.success && result.data !== undefined) fields[name] = result.data;
  }
  return fields;
}

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** zod/mini ships no message locale: say what was expected and what came, from the body itself. */
function toIssues(error: z.core.$ZodError, body: unknown): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    let value: unknown = body;
    for (const key of path) value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
    const message =
      issue.code === 'invalid_type'
        ? value === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${kindOf(value)}`
        : issue.message;
    return { path, message };
  });
}

function readCore<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ValidationError(toIssues(result.error, body), what);
  return result.data;
}

/** Reads a `GET /v1/videos/{id}` body. Invalid entities are dropped; a missing facet is simply absent. */
export function readVideoDescription(body: unknown): VideoDescription {
  const core = readCore(DescriptionCore, body, 'video description');
  const rawEntities = isRecord(body) && isRecord(body.entities) ? body.entities : {};
  const entities: Entities = {};
  for (const facet of FACETS) {
    const list = rawEntities[facet];
    if (!Array.isArray(list)) continue;
    entities[facet] = list.flatMap((entry) => {
      const result = Entity.safeParse(entry);
      return result.success ? [result.data] : [];
    });
  }
  return { video: core.video, relation: core.relation, entities };
}

/** Reads a recommendations body item by item; invalid items are dropped and counted in `meta.dropped`. */
export function readRecommendationList(body: unknown): RecommendationList {
  const core = readCore(ListCore, body, 'recommendation list');
  const record = body as Record<string, unknown>;
  const items = core.items.flatMap((entry) => {
    const result = RecommendationItem.safeParse(entry);
    return result.success ? [result.data] : [];
  });
  const meta = Meta.parse(isRecord(record.meta) ? readFields(Meta.shape, record.meta) : {});
  meta.dropped += core.items.length - items.length;
  const quota = Quota.safeParse(record.quota);
  return {
    video: core.video,
    relation: core.relation,
    items,
    meta,
    ...(quota.success ? { quota: quota.data } : {}),
  };
}

/** Reads RFC 9457 problem details leniently: each valid field is kept; a body that is not an object gives nothing. */
export function readProblem(body: unknown): Problem | undefined {
  if (!isRecord(body)) return undefined;
  const problem = readFields(Problem.shape, body) as Problem;
  return Object.keys(problem).length > 0 ? problem : undefined;
}
