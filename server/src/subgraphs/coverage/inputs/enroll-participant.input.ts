import { Field, ID, InputType } from "type-graphql";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { Program } from "../entities/program";

@InputType({ description: "A new BPU participant, enrolled by an ACTIVE Agen Perisai." })
export class EnrollParticipantInput {
  @Field(() => String, { description: "16-digit NIK; its birth date and sex are read from it." })
  nik!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "Indonesian phone number in any usual form; stored as +62…." })
  phone?: string | null;

  @Field(() => RupiahScalar, { description: "Monthly income, at least the minimum in force on registeredOn." })
  declaredIncome!: number;

  @Field(() => [Program], { description: "Must include JKK and JKM; JHT is optional." })
  programs!: Program[];

  @Field(() => String, { description: 'The participant\'s kecamatan ("21.71.06").' })
  kecamatanCode!: string;

  @Field(() => ID, { nullable: true, description: "The UMKM the participant owns or works for." })
  umkmId?: string | null;

  @Field(() => ID, { description: "The enrolling agent; the participant joins the agent's Kantor Perisai." })
  agentId!: string;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today (Asia/Jakarta); never in the future." })
  registeredOn?: string | null;
}
