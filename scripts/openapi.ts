/**
 * Writes `openapi.json`, the OpenAPI 3.1 document of the v1 API, from the zod schemas of `src/sdk/schemas.ts`
 * (the single source of the contract). Run: `npx tsx scripts/openapi.ts` (or `npm run openapi`).
 *
 * Every zod schema exported by `schemas.ts` becomes a component under its export name, so a schema added there
 * shows up here, and `test/node/openapi.test.ts` fails until the document is regenerated.
 * Schemas are read on their input side (what the API sends): values mapped after parsing (unknown type → `other`,
 * weights clamped to 0..1) are documented as the plain strings and numbers the wire carries.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import * as zodClassic from 'zod';
import * as schemas from '../src/sdk/schemas.js';
import { CurationConfig } from '../src/server/config.js';

type JsonObject = Record<string, unknown>;

const componentRef = (name: string) => `#/components/schemas/${name}`;
const ref = (name: string) => ({ $ref: componentRef(name) });
const PROBLEM_JSON = 'application/problem+json';

/** The wire shape of a list, documented with its items (the SDK reads them one by one, hence `unknown` there). */
const RecommendationList = z.extend(schemas.RecommendationListEnvelope, {
  items: z.array(schemas.RecommendationItem),
});

/** The schemas that become components, by name: every zod schema exported by `schemas.ts`, in name order. */
function contractSchemas(): Array<[string, z.ZodMiniType]> {
  const exported = (Object.entries(schemas) as Array<[string, unknown]>)
    .filter((entry): entry is [string, z.ZodMiniType] => isZodSchema(entry[1]))
    .filter(([name]) => name !== 'RecommendationListEnvelope');
  return [...exported, ['RecommendationList', RecommendationList] as [string, z.ZodMiniType]].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
}

function isZodSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/**
 * Closed vocabularies are plain strings on the wire (so a newer API never breaks an older widget); the document
 * still lists the values this version knows, and says what happens to the others.
 */
const VOCABULARIES: Array<{ component: string; property: string; values: readonly string[]; otherwise: string }> = [
  { component: 'RecommendationItem', property: 'type', values: schemas.DOCUMENT_TYPES, otherwise: 'read as `other`' },
  { component: 'Source', property: 'kind', values: schemas.SOURCE_KINDS, otherwise: 'read as `library`' },
  { component: 'Availability', property: 'status', values: schemas.AVAILABILITY_STATUSES, otherwise: 'read as `unknown`' },
  { component: 'Relation', property: 'type', values: schemas.RELATION_TYPES, otherwise: 'shown with a neutral badge' },
  { component: 'Evidence', property: 'facet', values: schemas.FACETS, otherwise: 'kept as sent' },
  { component: 'Problem', property: 'code', values: schemas.PROBLEM_CODES, otherwise: 'kept as sent' },
];

/** Numbers in 0..1; the reader clamps values out of range rather than rejecting them. */
const UNIT_NUMBERS: Array<{ component: string; property: string }> = [
  { component: 'Entity', property: 'weight' },
  { component: 'Evidence', property: 'weight' },
  { component: 'RecommendationItem', property: 'score' },
];

function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of contractSchemas()) registry.add(schema, { id: name });
  const { schemas: generated } = z.toJSONSchema(registry, { io: 'input', uri: componentRef });

  const components: Record<string, JsonObject> = {};
  for (const [name, schema] of Object.entries(generated)) {
    // Each component is a part of this document, not a standalone JSON Schema resource.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonObject;
    components[name] = rest;
  }
  for (const { component, property, values, otherwise } of VOCABULARIES) {
    annotate(components, component, property, {
      description: `Known values: ${values.join(', ')}. Any other value is ${otherwise}.`,
      examples: [...values],
    });
  }
  for (const { component, property } of UNIT_NUMBERS) {
    annotate(components, component, property, {
      description: 'From 0 to 1; a value out of range is clamped.',
      minimum: 0,
      maximum: 1,
    });
  }
  return components;
}

function annotate(components: Record<string, JsonObject>, component: string, property: string, extra: JsonObject) {
  const properties = components[component]?.properties as Record<string, JsonObject> | undefined;
  const target = properties?.[property];
  if (!target) throw new Error(`openapi: ${component}.${property} is not in the contract any more`);
  Object.assign(target, extra);
}

const RETRY_AFTER_HEADER = {
  description: 'Seconds to wait before asking again.',
  schema: { type: 'integer', minimum: 0 },
};
const RETRY_AFTER_HEADERS = { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } };

function problemResponse(description: string, codes: readonly string[], retryAfter = false): JsonObject {
  return {
    description,
    ...(retryAfter ? { headers: RETRY_AFTER_HEADERS } : {}),
    content: {
      [PROBLEM_JSON]: {
        schema: ref('Problem'),
        examples: Object.fromEntries(
          codes.map((code) => [code, { value: { type: `about:blank`, title: code.replaceAll('_', ' '), code } }]),
        ),
      },
    },
  };
}

function jsonResponse(description: string, schema: string): JsonObject {
  return { description, content: { 'application/json': { schema: ref(schema) } } };
}

/** The answers every v1 operation can give besides its 200. */
function commonResponses(notFoundCodes: readonly string[]): JsonObject {
  return {
    '202': { $ref: '#/components/responses/Pending' },
    '304': { $ref: '#/components/responses/NotModified' },
    '400': { $ref: '#/components/responses/InvalidRequest' },
    '404': problemResponse('The video has not been analysed, or the library is unknown.', notFoundCodes),
    '429': { $ref: '#/components/responses/QuotaExceeded' },
    '503': { $ref: '#/components/responses/Unavailable' },
  };
}

