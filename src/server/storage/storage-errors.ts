/** Why a store could not be opened or used, one class per failure, each with a plain sentence and a type guard. */

/** The storage URL names nothing we can open (`sqlite:PATH` or `postgres://…` are). */
export class StorageUrlError extends Error {
  override readonly name = 'StorageUrlError';
  readonly url: string;
  constructor(url: string) {
    super(
      `The storage "${url}" is not supported: give "sqlite:PATH" (a file in a data folder) ` +
        'or a PostgreSQL URL "postgres://USER:PASSWORD@HOST:PORT/DATABASE".',
    );
    this.url = url;
  }
}

/** The database named by a valid URL does not answer (down, wrong host or credentials, unwritable folder). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(what: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`The storage ${what} cannot be reached: ${reason}`, { cause });
  }
}

export const isStorageUrlError = (e: unknown): e is StorageUrlError => e instanceof StorageUrlError;
export const isStorageUnavailableError = (e: unknown): e is StorageUnavailableError =>
  e instanceof StorageUnavailableError;
