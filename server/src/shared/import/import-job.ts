import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Viewer } from "../auth/viewer";
import type { Em } from "../db/orm";
import { toGlobalId } from "../graphql/global-id";
import { UserErrorCode } from "../graphql/user-error";

/** Where a background import stands. */
export enum ImportStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}

registerEnumType(ImportStatus, {
  name: "ImportStatus",
  description: "Where a background CSV import stands.",
  valuesConfig: {
    QUEUED: { description: "Validated and waiting for an earlier import of the same kind to finish." },
    RUNNING: { description: "Rows are being written; `processed` grows, nothing is visible until it succeeds." },
    SUCCEEDED: { description: "Every row was written in one transaction." },
    FAILED: { description: "Stopped; nothing of this import was written." },
  },
});

/** A job that has not reported progress for this long was cut off (its process stopped): it failed. */
export const STALE_AFTER_SECONDS = 120;

/** What every import job shows. */
export interface ImportJob {
  localId: number;
  kind: string;
  status: ImportStatus;
  total: number;
  processed: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  readonly globalId: string;
}

/** The GraphQL type of one subgraph's import jobs (UmkmImport, AgentImport): the same fields under its own name. */
export function importJobType(typeName: string, description: string) {
  @ObjectType(typeName, { description })
  class ImportJobType implements ImportJob {
    localId!: number;
    kind!: string;

    @Field(() => ImportStatus)
    status!: ImportStatus;

    @Field(() => Int, { description: "Rows in the file." })
    total!: number;

    @Field(() => Int, { description: "Rows written so far, in the import's transaction: visible once it succeeds." })
    processed!: number;

    @Field(() => String, { nullable: true, description: "Why the import failed; nothing of it was written." })
    error!: string | null;

    @Field(() => Date)
    createdAt!: Date;

    @Field(() => Date, { nullable: true })
    startedAt!: Date | null;

    @Field(() => Date, { nullable: true })
    finishedAt!: Date | null;

    @Field(() => ID, { name: "id", description: "Opaque global ID." })
    get globalId(): string {
      return toGlobalId(typeName, this.localId);
    }
  }
  return ImportJobType;
}

interface JobRow {
  id: number;
  kind: string;
  status: ImportStatus;
  total: number;
  processed: number;
  error: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/**
 * The import_job table of one subgraph's schema. Its rows are written outside the import's own transaction
 * (through another connection), so progress shows while the rows are still being written.
 */
export class ImportJobs<Job extends ImportJob> {
  constructor(
    private readonly schema: string,
    private readonly kind: string,
    private readonly make: () => Job,
  ) {}

  private get table(): string {
    return `"${this.schema}"."import_job"`;
  }

  private toJob(row: JobRow): Job {
    return Object.assign(this.make(), {
      localId: row.id,
      kind: row.kind,
      status: row.status,
      total: row.total,
      processed: row.processed,
      error: row.error,
      createdAt: new Date(row.created_at),
      startedAt: row.started_at && new Date(row.started_at),
      finishedAt: row.finished_at && new Date(row.finished_at),
    });
  }

  async create(em: Em, viewer: Viewer, total: number, scope: readonly string[]): Promise<Job> {
    const rows = await em.execute<JobRow[]>(
      `insert into ${this.table} ("kind", "status", "total", "created_by", "scope") values (?, 'QUEUED', ?, ?, ?::text[]) returning *`,
      [this.kind, total, viewer.userId, `{${scope.map((code) => `"${code}"`).join(",")}}`],
    );
    return this.toJob(rows[0]);
  }

  /** One job the viewer may see (national roles: all; others: their own, or ones wholly inside their scope). */
  async find(em: Em, viewer: Viewer, id: number): Promise<Job | null> {
    await this.failStale(em);
    const [where, params] = this.visibleTo(viewer);
    const rows = await em.execute<JobRow[]>(`select * from ${this.table} where "id" = ? and ${where}`, [id, ...params]);
    return rows[0] ? this.toJob(rows[0]) : null;
  }

