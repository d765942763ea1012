// custom-elements.json and the README's element reference are generated from the element's JSDoc: both must be
// fresh, or integrators read a stale API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
// @ts-expect-error: a plain ESM script with no declarations.
import { readmeWithElementApi } from '../../scripts/readme-api.mjs';

const committed = readFileSync('custom-elements.json', 'utf8');

test('custom-elements.json matches the element source', () => {
  const outdir = 'test-output/manifest';
  rmSync(outdir, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config',
    'custom-elements-manifest.config.mjs', '--outdir', outdir], { stdio: 'pipe' });
  const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
  assert.equal(fresh, committed, 'custom-elements.json is stale: run `npm run manifest`.');
});

test('the manifest names the tag and the whole public API', () => {
  const manifest = JSON.parse(committed);
  const element = manifest.modules.flatMap((m: { declarations: { tagName?: string }[] }) => m.declarations)
    .find((d: { tagName?: string }) => d.tagName === 'cocktail-reco');
  assert.ok(element, 'no declaration with tagName cocktail-reco');
  const names = (list: { name: string }[]) => list.map((x) => x.name);
  for (const attribute of ['api-base', 'library', 'video', 'for', 'limit', 'layout', 'theme', 'lang', 'heading', 'no-explanations', 'no-badges']) {
    assert.ok(names(element.attributes).includes(attribute), `attribute ${attribute}`);
  }
  assert.deepEqual(names(element.events).sort(), ['cocktail-reco-error', 'cocktail-reco-load', 'cocktail-reco-select', 'cocktail-reco-video-change']);
  assert.deepEqual(names(element.slots).sort(), ['empty', 'footer', 'header']);
  for (const part of ['base', 'header', 'badge', 'form', 'list', 'item', 'item-cover', 'item-title', 'item-meta', 'why', 'status', 'retry-button']) {
    assert.ok(names(element.cssParts).includes(part), `part ${part}`);
  }
  assert.ok(names(element.cssProperties).every((n: string) => n.startsWith('--cocktail-reco-')));
});

test('the README element reference is generated from the manifest', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.equal(readmeWithElementApi(readme, JSON.parse(committed)), readme, 'README.md is stale: run `npm run manifest`.');
});
