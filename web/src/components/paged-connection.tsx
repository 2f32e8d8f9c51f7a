import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from "urql";
import type { Connection } from "../lib/csv";

export const PAGE_SIZE = 50;

interface Page<Node> {
  nodes: readonly Node[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

interface PageState<Node> {
  page?: Page<Node>;
  error?: CombinedError;
}

export interface PagedList<Node> {
  nodes: Node[];
  /** Undefined until the first page answers. */
  totalCount: number | undefined;
  loading: boolean;
  loadingMore: boolean;
  error: CombinedError | undefined;
  loadMore: () => void;
  retry: () => void;
  /** Render these (they draw nothing): every page is a live query, so cache updates reach each loaded row. */
  loaders: ReactNode;
}

/**
 * Infinite loading of a Relay connection, a live urql query per page of 50. Mount its owner with a key per
 * filter and order, so a new view starts again from the first page.
 */
export function usePagedConnection<Data, Variables extends AnyVariables, Node>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, "first" | "after">,
  connectionOf: (data: Data) => Connection<Node> | null | undefined,
): PagedList<Node> {
  const [cursors, setCursors] = useState<string[]>([""]);
  const [pages, setPages] = useState<Record<string, PageState<Node>>>({});
  const [attempt, setAttempt] = useState(0);

  const report = useCallback((cursor: string, state: PageState<Node>) => {
    setPages((current) => ({ ...current, [cursor]: state }));
  }, []);

  const loaded = cursors.map((cursor) => pages[cursor]);
  const first = loaded[0];
  const last = loaded[loaded.length - 1];
  const nextCursor = last?.page?.hasNextPage ? last.page.endCursor : null;
  const loadMore = useCallback(() => {
    if (nextCursor) setCursors((current) => (current.includes(nextCursor) ? current : [...current, nextCursor]));
  }, [nextCursor]);

  return {
    nodes: loaded.flatMap((state) => state?.page?.nodes ?? []),
    totalCount: first?.page?.totalCount,
    loading: !first?.page && !first?.error,
    loadingMore: cursors.length > 1 && !last?.page && !last?.error,
    error: loaded.find((state) => state?.error)?.error,
    loadMore,
    retry: () => {
      setPages({});
      setCursors([""]);
      setAttempt((value) => value + 1);
    },
    loaders: cursors.map((cursor) => (
      <PageLoader
        key={`${cursor}#${attempt}`}
        query={query}
        variables={{ ...variables, first: PAGE_SIZE, after: cursor || null } as unknown as Variables}
        retry={attempt > 0}
        connectionOf={connectionOf}
        onResult={(state) => report(cursor, state)}
      />
    )),
  };
}

function PageLoader<Data, Variables extends AnyVariables, Node>({
  query,
  variables,
  retry,
  connectionOf,
  onResult,
}: {
  query: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  retry: boolean;
  connectionOf: (data: Data) => Connection<Node> | null | undefined;
  onResult: (state: PageState<Node>) => void;
}) {
  const [{ data, error }] = useQuery<Data, Variables>({
    query,
    variables,
    requestPolicy: retry ? "network-only" : "cache-and-network",
  });
  useEffect(() => {
    const connection = data ? connectionOf(data) : null;
    if (connection) {
      onResult({
        page: {
          nodes: connection.nodes,
          totalCount: connection.totalCount,
          hasNextPage: connection.pageInfo.hasNextPage,
          endCursor: connection.pageInfo.endCursor,
        },
        error,
      });
    } else if (error) onResult({ error });
    // onResult and connectionOf are new functions every render; report only when the answer changes.
  }, [data, error]);
  return null;
}
