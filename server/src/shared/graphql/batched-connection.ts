import { Cursor, type EntityName, type QueryOrderMap } from "@mikro-orm/core";
import type { Em } from "../db/orm";
import { pageSize, type ConnectionShape, type PageArgs } from "./relay";

export interface ChildPagesOptions<T extends object> {
  entity: EntityName<T>;
  /** The property holding the parent's key (a scalar property or a many-to-one). */
  parentProperty: string;
  orderBy: QueryOrderMap<T>;
  first: number;
}

/**
 * The first page of children for many parents in one statement (row_number() over a partition per
 * parent), so `children(first: n)` under a list of 100 parents costs one query, not 100. Cursors are
 * MikroORM's, so the next page continues with the ordinary keyset `paginate`.
 */
export async function firstPagesByParent<T extends object, K extends string | number>(
  em: Em,
  parentKeys: readonly K[],
  options: ChildPagesOptions<T>,
): Promise<Map<K, ConnectionShape<T>>> {
  const meta = em.getMetadata().get(options.entity as string);
  const parentColumn = meta.properties[options.parentProperty as keyof T & string].fieldNames[0];
  const order = Object.entries(options.orderBy as Record<string, string>)
    .map(([property, direction]) => {
      const column = meta.properties[property as keyof T & string].fieldNames[0];
      return `"${column}" ${String(direction).toLowerCase().startsWith("desc") ? "desc" : "asc"}`;
    })
    .join(", ");
  const table = `"${meta.schema ?? em.config.get("schema")}"."${meta.tableName}"`;
  const sql =
    `select * from (select t.*, row_number() over (partition by "${parentColumn}" order by ${order}) as "__rank", ` +
    `count(*) over (partition by "${parentColumn}") as "__total" from ${table} t where "${parentColumn}" in (${parentKeys.map(() => "?").join(", ")})) ranked ` +
    `where "__rank" <= ? order by "${parentColumn}", "__rank"`;
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, [...parentKeys, options.first + 1]);
  const result = new Map<K, ConnectionShape<T>>();
  for (const key of parentKeys) result.set(key, emptyConnection());
  for (const row of rows) {
    const key = row[parentColumn] as K;
    const connection = result.get(key) ?? result.get(String(key) as K) ?? result.get(Number(key) as K);
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

export function emptyConnection<T>(): ConnectionShape<T> {
  return {
    nodes: [],
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

/** Cache key for a loader of first pages: parents asking for the same page size share one statement. */
export function childPageKey(page: PageArgs): number | null {
  return page.after ? null : pageSize(page.first);
}
