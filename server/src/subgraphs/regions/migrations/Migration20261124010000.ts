import { Migration } from "@mikro-orm/migrations";
import { dataChangeNotificationsSql } from "../../../shared/db/data-changes";

/** Every table of the schema announces committed writes (the gateway's response cache listens). */
export class Migration20261124010000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of dataChangeNotificationsSql("regions")) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`
      do $$
      declare t record;
      begin
        for t in select tgrelid::regclass as rel from pg_trigger where tgname = 'announce_data_change'
          and tgrelid::regclass::text like 'regions.%'
        loop
          execute format('drop trigger announce_data_change on %s', t.rel);
        end loop;
      end $$;`);
    this.addSql('drop function if exists "regions"."announce_data_change"();');
  }
}
