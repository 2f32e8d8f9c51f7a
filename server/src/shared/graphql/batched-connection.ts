import { Cursor, raw, type EntityName, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { Em } from "../db/orm";
import { emptyConnection, pageSize, type ConnectionShape, type PageArgs } from "./relay";

export interface ChildPagesOptions<T extends object> {
  entity: EntityName<T>;
  /** The property holding the parent's key (a scalar property or a many-to-one). */
  parentProperty: string;
  orderBy: QueryOrderMap<T>;
  first: number;
  /** A filter on the children, the same FilterQuery the unbatched `paginate` of later pages receives. */
  where?: FilterQuery<T>;
}

/**
 * The first page of children for many parents in one statement (row_number() over a partition per
 * parent), so `children(first: n)` under a list of 100 parents costs one query, not 100. The filter is
 * rendered by MikroORM's query builder; cursors are MikroORM's, so the next page continues with `paginate`.
 */
export async function firstPagesByParent<T extends object, K extends string | number>(
  em: Em,
  parentKeys: readonly K[],
  options: ChildPagesOptions<T>,
): Promise<Map<K, ConnectionShape<T>>> {
  const meta = em.getMetadata().get(options.entity as string);
  const fieldOf = (property: string) => meta.properties[property as keyof T & string].fieldNames[0];
  const parentField = fieldOf(options.parentProperty);
  const order = Object.entries(options.orderBy as Record<string, string>)
    .map(([property, direction]) => `t."${fieldOf(property)}" ${/^desc/i.test(String(direction)) ? "desc" : "asc"}`)
    .join(", ");
  const inner = em
    .createQueryBuilder(options.entity, "t")
    .select([
      "*",
      raw(`row_number() over (partition by t."${parentField}" order by ${order}) as "__rank"`),
      raw(`count(*) over (partition by t."${parentField}") as "__total"`),
    ])
    .where({ $and: [{ [options.parentProperty]: { $in: [...parentKeys] } }, options.where ?? {}] } as FilterQuery<T>)
    .getKnexQuery()
    .toSQL();
  const sql = `select * from (${inner.sql}) ranked where "__rank" <= ? order by "${parentField}", "__rank"`;
  const rows = await em.execute<Record<string, unknown>[]>(sql, [...inner.bindings, options.first + 1]);

  const result = new Map<K, ConnectionShape<T>>(parentKeys.map((key) => [key, emptyConnection<T>()]));
  for (const row of rows) {
    const key = row[parentField] as K;
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

/** Cache key for a loader of first pages: parents asking for the same page size share one statement. */
export function childPageKey(page: PageArgs): number | null {
  return page.after ? null : pageSize(page.first);
}
