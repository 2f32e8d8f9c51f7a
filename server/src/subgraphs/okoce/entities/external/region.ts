import { Directive, Field, ObjectType } from "type-graphql";

/**
 * The regions subgraph's Region, known here by its code. okoce adds UMKM counts and chapters to it, so the
 * key is resolvable: the gateway may ask this subgraph for those fields by code.
 */
@ObjectType("Region")
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => String)
  code!: string;
}

export function regionRef(code: string): Region;
export function regionRef(code: string | null): Region | null;
export function regionRef(code: string | null): Region | null {
  return code === null ? null : Object.assign(new Region(), { code });
}
