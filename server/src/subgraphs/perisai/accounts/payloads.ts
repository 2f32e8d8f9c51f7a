import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { payloadType } from "../resolvers/payload-type";
import { UserAccount } from "./user-account.entity";

@ObjectType({ description: "A session token, or why there is none." })
export class LoginPayload {
  @Field(() => String, {
    nullable: true,
    description: "Send it as `Authorization: Bearer <token>`; it names your scope and ends with the session.",
  })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: "When the token stops working; sign in again then." })
  expiresAt!: Date | null;

  @Field(() => UserAccount, { nullable: true })
  user!: UserAccount | null;

  @Field(() => [UserError], {
    description: "One generic error for a wrong email or password; RATE_LIMITED after too many attempts.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "The end of the caller's session." })
export class LogoutPayload {
  @Field(() => Boolean, { description: "True when the session has ended; its token no longer works anywhere." })
  ok!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const CreateUserAccountPayload = payloadType("CreateUserAccount", { userAccount: UserAccount });
export const UpdateUserAccountPayload = payloadType("UpdateUserAccount", { userAccount: UserAccount });
