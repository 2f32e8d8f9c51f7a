import { Field, InputType, registerEnumType } from "type-graphql";
import { Role } from "../../../shared/auth/role";

@InputType({ description: "Narrows a list of accounts; all given conditions must hold." })
export class UserAccountFilter {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => String, { nullable: true, description: "Words of the email or display name (any order)." })
  search?: string;
}

export enum UserAccountSortKey {
  EMAIL = "EMAIL",
  DISPLAY_NAME = "DISPLAY_NAME",
  CREATED_AT = "CREATED_AT",
}

registerEnumType(UserAccountSortKey, { name: "UserAccountSortKey", description: "Orders of a list of accounts." });
