// The conformance suite on SQLite: each test a new database file in a temporary data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { storeConformance } from './store-conformance.js';

const folder = mkdtempSync(join(tmpdir(), 'cocktail-sqlite-'));
after(() => rmSync(folder, { recursive: true, force: true }));
let count = 0;

storeConformance('sqlite', {
  database: async () => ({ url: `sqlite:${join(folder, `data-${++count}`, 'cocktail.db')}` }),
  leaseMs: 600,
  recoveryMs: 100,
});
