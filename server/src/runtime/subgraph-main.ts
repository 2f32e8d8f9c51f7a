import "reflect-metadata";
import { tokenSecret } from "../shared/auth/secret";
import { environment, subgraphPort, SUBGRAPHS, type SubgraphName } from "../shared/environment";
import { startSubgraph } from "../shared/server/subgraph";
import { loadSubgraph } from "./subgraphs";

/** One subgraph as its own process: `node dist/runtime/subgraph-main.js okoce` (DATABASE_URL required). */
async function main(): Promise<void> {
  const name = process.argv[2] as SubgraphName;
  if (!SUBGRAPHS.includes(name)) throw new Error(`Unknown subgraph "${name}"; expected one of ${SUBGRAPHS.join(", ")}`);
  const env = environment();
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is required to start a subgraph on its own");
  const running = await startSubgraph(await loadSubgraph(name), {
    databaseUrl: env.DATABASE_URL,
    host: env.HOST,
    port: subgraphPort(name, env),
    logSql: env.LOG_SQL,
    authSecret: tokenSecret(),
  });
  process.stdout.write(`${name} subgraph ready at ${running.url}\n`);
  const shutdown = () => {
    running.stop().finally(() => process.exit(0));
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  // Started by the supervisor over an IPC channel: when the supervisor is gone (even killed outright), so is
  // this process, instead of holding its port as an orphan.
  if (process.connected) process.on("disconnect", shutdown);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
