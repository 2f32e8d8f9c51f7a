import { Entity, Enum, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { RegionLevel } from "./region-level";

@Entity({ tableName: "region" })
@ObjectType({ description: "An administrative region of Indonesia with its Kemendagri code." })
@Directive('@key(fields: "code")')
@Directive('@key(fields: "id")')
export class Region {
  @PrimaryKey({ type: "string", length: 13 })
  @Field(() => String, { description: 'Kemendagri code; its prefixes are the ancestors ("21.71.06" is in "21.71").' })
  code!: string;

  @Enum({ items: () => RegionLevel, type: "string" })
  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Property({ type: "string" })
  @Field(() => String)
  name!: string;

  @Index()
  @Property({ type: "string", length: 13, nullable: true })
  parentCode!: string | null;

  @Field(() => ID, { description: "Opaque global ID, for node(id:)." })
  get id(): string {
    return toGlobalId("Region", this.code);
  }
}
