/**
 * A server process as the crash test needs it: opens the store named by argv[2], works its jobs, prints
 * `taken VIDEO` for each job it takes, finishes dQw4w9WgXcQ and hangs on any other, until the test kills it.
 */
import { openStore } from '../../src/server/storage/open-store.js';
import { description } from '../fixtures/api-sample.js';

const [url, leaseMs] = process.argv.slice(2);
const store = await openStore(url!);
await store.migrate();
await store.jobs.work(
  async (job) => {
    console.log(`taken ${job.videoId}`);
    if (job.videoId === 'dQw4w9WgXcQ') return { kind: 'done', description: description(job.videoId) };
    return new Promise(() => {});
  },
  { concurrency: 1, leaseMs: Number(leaseMs), pollMs: 20 },
);
console.log('working');
