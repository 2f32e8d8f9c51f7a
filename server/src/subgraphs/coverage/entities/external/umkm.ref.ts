import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../../shared/graphql/global-id";

/** A UMKM of the OK OCE registry (owned by the okoce subgraph), extended here with its participants. */
@ObjectType("Umkm")
@Directive('@key(fields: "id")')
export class UmkmRef {
  @Field(() => ID)
  id!: string;

  /** Row id in okoce.umkm, decoded once from the global id. */
  localId!: number;
}

export function umkmRef(localId: number): UmkmRef {
  return Object.assign(new UmkmRef(), { id: toGlobalId("Umkm", localId), localId });
}
