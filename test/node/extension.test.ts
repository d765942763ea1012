// The extension's own logic, in Node: what an API address and a library id may be, how the three layers of
// settings combine, the manifests, the typed errors carried across its messages, the messages' shapes, and the two
// languages of its pages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ExcludedError, HttpError, NetworkError, PendingError, QuotaError, TimeoutError, ValidationError, type CocktailError,
} from '../../src/sdk/errors.js';
import { receiveError, transferError } from '../../extension/error-transfer.js';
import { extensionManifest } from '../../extension/manifest.js';
import { RecommendRequest } from '../../extension/messages.js';
import { isLibraryId, originPattern, readApiBase, resolveSettings } from '../../extension/settings.js';

describe('extension settings', () => {
  it('an API address is HTTPS (or HTTP on the machine itself), normalised, with no credentials, query or fragment', () => {
    assert.equal(readApiBase(' https://api.example.org/ '), 'https://api.example.org');
    assert.equal(readApiBase('https://bib.example.org/cocktail/api//'), 'https://bib.example.org/cocktail/api');
    assert.equal(readApiBase('http://127.0.0.1:8080'), 'http://127.0.0.1:8080');
    assert.equal(readApiBase('http://localhost:3000/'), 'http://localhost:3000');
    for (const refused of [
      'http://api.example.org', 'javascript:alert(1)', 'ftp://api.example.org', 'https://user:pw@api.example.org',
      'https://api.example.org/?key=1', 'https://api.example.org/#x', 'api.example.org', '', 42, undefined,
    ]) {
      assert.equal(readApiBase(refused), null, String(refused));
    }
  });

  it('a library id is a path segment: letters, digits, dots, hyphens, underscores', () => {
    assert.ok(isLibraryId('villeurbanne'));
    assert.ok(isLibraryId('bm-lyon_2.0'));
    for (const refused of ['', '../admin', 'a/b', 'é', '-x', 'x'.repeat(65), 7]) assert.ok(!isLibraryId(refused), String(refused));
  });

  it('the host permission names the API\'s scheme and host, any port', () => {
    assert.equal(originPattern('https://api.example.org/v/api'), 'https://api.example.org/*');
    assert.equal(originPattern('http://127.0.0.1:8080'), 'http://127.0.0.1/*');
  });

  it('policy wins over what was saved, which wins over the build; invalid values are ignored', () => {
    const { settings, managed } = resolveSettings(
      { apiBase: 'https://build.example.org', library: 'build', layout: 'grid' },
      { apiBase: 'https://saved.example.org', library: '../bad', layout: 'compact', showOnYouTube: 'yes' },
      { library: 'policy', showOnYouTube: false, layout: 'nope' },
    );
    assert.deepEqual(settings, { apiBase: 'https://saved.example.org', library: 'policy', layout: 'compact', showOnYouTube: false });
    assert.deepEqual(managed, ['library', 'showOnYouTube']);
    assert.deepEqual(resolveSettings({}, undefined, undefined).settings, { apiBase: '', library: '', layout: 'list', showOnYouTube: true });
  });
});

describe('extension manifests', () => {
  it('the general build asks for no host at install; a preconfigured one is granted its API only', () => {
    const general = extensionManifest('chromium', { version: '1.2.3' });
    assert.equal(general.host_permissions, undefined);
    assert.deepEqual(general.permissions, ['storage']);
    const own = extensionManifest('firefox', { version: '1.2.3', apiBase: 'https://api.bm.example.org/x', geckoId: 'reco@bm.example.org' });
    assert.deepEqual(own.host_permissions, ['https://api.bm.example.org/*']);
    assert.deepEqual(own.background, { scripts: ['service-worker.js'] });
    assert.equal((own.browser_specific_settings as { gecko: { id: string } }).gecko.id, 'reco@bm.example.org');
  });
});

describe('extension messages', () => {
  it('a recommendation request carries a video id, and at most a language and a length', () => {
    assert.ok(RecommendRequest.safeParse({ type: 'recommend', video: 'sC4hJv2Lx0Q', lang: 'fr', limit: 8 }).success);
    for (const refused of [
      { type: 'recommend', video: 'https://www.youtube.com/watch?v=sC4hJv2Lx0Q' },
      { type: 'recommend', video: 'sC4hJv2Lx0Q', lang: 'fr-FR' },
      { type: 'recommend', video: 'sC4hJv2Lx0Q', limit: 1000 },
      { type: 'recommend', video: 'sC4hJv2Lx0Q', limit: 2.5 },
      { type: 'other', video: 'sC4hJv2Lx0Q' },
      'sC4hJv2Lx0Q',
    ]) {
      assert.ok(!RecommendRequest.safeParse(refused).success, JSON.stringify(refused));
    }
  });

  it('each SDK error crosses the messages (plain data, as JSON) and arrives as the same class with its details', () => {
    const across = (error: unknown): CocktailError => receiveError(JSON.parse(JSON.stringify(transferError(error))));
    const http = across(new HttpError(404, { code: 'video_not_analyzed', title: 'Not analysed' }));
    assert.ok(http instanceof HttpError);
    assert.equal(http.status, 404);
    assert.equal(http.code, 'video_not_analyzed');
    const quota = across(new QuotaError(3600, { limit: 1000, remaining: 0, resetsAt: '2027-01-01T00:00:00Z' }));
    assert.ok(quota instanceof QuotaError);
    assert.equal(quota.retryAfter, 3600);
    assert.deepEqual(quota.quota, { limit: 1000, remaining: 0, resetsAt: '2027-01-01T00:00:00Z' });
    const excluded = across(new ExcludedError({ code: 'video_excluded', detail: 'Chaîne exclue par la bibliothèque.' }));
    assert.ok(excluded instanceof ExcludedError);
    assert.equal(excluded.message, 'Chaîne exclue par la bibliothèque.');
    const pending = across(new PendingError(4));
    assert.ok(pending instanceof PendingError);
    assert.equal(pending.retryAfter, 4);
    const timeout = across(new TimeoutError(8000));
    assert.ok(timeout instanceof TimeoutError);
    assert.equal(timeout.timeoutMs, 8000);
    const validation = across(new ValidationError([{ path: ['items'], message: 'missing' }]));
    assert.ok(validation instanceof ValidationError);
    assert.deepEqual(validation.issues, [{ path: ['items'], message: 'missing' }]);
    assert.ok(across(new TypeError('Failed to fetch')) instanceof NetworkError, 'anything else is a relay failure');
    assert.ok(receiveError({ nonsense: true }) instanceof NetworkError);
  });
});

describe('extension pages in French and English', () => {
  const fr = JSON.parse(readFileSync('extension/_locales/fr/messages.json', 'utf8'));
  const en = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));

  it('both languages have the same messages, with the same placeholders', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
    for (const key of Object.keys(fr)) assert.deepEqual(Object.keys(en[key].placeholders ?? {}), Object.keys(fr[key].placeholders ?? {}), key);
  });

  it('every message the options page and the manifest use exists', () => {
    const html = readFileSync('extension/options.html', 'utf8');
    const script = readFileSync('extension/options.ts', 'utf8');
    const used = [
      ...[...html.matchAll(/data-i18n="([^"]+)"/g)].map((match) => match[1]!),
      ...[...script.matchAll(/say\('([^']+)'/g)].map((match) => match[1]!),
      ...JSON.stringify(extensionManifest('chromium', { version: '1' })).match(/(?<=__MSG_)\w+(?=__)/g)!,
    ];
    assert.ok(used.length > 10);
    assert.deepEqual(used.filter((key) => !(key in fr)), []);
  });
});
