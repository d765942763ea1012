/**
 * What every store must do, whatever its database: one suite, run by store-sqlite.test.ts and
 * store-postgres.test.ts. Each test gets a new, empty database; `open()` opens one more store on it, as one more
 * server instance would. Jobs run on the real clock with short leases, so the waits below are real.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { VideoDescription } from '../../src/sdk/schemas.js';
import type { AnalysisJob, Curation, JobOutcome, Store } from '../../src/server/store.js';
import { openStore } from '../../src/server/storage/open-store.js';
import { description } from '../fixtures/api-sample.js';

export interface TestDatabase {
  /** The storage URL of this database, as a config would name it. */
  url: string;
}

export interface StoreHarness {
  /** A new, empty database. */
  database(): Promise<TestDatabase>;
  /** The shortest lease the store honours, in ms (PostgreSQL's job expiry counts whole seconds). */
  leaseMs: number;
  /** How long after a lease ran out the job may wait before it is taken again (the store's supervision). */
  recoveryMs: number;
}

/** Resolves once `check` returns a value other than undefined/false; fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CURATION: Curation = {
  deniedChannels: ['Chaîne refusée'],
  deniedVideos: ['aaaaaaaaaaa'],
  stopWords: ['abonne-toi'],
  allowedChannels: [],
};

export function storeConformance(name: string, harness: StoreHarness): void {
  const opened: Store[] = [];
  const open = async (database: TestDatabase): Promise<Store> => {
    const store = await openStore(database.url);
    opened.push(store);
    await store.migrate();
    return store;
  };
  const fresh = async () => open(await harness.database());
  after(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  const { leaseMs } = harness;
  const work = { concurrency: 4, leaseMs, pollMs: 20 };
  /** The job of `videoId` once `ready(job)` holds. */
  const waitJob = (store: Store, videoId: string, ready: (job: AnalysisJob) => boolean, timeoutMs: number, what: string) =>
    eventually(
      async () => {
        const job = await store.jobs.get(videoId);
        return job && ready(job) && job;
      },
      timeoutMs,
      `${videoId} to be ${what}`,
    );
  const waitState = (store: Store, videoId: string, states: AnalysisJob['state'][], timeoutMs: number) =>
    waitJob(store, videoId, (job) => states.includes(job.state), timeoutMs, states.join(' or '));
  const queuedAgain = (job: AnalysisJob) => job.state === 'queued' && job.attempts === 1;

  describe(`${name} store`, () => {
    test('migrations are applied once, even by several instances starting together', async () => {
      const database = await harness.database();
      const stores = await Promise.all([1, 2, 3].map(() => openStore(database.url)));
      opened.push(...stores);
      await Promise.all(stores.map((store) => store.migrate()));
      await stores[0]!.migrate();
      await stores[0]!.ping();
      assert.equal(stores[0]!.kind, name);
    });

    test('descriptions: absent, stored, replaced', async () => {
      const store = await fresh();
      assert.equal(await store.getDescription('dQw4w9WgXcQ'), undefined);
      await store.putDescription('dQw4w9WgXcQ', description(), 1000);
      assert.deepEqual(await store.getDescription('dQw4w9WgXcQ'), description());
      const changed: VideoDescription = { ...description(), relation: { type: 'emi' } };
      await store.putDescription('dQw4w9WgXcQ', changed, 2000);
      assert.deepEqual(await store.getDescription('dQw4w9WgXcQ'), changed);
    });

    test('cached lists are served until they expire, then no more', async () => {
      const store = await fresh();
      const list = { body: '{"items":[]}', etag: '"abc"', storedAt: 1000, expiresAt: 5000 };
      assert.equal(await store.getList('lyon:dQw4w9WgXcQ:10:fr:v1', 1000), undefined);
      await store.putList('lyon:dQw4w9WgXcQ:10:fr:v1', list);
      assert.deepEqual(await store.getList('lyon:dQw4w9WgXcQ:10:fr:v1', 4999), list);
      assert.equal(await store.getList('lyon:dQw4w9WgXcQ:10:fr:v1', 5000), undefined);
      assert.equal(await store.getList('lyon:dQw4w9WgXcQ:10:fr:v2', 1000), undefined);
      const renewed = { body: '{"items":[1]}', etag: '"def"', storedAt: 6000, expiresAt: 9000 };
      await store.putList('lyon:dQw4w9WgXcQ:10:fr:v1', renewed);
      assert.deepEqual(await store.getList('lyon:dQw4w9WgXcQ:10:fr:v1', 6000), renewed);
      // An answer stored later than another's expiry drops it: the table keeps only live answers.
      await store.putList('lyon:jNQXAC9IVRw:10:fr:v1', { ...list, storedAt: 1000, expiresAt: 3000 });
      await store.putList('lyon:9bZkp7q32WM:10:fr:v1', { ...list, storedAt: 3000, expiresAt: 8000 });
      assert.equal(await store.getList('lyon:jNQXAC9IVRw:10:fr:v1', 0), undefined);
      assert.deepEqual(await store.getList('lyon:dQw4w9WgXcQ:10:fr:v1', 0), renewed);
    });

    test('quota: of 50 concurrent requests against a limit of 20, exactly 20 are allowed', async () => {
      const store = await fresh();
      const counts = await Promise.all(
        Array.from({ length: 50 }, () => store.countRequest('lyon', '2026-12', 20)),
      );
      assert.equal(counts.filter((count) => count.allowed).length, 20);
      assert.deepEqual(
        counts.filter((count) => count.allowed).map((count) => count.used).sort((a, b) => a - b),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.ok(counts.filter((count) => !count.allowed).every((count) => count.used === 20));
      assert.equal(await store.requestsCounted('lyon', '2026-12'), 20);
      // Another month and another library count apart; a limit of 0 allows nothing.
      assert.deepEqual(await store.countRequest('lyon', '2027-01', 20), { used: 1, allowed: true });
      assert.deepEqual(await store.countRequest('grenoble', '2026-12', 20), { used: 1, allowed: true });
      assert.deepEqual(await store.countRequest('paris', '2026-12', 0), { used: 0, allowed: false });
      assert.equal(await store.requestsCounted('nowhere', '2026-12'), 0);
    });

    test('quota is shared by two instances on the same database', async () => {
      const database = await harness.database();
      const [a, b] = [await open(database), await open(database)];
      const counts = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).countRequest('lyon', '2026-12', 10)),
      );
      assert.equal(counts.filter((count) => count.allowed).length, 10);
      assert.equal(await b.requestsCounted('lyon', '2026-12'), 10);
    });

    test('curation: absent, saved, replaced', async () => {
      const store = await fresh();
      assert.equal(await store.getCuration('lyon'), undefined);
      await store.putCuration('lyon', CURATION, 1000);
      assert.deepEqual(await store.getCuration('lyon'), CURATION);
      const allowed = { ...CURATION, allowedChannels: ['Sciences ouvertes'] };
      await store.putCuration('lyon', allowed, 2000);
      assert.deepEqual(await store.getCuration('lyon'), allowed);
      assert.equal(await store.getCuration('grenoble'), undefined);
    });

    test('jobs: 30 concurrent enqueues make one job and one handler call; done keeps the description', async () => {
      const store = await fresh();
      const jobs = await Promise.all(Array.from({ length: 30 }, (_, i) => store.jobs.enqueue('dQw4w9WgXcQ', 1000 + i)));
      assert.ok(jobs.every((job) => job.videoId === 'dQw4w9WgXcQ'));
      assert.equal(jobs[0]!.state, 'queued');
      assert.equal(jobs[0]!.attempts, 0);
      const calls: AnalysisJob[] = [];
      await store.jobs.work(async (job) => {
        calls.push(job);
        return { kind: 'done', description: description(job.videoId) };
      }, work);
      const done = await waitState(store, 'dQw4w9WgXcQ', ['done'], 10_000);
      assert.equal(done.attempts, 1);
      assert.deepEqual(await store.getDescription('dQw4w9WgXcQ'), description('dQw4w9WgXcQ'));
      await delay(200);
      assert.equal(calls.length, 1);
      assert.equal(calls[0]!.state, 'running');
      assert.equal(calls[0]!.attempts, 1);
      // Asking again for a video already analysed changes nothing.
      assert.equal((await store.jobs.enqueue('dQw4w9WgXcQ', 9000)).state, 'done');
      await store.jobs.stop();
      assert.equal(calls.length, 1);
    });

    test('jobs: two instances on the same database run one analysis per video', async () => {
      const database = await harness.database();
      const [a, b] = [await open(database), await open(database)];
      const videos = ['dQw4w9WgXcQ', 'jNQXAC9IVRw', '9bZkp7q32WM'];
      await Promise.all(videos.flatMap((id) => [a, b, a, b].map((store, i) => store.jobs.enqueue(id, 1000 + i))));
      const calls: string[] = [];
      const handler = async (job: AnalysisJob): Promise<JobOutcome> => {
        calls.push(job.videoId);
        await delay(50);
        return { kind: 'done', description: description(job.videoId) };
      };
      await a.jobs.work(handler, work);
      await b.jobs.work(handler, work);
      for (const id of videos) await waitState(b, id, ['done'], 10_000);
      await delay(200);
      assert.deepEqual([...calls].sort(), [...videos].sort());
      await Promise.all([a.jobs.stop(), b.jobs.stop()]);
    });

    test('jobs: an analysis longer than the lease keeps it by its heartbeat: no second instance takes it', async () => {
      const database = await harness.database();
      const [a, b] = [await open(database), await open(database)];
      await a.jobs.enqueue('dQw4w9WgXcQ', Date.now());
      const calls: string[] = [];
      const slow = async (job: AnalysisJob): Promise<JobOutcome> => {
        calls.push(job.videoId);
        await delay(leaseMs * 3 + harness.recoveryMs);
        return { kind: 'done', description: description(job.videoId) };
      };
      await a.jobs.work(slow, work);
      await b.jobs.work(slow, work);
      await waitState(a, 'dQw4w9WgXcQ', ['done'], leaseMs * 3 + harness.recoveryMs + 10_000);
      assert.deepEqual(calls, ['dQw4w9WgXcQ']);
      await Promise.all([a.jobs.stop(), b.jobs.stop()]);
    });

    test('jobs: a handler that throws is taken again after the lease, its reason kept meanwhile', async () => {
      const store = await fresh();
      await store.jobs.enqueue('dQw4w9WgXcQ', Date.now());
      const attempts: number[] = [];
      let thrownAt = 0;
      await store.jobs.work(async (job) => {
        attempts.push(job.attempts);
        if (attempts.length === 1) {
          thrownAt = Date.now();
          throw new Error('The describer crashed.');
        }
        return { kind: 'done', description: description(job.videoId) };
      }, work);
      const waiting = await waitJob(store, 'dQw4w9WgXcQ', queuedAgain, 10_000, 'queued again after its first attempt');
      assert.equal(waiting.lastError, 'The describer crashed.');
      assert.ok(waiting.notBefore >= thrownAt, 'not due before the attempt ended');
      await waitState(store, 'dQw4w9WgXcQ', ['done'], leaseMs + harness.recoveryMs + 10_000);
      assert.ok(Date.now() - thrownAt >= leaseMs * 0.9, 'taken again only once the lease is over');
      assert.deepEqual(attempts, [1, 2]);
      await store.jobs.stop();
    });

    test('jobs: a retry waits until its time, keeps its reason, and counts the attempts', async () => {
      const store = await fresh();
      await store.jobs.enqueue('dQw4w9WgXcQ', Date.now());
      const seen: AnalysisJob[] = [];
      let retryAt = 0;
      await store.jobs.work(async (job) => {
        seen.push(job);
        if (seen.length === 1) {
          retryAt = Date.now() + 1500;
          return { kind: 'retry', reason: 'YouTube quota exhausted.', retryAt };
        }
        return { kind: 'done', description: description(job.videoId) };
      }, work);
      const queued = await waitJob(store, 'dQw4w9WgXcQ', queuedAgain, 10_000, 'waiting for its retry');
      assert.equal(queued.lastError, 'YouTube quota exhausted.');
      assert.equal(queued.notBefore, retryAt);
      assert.equal(queued.attempts, 1);
      await waitState(store, 'dQw4w9WgXcQ', ['done'], 15_000);
      assert.ok(Date.now() >= retryAt, 'not taken before retryAt');
      assert.equal(seen.length, 2);
      assert.equal(seen[1]!.attempts, 2);
      assert.equal(seen[1]!.lastError, 'YouTube quota exhausted.');
      await store.jobs.stop();
    });

    test('jobs: an unknown video and a failure are final and keep their reason', async () => {
      const store = await fresh();
      await store.jobs.enqueue('xxxxxxxxxxx', 1000);
      await store.jobs.enqueue('yyyyyyyyyyy', 1000);
      const calls: string[] = [];
      await store.jobs.work(async (job) => {
        calls.push(job.videoId);
        return job.videoId === 'xxxxxxxxxxx'
          ? { kind: 'unknown-video', reason: 'YouTube does not know this video.' }
          : { kind: 'failed', reason: 'Attempts spent: the describer kept failing.' };
      }, work);
      const unknown = await waitState(store, 'xxxxxxxxxxx', ['unknown-video'], 10_000);
      const failed = await waitState(store, 'yyyyyyyyyyy', ['failed'], 10_000);
      assert.equal(unknown.lastError, 'YouTube does not know this video.');
      assert.equal(failed.lastError, 'Attempts spent: the describer kept failing.');
      assert.equal((await store.jobs.enqueue('xxxxxxxxxxx', 2000)).state, 'unknown-video');
      await delay(leaseMs + harness.recoveryMs);
      assert.deepEqual(calls.sort(), ['xxxxxxxxxxx', 'yyyyyyyyyyy']);
      assert.equal(await store.getDescription('xxxxxxxxxxx'), undefined);
      await store.jobs.stop();
    });

    test('jobs: stop() waits for the job in flight, and no job is taken after it', async () => {
      const store = await fresh();
      await store.jobs.enqueue('dQw4w9WgXcQ', 1000);
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      await store.jobs.work(async (job) => {
        started();
        await delay(300);
        return { kind: 'done', description: description(job.videoId) };
      }, work);
      await running;
      await store.jobs.stop();
      assert.equal((await store.jobs.get('dQw4w9WgXcQ'))!.state, 'done');
      await store.jobs.enqueue('jNQXAC9IVRw', 2000);
      await delay(200);
      assert.equal((await store.jobs.get('jNQXAC9IVRw'))!.state, 'queued');
    });

    test('jobs: a process killed mid-analysis has its job taken again; a job done is never taken again', async () => {
      const database = await harness.database();
      const store = await open(database);
      const child = spawn(process.execPath, ['--import', 'tsx', CRASH_CHILD, database.url, String(leaseMs)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const lines = createInterface({ input: child.stdout! });
      const nextLine = () => new Promise<string>((resolve) => lines.once('line', resolve));
      try {
        assert.equal(await nextLine(), 'working');
        await store.jobs.enqueue('dQw4w9WgXcQ', Date.now());
        assert.equal(await nextLine(), 'taken dQw4w9WgXcQ');
        await waitState(store, 'dQw4w9WgXcQ', ['done'], 10_000);
        await store.jobs.enqueue('jNQXAC9IVRw', Date.now());
        assert.equal(await nextLine(), 'taken jNQXAC9IVRw');
      } finally {
        child.kill('SIGKILL');
      }
      await new Promise((resolve) => child.once('exit', resolve));
      const killedAt = Date.now();
      assert.equal((await store.jobs.get('jNQXAC9IVRw'))!.state, 'running');

      const restarted = await open(database);
      const calls: AnalysisJob[] = [];
      let retakenAt = 0;
      await restarted.jobs.work(async (job) => {
        calls.push(job);
        retakenAt = Date.now();
        return { kind: 'done', description: description(job.videoId) };
      }, work);
      await waitState(restarted, 'jNQXAC9IVRw', ['done'], leaseMs + harness.recoveryMs + 10_000);
      await delay(leaseMs + harness.recoveryMs);
      assert.deepEqual(calls.map((job) => [job.videoId, job.attempts]), [['jNQXAC9IVRw', 2]]);
      // The child renewed its lease every leaseMs / 3: at least two thirds of a lease were left when it died.
      assert.ok(retakenAt - killedAt >= leaseMs / 2, 'taken again only once the lease is over');
      assert.deepEqual(await restarted.getDescription('jNQXAC9IVRw'), description('jNQXAC9IVRw'));
      await restarted.jobs.stop();
    });
  });
}

const CRASH_CHILD = fileURLToPath(new URL('./store-crash-child.ts', import.meta.url));
