import { useCallback, useState } from "react";
import { useClient, useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from "urql";
import type { Connection } from "../../lib/csv";

export const PAGE_SIZE = 50;

export interface Pages<Node> {
  rows: Node[];
  /** Undefined until the first page answers. */
  totalCount: number | undefined;
  loading: boolean;
  loadingMore: boolean;
  error: CombinedError | undefined;
  loadMore: () => void;
  refetch: () => void;
}

/**
 * A Relay connection page by page: the first page a live query (from the cache when it has it), the next ones
 * fetched as the table scrolls. Mount the owner with a key per filter and order so a new view starts afresh.
 */
export function usePages<Data, Variables extends AnyVariables, Node>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, "first" | "after">,
  connectionOf: (data: Data) => Connection<Node> | null | undefined,
  { pageSize = PAGE_SIZE, fresh = false }: { pageSize?: number; fresh?: boolean } = {},
): Pages<Node> {
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery<Data, Variables>({
    query,
    variables: { ...variables, first: pageSize, after: null } as unknown as Variables,
    requestPolicy: fresh ? "network-only" : "cache-and-network",
  });
  const [more, setMore] = useState<{ rows: Node[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<CombinedError | undefined>();

  const first = data ? connectionOf(data) : null;
  const endCursor = more ? more.endCursor : (first?.pageInfo.endCursor ?? null);
  const hasNextPage = more ? more.hasNextPage : Boolean(first?.pageInfo.hasNextPage);

  const loadMore = useCallback(async () => {
    if (loadingMore || !hasNextPage || !endCursor) return;
    setLoadingMore(true);
    const result = await client
      .query(query, { ...variables, first: pageSize, after: endCursor } as unknown as Variables)
      .toPromise();
    const page = result.data ? connectionOf(result.data) : null;
    setMoreError(page ? undefined : result.error);
    if (page)
      setMore((current) => ({
        rows: [...(current?.rows ?? []), ...page.nodes],
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      }));
    setLoadingMore(false);
    // variables and connectionOf are rebuilt every render; the owner is keyed by them, so they never change.
  }, [client, query, loadingMore, hasNextPage, endCursor, pageSize]);

  return {
    rows: first ? [...first.nodes, ...(more?.rows ?? [])] : [],
    totalCount: first?.totalCount,
    loading: fetching && !first,
    loadingMore,
    error: (first ? undefined : error) ?? moreError,
    loadMore,
    refetch: () => {
      setMore(null);
      setMoreError(undefined);
      reexecute({ requestPolicy: "network-only" });
    },
  };
}
