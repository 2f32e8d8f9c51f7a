import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";

@InputType()
export class CreatePerisaiOfficeInput {
  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true, description: "The office above this one; null for the national office." })
  parentId?: string | null;

  @Field(() => String, { description: 'Province, regency/city or kecamatan code, e.g. "21.71".' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: "The OK OCE chapter that hosts the office (okoce subgraph)." })
  hostChapterId?: string | null;

  @Field(() => ID, { description: "A BPJAMSOSTEK Kantor Cabang or Kantor Cabang Perintis." })
  supervisingBranchId!: string;

  @Field(() => ID, { nullable: true })
  mouId?: string | null;

  @Field(() => PerisaiOfficeStatus, { defaultValue: PerisaiOfficeStatus.PROPOSED, description: "PROPOSED or ACTIVE." })
  status!: PerisaiOfficeStatus;

  @Field(() => Boolean, { defaultValue: false, description: "At most one office of the network is the pioneer." })
  pioneer!: boolean;

  @Field(() => Int, { description: "New participants per month." })
  monthlyTarget!: number;

  @Field(() => DateScalar, { description: "Not in the future." })
  establishedOn!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;
}
