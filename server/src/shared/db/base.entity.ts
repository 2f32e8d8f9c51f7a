import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";

/**
 * Every table: integer id, audit timestamps and a version column for optimistic concurrency. The GraphQL
 * fields are inherited by every object type built on it; the `id` field is each type's own global ID.
 */
@Entity({ abstract: true })
// Named only so that type-graphql copies these fields into each subclass; it is never emitted itself.
@ObjectType("VersionedObject")
export abstract class BaseEntity<Optional = never> {
  [OptionalProps]?: "createdAt" | "updatedAt" | "version" | "globalId" | Optional;

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Field(() => Date, { description: "When this object was recorded." })
  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Field(() => Date, { description: "When this object last changed." })
  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: "Changes with every edit; send it back as expectedVersion to edit this object." })
  @Property({ type: "integer", version: true, default: 1 })
  version!: number;
}
