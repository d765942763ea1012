/**
 * Prepared statements kept per SQL text: preparing (parsing and planning) costs more than running the small
 * statements the store sends, and each request sends several.
 */
import type Database from 'better-sqlite3';

export type Statements = (sql: string) => Database.Statement;

export function preparedStatements(db: Database.Database): Statements {
  const prepared = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
}
