import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

@InputType()
export class CreateMouInput {
  @Field(() => String, { description: 'Unique, e.g. "001/MOU/BPJSTK-OKOCE/VII/2020".' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID)
  bpjsOfficeId!: string;

  @Field(() => ID, { description: "The OK OCE chapter that signs (okoce subgraph)." })
  chapterId!: string;

  @Field(() => DateScalar, { description: "Not in the future." })
  signedOn!: string;

  @Field(() => String)
  place!: string;

  @Field(() => String)
  bpjsSignatory!: string;

  @Field(() => String)
  bpjsSignatoryTitle!: string;

  @Field(() => String)
  okoceSignatory!: string;

  @Field(() => String)
  okoceSignatoryTitle!: string;

  @Field(() => String)
  scope!: string;

  @Field(() => DateScalar)
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: "On or after validFrom; null while open-ended." })
  validUntil?: string | null;

  @Field(() => Int)
  umkmTarget!: number;
}
