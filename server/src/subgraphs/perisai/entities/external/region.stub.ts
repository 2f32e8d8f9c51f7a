import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../../shared/graphql/global-id";
import { Node } from "../node";

/**
 * A region of the regions subgraph, known here by its code. Resolvable by code (perisai adds
 * `perisaiOffices`) and by global id (it implements Node); its global id is derived from the code.
 */
@ObjectType("Region", { implements: Node })
@Directive('@key(fields: "code")')
@Directive('@key(fields: "id")')
export class RegionStub {
  @Field(() => String)
  code!: string;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Region", this.code);
  }

  static of(code: string): RegionStub {
    return Object.assign(new RegionStub(), { code });
  }
}
