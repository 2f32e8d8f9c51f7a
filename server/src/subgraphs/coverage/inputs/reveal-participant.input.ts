import { Field, ID, InputType } from "type-graphql";

@InputType({
  description: "Asks for one participant's personal data in clear; the request is kept in the audit trail.",
})
export class RevealParticipantInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => String, { description: 'Why the data is needed ("Klaim JKK no. 2025/118, verifikasi identitas").' })
  reason!: string;
}
