import { Directive, Field, Int, ObjectType } from "type-graphql";

/**
 * The regions subgraph's Region, extended here with coverage figures. `umkmCount` belongs to the okoce
 * subgraph; the gateway fetches it first and sends it along (`@requires`), so the coverage rate needs no
 * read of okoce's tables.
 */
@ObjectType("Region")
@Directive('@key(fields: "code")')
export class RegionRef {
  @Field(() => String)
  code!: string;

  @Directive("@external")
  @Field(() => Int, { description: "UMKM registered in this region (owned by the okoce subgraph)." })
  umkmCount?: number;
}

export function regionRef(code: string): RegionRef {
  return Object.assign(new RegionRef(), { code });
}
