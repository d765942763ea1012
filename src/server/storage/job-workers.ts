/**
 * The worker loop both queues share: `concurrency` loops, each taking one due job under a lease, renewing the lease
 * while the handler runs (the heartbeat), and reporting how the attempt ended. A storage fault while taking or
 * reporting never ends a loop: the job's lease then runs out and the job is taken again.
 */
import type { AnalysisJob, JobOutcome } from '../store.js';

/** What a queue gives the loop: a job taken under a lease, and what to do with that lease. */
export interface LeasedJobs<Lease> {
  take(leaseMs: number): Promise<{ job: AnalysisJob; lease: Lease } | undefined>;
  renew(lease: Lease, leaseMs: number): Promise<void>;
  finish(lease: Lease, outcome: JobOutcome): Promise<void>;
  /** The handler threw: the job is to be taken again later, `reason` kept as its last error. */
  release(lease: Lease, reason: string, leaseMs: number): Promise<void>;
}

export interface WorkOptions {
  concurrency: number;
  leaseMs: number;
  pollMs: number;
}

export class JobWorkers {
  #stopping = false;
  #loops: Promise<void>[] = [];
  /** Wakes the loops that wait between polls, so that `stop()` does not wait a whole `pollMs`. */
  #wake = new Set<() => void>();

  start<Lease>(
    jobs: LeasedJobs<Lease>,
    handler: (job: AnalysisJob) => Promise<JobOutcome>,
    options: WorkOptions,
  ): void {
    this.#stopping = false;
    for (let i = 0; i < options.concurrency; i++) this.#loops.push(this.#loop(jobs, handler, options));
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    for (const wake of this.#wake) wake();
    await Promise.all(this.#loops);
    this.#loops = [];
  }

  async #loop<Lease>(
    jobs: LeasedJobs<Lease>,
    handler: (job: AnalysisJob) => Promise<JobOutcome>,
    { leaseMs, pollMs }: WorkOptions,
  ): Promise<void> {
    while (!this.#stopping) {
      const taken = await jobs.take(leaseMs).catch(() => undefined);
      if (!taken) {
        await this.#pause(pollMs);
        continue;
      }
      const heartbeat = setInterval(() => void jobs.renew(taken.lease, leaseMs).catch(() => {}), leaseMs / 3);
      try {
        const outcome = await handler(taken.job);
        await jobs.finish(taken.lease, outcome).catch(() => {});
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await jobs.release(taken.lease, reason, leaseMs).catch(() => {});
      } finally {
        clearInterval(heartbeat);
      }
    }
  }

  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake.add(done);
    });
  }
}
