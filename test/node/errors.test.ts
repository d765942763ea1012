import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import * as errors from '../../src/sdk/errors.js';

/** One instance of each failure class, built as the SDK builds them. */
function instances(e: typeof errors) {
  return [
    new e.NetworkError(),
    new e.TimeoutError(100),
    new e.HttpError(500),
    new e.QuotaError(3),
    new e.ExcludedError(),
    new e.ValidationError([{ path: ['items'], message: 'expected array, got string' }]),
    new e.InvalidVideoError('x'),
    new e.PendingError(2),
    new e.CatalogueError('down'),
  ];
}

const CLASS_NAMES = [
  'NetworkError', 'TimeoutError', 'HttpError', 'QuotaError', 'ExcludedError', 'ValidationError', 'InvalidVideoError', 'PendingError',
  'CatalogueError',
];

test('each error is named after its class and recognised by its guard', () => {
  for (const [index, error] of instances(errors).entries()) {
    assert.equal(error.name, CLASS_NAMES[index]);
    assert.equal(error.name, error.constructor.name);
    assert.ok(errors.isCocktailError(error));
    const guard = errors[`is${error.name}` as keyof typeof errors] as (e: unknown) => boolean;
    assert.equal(guard(error), true, error.name);
    assert.equal(errors.isNetworkError(error), error.name === 'NetworkError');
  }
});

test('the names survive minification (class names do not)', async () => {
  const result = await build({
    entryPoints: ['src/sdk/errors.ts'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error',
  });
  const minified = (await import(`data:text/javascript,${encodeURIComponent(result.outputFiles[0]!.text)}`)) as typeof errors;
  assert.deepEqual(instances(minified).map((error) => error.name), CLASS_NAMES);
});
