import { initORM, type Orm } from "../shared/db/orm";
import crypto from "node:crypto";
import { environment, SUBGRAPHS, type SubgraphName } from "../shared/environment";
import type { DataSet } from "../seed/demo/model";
import { loadSubgraph } from "./subgraphs";

export type DatasetName = "demo" | "national" | "reference";

export interface SeedReport {
  loaded: Record<string, number>;
  milliseconds: number;
  /** Set when demo accounts were created with a generated password: shown once, never stored in clear. */
  generatedDemoPassword?: string;
}

type DemoLoader = (em: Orm["em"], data: DataSet) => Promise<Record<string, number>>;

async function demoLoader(name: Exclude<SubgraphName, "regions">): Promise<DemoLoader> {
  switch (name) {
    case "okoce":
      return (await import("../subgraphs/okoce/seed/load-demo.js")).loadDemo;
    case "perisai":
      return (await import("../subgraphs/perisai/seed/load-demo.js")).loadDemo;
    case "coverage":
      return (await import("../subgraphs/coverage/seed/load-demo.js")).loadDemo;
  }
}

async function withOrm<T>(name: SubgraphName, databaseUrl: string, work: (orm: Orm) => Promise<T>): Promise<T> {
  const module = await loadSubgraph(name);
  const orm = await initORM({ schema: name, databaseUrl, entities: module.entities, migrations: module.migrations });
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}

/**
 * Brings every subgraph's schema up to date and loads what is missing: the reference regions, then (for
 * "demo") the pioneer and the synthetic network. Each subgraph loads its own tables in one transaction and
 * skips them when they already hold rows, so a second run changes nothing.
 */
export async function seedDatabase(
  databaseUrl: string,
  dataset: DatasetName = "demo",
  demoPassword: string | undefined = environment().PERISAI_DEMO_PASSWORD,
): Promise<SeedReport> {
  const started = Date.now();
  const loaded: Record<string, number> = {};
  let generatedDemoPassword: string | undefined;
  await withOrm("regions", databaseUrl, async (orm) => {
    const { loadRegions } = await import("../subgraphs/regions/seed/load-regions.js");
    loaded.regions = await orm.em.fork().transactional((em) => loadRegions(em));
  });
  if (dataset === "national") {
    const { seedNational } = await import("../seed/national/load.js");
    Object.assign(loaded, await seedNational((name, work) => withOrm(name, databaseUrl, work)));
  }
  if (dataset === "demo" || dataset === "national") {
    const { generateDemo } = await import("../seed/demo/generate.js");
    let generated: DataSet | undefined;
    // Generated on first use: loaders of a database that already holds the demo set never touch it, so a
    // restart does not pay for generating 90,000 UMKM it will not load.
    const data = new Proxy({} as DataSet, {
      get: (_target, key) => (generated ??= generateDemo())[key as keyof DataSet],
    });
    const subgraphs = dataset === "demo" ? SUBGRAPHS.filter((entry) => entry !== "regions") : [];
    for (const name of subgraphs as Exclude<SubgraphName, "regions">[]) {
      await withOrm(name, databaseUrl, async (orm) => {
        const load = await demoLoader(name);
        const counts = await orm.em.fork().transactional((em) => load(em, data));
        for (const [table, count] of Object.entries(counts)) loaded[`${name}.${table}`] = count;
      });
    }
    await withOrm("perisai", databaseUrl, async (orm) => {
      const { loadDemoAccounts } = await import("../subgraphs/perisai/accounts/seed-accounts.js");
      const password = demoPassword ?? crypto.randomBytes(12).toString("base64url");
      const created = await orm.em.fork().transactional((em) => loadDemoAccounts(em as never, password));
      if (created > 0) loaded["perisai.user_account"] = created;
      if (created > 0 && !demoPassword) generatedDemoPassword = password;
    });
  } else {
    for (const name of SUBGRAPHS) await withOrm(name, databaseUrl, async () => undefined);
  }
  return { loaded, milliseconds: Date.now() - started, generatedDemoPassword };
}
