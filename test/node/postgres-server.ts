/**
 * A real PostgreSQL server for the tests and the benchmark: a new cluster in a temporary folder, on a free loopback
 * port, stopped and removed by `stop()`. As root, `initdb` refuses to run: the cluster then belongs to the
 * `postgres` user and its commands run through `su`. Debian's `postgresql` package provides the binaries (`.ci/run`
 * installs it when missing).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface PostgresServer {
  port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest PostgreSQL server binaries installed by Debian's packages, or a sentence saying how to get them. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error('No PostgreSQL server found under /usr/lib/postgresql: install it with `apt-get install postgresql`.');
  }
  return join(root, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** Keep fsync on (the benchmark); tests turn it off, which costs no correctness while the server runs. */
  durable?: boolean;
}

export async function startPostgres({ durable = false }: StartOptions = {}): Promise<PostgresServer> {
  const bin = postgresBin();
  const folder = mkdtempSync(join(tmpdir(), 'cocktail-pg-'));
  const dataDir = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    chownSync(folder, Number(stdout.trim()), Number(group.trim()));
  }
  /** Runs one of the server's commands, as `postgres` when we are root. */
  const pgCommand = (command: string, args: string[]) => {
    if (!asRoot) return run(join(bin, command), args);
    const line = [join(bin, command), ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
    return run('su', ['postgres', '-s', '/bin/sh', '-c', line]);
  };

  await pgCommand('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${folder}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ];
  await pgCommand('pg_ctl', ['-D', dataDir, '-w', '-l', join(folder, 'server.log'), '-o', settings.join(' '), 'start']);

  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: urlOf('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
      return urlOf(name);
    },
    async stop() {
      await pgCommand('pg_ctl', ['-D', dataDir, '-w', '-m', 'fast', 'stop']).catch(() => {});
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
