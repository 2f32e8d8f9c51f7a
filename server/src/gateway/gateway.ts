import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { optOutOfVendorTelemetry, type SubgraphName } from "../shared/environment";
import { fieldsFilledBy, FieldsUnavailableError } from "./partial-data";
import { CLIENT_ADDRESS_HEADER } from "../shared/graphql/context";
import { isBulkImportBody } from "../shared/server/json-body";
import { InFlightQueries, queryKey } from "./in-flight";

export interface GatewayContext {
  authorization?: string;
  /** The caller's address as this server's socket saw it; subgraphs rate-limit sign-in attempts by it. */
  clientAddress?: string;
}

/** The header subgraphs read the caller's address from (server/src/shared/server/subgraph.ts). */

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph runs now; the supergraph's routing URLs are defaults for a standard deployment. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  timeoutMs: number;
  /** Share one fetch among identical in-flight subgraph queries (default on; never mutations). */
  dedupe?: boolean;
}

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type SubgraphResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];
type GatewayResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

/** A CSV import checks up to 100,000 rows in one request; on a busy server that outlasts the usual timeout. */
const BULK_IMPORT_TIMEOUT_MS = 120_000;

/** A subgraph request that takes longer than the timeout is abandoned, and its fields get an error. */
function fetcherWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = isBulkImportBody(init?.body) ? Math.max(timeoutMs, BULK_IMPORT_TIMEOUT_MS) : timeoutMs;
    return fetch(input, { ...init, signal: AbortSignal.timeout(timeout) });
  };
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return `${(error as Error)?.name ?? "Error"}: ${(error as Error)?.message ?? String(error)}${cause ? ` (${cause})` : ""}`;
}

/**
 * How the gateway talks to one subgraph. Whatever the subgraph says with a code (a bad argument, an expired
 * token) reaches the client as the subgraph said it. A subgraph that does not answer (down, too slow, a
 * failure without a GraphQL error) leaves its fields empty: the client gets the rest of the data and an
 * error naming those fields, never the subgraph's address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly inFlight?: InFlightQueries<GatewayResponse>,
  ) {
    super(config);
  }

  /** Every subgraph verifies the caller's token itself, so the header goes along unchanged. */
  override willSendRequest(options: ProcessOptions) {
    const headers = options.request.http?.headers;
    if (!headers || !("incomingRequestContext" in options)) return;
    const { authorization, clientAddress } = options.context;
    if (authorization) headers.set("authorization", authorization);
    if (clientAddress) headers.set(CLIENT_ADDRESS_HEADER, clientAddress);
  }

  override async process(options: ProcessOptions) {
    try {
      // Identical queries of concurrent client requests (same document, variables and caller) share one fetch.
      const key =
        "incomingRequestContext" in options && this.inFlight
          ? queryKey(this.subgraph, options.request, options.context.authorization)
          : undefined;
      if (key === undefined || !this.inFlight) return await super.process(options);
      return await this.inFlight.run(key, () => super.process(options));
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      process.stderr.write(`[gateway] subgraph ${this.subgraph} did not answer: ${describe(error)}\n`);
      // Only a fetch of a client's operation fills fields; health checks and schema loads fill none.
      const incoming = "incomingRequestContext" in options ? options : undefined;
      const query = incoming?.request.query;
      throw new FieldsUnavailableError(query ? fieldsFilledBy(query, incoming.pathInIncomingRequest) : []);
    }
  }

  /**
   * A subgraph answers 400 when an argument does not parse and 401 when a token is refused; the stock data
   * source would say "400: Bad Request" with the subgraph's URL attached. Here the subgraph's own error goes
   * on; an answer without one is a failure of the subgraph (see `process`).
   */
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
    const first = body?.errors?.[0];
    if (first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: first.extensions });
    }
    throw new Error(`answered HTTP ${response.status} without a GraphQL error`);
  }
}

export function createGateway(options: GatewayOptions): ApolloGateway {
  const fetcher = fetcherWithTimeout(options.timeoutMs);
  optOutOfVendorTelemetry();
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        { url: options.subgraphUrls[name as SubgraphName] ?? url, fetcher: fetcher as never },
        options.dedupe === false ? undefined : new InFlightQueries<GatewayResponse>(),
      ),
  });
}
