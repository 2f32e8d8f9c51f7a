import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { ConnectionShape, PageArgs } from "../../../shared/graphql/relay";

/**
 * A connection nested under a list of parents: its first page comes from a batched loader (one statement
 * for all parents); a later page (`after`) is one parent's keyset query.
 */
export function childConnection<T>(
  page: PageArgs,
  firstPage: (first: number) => Promise<ConnectionShape<T>>,
  laterPage: () => Promise<ConnectionShape<T>>,
): Promise<ConnectionShape<T>> {
  const first = childPageKey(page);
  return first !== null ? firstPage(first) : laterPage();
}
