/**
 * Opens the store a storage URL names: `sqlite:PATH` (the embedded default, a file in a data folder) or
 * `postgres://…` / `postgresql://…` (several instances sharing one database). Anything else, or a database that
 * does not answer, is a plain sentence (StorageUrlError, StorageUnavailableError), never a stack trace.
 */
import type { Store } from '../store.js';
import { PostgresStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';
import { StorageUnavailableError, StorageUrlError } from './storage-errors.js';

export interface OpenStoreOptions {
  /** The clock of the job workers; the default is the system's. */
  clock?: () => number;
}

export async function openStore(url: string, { clock = Date.now }: OpenStoreOptions = {}): Promise<Store> {
  if (url.startsWith('sqlite:') && url.length > 'sqlite:'.length) {
    try {
      return new SqliteStore(url.slice('sqlite:'.length), { clock });
    } catch (error) {
      throw new StorageUnavailableError(`"${url}"`, error);
    }
  }
  if (/^postgres(?:ql)?:\/\/./.test(url)) {
    const store = new PostgresStore(url, { clock });
    try {
      await store.ping();
    } catch (error) {
      await store.close().catch(() => {});
      throw new StorageUnavailableError(`"${withoutPassword(url)}"`, (error as Error).cause ?? error);
    }
    return store;
  }
  throw new StorageUrlError(withoutPassword(url));
}

/** The URL as it may be shown in a message or a log: its password replaced. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
