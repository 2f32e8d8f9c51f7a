import { Field, ID, InputType } from "type-graphql";
import { Role } from "../../../shared/auth/role";

@InputType({ description: "A new account; give exactly the node its role is attached to." })
export class CreateUserAccountInput {
  @Field(() => String, { description: "Stored lower-case; unique." })
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: "OFFICE_ADMIN: the Kantor Perisai (its sub-offices come with it)." })
  perisaiOfficeId?: string | null;

  @Field(() => ID, { nullable: true, description: "BRANCH_OFFICER: the BPJAMSOSTEK office." })
  bpjsOfficeId?: string | null;

  @Field(() => ID, { nullable: true, description: "AGENT: the agent record; an agent has at most one account." })
  agentId?: string | null;

  @Field(() => String, { description: "12 to 128 characters; a passphrase is best." })
  password!: string;
}
