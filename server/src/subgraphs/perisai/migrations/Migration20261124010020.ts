import { Migration } from "@mikro-orm/migrations";
import { dataChangeNotificationsSql, dropDataChangeNotificationsSql } from "../../../shared/db/data-changes";

/** Every table of the schema announces committed writes (the gateway's response cache listens). */
export class Migration20261124010020 extends Migration {
  override async up(): Promise<void> {
    for (const sql of dataChangeNotificationsSql("perisai")) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of dropDataChangeNotificationsSql("perisai")) this.addSql(sql);
  }
}
