/**
 * Versioned migrations: a numbered list per database, each applied once and recorded in `schema_migrations`.
 * A migration is never edited once released; a change of schema is a new entry at the end of the list.
 */
export interface Migration {
  version: number;
  name: string;
  /** One or more statements, run in the transaction that records the version. */
  sql: string;
}

/** The migrations of `all` not yet in `applied`, in order; throws when the list is not numbered 1, 2, 3… */
export function pendingMigrations(all: readonly Migration[], applied: ReadonlySet<number>): Migration[] {
  all.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" is numbered ${migration.version}, expected ${index + 1}.`);
    }
  });
  return all.filter((migration) => !applied.has(migration.version));
}
