import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";

@ObjectType({ description: "One participant's personal data in clear; every field is null when refused." })
export class RevealParticipantPayload {
  @Field(() => String, { nullable: true, description: "The 16-digit NIK." })
  nik?: string | null;

  @Field(() => String, { nullable: true, description: "E.164 phone number (+62…); null when none is on record." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Birth date, YYYY-MM-DD." })
  birthDate?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