const RATE_LIMIT_HEADERS = {
  'RateLimit-Policy': { $ref: '#/components/headers/RateLimitPolicy' },
  RateLimit: { $ref: '#/components/headers/RateLimit' },
};

/** The librarian's back office, on when the server has an admin token. */
function adminPaths(): JsonObject {
  const parameters = [{ name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1 } }];
  const curation = jsonResponse('The library’s curation in force.', 'Curation');
  const refused = {
    '401': problemResponse('The bearer token is missing or wrong.', ['unauthorized']),
    '404': problemResponse('The library is unknown.', ['library_unknown']),
  };
  return {
    '/v1/admin/libraries/{id}/curation': {
      get: {
        operationId: 'getCuration',
        summary: 'The library’s curation: denied channels and videos, stop words, allowed channels.',
        security: [{ adminToken: [] }],
        parameters,
        responses: { '200': curation, ...refused },
      },
      put: {
        operationId: 'putCuration',
        summary: 'Replaces the library’s curation; lists built under the old one are not served any more.',
        security: [{ adminToken: [] }],
        parameters,
        requestBody: { required: true, content: { 'application/json': { schema: ref('Curation') } } },
        responses: { '200': curation, '400': { $ref: '#/components/responses/InvalidRequest' }, ...refused },
      },
    },
  };
}

/** The curation object as the admin routes read and write it (absent lists are empty). */
function curationSchema(): JsonObject {
  const { $schema: _dialect, ...schema } = zodClassic.toJSONSchema(CurationConfig, { io: 'input' }) as JsonObject;
  return schema;
}

const VIDEO_ID_SCHEMA = { type: 'string', pattern: '^[A-Za-z0-9_-]{11}$', examples: ['dQw4w9WgXcQ'] };

/** The OpenAPI 3.1 document of the v1 API. Deterministic: the same schemas give the same document. */
export function buildOpenApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cocktail discoverability API',
      version: '1.0.0',
      summary: 'A library’s documents for any YouTube video, ranked and explained.',
      description:
        'Generated from `src/sdk/schemas.ts` by `scripts/openapi.ts`; do not edit by hand. Responses are JSON, ' +
        'errors are RFC 9457 problem details. Readers are tolerant: unknown fields are ignored, an unknown ' +
        'document type becomes `other`, and one invalid item is dropped rather than failing the list.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/v1/videos/{videoId}': {
        get: {
          operationId: 'getVideoDescription',
          summary: 'The analysis of a video: its relation type and its entities by facet.',
          description: 'Independent of any library, so any shared cache or CDN may keep it.',
          parameters: [{ name: 'videoId', in: 'path', required: true, schema: VIDEO_ID_SCHEMA }],
          responses: {
            '200': jsonResponse('The video, its relation type and its entities.', 'VideoDescription'),
            ...commonResponses(['video_not_analyzed']),
          },
        },
      },
      '/v1/libraries/{libraryId}/recommendations': {
        get: {
          operationId: 'getRecommendations',
          summary: 'The library’s documents for a video, ranked, diversified and explained.',
          parameters: [
            { name: 'libraryId', in: 'path', required: true, schema: { type: 'string', minLength: 1 } },
            { name: 'video', in: 'query', required: true, description: 'The YouTube video id.', schema: VIDEO_ID_SCHEMA },
            {
              name: 'limit',
              in: 'query',
              required: false,
              description: 'How many items at most; the server may return fewer.',
              schema: { type: 'integer', minimum: 1 },
            },
            {
              name: 'lang',
              in: 'query',
              required: false,
              description: 'The language of labels and explanations (BCP 47).',
              schema: { type: 'string', examples: ['fr', 'en'] },
            },
          ],
          responses: {
            '200': { ...jsonResponse('The ranked list with its evidence.', 'RecommendationList'), headers: RATE_LIMIT_HEADERS },
            ...commonResponses(['video_not_analyzed', 'library_unknown']),
            '403': problemResponse('The library’s curation excludes the video or its channel.', ['video_excluded']),
          },
        },
      },
      ...adminPaths(),
    },
    components: {
      schemas: { ...componentSchemas(), Curation: curationSchema() },
      headers: {
        RetryAfter: RETRY_AFTER_HEADER,
        RateLimitPolicy: {
          description: 'The library’s monthly quota (IETF httpapi RateLimit headers): `"monthly";q=<requests>;w=<seconds>`.',
          schema: { type: 'string', examples: ['"monthly";q=10000;w=2678400'] },
        },
        RateLimit: {
          description: 'What is left of it: `"monthly";r=<remaining>;t=<seconds until the next month, UTC>`.',
          schema: { type: 'string', examples: ['"monthly";r=9874;t=86400'] },
        },
      },
      securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'The server’s admin token.' } },
      responses: {
        Pending: {
          description: 'The video is being analysed; ask again after `Retry-After` seconds.',
          headers: RETRY_AFTER_HEADERS,
        },
        InvalidRequest: problemResponse('A parameter is missing or malformed.', ['invalid_request']),
        QuotaExceeded: problemResponse(
          'The library’s quota is spent; the problem carries the quota and `retryAfter`.',
          ['quota_exceeded'],
          true,
        ),
        NotModified: { description: 'The answer named by `If-None-Match` is still current (strong `ETag`).' },
        Unavailable: problemResponse(
          'The analysis waits for YouTube (its quota, a fault), or the catalogues or the storage do not answer; ' +
            'ask again after `Retry-After` seconds.',
          ['analysis_unavailable', 'catalogue_unavailable', 'storage_unavailable'],
          true,
        ),
      },
    },
  };
}

/** The document as written to `openapi.json`: two-space JSON with a trailing newline. */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OPENAPI_FILE, renderOpenApiDocument());
  console.log(`wrote ${OPENAPI_FILE}`);
}
