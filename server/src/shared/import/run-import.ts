import type { Em } from "../db/orm";
import type { ImportJob, ImportJobs } from "./import-job";
import { yieldToEventLoop } from "./rows";

/** Rows per COPY statement: a progress step, and the most rows held in one buffer. */
export const IMPORT_BATCH_SIZE = 2_000;

export interface ImportWork<Row> {
  jobs: ImportJobs<ImportJob>;
  jobId: number;
  rows: readonly Row[];
  /** Serialises imports of one kind, so two files never race for the same duplicates or numbers. */
  lockKey: string;
  /** Writes one batch in the import's transaction (tx). */
  writeBatch(tx: Em, batch: readonly Row[]): Promise<void>;
  /** Runs last in the transaction: the audit entry. */
  finish(tx: Em): Promise<void>;
}

/**
 * Writes validated rows in the background, in ONE transaction (all rows or none), a batch at a time with a
 * yield between batches. Status and progress go to the job row through another connection, so readers see
 * them while the transaction is still open. The job row itself is the only way the caller hears back.
 */
export function runImportInBackground<Row>(em: Em, work: ImportWork<Row>): void {
  setImmediate(() => {
    void runImport(em.fork(), work).catch((error) => {
      process.stderr.write(`[import] job ${work.jobId} could not record its outcome: ${describe(error)}\n`);
    });
  });
}

async function runImport<Row>(em: Em, work: ImportWork<Row>): Promise<void> {
  const progressEm = em.fork();
  try {
    await em.fork().transactional(async (tx) => {
      await tx.execute("select pg_advisory_xact_lock(hashtext(?))", [work.lockKey]);
      if (!(await work.jobs.running(progressEm, work.jobId))) throw new Error("The job was given up while it waited");
      let processed = 0;
      for (let start = 0; start < work.rows.length; start += IMPORT_BATCH_SIZE) {
        const batch = work.rows.slice(start, start + IMPORT_BATCH_SIZE);
        await work.writeBatch(tx as Em, batch);
        processed += batch.length;
        await work.jobs.progress(progressEm, work.jobId, processed);
        await yieldToEventLoop();
      }
      await work.finish(tx as Em);
    });
    await work.jobs.finish(progressEm, work.jobId, null);
  } catch (error) {
    // Database messages can quote the rows' values (personal data): the log gets the kind of failure only.
    process.stderr.write(`[import] job ${work.jobId} failed and was rolled back: ${describe(error)}\n`);
    await work.jobs.finish(
      progressEm,
      work.jobId,
      "The import stopped at an unexpected error and was rolled back: nothing was written. Check the file again and retry.",
    );
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string })?.code;
  return `${(error as Error)?.name ?? "Error"}${code ? ` (${code})` : ""}`;
}
