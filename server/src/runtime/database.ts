import { startEmbeddedPostgres } from "../shared/db/embedded";
import { environment } from "../shared/environment";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, otherwise the embedded PostgreSQL whose data lives in .data/. */
export async function openDatabase(): Promise<Database> {
  const env = environment();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: env.PERISAI_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    persistent: true,
  });
  return { ...embedded, embedded: true };
}
