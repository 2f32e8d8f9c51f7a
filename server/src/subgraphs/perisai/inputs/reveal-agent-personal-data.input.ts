import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Asks for one agent's personal data in clear; the request and its reason are audited." })
export class RevealAgentPersonalDataInput {
  @Field(() => ID)
  agentId!: string;

  @Field(() => String, { description: "Why the data is needed (kept in the audit trail)." })
  reason!: string;
}
