import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { Umkm } from "../entities/umkm.entity";

@ObjectType({ description: "The result of createUmkm: the new UMKM, or why nothing was written." })
export class CreateUmkmPayload {
  @Field(() => Umkm, { nullable: true })
  umkm?: Umkm | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: "The result of updateUmkm: the UMKM as stored, or why nothing was written." })
export class UpdateUmkmPayload {
  @Field(() => Umkm, { nullable: true })
  umkm?: Umkm | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({
  description: "The result of revealUmkmOwner: the owner's NIK and phone in clear, or why nothing was revealed.",
})
export class RevealUmkmOwnerPayload {
  @Field(() => String, { nullable: true })
  ownerNik?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
