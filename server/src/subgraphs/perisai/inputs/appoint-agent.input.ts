import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

@InputType({
  description: "Appoints a person as a candidate agent of a Kantor Perisai; the agent number is generated.",
})
export class AppointAgentInput {
  @Field(() => ID, { description: "An ACTIVE Kantor Perisai: an agent never joins alone." })
  officeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "16 digits; its first six are a real kecamatan." })
  nik!: string;

  @Field(() => String, { description: 'Indonesian number in any common form ("0812-3456-7890"); stored as +62….' })
  phone!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The UMKM the person owns (okoce subgraph); its owner NIK must match.",
  })
  umkmId?: string | null;

  @Field(() => [String], { description: "1 to 20 kecamatan codes inside the office's region." })
  territory!: string[];

  @Field(() => DateScalar, { nullable: true, description: "Default today (Asia/Jakarta); not in the future." })
  appointedOn?: string | null;
}
