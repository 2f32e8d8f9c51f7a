import { Field, ID, InputType } from "type-graphql";
import { BpjsOfficeKind } from "../entities/bpjs-office-kind";

@InputType()
export class CreateBpjsOfficeInput {
  @Field(() => BpjsOfficeKind)
  kind!: BpjsOfficeKind;

  @Field(() => String)
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Required except for the Kantor Pusat: PUSAT → WILAYAH → CABANG → KCP.",
  })
  parentId?: string | null;

  @Field(() => String, { description: 'Province, regency/city or kecamatan code, e.g. "21.71".' })
  regionCode!: string;

  @Field(() => String, { description: "Kepala Kantor." })
  headName!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;
}
