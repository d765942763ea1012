// openStore: the storage URLs it opens, and a plain sentence for those it cannot.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/server/storage/open-store.js';
import { isStorageUnavailableError, isStorageUrlError } from '../../src/server/storage/storage-errors.js';

const folder = mkdtempSync(join(tmpdir(), 'cocktail-open-'));
after(() => rmSync(folder, { recursive: true, force: true }));

test('sqlite:PATH opens a database file, creating its data folder', async () => {
  const store = await openStore(`sqlite:${join(folder, 'data', 'nested', 'cocktail.db')}`);
  try {
    assert.equal(store.kind, 'sqlite');
    await store.migrate();
    await store.ping();
  } finally {
    await store.close();
  }
});

test('a URL of another kind is refused with a sentence naming what is supported', async () => {
  for (const url of ['mysql://localhost/db', 'sqlite:', 'data/cocktail.db', '', 'postgres://']) {
    await assert.rejects(openStore(url), (error) => {
      assert.ok(isStorageUrlError(error), url);
      assert.match(error.message, /is not supported: give "sqlite:PATH".*postgres:\/\//);
      return true;
    });
  }
});

test('a PostgreSQL server that does not answer is a sentence, and the password is not shown', async () => {
  // A port that was free a moment ago: nothing listens there.
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  await assert.rejects(openStore(`postgres://reco:s3cret@127.0.0.1:${port}/cocktail`), (error) => {
    assert.ok(isStorageUnavailableError(error));
    assert.match(error.message, new RegExp(`^The storage "postgres://reco:\\*\\*\\*@127\\.0\\.0\\.1:${port}/cocktail" cannot be reached: .*ECONNREFUSED`));
    assert.doesNotMatch(error.message, /s3cret/);
    return true;
  });
});

test('a SQLite file whose folder cannot be made is a sentence naming the storage', async () => {
  // A file where the data folder should be: not even root can make a folder under it.
  const notAFolder = join(folder, 'not-a-folder');
  writeFileSync(notAFolder, '');
  await assert.rejects(openStore(`sqlite:${join(notAFolder, 'data', 'cocktail.db')}`), (error) => {
    assert.ok(isStorageUnavailableError(error));
    assert.match(error.message, /^The storage "sqlite:.*not-a-folder\/data\/cocktail\.db" cannot be reached: .*ENOTDIR/);
    return true;
  });
});
