import { Entity } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";

/** BaseEntity's audit and concurrency columns as GraphQL fields (shared/db carries no GraphQL decorators). */
@Entity({ abstract: true })
// A named object type only so that type-graphql copies these fields into each subclass; never emitted itself.
@ObjectType()
export abstract class VersionedEntity<Optional = never> extends BaseEntity<
  Optional | "globalId" | "currentVersion" | "createdAtTime" | "updatedAtTime"
> {
  @Field(() => Int, { name: "version", description: "Send it back as expectedVersion when you edit this object." })
  get currentVersion(): number {
    return this.version;
  }

  @Field(() => Date, { name: "createdAt" })
  get createdAtTime(): Date {
    return this.createdAt;
  }

  @Field(() => Date, { name: "updatedAt" })
  get updatedAtTime(): Date {
    return this.updatedAt;
  }
}
