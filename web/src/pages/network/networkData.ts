import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useClient, type CombinedError } from "urql";
import type { ResultOf } from "../../graphql/graphql";
import { NetworkPage_OfficeAgents, NetworkPage_Offices } from "./NetworkPage.graphql";
import type { OfficeRecord } from "./officeTree";

/** The API's page limit: the whole tree comes in ⌈offices / 100⌉ requests, an office's agents 100 at a time. */
export const PAGE_SIZE = 100;

type OfficeNode = ResultOf<typeof NetworkPage_Offices>["perisaiOffices"]["nodes"][number];

export function toOfficeRecord(node: OfficeNode): OfficeRecord {
  return {
    id: node.id,
    name: node.name,
    parentId: node.parent?.id ?? null,
    status: node.status,
    regionName: node.region.name,
    agentsTotal: node.agentsTotal,
    agentsActive: node.agentsActive,
    participantsActive: node.coverage?.participantsActive ?? 0,
    participantsTotal: node.coverage?.participantsTotal ?? 0,
  };
}

export interface Loading<T> {
  data: T | null;
  loaded: number;
  total: number | null;
  error: CombinedError | null;
  retry: () => void;
}

/** Follows a connection's cursor to its end (from the cache when it has the pages), reporting progress. */
export function useAllPages<Node>(
  fetchPage: (after: string | null) => Promise<{
    error?: CombinedError;
    connection?: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };
  }>,
): Loading<Node[]> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<Loading<Node[]>, "retry">>({
    data: null,
    loaded: 0,
    total: null,
    error: null,
  });
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const nodes: Node[] = [];
      let after: string | null = null;
      for (;;) {
        const { error, connection } = await fetchRef.current(after);
        if (cancelled) return;
        if (error || !connection) {
          setState((previous) => ({ ...previous, error: error ?? null }));
          return;
        }
        nodes.push(...connection.nodes);
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) {
          setState({ data: nodes, loaded: nodes.length, total: connection.totalCount, error: null });
          return;
        }
        setState({ data: null, loaded: nodes.length, total: connection.totalCount, error: null });
        after = connection.pageInfo.endCursor;
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ data: null, loaded: 0, total: null, error: null });
    setAttempt((value) => value + 1);
  }, []);
  return { ...state, retry };
}

/** Every office the viewer may see (the server scopes the list by role), with its counts. */
export function useAllOffices(): Loading<OfficeRecord[]> {
  const client = useClient();
  const result = useAllPages(async (after) => {
    const { data, error } = await client.query(NetworkPage_Offices, { first: PAGE_SIZE, after }).toPromise();
    return { error, connection: data?.perisaiOffices };
  });
  const records = useMemo(() => result.data?.map(toOfficeRecord) ?? null, [result.data]);
  return { ...result, data: records };
}

export type OfficeAgent = NonNullable<
  ResultOf<typeof NetworkPage_OfficeAgents>["perisaiOffice"]
>["agents"]["nodes"][number];

export interface OfficeAgents {
  agents: OfficeAgent[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error: CombinedError | null;
}

/**
 * The agents of the expanded offices: the first 100 when an office is first expanded, 100 more on request.
 * Kept while the page lives, so collapsing and expanding again costs no request.
 */
export function useOfficeAgents(expandedOfficeIds: readonly string[]) {
  const client = useClient();
  const [byOffice, setByOffice] = useState<ReadonlyMap<string, OfficeAgents>>(new Map());
  const started = useRef(new Set<string>());

  const load = useCallback(
    async (officeId: string, after: string | null) => {
      setByOffice((previous) => {
        const next = new Map(previous);
        const current = previous.get(officeId);
        next.set(officeId, {
          agents: current?.agents ?? [],
          totalCount: current?.totalCount ?? 0,
          endCursor: current?.endCursor ?? null,
          hasNextPage: current?.hasNextPage ?? false,
          loading: true,
          error: null,
        });
        return next;
      });
      const { data, error } = await client
        .query(NetworkPage_OfficeAgents, { officeId, first: PAGE_SIZE, after })
        .toPromise();
      const connection = data?.perisaiOffice?.agents;
      setByOffice((previous) => {
        const next = new Map(previous);
        const current = previous.get(officeId);
        next.set(officeId, {
          agents: connection
            ? [...(after ? (current?.agents ?? []) : []), ...connection.nodes]
            : (current?.agents ?? []),
          totalCount: connection?.totalCount ?? current?.totalCount ?? 0,
          endCursor: connection?.pageInfo.endCursor ?? current?.endCursor ?? null,
          hasNextPage: connection?.pageInfo.hasNextPage ?? current?.hasNextPage ?? false,
          loading: false,
          error: connection ? null : (error ?? null),
        });
        return next;
      });
    },
    [client],
  );

  useEffect(() => {
    for (const officeId of expandedOfficeIds) {
      if (started.current.has(officeId)) continue;
      started.current.add(officeId);
      void load(officeId, null);
    }
  }, [expandedOfficeIds, load]);

  const loadMore = useCallback(
    (officeId: string) => {
      const current = byOffice.get(officeId);
      if (current?.error) void load(officeId, current.agents.length ? current.endCursor : null);
      else if (current && current.hasNextPage && !current.loading) void load(officeId, current.endCursor);
    },
    [byOffice, load],
  );

  return { byOffice, loadMore };
}
