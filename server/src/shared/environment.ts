import path from "node:path";
import { z } from "zod";

/** The one place that reads process.env; every service takes its settings from here. */
const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: port.default(4000),
  REGIONS_PORT: port.default(4101),
  OKOCE_PORT: port.default(4102),
  PERISAI_PORT: port.default(4103),
  COVERAGE_PORT: port.default(4104),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().url().optional(),
  PERISAI_DATA_DIR: z.string().default(path.resolve(__dirname, "../../../.data")),
  EMBEDDED_PG_PORT: port.default(5488),
  LOG_SQL: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  PERISAI_SEED: z.enum(["demo", "national", "reference"]).default("demo"),
  PERISAI_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PERISAI_NIK_HASH_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  PERISAI_DEMO_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3_600),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** `pnpm start`: the gateway and the subgraphs in one process, or each subgraph in its own (both cores). */
  PERISAI_PROCESSES: z.enum(["single", "multi"]).default("multi"),
  /** Memory for the gateway's cache of query answers (emptied by every committed write); 0 turns it off. */
  PERISAI_RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** Benchmarks only: `1` serves each process's SQL statement count on /debug/counters. */
  PERISAI_DEBUG_COUNTERS: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});

export type Environment = z.infer<typeof schema>;

let cached: Environment | undefined;

/**
 * @apollo/gateway otherwise reports usage metrics to Apollo and, to label them, probes cloud metadata
 * addresses (AWS, GCP, Azure) on start: this system makes no request beyond its own servers.
 */
export function optOutOfVendorTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
}

export function environment(): Environment {
  if (!cached) {
    // An empty variable (FOO= in a shell or .env file) means "not set", not an empty value.
    const given = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
    const parsed = schema.safeParse(given);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export type SubgraphName = "regions" | "okoce" | "perisai" | "coverage";

export const SUBGRAPHS: readonly SubgraphName[] = ["regions", "okoce", "perisai", "coverage"];

export function subgraphPort(name: SubgraphName, env: Environment = environment()): number {
  const ports: Record<SubgraphName, number> = {
    regions: env.REGIONS_PORT,
    okoce: env.OKOCE_PORT,
    perisai: env.PERISAI_PORT,
    coverage: env.COVERAGE_PORT,
  };
  return ports[name];
}
