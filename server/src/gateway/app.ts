import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { environment, type SubgraphName } from "../shared/environment";
import { debugCounters } from "../shared/server/debug-counters";
import { graphqlJsonBody } from "../shared/server/json-body";
import { gatewayErrorFormatter } from "./errors";
import { createGateway, type GatewayContext } from "./gateway";
import { OPERATION_LIMITS } from "./limits";
import { operationLimitsPlugin } from "./operation-limits";
import { partialDataPlugin } from "./partial-data";
import { playgroundHtml } from "./playground";
import { DataChangeListener } from "./data-changes";
import { ResponseCache, responseCachePlugin } from "./response-cache";

export interface GatewayServerOptions {
  port: number;
  host: string;
  supergraphSdl: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  timeoutMs: number;
  webDir?: string;
  /** No introspection, no field suggestions, no playground; defaults to NODE_ENV=production. */
  production?: boolean;
  /**
   * The database the subgraphs write to: the gateway listens there for committed changes and keeps answers
   * to queries in memory until one comes (response-cache.ts). Without it nothing is cached.
   */
  databaseUrl?: string;
  /** Memory for cached answers, in megabytes; 0 turns the cache off (default PERISAI_RESPONSE_CACHE_MB). */
  responseCacheMb?: number;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

function wantsHtml(request: express.Request): boolean {
  return request.method === "GET" && !request.query.query && (request.headers.accept ?? "").includes("text/html");
}

async function subgraphsReady(urls: Partial<Record<SubgraphName, string>>): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(String(url).replace(/\/graphql$/, "/readyz"), {
          signal: AbortSignal.timeout(2_000),
        });
        return [name, response.ok] as const;
      } catch {
        return [name, false] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** The public entry point: the federated API, the playground, health probes and the web app. */
export async function startGateway(options: GatewayServerOptions): Promise<RunningGateway> {
  const production = options.production ?? environment().NODE_ENV === "production";
  const app = express();
  app.disable("x-powered-by");
  // No ETag on API answers (a SHA-1 over each body that no GraphQL client revalidates with); the web app's
  // static files keep theirs, which express.static computes itself.
  app.set("etag", false);
  const httpServer = http.createServer(app);
  const cacheMb = options.responseCacheMb ?? environment().PERISAI_RESPONSE_CACHE_MB;
  const responseCache = new ResponseCache({ maxBytes: cacheMb * 1024 * 1024, maxAgeMs: 10 * 60_000 });
  const changes =
    options.databaseUrl && cacheMb > 0
      ? new DataChangeListener(options.databaseUrl, {
          changed: () => responseCache.invalidate(),
          listening: (heard) => responseCache.setListening(heard),
        })
      : undefined;
  await changes?.start();
  const apollo = new ApolloServer<GatewayContext>({
    gateway: createGateway(options),
    formatError: gatewayErrorFormatter({ production }),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    // Simple requests (forms, <img>) are refused: a browser can only send JSON or GET with a custom header
    // after a CORS preflight. The playground and the web app send JSON.
    csrfPrevention: true,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    // Refuses documents whose fragments multiply into millions of selections before validation walks them.
    maxRecursiveSelections: true,
    // The process decides how to shut down (children first, then the database), not each server.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2_000 }),
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin(),
      partialDataPlugin(),
      responseCachePlugin(responseCache),
    ],
  });
  await apollo.start();

  app.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  app.get("/readyz", async (_request, response) => {
    const subgraphs = await subgraphsReady(options.subgraphUrls);
    const ready = Object.values(subgraphs).every(Boolean);
    response.status(ready ? 200 : 503).json({ status: ready ? "ready" : "degraded", subgraphs });
  });
  // Benchmarks only: in one process the gateway answers for the subgraphs' statements too.
  if (environment().PERISAI_DEBUG_COUNTERS) {
    app.get("/debug/counters", debugCounters);
    app.get("/debug/response-cache", (_request, response) => {
      response.json({ active: responseCache.active, ...responseCache.stats, ...responseCache.size });
    });
  }
  app.get("/graphql", (request, response, next) => {
    if (!wantsHtml(request)) return next();
    if (production) {
      response.status(404).type("text").send("The GraphQL playground is off in production.\n");
      return;
    }
    response.type("html").send(playgroundHtml());
  });
  app.use(
    "/graphql",
    ...graphqlJsonBody(1024 * 1024),
    expressMiddleware(apollo, {
      // The socket's address, never X-Forwarded-For: a client can write that header, not its own address.
      context: async ({ req }) => ({
        authorization: req.headers.authorization,
        clientAddress: req.socket.remoteAddress,
      }),
    }),
  );

  if (options.webDir && fs.existsSync(path.join(options.webDir, "index.html"))) {
    const webDir = options.webDir;
    app.use(express.static(webDir, { index: false, maxAge: "1h" }));
    // Client-side routes: every other GET that wants a page gets the single-page app.
    app.get(/.*/, (request, response, next) => {
      if (!(request.headers.accept ?? "").includes("text/html")) return next();
      response.sendFile(path.join(webDir, "index.html"));
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${port}`,
    stop: async () => {
      await changes?.stop();
      await apollo.stop();
    },
  };
}
