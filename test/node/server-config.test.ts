// The server's configuration file: validated in full, an unknown key or a bad value named in one sentence, the
// environment's secrets winning over the file, paths made absolute; the README's example config is valid.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isConfigError, loadConfig, parseConfig, YOUTUBE_DATA_API } from '../../src/server/config.js';
import { ROOT, temporaryFolder, writeConfig } from './server-harness.js';

const minimal = () => ({
  storage: 'sqlite:data/cocktail.db',
  youtube: { apiKey: 'file-key' },
  libraries: [{ id: 'villeurbanne', name: 'Villeurbanne', catalogues: [{ kind: 'json', path: 'catalogue.json' }] }],
});

const refusal = (json: unknown, env: Record<string, string> = {}): string => {
  try {
    parseConfig(json, { env });
  } catch (error) {
    assert.ok(isConfigError(error));
    return error.message;
  }
  assert.fail('the config was accepted');
};

describe('server config', () => {
  it('fills the defaults and makes paths absolute, relative to the config file', () => {
    const config = parseConfig(minimal(), { baseDir: '/etc/cocktail' });
    assert.equal(config.storage, 'sqlite:/etc/cocktail/data/cocktail.db');
    assert.equal(config.youtube.apiBase, YOUTUBE_DATA_API);
    assert.deepEqual(config.libraries[0]!.catalogues, [{ kind: 'json', path: '/etc/cocktail/catalogue.json' }]);
    assert.deepEqual(config.libraries[0]!.curation, { deniedChannels: [], deniedVideos: [], stopWords: [], allowedChannels: [] });
    assert.deepEqual(config.libraries[0]!.origins, []);
    assert.equal(config.search.maxSearches, 40);
    assert.equal(config.admin, undefined, 'no token: admin routes off');
  });

  it('names an unknown key, wherever it is', () => {
    assert.match(refusal({ ...minimal(), colour: 'blue' }), /the top level has an unknown key "colour"/);
    const json = minimal();
    (json.libraries[0] as Record<string, unknown>).quotas = { monthly: 10 };
    assert.match(refusal(json), /libraries\[0\] has an unknown key "quotas"/);
  });

  it('names a bad value and says what is expected', () => {
    assert.match(refusal({ ...minimal(), storage: 'mysql://db' }), /storage: must be "sqlite:PATH" or a postgres:\/\/ URL/);
    const json = minimal() as Record<string, any>;
    json.libraries[0].quota = { monthly: 0 };
    json.libraries[0].catalogues = [{ kind: 'sru', url: 'ftp://koha.example.org', permalink: 'https://opac.example.org/' }];
    const message = refusal(json);
    assert.match(message, /libraries\[0\]\.quota\.monthly/);
    assert.match(message, /libraries\[0\]\.catalogues\[0\]\.url: must be an http\(s\) URL/);
    assert.match(message, /libraries\[0\]\.catalogues\[0\]\.permalink: must contain \{id\}/);
    assert.match(refusal({ ...minimal(), libraries: [minimal().libraries[0], minimal().libraries[0]] }), /libraries\[1\]\.id: repeats the id "villeurbanne"/);
    assert.match(refusal({ ...minimal(), youtube: {} }), /youtube\.apiKey: is needed/);
    assert.match(refusal({ ...minimal(), admin: { token: 'short' } }), /admin\.token: must be at least 16 characters/);
  });

  it('lets the environment’s secrets win over the file', () => {
    const config = parseConfig({ ...minimal(), llm: { baseUrl: 'https://api.mistral.ai/v1', model: 'mistral-small-latest', apiKey: 'file' } }, {
      env: {
        DATABASE_URL: 'postgres://cocktail@db/cocktail',
        COCKTAIL_YOUTUBE_API_KEY: 'env-youtube-key',
        COCKTAIL_ADMIN_TOKEN: 'an-admin-token-from-the-environment',
        COCKTAIL_LLM_API_KEY: 'env-llm-key',
      },
    });
    assert.equal(config.storage, 'postgres://cocktail@db/cocktail');
    assert.equal(config.youtube.apiKey, 'env-youtube-key');
    assert.equal(config.admin?.token, 'an-admin-token-from-the-environment');
    assert.equal(config.llm?.apiKey, 'env-llm-key');
    assert.equal(parseConfig({ ...minimal(), youtube: {} }, { env: { COCKTAIL_YOUTUBE_API_KEY: 'k' } }).youtube.apiKey, 'k');
  });

  it('says when the file cannot be read or is not JSON', () => {
    const folder = temporaryFolder();
    try {
      assert.throws(() => loadConfig(join(folder.path, 'missing.json')), /Cannot read the config file .*ENOENT/);
      const file = writeConfig(folder.path, {});
      assert.throws(() => loadConfig(file), /libraries: /);
      assert.throws(() => loadConfig(join(ROOT, 'README.md')), /is not valid JSON/);
    } finally {
      folder.cleanup();
    }
  });

  it('accepts the README’s example config and the demo’s', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### One command, with SQLite'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(json, 'the README shows a config');
    const config = parseConfig(JSON.parse(json), { env: { COCKTAIL_YOUTUBE_API_KEY: 'key' } });
    assert.equal(config.libraries[0]!.fallback[0]!.kind, 'sru');
    assert.equal(loadConfig(join(ROOT, 'demo/server.config.json')).libraries[0]!.id, 'demo');
  });
});
