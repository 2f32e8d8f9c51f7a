import "reflect-metadata";
import fs from "node:fs";
import { startGateway, type RunningGateway } from "../gateway/app";
import { SUPERGRAPH_PATH } from "../schema/paths";
import { SUBGRAPHS, type SubgraphName } from "../shared/environment";
import { startSubgraph, type RunningSubgraph } from "../shared/server/subgraph";
import { loadSubgraph } from "./subgraphs";

export interface StackOptions {
  databaseUrl: string;
  host?: string;
  gatewayPort?: number;
  subgraphPorts?: Partial<Record<SubgraphName, number>>;
  timeoutMs?: number;
  webDir?: string;
  authSecret: string;
  /** Memory for the gateway's response cache; 0 turns it off (default PERISAI_RESPONSE_CACHE_MB). */
  responseCacheMb?: number;
  /** Start the gateway as in production (no introspection, no playground) without changing NODE_ENV. */
  production?: boolean;
}

export interface RunningStack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  stop(): Promise<void>;
}

/** All four subgraphs and the gateway in this process (tests, benchmarks); ports default to free ones. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const host = options.host ?? "127.0.0.1";
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  await Promise.all(
    SUBGRAPHS.map(async (name) => {
      subgraphs[name] = await startSubgraph(await loadSubgraph(name), {
        databaseUrl: options.databaseUrl,
        host,
        port: options.subgraphPorts?.[name] ?? 0,
        authSecret: options.authSecret,
      });
    }),
  );
  const gateway = await startGateway({
    host,
    port: options.gatewayPort ?? 0,
    supergraphSdl: fs.readFileSync(SUPERGRAPH_PATH, "utf8"),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((name) => [name, subgraphs[name].url])),
    timeoutMs: options.timeoutMs ?? 10_000,
    webDir: options.webDir,
    production: options.production,
    databaseUrl: options.databaseUrl,
    responseCacheMb: options.responseCacheMb,
  });
  return {
    gateway,
    subgraphs,
    stop: async () => {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
    },
  };
}
