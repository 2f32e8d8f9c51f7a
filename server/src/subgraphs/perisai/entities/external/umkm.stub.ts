import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../../shared/graphql/global-id";
import { Node } from "../node";

/** A UMKM of the okoce subgraph's registry; perisai adds the agent who owns it. */
@ObjectType("Umkm", { implements: Node })
@Directive('@key(fields: "id")')
export class UmkmStub {
  @Field(() => ID)
  id!: string;

  static of(id: string): UmkmStub {
    return Object.assign(new UmkmStub(), { id });
  }

  /** The stub for a row id of the owner's table, as perisai's columns store it. */
  static ofRow(id: number): UmkmStub {
    return UmkmStub.of(toGlobalId("Umkm", id));
  }
}
