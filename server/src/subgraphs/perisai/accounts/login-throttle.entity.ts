import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * Failed sign-ins of one key ("account:<email>" or "address:<ip>") in the current window. Kept in the
 * database, so that every process counts the same attempts; rows whose window has passed are pruned.
 */
@Entity({ tableName: "login_throttle" })
export class LoginThrottle {
  @PrimaryKey({ type: "text" })
  key!: string;

  @Property({ type: "integer" })
  failures!: number;

  @Property({ type: "timestamptz", index: "login_throttle_window_started_at_index" })
  windowStartedAt!: Date;

  @Property({ type: "timestamptz", nullable: true })
  blockedUntil!: Date | null;
}
