// The numbered migration lists: each store applies only the steps it has not recorded, in order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pendingMigrations } from '../../src/server/storage/migration.js';
import { POSTGRES_MIGRATIONS } from '../../src/server/storage/postgres-migrations.js';
import { SQLITE_MIGRATIONS } from '../../src/server/storage/sqlite-migrations.js';

const step = (version: number, name: string) => ({ version, name, sql: `-- ${name}` });

test('only the steps not yet applied are pending, in their order', () => {
  const all = [step(1, 'tables'), step(2, 'an index'), step(3, 'a column')];
  assert.deepEqual(pendingMigrations(all, new Set()).map((m) => m.version), [1, 2, 3]);
  assert.deepEqual(pendingMigrations(all, new Set([1, 2])).map((m) => m.version), [3]);
  assert.deepEqual(pendingMigrations(all, new Set([1, 2, 3])), []);
});

test('a list with a gap or a repeated number is refused with a sentence naming the step', () => {
  assert.throws(() => pendingMigrations([step(1, 'tables'), step(3, 'a column')], new Set()), {
    message: 'Migration "a column" is numbered 3, expected 2.',
  });
  assert.throws(() => pendingMigrations([step(1, 'tables'), step(1, 'again')], new Set()), /"again" is numbered 1/);
});

test('both databases have the same steps, numbered from 1', () => {
  assert.deepEqual(
    SQLITE_MIGRATIONS.map((m) => [m.version, m.name]),
    POSTGRES_MIGRATIONS.map((m) => [m.version, m.name]),
  );
  assert.doesNotThrow(() => pendingMigrations(SQLITE_MIGRATIONS, new Set()));
});
