/** A subgraph answer: the GraphQL body and the HTTP response it came in (not cloned). */
type Response = { http?: unknown };

/**
 * De-duplication of identical in-flight subgraph queries, as Apollo Router's traffic shaping does: while a
 * fetch for the same subgraph, document, variables and caller is under way, another one waits for its
 * answer instead of sending the same request again (a page opened in several tabs at once costs one subgraph call).
 * Only queries: a mutation is never shared, and nothing is cached once the answer is in.
 */
export class InFlightQueries<T extends Response = Response> {
  private readonly pending = new Map<string, Promise<T>>();
  /** Fetches answered by another caller's fetch, for tests and the benchmark. */
  shared = 0;

  /**
   * Runs `fetch` unless an identical query is already in flight. A caller who joins another's fetch gets its
   * own copy of the answer: the gateway merges later fetches into the objects it receives, so two requests
   * must never share them. (The first caller's continuation runs before the joiners' and only copies
   * references out of the answer, so the joiners still clone it intact.)
   */
  async run(key: string | undefined, fetch: () => Promise<T>): Promise<T> {
    if (key === undefined) return fetch();
    const pending = this.pending.get(key);
    if (!pending) {
      const started = fetch().finally(() => this.pending.delete(key));
      this.pending.set(key, started);
      return started;
    }
    this.shared += 1;
    const { http, ...rest } = await pending;
    return { ...structuredClone(rest), http } as T;
  }
}

/** The key of a subgraph request that may be shared: undefined for mutations and subscriptions. */
export function queryKey(
  subgraph: string,
  request: { query?: string; variables?: Record<string, unknown>; operationName?: string },
  authorization: string | undefined,
): string | undefined {
  const query = request.query;
  if (!query || /^\s*(mutation|subscription)\b/.test(query)) return undefined;
  return JSON.stringify([subgraph, authorization ?? "", query, request.variables ?? {}, request.operationName ?? ""]);
}
