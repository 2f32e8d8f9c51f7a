import { Cursor, type EntityName, type QueryOrderMap } from "@mikro-orm/core";
import type { Em } from "../../../shared/db/orm";
import { emptyConnection } from "../../../shared/graphql/batched-connection";
import type { ConnectionShape } from "../../../shared/graphql/relay";

export interface FilteredChildPagesOptions<T extends object> {
  entity: EntityName<T>;
  parentProperty: string;
  orderBy: QueryOrderMap<T>;
  first: number;
  /** An extra condition on the children, in SQL over the table's columns, with `?` bindings. */
  where: { sql: string; params: unknown[] };
}

/**
 * firstPagesByParent (shared/graphql/batched-connection.ts) with a condition on the children, e.g. the
 * agents of many offices filtered by status, still one statement for all parents. The shared helper has no
 * `where` option yet; this is the same statement with the condition added.
 */
export async function filteredChildPages<T extends object, K extends string | number>(
  em: Em,
  parentKeys: readonly K[],
  options: FilteredChildPagesOptions<T>,
): Promise<Map<K, ConnectionShape<T>>> {
  const meta = em.getMetadata().get(options.entity as string);
  const column = (property: string) => meta.properties[property as keyof T & string].fieldNames[0];
  const parentColumn = column(options.parentProperty);
  const order = Object.entries(options.orderBy as Record<string, string>)
    .map(
      ([property, direction]) =>
        `"${column(property)}" ${String(direction).toLowerCase().startsWith("desc") ? "desc" : "asc"}`,
    )
    .join(", ");
  const table = `"${meta.schema ?? em.config.get("schema")}"."${meta.tableName}"`;
  const sql =
    `select * from (select t.*, row_number() over (partition by "${parentColumn}" order by ${order}) as "__rank", ` +
    `count(*) over (partition by "${parentColumn}") as "__total" from ${table} t ` +
    `where "${parentColumn}" in (${parentKeys.map(() => "?").join(", ")}) and (${options.where.sql})) ranked ` +
    `where "__rank" <= ? order by "${parentColumn}", "__rank"`;
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(sql, [...parentKeys, ...options.where.params, options.first + 1]);
  const result = new Map<K, ConnectionShape<T>>(parentKeys.map((key) => [key, emptyConnection<T>()]));
  for (const row of rows) {
    const connection = result.get(row[parentColumn] as K);
    if (!connection) continue;
    connection.totalCount = Number(row.__total);
    if (Number(row.__rank) > options.first) {
      connection.pageInfo.hasNextPage = true;
      continue;
    }
    const { __rank: _rank, __total: _total, ...columns } = row;
    const node = em.map(options.entity, columns as never) as T;
    connection.nodes.push(node);
    connection.edges.push({ node, cursor: Cursor.for(meta, node as never, options.orderBy as never) });
  }
  for (const connection of result.values()) {
    connection.pageInfo.startCursor = connection.edges[0]?.cursor ?? null;
    connection.pageInfo.endCursor = connection.edges.at(-1)?.cursor ?? null;
  }
  return result;
}
