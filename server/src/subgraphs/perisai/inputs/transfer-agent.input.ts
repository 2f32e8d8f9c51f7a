import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Moves an agent to another ACTIVE Kantor Perisai; the status and agent number stay." })
export class TransferAgentInput {
  @Field(() => ID)
  agentId!: string;

  @Field(() => ID)
  toOfficeId!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      "The new territory; left out, the current one stays (it must then lie inside the new office's region).",
  })
  territory?: string[] | null;

  @Field(() => String)
  reason!: string;

  @Field(() => DateScalar, { nullable: true, description: "Default today (Asia/Jakarta)." })
  effectiveOn?: string | null;

  @Field(() => Int)
  expectedVersion!: number;
}
