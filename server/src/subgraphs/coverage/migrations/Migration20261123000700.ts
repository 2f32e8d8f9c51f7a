import { Migration } from "@mikro-orm/migrations";
import { auditTableStatements } from "../../../shared/audit/audit";

/** The audit trail of coverage writes and personal-data reveals, and the view the audit log reads it through. */
export class Migration20261123000700 extends Migration {
  override async up(): Promise<void> {
    for (const statement of auditTableStatements("coverage")) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "coverage"."published_audit_entry";');
    this.addSql('drop table if exists "coverage"."audit_entry";');
  }
}
