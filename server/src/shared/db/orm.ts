import {
  DataloaderType,
  DefaultLogger,
  MikroORM,
  ReflectMetadataProvider,
  type Constructor,
  type LogContext,
  type Options,
} from "@mikro-orm/core";
import { Migrator, type Migration } from "@mikro-orm/migrations";
import { PostgreSqlDriver, type EntityManager } from "@mikro-orm/postgresql";
import { NIK_HASH_SETTING, nikHashKey } from "../privacy/nik-hash";
import { redactPersonalData } from "../redact";
import { sqlCounter } from "./sql-counter";

export type Orm = MikroORM<PostgreSqlDriver>;
export type Em = EntityManager;

export interface OrmOptions {
  /** Postgres schema owned by this subgraph; it is the only writer of the tables in it. */
  schema: string;
  databaseUrl: string;
  entities: Constructor[];
  migrations: { name: string; class: Constructor<Migration> }[];
  poolMax?: number;
  logSql?: boolean;
}

interface PooledConnection {
  query(text: string, values: unknown[], callback: (error: Error | null) => void): void;
}

export function ormConfig(options: OrmOptions): Options<PostgreSqlDriver> {
  const hashKey = nikHashKey();
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { requireEntitiesArray: true, warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      tableName: "mikro_orm_migrations",
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      // The NIK hashing triggers read the key from the session; it never goes into the database itself.
      afterCreate: (connection: PooledConnection, done: (error: Error | null, connection: PooledConnection) => void) =>
        connection.query("select set_config($1, $2, false)", [NIK_HASH_SETTING, hashKey], (error) =>
          done(error, connection),
        ),
    },
    debug: options.logSql ? ["query"] : false,
    logger: (message) => {
      if (options.logSql) process.stdout.write(`${redactPersonalData(message)}\n`);
    },
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions),
  };
}

/**
 * MikroORM reports every statement (transaction control included) to its logger, logging enabled or not: counting
 * there costs nothing, while enabling the query log only to count would format every statement into a message.
 */
class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    sqlCounter.record(context.query);
    super.logQuery(context);
  }
}

/** Connects, brings the subgraph's schema up to date with its committed migrations, and returns the ORM. */
export async function initORM(options: OrmOptions): Promise<Orm> {
  const orm = await MikroORM.init<PostgreSqlDriver>(ormConfig(options));
  await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
  await orm.getMigrator().up();
  return orm;
}