  async recent(em: Em, viewer: Viewer, first: number): Promise<Job[]> {
    await this.failStale(em);
    const [where, params] = this.visibleTo(viewer);
    const rows = await em.execute<JobRow[]>(
      `select * from ${this.table} where "kind" = ? and ${where} order by "created_at" desc, "id" desc limit ?`,
      [this.kind, ...params, first],
    );
    return rows.map((row) => this.toJob(row));
  }

  private visibleTo(viewer: Viewer): [string, unknown[]] {
    if (viewer.isNational) return ["true", []];
    const scope = viewer.regionPrefixes ?? [];
    return [
      `("created_by" = ? or ("scope" <@ ?::text[] and cardinality("scope") > 0))`,
      [viewer.userId, `{${scope.map((code) => `"${code}"`).join(",")}}`],
    ];
  }

  /** A job whose process stopped never reports again: after STALE_AFTER_SECONDS it reads as FAILED. */
  private async failStale(em: Em): Promise<void> {
    await em.execute(
      `update ${this.table} set "status" = 'FAILED', "error" = 'The import was interrupted (the server restarted); nothing of it was written. Start it again.', "finished_at" = now(), "updated_at" = now()
       where "status" in ('QUEUED', 'RUNNING') and "updated_at" < now() - make_interval(secs => ?)`,
      [STALE_AFTER_SECONDS],
    );
  }

  /** Marks a queued job as running; false when it is no longer queued (given up as stale while it waited). */
  async running(em: Em, id: number): Promise<boolean> {
    const rows = await em.execute<{ id: number }[]>(
      `update ${this.table} set "status" = 'RUNNING', "started_at" = now(), "updated_at" = now() where "id" = ? and "status" = 'QUEUED' returning "id"`,
      [id],
    );
    return rows.length === 1;
  }

  async progress(em: Em, id: number, processed: number): Promise<void> {
    await em.execute(`update ${this.table} set "processed" = ?, "updated_at" = now() where "id" = ?`, [processed, id]);
  }

  async finish(em: Em, id: number, error: string | null): Promise<void> {
    await em.execute(
      `update ${this.table} set "status" = ?, "error" = ?, "processed" = case when ? then "total" else 0 end, "finished_at" = now(), "updated_at" = now() where "id" = ?`,
      [error === null ? ImportStatus.SUCCEEDED : ImportStatus.FAILED, error, error === null, id],
    );
  }
}

/** DDL of a subgraph's import_job table (run once by that subgraph's migration). */
export function importJobTableStatements(schema: string): string[] {
  return [
    `create table "${schema}"."import_job" (
      "id" serial primary key,
      "kind" text not null,
      "status" text not null check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
      "total" integer not null check ("total" >= 0),
      "processed" integer not null default 0 check ("processed" >= 0),
      "created_by" integer null,
      "scope" text[] not null default '{}',
      "error" text null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "started_at" timestamptz null,
      "finished_at" timestamptz null
    );`,
    `create index "import_job_kind_created_at_index" on "${schema}"."import_job" ("kind", "created_at");`,
    `create index "import_job_status_index" on "${schema}"."import_job" ("status") where "status" in ('QUEUED', 'RUNNING');`,
    `comment on table "${schema}"."import_job" is 'Background CSV imports: status and progress, written outside the import''s transaction.';`,
  ];
}

@ObjectType({ description: "A problem in one row (line) of an imported CSV file." })
@Directive("@shareable")
export class ImportRowError {
  @Field(() => Int, { description: "The line in the file, as a spreadsheet numbers it (1 is the header)." })
  line!: number;

  @Field(() => String, { nullable: true, description: "The column (header name), or null for the whole row." })
  column!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => UserErrorCode)
  code!: UserErrorCode;
}

@ObjectType({ description: "The result of checking a CSV file: nothing is written." })
@Directive("@shareable")
export class ImportValidation {
  @Field(() => Int, { description: "Data rows in the file (the header not counted)." })
  rowCount!: number;

  @Field(() => Int, { description: "Problems found; errors lists the first 1,000 of them." })
  errorCount!: number;

  @Field(() => [ImportRowError], { description: "In line order, at most 1,000." })
  errors!: ImportRowError[];
}
