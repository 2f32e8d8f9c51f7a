import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { SubgraphName } from "../shared/environment";

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph runs now; the supergraph's routing URLs are defaults for a standard deployment. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  timeoutMs: number;
}

/** A subgraph request that takes longer than the timeout is abandoned, and the field gets an error. */
function fetcherWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

export function createGateway(options: GatewayOptions): ApolloGateway {
  const fetcher = fetcherWithTimeout(options.timeoutMs);
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: options.subgraphUrls[name as SubgraphName] ?? url,
        fetcher: fetcher as never,
      }),
  });
}
