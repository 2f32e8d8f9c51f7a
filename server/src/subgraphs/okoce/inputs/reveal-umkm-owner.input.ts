import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Which owner's personal data to see in clear, and why (kept in the audit trail)." })
export class RevealUmkmOwnerInput {
  @Field(() => ID)
  umkmId!: string;

  @Field(() => String, { description: "Why you need the data in clear; up to 500 characters." })
  reason!: string;
}
