import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from "@mikro-orm/core";
import { UserAccount } from "./user-account.entity";

/**
 * One sign-in. The token names it (claim `sid`); logout sets revokedAt, and every subgraph reads
 * `perisai.published_session` to refuse a token whose session has ended.
 */
@Entity({ tableName: "session" })
export class Session {
  [OptionalProps]?: "createdAt" | "revokedAt" | "userAgent";

  /** 128 random bits, base64url: unguessable, and unrelated to the user or the time. */
  @PrimaryKey({ type: "text" })
  id!: string;

  @ManyToOne(() => UserAccount, { ref: true, deleteRule: "cascade" })
  user!: Ref<UserAccount>;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  @Property({ type: "timestamptz", nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: "text", nullable: true })
  userAgent: string | null = null;
}
