// The conformance suite on a real PostgreSQL server started for this file: each test a new database.
import { after, before } from 'node:test';
import { startPostgres, type PostgresServer } from './postgres-server.js';
import { storeConformance } from './store-conformance.js';

let server: PostgresServer;
before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());
let count = 0;

storeConformance('postgres', {
  database: async () => ({ url: await server.createDatabase(`conformance_${++count}`) }),
  // pg-boss counts a job's expiry from its start in whole seconds and supervises every 2 s.
  leaseMs: 1000,
  recoveryMs: 2500,
});
