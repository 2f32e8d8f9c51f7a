import type { Em } from "../../shared/db/orm";

/**
 * Runs a bulk load with the tables' secondary indexes dropped, then builds them again in one pass each:
 * maintaining 17 indexes (two of them trigram GIN) row by row is what makes a COPY of millions slow, and a
 * sorted build is many times faster. Unique and primary-key indexes stay, so the constraints still hold
 * while loading. Runs inside the caller's transaction: a failed load leaves the indexes as they were.
 */
export async function withoutSecondaryIndexes<T>(
  em: Em,
  tables: readonly string[],
  work: () => Promise<T>,
  log: (what: string) => void = () => undefined,
): Promise<T> {
  const indexes: { name: string; definition: string }[] = [];
  for (const table of tables) {
    indexes.push(
      ...(await em.execute<{ name: string; definition: string }[]>(
        `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
         from pg_index i where i.indrelid = ?::regclass and not i.indisunique and not i.indisprimary`,
        [table],
      )),
    );
  }
  for (const index of indexes) await em.execute(`drop index ${index.name}`);
  const result = await work();
  await em.execute("set local maintenance_work_mem = '512MB'");
  for (const index of indexes) await em.execute(index.definition);
  log(`rebuilt ${indexes.length} secondary indexes of ${tables.join(", ")}`);
  return result;
}
