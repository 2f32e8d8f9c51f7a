import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Constructor } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import express from "express";
import type { GraphQLSchema } from "graphql";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { initORM, type Orm } from "../db/orm";
import { environment, type SubgraphName } from "../environment";
import { debugCounters } from "./debug-counters";
import { viewerFromHeader } from "../auth/authenticate";
import { sessions } from "../auth/sessions";
import { CLIENT_ADDRESS_HEADER, createContext, type SubgraphContext } from "../graphql/context";
import { formatClientError } from "../graphql/errors";
import { graphqlJsonBody } from "./json-body";

/** What a subgraph folder exports: its Postgres schema, entities, migrations and GraphQL schema. */
export interface SubgraphModule {
  name: SubgraphName;
  entities: Constructor[];
  migrations: { name: string; class: Constructor<Migration> }[];
  buildSchema(): Promise<GraphQLSchema>;
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  orm: Orm;
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  port: number;
  host: string;
  logSql?: boolean;
  /** Key that signs session tokens; every subgraph verifies tokens itself. */
  authSecret: string;
}

const uncacheableAnswers: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

export async function startSubgraph(module: SubgraphModule, options: StartOptions): Promise<RunningSubgraph> {
  const orm = await initORM({
    schema: module.name,
    databaseUrl: options.databaseUrl,
    entities: module.entities,
    migrations: module.migrations,
    logSql: options.logSql,
  });
  const schema = await module.buildSchema();
  const app = express();
  // Express hashes every response body into an ETag (SHA-1 over tens of kilobytes for a page); the gateway and
  // health probes that read these answers never revalidate one, so the hash would be wasted.
  app.set("etag", false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    formatError: formatClientError(module.name),
    includeStacktraceInErrorResponses: false,
    // The process decides how to shut down (children first, then the database), not each server.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2_000 }),
      ApolloServerPluginInlineTraceDisabled(),
      // No type or field carries a cache hint, so every answer is uncacheable. The default cache-control plugin
      // would wrap every field resolver of every row to work that out; the header says it once per response.
      ApolloServerPluginCacheControlDisabled(),
      uncacheableAnswers,
    ],
  });
  await apollo.start();
  app.get("/healthz", (_request, response) => {
    response.json({ status: "ok", subgraph: module.name });
  });
  app.get("/readyz", async (_request, response) => {
    try {
      await orm.em.getConnection().execute("select 1");
      response.json({ status: "ready", subgraph: module.name });
    } catch {
      response.status(503).json({ status: "database unavailable", subgraph: module.name });
    }
  });
  if (environment().PERISAI_DEBUG_COUNTERS) app.get("/debug/counters", debugCounters);
  app.use(
    "/graphql",
    ...graphqlJsonBody(2 * 1024 * 1024),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = viewerFromHeader(req.headers.authorization, options.authSecret);
        const em = orm.em.fork();
        await sessions.requireOpen(em, viewer);
        const address = req.headers[CLIENT_ADDRESS_HEADER];
        return createContext(em, viewer, {
          clientAddress: typeof address === "string" ? address : req.socket.remoteAddress,
          authSecret: options.authSecret,
        });
      },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    name: module.name,
    url: `http://${options.host}:${port}/graphql`,
    orm,
    stop: (() => {
      let stopped: Promise<void> | undefined;
      // Idempotent: a test may stop one subgraph early and the whole stack later.
      return () => (stopped ??= apollo.stop().then(() => orm.close()));
    })(),
  };
}
