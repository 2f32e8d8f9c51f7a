import { Field, ID, InputType, Int } from "type-graphql";
import { Role } from "../../../shared/auth/role";

@InputType({
  description:
    "Fields left out keep their value; an attachment set to null is cleared. A change of role, attachment or " +
    "password, or disabling, ends the account's open sessions: the person signs in again with the new scope.",
})
export class UpdateUserAccountInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit (STALE)." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => String, { nullable: true })
  displayName?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  perisaiOfficeId?: string | null;

  @Field(() => ID, { nullable: true })
  bpjsOfficeId?: string | null;

  @Field(() => ID, { nullable: true })
  agentId?: string | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean;

  @Field(() => String, { nullable: true, description: "A new password (12 to 128 characters)." })
  password?: string;
}
