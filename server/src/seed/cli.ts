import "reflect-metadata";
import { openDatabase } from "../runtime/database";
import { seedDatabase, type DatasetName } from "../runtime/seed";

/** `pnpm seed [demo|national|reference]`: migrate and load what is missing, then print what was loaded. */
async function main(): Promise<void> {
  // `pnpm seed national` or `pnpm seed --scale national`.
  const args = process.argv.slice(2).filter((arg) => arg !== "--scale");
  const dataset = (args[0] ?? "demo") as DatasetName;
  if (!["demo", "national", "reference"].includes(dataset)) {
    throw new Error(`Unknown data set "${dataset}"; use demo, national or reference`);
  }
  const database = await openDatabase();
  try {
    const report = await seedDatabase(database.url, dataset);
    for (const [table, count] of Object.entries(report.loaded)) {
      process.stdout.write(`${table.padEnd(32)} ${count.toLocaleString("en").padStart(12)}\n`);
    }
    if (report.generatedDemoPassword) {
      process.stdout.write(`Demo accounts' password, shown only now: ${report.generatedDemoPassword}\n`);
    }
    process.stdout.write(`Seed finished in ${(report.milliseconds / 1000).toFixed(1)} s\n`);
  } finally {
    await database.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Seed failed: ${error.message}\n`);
  process.exit(1);
});
