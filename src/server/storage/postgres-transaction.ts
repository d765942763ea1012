/** One PostgreSQL transaction on a client of the pool: committed when `work` resolves, rolled back when it throws. */
import type pg from 'pg';

export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await transaction(client, work);
  } finally {
    client.release();
  }
}

/** One transaction on a client already taken from the pool. */
export async function transaction<T>(client: pg.PoolClient, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The client as pg-boss takes it (`{ db }` in its options), so that its statements join our transaction. */
export const bossExecutor = (client: pg.PoolClient) => ({
  executeSql: (text: string, values: unknown[]) => client.query(text, values),
});
