import { Migration } from "@mikro-orm/migrations";
import { auditTableStatements } from "../../../shared/audit/audit";

/** The okoce audit trail: one entry per mutation, written in the mutation's transaction, and its read-only view. */
export class Migration20261123000600 extends Migration {
  override async up(): Promise<void> {
    for (const statement of auditTableStatements("okoce")) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "okoce"."published_audit_entry";');
    this.addSql('drop table if exists "okoce"."audit_entry";');
  }
}
