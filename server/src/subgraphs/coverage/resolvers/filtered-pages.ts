import { Cursor, raw, type FilterQuery } from "@mikro-orm/core";
import type { Em } from "../../../shared/db/orm";
import { emptyConnection, type ChildPagesOptions } from "../../../shared/graphql/batched-connection";
import type { ConnectionShape } from "../../../shared/graphql/relay";

/**
 * Like the shared `firstPagesByParent`, with a filter on the children: the first page of every parent in
 * one statement (row_number() per parent over the filtered rows). The filter is rendered by MikroORM's
 * query builder, so it is the same FilterQuery the unbatched `paginate` of the next pages receives.
 */
export async function firstFilteredPagesByParent<T extends object, K extends string | number>(
  em: Em,
  parentKeys: readonly K[],
  options: ChildPagesOptions<T> & { where: FilterQuery<T> },
): Promise<Map<K, ConnectionShape<T>>> {
  const meta = em.getMetadata().get(options.entity as string);
  const columnOf = (property: string) => `t."${meta.properties[property as keyof T & string].fieldNames[0]}"`;
  const parentColumn = columnOf(options.parentProperty);
  const order = Object.entries(options.orderBy as Record<string, string>)
    .map(
      ([property, direction]) =>
        `${columnOf(property)} ${String(direction).toLowerCase().startsWith("desc") ? "desc" : "asc"}`,
    )
    .join(", ");
  const qb = em
    .createQueryBuilder(options.entity, "t")
    .select([
      "*",
      raw(`row_number() over (partition by ${parentColumn} order by ${order}) as "__rank"`),
      raw(`count(*) over (partition by ${parentColumn}) as "__total"`),
    ])
    .where({ $and: [{ [options.parentProperty]: { $in: [...parentKeys] } }, options.where] } as FilterQuery<T>);
  const parentField = meta.properties[options.parentProperty as keyof T & string].fieldNames[0];
  const inner = qb.getKnexQuery().toSQL();
  const sql = `select * from (${inner.sql}) ranked where "__rank" <= ? order by "${parentField}", "__rank"`;
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, [...inner.bindings, options.first + 1]);

  const result = new Map<K, ConnectionShape<T>>(parentKeys.map((key) => [key, emptyConnection<T>()]));
  for (const row of rows) {
    const connection = result.get(row[parentField] as K);
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
