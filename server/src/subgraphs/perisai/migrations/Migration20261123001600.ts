import { Migration } from "@mikro-orm/migrations";
import { importJobTableStatements } from "../../../shared/import/import-job";

/** Background CSV imports of agents: one row per import, with status and progress. */
export class Migration20261123001600 extends Migration {
  override async up(): Promise<void> {
    for (const statement of importJobTableStatements("perisai")) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "perisai"."import_job";');
  }
}
