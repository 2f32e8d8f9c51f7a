import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/** Every table: integer id, audit timestamps and a version column for optimistic concurrency. */
@Entity({ abstract: true })
export abstract class BaseEntity<Optional = never> {
  [OptionalProps]?: "createdAt" | "updatedAt" | "version" | Optional;

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: "integer", version: true, default: 1 })
  version!: number;
}
