// The package as a user's Node process sees it after `npm run build`: every export resolves through the package
// name (self-reference), with no DOM, and the headless entries do what they say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const node = (code: string): string => execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });

test('the build is there (npm test builds before the Node tests)', () => {
  assert.ok(existsSync('dist/esm/sdk.js'), 'dist/esm/sdk.js exists: run `npm run build`');
});

test('cocktail-reco/youtube parses a link in Node with no DOM', () => {
  const out = node(`import { parseYouTubeUrl } from 'cocktail-reco/youtube';
    console.log(JSON.stringify(parseYouTubeUrl('https://youtu.be/dQw4w9WgXcQ?t=1m30s')));`);
  assert.deepEqual(JSON.parse(out), { id: 'dQw4w9WgXcQ', start: 90 }, 'parsed through the package name');
});

test('cocktail-reco/sdk gives the client and refuses a bad link before any request', () => {
  const out = node(`import { CocktailClient, isInvalidVideoError } from 'cocktail-reco/sdk';
    const client = new CocktailClient({ apiBase: 'http://127.0.0.1:9', library: 'x' });
    try { await client.recommendations('not a link'); } catch (e) { console.log(isInvalidVideoError(e), e.name); }`);
  assert.equal(out.trim(), 'true InvalidVideoError', 'typed error with its class name');
});

test('cocktail-reco/ranking, /catalogue and the main entry import in Node without defining the element', () => {
  const out = node(`import { rank, planQueries } from 'cocktail-reco/ranking';
    import { MemoryCatalogue, SruCatalogue } from 'cocktail-reco/catalogue';
    const main = await import('cocktail-reco');
    // Lit's Node build shims customElements; the main entry must still not register the element.
    console.log(typeof rank, typeof planQueries, typeof MemoryCatalogue, typeof SruCatalogue, typeof main.CocktailReco,
      globalThis.customElements?.get('cocktail-reco') === undefined);`);
  assert.equal(out.trim(), 'function function function function function true', 'headless entries load; the element is exported, not defined');
});

test('every export path of package.json points at built files with types', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, string | { types: string; default: string }> };
  for (const [path, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : [target.types, target.default];
    for (const file of files) assert.ok(existsSync(file), `${path} → ${file} exists after the build`);
  }
});
