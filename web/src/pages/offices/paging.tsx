import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from "urql";
import type { Connection } from "../../lib/csv";

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
  totalCount: number | undefined;
  /** The first page has not answered yet. */
  loading: boolean;
  loadingMore: boolean;
  error: CombinedError | undefined;
  loadMore: () => void;
  retry: () => void;
  /** Render these (they draw nothing): each page is a live query, so cache updates reach every page. */
  loaders: ReactNode;
}

/**
 * Infinite loading of a Relay connection: one live urql query per page, appended as the user scrolls. Mount
 * the owner with a key per filter, so a new filter starts again from the first page.
 */
export function usePagedConnection<Data, Variables extends AnyVariables, Node>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, "first" | "after">,
  connectionOf: (data: Data) => Connection<Node> | null | undefined,
): PagedList<Node> {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pages, setPages] = useState<Record<string, PageState<Node>>>({});
  const [attempt, setAttempt] = useState(0);
  const keyOf = (cursor: string | null) => cursor ?? "";

  const report = useCallback((cursor: string | null, state: PageState<Node>) => {
    setPages((current) => ({ ...current, [keyOf(cursor)]: state }));
  }, []);

  const loaded = cursors.map((cursor) => pages[keyOf(cursor)]);
  const last = loaded[loaded.length - 1];
  const first = loaded[0];
  const loadMore = useCallback(() => {
    if (last?.page?.hasNextPage && last.page.endCursor) {
      const after = last.page.endCursor;
      setCursors((current) => (current.includes(after) ? current : [...current, after]));
    }
  }, [last]);

  return {
    nodes: loaded.flatMap((state) => state?.page?.nodes ?? []),
    totalCount: first?.page?.totalCount,
    loading: !first?.page && !first?.error,
    loadingMore: cursors.length > 1 && !last?.page && !last?.error,
    error: loaded.find((state) => state?.error)?.error,
    loadMore,
    retry: () => {
      setPages({});
      setCursors([null]);
      setAttempt((value) => value + 1);
    },
    loaders: cursors.map((cursor) => (
      <PageLoader
        key={`${keyOf(cursor)}#${attempt}`}
        query={query}
        variables={{ ...variables, first: PAGE_SIZE, after: cursor } as unknown as Variables}
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
    requestPolicy: retry ? "network-only" : "cache-first",
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
