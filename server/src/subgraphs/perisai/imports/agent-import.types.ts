import { Field, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { ImportJobs, ImportRowError, importJobType } from "../../../shared/import/import-job";
import type { ColumnSpec } from "../../../shared/import/rows";

export const AgentImport = importJobType(
  "AgentImport",
  "A background import of candidate agents from a CSV file, with its progress.",
);
export type AgentImport = InstanceType<typeof AgentImport>;

export const agentImportJobs = new ImportJobs("perisai", "AGENT", () => new AgentImport());

/** The columns of an agent import: the fields of appointAgent; `office` takes a Kantor Perisai's ID or exact name. */
export const AGENT_IMPORT_COLUMNS: readonly ColumnSpec[] = [
  { name: "office", required: true },
  { name: "name", required: true },
  { name: "nik", required: true },
  { name: "phone", required: true },
  { name: "territory", required: true },
  { name: "umkmId", required: false },
  { name: "appointedOn", required: false },
];

/** More agents than any network appoints at once; a file above it is a mistake. */
export const MAX_AGENT_IMPORT_ROWS = 20_000;

@InputType({ description: "A CSV file of candidate agents, one per row, with a header line." })
export class AgentImportInput {
  @Field(() => String, {
    description:
      'The file\'s text (UTF-8, comma or semicolon separated). Columns: office (ID or exact name), name, nik, phone, territory (kecamatan codes separated by spaces or "|"), umkmId, appointedOn.',
  })
  csv!: string;
}

@ObjectType({ description: "The import started, or why not: every row error of the file (nothing was written)." })
export class StartAgentImportPayload {
  @Field(() => AgentImport, { nullable: true })
  agentImport!: AgentImport | null;

  @Field(() => [ImportRowError], { description: "Line-numbered problems of the file (the first 1,000)." })
  rowErrors!: ImportRowError[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}
