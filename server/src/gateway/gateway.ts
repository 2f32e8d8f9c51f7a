import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { SubgraphName } from "../shared/environment";

export interface GatewayContext {
  authorization?: string;
}

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

/**
 * A subgraph answers 400 when an argument does not parse (a Month "2021-13", a bad Rupiah literal); the
 * stock data source turns that into "400: Bad Request" with the subgraph's URL attached. Here the subgraph's
 * own error (message and code) goes to the client instead, and nothing of its address.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Every subgraph verifies the caller's token itself, so the header goes along unchanged. */
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      { errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
    const first = body?.errors?.[0];
    if (response.status === 400 && first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    return new GraphQLError(`Subgraph answered ${response.status}`, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
  }
}

export function createGateway(options: GatewayOptions): ApolloGateway {
  const fetcher = fetcherWithTimeout(options.timeoutMs);
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: options.subgraphUrls[name as SubgraphName] ?? url,
        fetcher: fetcher as never,
      }),
  });
}
