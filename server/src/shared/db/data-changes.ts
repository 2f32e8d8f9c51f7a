/**
 * Committed writes announce themselves on one PostgreSQL channel, so that a process that keeps answers in
 * memory (the gateway's response cache) learns of every change, whoever made it: a mutation, a background
 * import, another gateway, an operator's SQL. PostgreSQL delivers a notification only when the writing
 * transaction commits and folds identical ones of a transaction into one, so a bulk load costs one message.
 */
export const DATA_CHANGED_CHANNEL = "perisai_data_changed";

/** The trigger every table of a subgraph's schema carries (a test checks that none lacks it). */
export const DATA_CHANGE_TRIGGER = "announce_data_change";

/**
 * Statements for a migration: a statement-level trigger on every table of `schema` (not partitions: a write
 * through the parent fires the parent's trigger) that notifies DATA_CHANGED_CHANNEL with the schema's name.
 * A later migration that creates a table runs these again; `create or replace` makes that harmless.
 */
export function dataChangeNotificationsSql(schema: string): string[] {
  if (!/^[a-z_]+$/.test(schema)) throw new Error(`Unexpected schema name ${schema}`);
  return [
    `
    create or replace function "${schema}"."${DATA_CHANGE_TRIGGER}"() returns trigger language plpgsql as $$
    begin
      perform pg_notify('${DATA_CHANGED_CHANNEL}', tg_table_schema);
      return null;
    end $$;`,
    `
    do $$
    declare t record;
    begin
      for t in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = '${schema}' and c.relkind in ('r', 'p') and not c.relispartition
          and c.relname <> 'mikro_orm_migrations'
      loop
        execute format(
          'create or replace trigger %I after insert or update or delete or truncate on %I.%I '
          'for each statement execute function %I.%I()',
          '${DATA_CHANGE_TRIGGER}', '${schema}', t.relname, '${schema}', '${DATA_CHANGE_TRIGGER}');
      end loop;
    end $$;`,
  ];
}

/** The reverse of dataChangeNotificationsSql, for a migration's down(). */
export function dropDataChangeNotificationsSql(schema: string): string[] {
  if (!/^[a-z_]+$/.test(schema)) throw new Error(`Unexpected schema name ${schema}`);
  return [
    `
    do $$
    declare t record;
    begin
      for t in
        select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        where g.tgname = '${DATA_CHANGE_TRIGGER}' and n.nspname = '${schema}'
      loop
        execute format('drop trigger %I on %I.%I', '${DATA_CHANGE_TRIGGER}', '${schema}', t.relname);
      end loop;
    end $$;`,
    `drop function if exists "${schema}"."${DATA_CHANGE_TRIGGER}"();`,
  ];
}
