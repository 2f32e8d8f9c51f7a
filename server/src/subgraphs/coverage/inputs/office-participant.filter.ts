import { Field, InputType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";
import { ParticipantStatus } from "../entities/participant-status";
import { Program } from "../entities/program";

@InputType({ description: "Narrows the participants of one Kantor Perisai; all given conditions must hold." })
export class OfficeParticipantFilter {
  @Field(() => ParticipantStatus, { nullable: true })
  status?: ParticipantStatus;

  @Field(() => Program, { nullable: true })
  program?: Program;

  @Field(() => String, { nullable: true, description: 'Participants living in this region ("21.71.06").' })
  regionCode?: string;

  @Field(() => DateScalar, { nullable: true })
  registeredFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  registeredTo?: string;

  @Field(() => String, { nullable: true, description: "Words of the name, or an 11-digit KPJ number." })
  search?: string;
}
