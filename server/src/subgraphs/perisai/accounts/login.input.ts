import { Field, InputType } from "type-graphql";

@InputType({ description: "An email address and its password." })
export class LoginInput {
  @Field(() => String, { description: "Case does not matter." })
  email!: string;

  @Field(() => String)
  password!: string;
}
