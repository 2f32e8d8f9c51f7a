import type { Orm } from "../../shared/db/orm";
import type { SubgraphName } from "../../shared/environment";
import type { DataSet } from "../demo/model";
import { generateNational } from "./generate";
import { withoutSecondaryIndexes } from "./bulk";
import { loadNationalCoverage, timer } from "./load-coverage";

type WithOrm = <T>(name: SubgraphName, work: (orm: Orm) => Promise<T>) => Promise<T>;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * Loads the national data set into okoce, perisai and coverage (regions and the demo accounts are loaded
 * by seedDatabase as for the demo). okoce and perisai reuse the demo loaders, which only iterate what they
 * are given; coverage has its own loader for the 12 million contributions. Each subgraph loads in one
 * transaction and is skipped when its tables already hold rows.
 */
export async function seedNational(withOrm: WithOrm): Promise<Record<string, number>> {
  const loaded: Record<string, number> = {};
  const lap = timer(log);
  let data: ReturnType<typeof generateNational> | undefined;
  const national = () => {
    if (!data) {
      log("Generating the national data set…");
      data = generateNational();
      lap(
        `planned ${data.size.umkms.toLocaleString("en")} UMKM, ${data.size.participants.toLocaleString("en")} participants, ` +
          `${data.agents.length.toLocaleString("en")} agents, ${data.perisaiOffices.length.toLocaleString("en")} offices`,
      );
    }
    return data;
  };
  const record = (name: string, counts: Record<string, number>) => {
    for (const [table, count] of Object.entries(counts)) loaded[`${name}.${table}`] = count;
  };
  await withOrm("okoce", async (orm) => {
    const { loadDemo } = await import("../../subgraphs/okoce/seed/load-demo.js");
    const counts = await orm.em.fork().transactional(async (em) => {
      const existing = await em.execute<{ count: string }[]>('select count(*) from "okoce"."chapter"');
      if (Number(existing[0].count) > 0) return {};
      const set = national();
      return withoutSecondaryIndexes(
        em,
        ['"okoce"."umkm"'],
        () => loadDemo(em, { chapters: set.chapters, umkms: set.umkms() } as unknown as DataSet),
        lap,
      );
    });
    if (Object.keys(counts).length) lap("okoce loaded");
    record("okoce", counts);
  });
  await withOrm("perisai", async (orm) => {
    const { loadDemo } = await import("../../subgraphs/perisai/seed/load-demo.js");
    const counts = await orm.em.fork().transactional(async (em) => {
      const existing = await em.execute<{ count: string }[]>('select count(*) from "perisai"."bpjs_office"');
      if (Number(existing[0].count) > 0) return {};
      return loadDemo(em, national() as unknown as DataSet);
    });
    if (Object.keys(counts).length) lap("perisai loaded");
    record("perisai", counts);
  });
  await withOrm("coverage", async (orm) => {
    const counts = await orm.em.fork().transactional(async (em) => {
      const existing = await em.execute<{ count: string }[]>('select count(*) from "coverage"."participant"');
      if (Number(existing[0].count) > 0) return {};
      return loadNationalCoverage(em, national(), log);
    });
    record("coverage", counts);
  });
  return loaded;
}
