import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";
import { ParticipantStatus } from "../entities/participant-status";
import { Program } from "../entities/program";

@InputType({ description: "Narrows a list of participants; all given conditions must hold." })
export class ParticipantFilter {
  @Field(() => ID, { nullable: true, description: "The enrolling agent." })
  agentId?: string;

  @Field(() => ID, { nullable: true, description: "The Kantor Perisai at enrolment." })
  officeId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Participants living in this province, regency or kecamatan ("21", "21.71", "21.71.06").',
  })
  regionCode?: string;

  @Field(() => ParticipantStatus, { nullable: true })
  status?: ParticipantStatus;

  @Field(() => Program, { nullable: true, description: "Participants who joined this program." })
  program?: Program;

  @Field(() => ID, { nullable: true })
  umkmId?: string;

  @Field(() => DateScalar, { nullable: true, description: "Registered on or after this date." })
  registeredFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: "Registered on or before this date." })
  registeredTo?: string;

  @Field(() => String, { nullable: true, description: "Words of the name (any order), or an 11-digit KPJ number." })
  search?: string;
}

export enum ParticipantSortKey {
  REGISTERED_ON = "REGISTERED_ON",
  NAME = "NAME",
  KPJ_NUMBER = "KPJ_NUMBER",
}

registerEnumType(ParticipantSortKey, { name: "ParticipantSortKey", description: "Orders of a list of participants." });
