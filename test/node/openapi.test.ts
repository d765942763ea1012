import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OPENAPI_FILE, buildOpenApiDocument, renderOpenApiDocument } from '../../scripts/openapi.js';
import * as schemas from '../../src/sdk/schemas.js';

const REGENERATE = 'npx tsx scripts/openapi.ts';

type Json = Record<string, any>;
const doc = buildOpenApiDocument() as Json;

test('the committed openapi.json is what the schemas produce', () => {
  const committed = readFileSync(OPENAPI_FILE, 'utf8');
  assert.ok(
    committed === renderOpenApiDocument(),
    `openapi.json is out of date with src/sdk/schemas.ts: run \`${REGENERATE}\` and commit the result`,
  );
});

test('generating twice gives the same text, ending with a newline', () => {
  const first = renderOpenApiDocument();
  assert.equal(renderOpenApiDocument(), first);
  assert.ok(first.endsWith('}\n'));
});

test('is an OpenAPI 3.1 document with the two v1 operations and the admin curation', () => {
  assert.match(doc.openapi, /^3\.1\.\d+$/);
  assert.deepEqual(Object.keys(doc.paths).sort(), [
    '/v1/admin/libraries/{id}/curation', '/v1/libraries/{libraryId}/recommendations', '/v1/videos/{videoId}',
  ]);
  const admin = doc.paths['/v1/admin/libraries/{id}/curation'];
  assert.deepEqual(Object.keys(admin).sort(), ['get', 'put']);
  assert.deepEqual(admin.put.security, [{ adminToken: [] }]);
  assert.equal(doc.components.securitySchemes.adminToken.scheme, 'bearer');
  const video = doc.paths['/v1/videos/{videoId}'].get;
  const list = doc.paths['/v1/libraries/{libraryId}/recommendations'].get;
  assert.equal(video.responses['200'].content['application/json'].schema.$ref, '#/components/schemas/VideoDescription');
  assert.equal(list.responses['200'].content['application/json'].schema.$ref, '#/components/schemas/RecommendationList');
  const parameters = Object.fromEntries(list.parameters.map((p: Json) => [p.name, p]));
  assert.deepEqual(Object.keys(parameters).sort(), ['lang', 'libraryId', 'limit', 'video']);
  assert.equal(parameters.video.in, 'query');
  assert.equal(parameters.video.required, true);
  assert.equal(parameters.libraryId.in, 'path');
});

test('every v1 operation answers 202 with Retry-After, 304, and 400/404/429/503 as problem details', () => {
  for (const [name, path] of Object.entries(doc.paths) as Array<[string, Json]>) {
    if (name.startsWith('/v1/admin/')) continue;
    const responses = resolveAll(path.get.responses);
    const excluded = name.includes('/recommendations') ? ['403'] : [];
    assert.deepEqual(Object.keys(responses).sort(), ['200', '202', '304', '400', ...excluded, '404', '429', '503']);
    assert.ok(responses['202'].headers['Retry-After'], '202 without Retry-After');
    assert.ok(responses['429'].headers['Retry-After'], '429 without Retry-After');
    assert.ok(responses['503'].headers['Retry-After'], '503 without Retry-After');
    for (const status of ['400', ...excluded, '404', '429', '503']) {
      const content = responses[status].content;
      assert.deepEqual(Object.keys(content), ['application/problem+json'], `${status} content type`);
      assert.equal(content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    }
  }
});

test('has a component for every schema of the contract, each an object schema', () => {
  const components = doc.components.schemas as Json;
  const exported = Object.entries(schemas)
    .filter(([, value]) => typeof value === 'object' && value !== null && '_zod' in value)
    .map(([name]) => (name === 'RecommendationListEnvelope' ? 'RecommendationList' : name));
  assert.ok(exported.length >= 13);
  for (const name of exported) {
    assert.equal(components[name]?.type, 'object', `component ${name}`);
    assert.equal(components[name].$schema, undefined, `${name} carries no $schema of its own`);
  }
});

test('the list documents its items and the tolerant vocabularies on the input side', () => {
  const components = doc.components.schemas as Json;
  assert.deepEqual(components.RecommendationList.properties.items, {
    type: 'array',
    items: { $ref: '#/components/schemas/RecommendationItem' },
  });
  const type = components.RecommendationItem.properties.type;
  assert.equal(type.type, 'string');
  assert.deepEqual(type.examples, [...schemas.DOCUMENT_TYPES]);
  // Defaults are filled in by the reader, so the API may leave them out.
  assert.ok(!components.RecommendationItem.required.includes('authors'));
  assert.ok(components.RecommendationItem.required.includes('score'));
  assert.equal(components.RecommendationItem.properties.score.maximum, 1);
});

test('every $ref points at something in the document', () => {
  const refs: string[] = [];
  const collect = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else collect(value);
      }
    }
  };
  collect(doc);
  assert.ok(refs.length > 20);
  for (const target of new Set(refs)) assert.ok(pointer(target) !== undefined, `dangling ${target}`);
});

function pointer(ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `external ref ${ref}`);
  return ref.slice(2).split('/').reduce<any>((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
}

function resolveAll(responses: Json): Json {
  return Object.fromEntries(
    Object.entries(responses).map(([status, response]) => {
      const resolved = response.$ref ? (pointer(response.$ref) as Json) : response;
      const headers = Object.fromEntries(
        Object.entries(resolved.headers ?? {}).map(([name, header]: [string, any]) => [name, header.$ref ? pointer(header.$ref) : header]),
      );
      return [status, { ...resolved, headers }];
    }),
  );
}
