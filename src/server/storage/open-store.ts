/**
 * Opens the store a storage URL names: `sqlite:PATH` (the embedded default, a file in a data folder) or
 * `postgres://…` / `postgresql://…` (several instances sharing one database). Anything else, or a database that
 * does not answer, is a plain sentence (StorageUrlError, StorageUnavailableError), never a stack trace.
 */
import type { Store } from '../store.js';
import { SqliteStore } from './sqlite-store.js';
import { StorageUnavailableError, StorageUrlError } from './storage-errors.js';

export interface OpenStoreOptions {
  /** The clock of the job workers; the default is the system's. */
  clock?: () => number;
}

export async function openStore(url: string, { clock = Date.now }: OpenStoreOptions = {}): Promise<Store> {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (!path) throw new StorageUrlError(url);
    try {
      return new SqliteStore(path, { clock });
    } catch (error) {
      throw new StorageUnavailableError(`"${url}"`, error);
    }
  }
  throw new StorageUrlError(url);
}
