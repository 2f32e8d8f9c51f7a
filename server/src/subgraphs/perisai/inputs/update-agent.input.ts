import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Corrects an agent's contact data or territory; fields left out keep their value." })
export class UpdateAgentInput {
  @Field(() => ID)
  agentId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  phone?: string;

  @Field(() => [String], { nullable: true })
  territory?: string[];
}
