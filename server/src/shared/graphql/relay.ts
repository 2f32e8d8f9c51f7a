import { Cursor, type EntityName, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { Em } from "../db/orm";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: "Where a page sits in its list (Relay cursor connections)." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: "Items after this cursor (endCursor of the previous page)." })
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: "The items of this page, for clients that need no cursors." })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match the filter, on all pages." })
    totalCount!: number;
  }

  return ConnectionType;
}

export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE_SIZE}`, {
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
  }
  return first;
}

/**
 * True when the selection set of the current field may ask for `name` (so we count only when asked): a
 * fragment may hold it, so a fragment counts as asking.
 */
export function selects(info: GraphQLResolveInfo | undefined, name: string): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((selection) => selection.kind !== "Field" || selection.name.value === name),
  );
}

/** True when the current field asks for nothing but `name` (and __typename): no fragment, no other field. */
export function selectsOnly(info: GraphQLResolveInfo | undefined, name: string): boolean {
  if (!info) return false;
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) =>
        selection.kind === "Field" && (selection.name.value === name || selection.name.value === "__typename"),
    ),
  );
}

export interface PaginateOptions<T extends object> {
  page: PageArgs;
  orderBy: QueryOrderMap<T>;
  info?: GraphQLResolveInfo;
  populate?: string[];
  /** Counts the matching rows another way (a rollup) instead of count(*) over them; called only when asked. */
  total?: () => Promise<number>;
}

/** Keyset (cursor) pagination of an entity; the order must end with a unique column. */
export async function paginate<T extends object>(
  em: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: PaginateOptions<T>,
): Promise<ConnectionShape<T>> {
  const first = pageSize(options.page.first);
  const after = options.page.after ?? undefined;
  if (after !== undefined) assertCursor(after, Object.keys(options.orderBy).length);
  // `{ totalCount }` alone (a dashboard figure) reads no rows; a count another way runs beside the page.
  if (selectsOnly(options.info, "totalCount")) {
    return { ...emptyConnection<T>(), totalCount: await (options.total ?? (() => em.count(entity, where)))() };
  }
  const counting = selects(options.info, "totalCount");
  const [cursor, total] = await Promise.all([
    em.findByCursor(entity, where, {
      first,
      after,
      orderBy: options.orderBy,
      includeCount: counting && !options.total,
      populate: options.populate as never,
    }),
    counting && options.total ? options.total() : undefined,
  ]);
  const nodes = [...cursor.items] as T[];
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursor.from(node as never) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: counting ? (total ?? (cursor.totalCount as number)) : -1,
  };
}

export function emptyConnection<T>(): ConnectionShape<T> {
  return {
    nodes: [],
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

/** A cursor from another list, or no cursor at all, is the caller's mistake: say so with a code. */
function assertCursor(after: string, keys: number): void {
  let decoded: unknown;
  try {
    decoded = Cursor.decode(after);
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== keys) {
    throw new GraphQLError('"after" is not a cursor of this list', {
      extensions: { code: "BAD_USER_INPUT", argument: "after" },
    });
  }
}

/** A connection over rows already in memory (short, bounded lists such as a status history). */
export function connectionFromArray<T>(items: T[], page: PageArgs, cursorOf: (item: T) => string): ConnectionShape<T> {
  const first = pageSize(page.first);
  const start = page.after ? items.findIndex((item) => cursorOf(item) === page.after) + 1 : 0;
  const nodes = items.slice(start, start + first);
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursorOf(node) })),
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: nodes.length ? cursorOf(nodes[0]) : null,
      endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null,
    },
    totalCount: items.length,
  };
}

/** Cursors of a list ordered by one positive integer (a rank, a row id): the next page starts after it. */
export function integerCursor(value: number): string {
  return Buffer.from(String(value), "utf8").toString("base64url");
}

/** The integer an `after` cursor holds, 0 for the first page; a malformed one is the caller's mistake. */
export function afterInteger(after: string | undefined | null): number {
  if (!after) return 0;
  const value = Number(Buffer.from(after, "base64url").toString("utf8"));
  if (!Number.isInteger(value) || value < 1) {
    throw new GraphQLError('"after" is not a cursor of this list', {
      extensions: { code: "BAD_USER_INPUT", argument: "after" },
    });
  }
  return value;
}

/**
 * A page of a list read by its integer key: `nodes` are the page's, `fetched` how many rows a query with
 * `limit first + 1` returned (one beyond the page says there is a next), `keyOf` the integer the list is ordered by.
 */
export function integerKeyedPage<T>(
  nodes: T[],
  page: { first: number; after: number; fetched: number },
  totalCount: number,
  keyOf: (node: T) => number,
): ConnectionShape<T> {
  const cursorOf = (node: T) => integerCursor(keyOf(node));
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursorOf(node) })),
    pageInfo: {
      hasNextPage: page.fetched > page.first,
      hasPreviousPage: page.after > 0,
      startCursor: nodes.length ? cursorOf(nodes[0]) : null,
      endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null,
    },
    totalCount,
  };
}
