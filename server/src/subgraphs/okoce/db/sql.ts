import type { Em } from "../../../shared/db/orm";

/**
 * Raw SQL on the EntityManager's own transaction when it has one, so a mutation's checks read what the
 * mutation itself has written so far. `?` placeholders; build one per element for a list.
 */
export function sql<T>(em: Em, text: string, params: readonly unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, [...params], "all", em.getTransactionContext());
}

export function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}
