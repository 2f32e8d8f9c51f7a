import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Fields left out keep their value; validUntil set to null makes the MoU open-ended." })
export class UpdateMouInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  number?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => ID, { nullable: true })
  bpjsOfficeId?: string;

  @Field(() => ID, { nullable: true })
  chapterId?: string;

  @Field(() => DateScalar, { nullable: true })
  signedOn?: string;

  @Field(() => String, { nullable: true })
  place?: string;

  @Field(() => String, { nullable: true })
  bpjsSignatory?: string;

  @Field(() => String, { nullable: true })
  bpjsSignatoryTitle?: string;

  @Field(() => String, { nullable: true })
  okoceSignatory?: string;

  @Field(() => String, { nullable: true })
  okoceSignatoryTitle?: string;

  @Field(() => String, { nullable: true })
  scope?: string;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  validUntil?: string | null;

  @Field(() => Int, { nullable: true })
  umkmTarget?: number;
}
